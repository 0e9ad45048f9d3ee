// Runs each job every SWEEP_INTERVAL_SECONDS in this instance; every instance runs them.
import type { Context } from '../context.ts';
import { recoverPayments } from './payment-recovery.ts';
import { sweepExpiredHolds } from './sweeper.ts';

export interface Job {
  name: string;
  run(ctx: Context): Promise<unknown>;
}

export const jobs: Job[] = [
  { name: 'sweep-expired-holds', run: sweepExpiredHolds },
  { name: 'recover-payments', run: recoverPayments },
];

export function startJobs(ctx: Context, list: Job[] = jobs): () => Promise<void> {
  let stopped = false;
  let busy = false;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    if (busy) return; // a slow run is not overlapped by the next
    busy = true;
    running = (async () => {
      for (const job of list) {
        if (stopped) return;
        try {
          await job.run(ctx);
        } catch (error) {
          ctx.log.warn({ err: error, job: job.name }, 'job failed; it runs again next interval');
        }
      }
    })().finally(() => {
      busy = false;
    });
  };
  const timer = setInterval(tick, ctx.config.sweepIntervalSeconds * 1000);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
