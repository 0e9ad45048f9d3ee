// The steady sweep: the steady phase's open-loop arrivals again, at rising rates, each phase short,
// until a phase's hold p99 reaches the limit (or the server falls behind and arrivals are shed);
// the answer is the highest rate whose hold p99 stayed under it.
import type pg from 'pg';
import type { Customer, HttpClient, Seat } from '../fixtures.ts';
import { runSteady, type SteadyResult } from './steady.ts';

export interface SweepPhase {
  rate: number;
  result: SteadyResult;
  withinLimit: boolean;
}

export interface SweepResult {
  p99LimitMs: number;
  phases: SweepPhase[];
  /** Highest offered rate whose hold p99 was under the limit, with no arrival shed; null when none. */
  highestRate: number | null;
}

export async function runSweep(options: {
  client: HttpClient;
  bases: string[];
  pool: pg.Pool;
  showIds: string[];
  seats: Seat[];
  customers: Customer[];
  rates: number[];
  phaseMs: number;
  p99LimitMs: number;
  seed: number;
  onPhase?: (phase: SweepPhase) => void;
}): Promise<SweepResult> {
  const phases: SweepPhase[] = [];
  for (const rate of options.rates) {
    const result = await runSteady({
      client: options.client,
      bases: options.bases,
      pool: options.pool,
      showIds: options.showIds,
      seats: options.seats,
      customers: options.customers,
      flowsPerSecond: rate,
      durationMs: options.phaseMs,
      seed: options.seed + rate,
    });
    const p99 = result.holds.p99Ms;
    const withinLimit = p99 !== null && p99 < options.p99LimitMs && result.shed === 0;
    const phase = { rate, result, withinLimit };
    phases.push(phase);
    options.onPhase?.(phase);
    if (!withinLimit) break;
  }
  const passed = phases.filter((p) => p.withinLimit).map((p) => p.rate);
  return { p99LimitMs: options.p99LimitMs, phases, highestRate: passed.length > 0 ? Math.max(...passed) : null };
}
