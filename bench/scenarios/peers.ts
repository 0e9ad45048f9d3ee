// Other systems' locking patterns, and Houseful's own hold transaction, through Houseful's database
// module with the same pool size, each on a fresh copy of the hot show with the same seat requests.
import type pg from 'pg';
import { hold } from '../../src/bookings/hold.ts';
import { PostgresDatabase } from '../../src/db/postgres-database.ts';
import { SeatsUnavailable } from '../../src/domain/errors.ts';
import { advisoryLockPerShow } from '../patterns/advisory-per-show.ts';
import { makeBookingRows, oversold } from '../patterns/fixtures.ts';
import { naiveCheckThenWrite } from '../patterns/naive.ts';
import type { HoldPattern } from '../patterns/pattern.ts';
import { sortedSeatAdvisoryLocks } from '../patterns/seat-advisory-locks.ts';
import { skipLocked } from '../patterns/skip-locked.ts';
import {
  forEachConcurrently,
  oversoldInDatabase,
  perSecond,
  seatsTaken,
  summarise,
  type Customer,
  type LatencySummary,
  benchContext,
} from '../fixtures.ts';

export const peerPatterns: HoldPattern[] = [advisoryLockPerShow, sortedSeatAdvisoryLocks, skipLocked, naiveCheckThenWrite];

export interface DirectResult {
  holdsPerSecond: number;
  elapsedMs: number;
  winners: number;
  holds: LatencySummary;
  oversold: number;
  oversoldInDatabase: number;
  /** Seats held at the end, from the database: a pattern that refuses free seats sells fewer. */
  seatsSold: number;
  errors: number;
}

/**
 * Runs one hold attempt per request with `concurrency` in flight; `hold` answers the booking
 * id when the system told the customer the seats are theirs.
 */
export async function runDirect(
  pool: pg.Pool,
  showId: string,
  requests: string[][],
  concurrency: number,
  hold: (seatIds: string[], index: number) => Promise<string | undefined>,
): Promise<DirectResult> {
  const latencies: number[] = [];
  const winners: { bookingId: string; seatIds: string[] }[] = [];
  let errors = 0;
  const started = performance.now();
  await forEachConcurrently(requests, concurrency, async (seatIds, index) => {
    const at = performance.now();
    try {
      const bookingId = await hold(seatIds, index);
      if (bookingId) winners.push({ bookingId, seatIds });
    } catch {
      errors++;
    }
    latencies.push(performance.now() - at);
  });
  const elapsedMs = performance.now() - started;
  return {
    holdsPerSecond: perSecond(requests.length - errors, elapsedMs),
    elapsedMs,
    winners: winners.length,
    holds: summarise(latencies),
    oversold: oversold(winners.map((w) => w.seatIds)),
    oversoldInDatabase: await oversoldInDatabase(pool, showId, winners),
    seatsSold: (await seatsTaken(pool, showId)).held,
    errors,
  };
}

/** Opens every connection first, so no run pays for connecting. */
export async function warmPool(pool: pg.Pool, size: number): Promise<void> {
  await Promise.all(Array.from({ length: size }, () => pool.query('SELECT pg_sleep(0.02)')));
}

/**
 * One peer pattern through Houseful's own database module (the `postgres` driver, the pool size
 * Houseful runs with): like for like with the houseful-sql row.
 */
export async function runPattern(
  databaseUrl: string,
  pool: pg.Pool,
  pattern: HoldPattern,
  showId: string,
  requests: string[][],
  poolSize: number,
): Promise<DirectResult> {
  const bookingIds = await makeBookingRows(pool, showId, requests.length);
  const db = new PostgresDatabase(databaseUrl, poolSize, () => undefined);
  try {
    await Promise.all(Array.from({ length: poolSize }, () => db.query('SELECT pg_sleep(0.02)')));
    return await runDirect(pool, showId, requests, poolSize, async (seatIds, i) =>
      (await pattern.hold(db, showId, seatIds, bookingIds[i]!)) ? bookingIds[i] : undefined,
    );
  } finally {
    await db.close();
  }
}

/** Houseful's own hold transaction (src/bookings/hold.ts) on its own pool, without HTTP. */
export async function runHousefulSql(
  databaseUrl: string,
  pool: pg.Pool,
  showId: string,
  requests: string[][],
  customers: Customer[],
  poolSize: number,
): Promise<DirectResult> {
  const db = new PostgresDatabase(databaseUrl, poolSize, () => undefined);
  try {
    const ctx = benchContext(db);
    await Promise.all(Array.from({ length: poolSize }, () => db.query('SELECT pg_sleep(0.02)')));
    const made = new Date(); // the customers were just written into the database
    return await runDirect(pool, showId, requests, poolSize, async (seatIds, i) => {
      try {
        const customer = { id: customers[i % customers.length]!.userId, createdAt: made };
        return (await hold(ctx, customer, { showId, seatIds, online: true })).id;
      } catch (error) {
        if (error instanceof SeatsUnavailable) return undefined;
        throw error;
      }
    });
  } finally {
    await db.close();
  }
}
