// The steady sweep: the steady phase's open-loop arrivals again, at rising rates, each phase short,
// until two phases in a row miss (hold p99 at or over the limit, or arrivals shed because the
// server fell behind): a phase of a second or two is a small sample, and one slow moment on a
// shared machine should not end the sweep. The answer is the highest rate that stayed under.
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
  let missesInARow = 0;
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
    missesInARow = withinLimit ? 0 : missesInARow + 1;
    if (missesInARow === 2) break;
  }
  const passed = phases.filter((p) => p.withinLimit).map((p) => p.rate);
  return { p99LimitMs: options.p99LimitMs, phases, highestRate: passed.length > 0 ? Math.max(...passed) : null };
}
