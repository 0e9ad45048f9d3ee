// The driver question: the same hold SQL through `postgres` (porsager/postgres), which pipelines,
// beside the rows that run it through `pg`. Two rows: the ceiling (the refusing read, then the
// hold statement, each its own implicit transaction), and Houseful's hold transaction (the read,
// then BEGIN, the customer's lock, the hold statement and COMMIT sent together as one pipeline,
// which `pg` cannot do: there each is a round trip of its own).
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import postgres from 'postgres';
import { HOLD_PRECHECK, HOLD_STATEMENT } from '../../src/bookings/repository.ts';
import { advisoryLockKey } from '../../src/db/database.ts';
import type { Customer } from '../fixtures.ts';
import { SEAT_LIMIT, holdParameters } from './ceiling.ts';
import { runDirect, type DirectResult } from './peers.ts';

type Sql = postgres.Sql<Record<string, never>>;

async function withDriver<T>(databaseUrl: string, poolSize: number, run: (sql: Sql) => Promise<T>): Promise<T> {
  // prepare: statements are prepared once per connection, as Houseful's are with pg.
  const sql = postgres(databaseUrl, { max: poolSize, prepare: true, onnotice: () => undefined });
  try {
    await Promise.all(Array.from({ length: poolSize }, () => sql`SELECT pg_sleep(0.02)`));
    return await run(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

interface HoldOutcomeRow {
  request_ok: boolean;
  within_limit: boolean;
  all_free: boolean;
}

function granted(row: HoldOutcomeRow | undefined): boolean {
  return row !== undefined && row.request_ok && row.within_limit && row.all_free;
}

/** The refusing read; true when every wanted seat looks free. */
async function looksFree(sql: Sql, showId: string, seatIds: string[], now: Date, userId: string): Promise<boolean> {
  const [seen] = await sql.unsafe<{ free_ids: string[] }[]>(HOLD_PRECHECK, [showId, seatIds, now, userId], { prepare: true });
  return seen!.free_ids.length === seatIds.length;
}

interface Run {
  databaseUrl: string;
  pool: pg.Pool;
  showId: string;
  requests: string[][];
  customers: Customer[];
  poolSize: number;
}

/**
 * One attempt per request: the refusing read, then, when the seats look free, `claim` with the
 * hold statement's parameters; the booking id when it was granted.
 */
function runHolds(run: Run, claim: (sql: Sql, params: unknown[], userId: string) => Promise<HoldOutcomeRow | undefined>) {
  return withDriver(run.databaseUrl, run.poolSize, (sql) =>
    runDirect(run.pool, run.showId, run.requests, run.poolSize, async (seatIds, i) => {
      const bookingId = `bkg_pgjs_${randomBytes(12).toString('base64url')}`;
      const now = new Date();
      const userId = run.customers[i % run.customers.length]!.userId;
      if (!(await looksFree(sql, run.showId, seatIds, now, userId))) return undefined;
      const until = new Date(now.getTime() + 300_000);
      const row = await claim(sql, holdParameters([bookingId, userId, run.showId, until, now, seatIds, SEAT_LIMIT]), userId);
      return granted(row) ? bookingId : undefined;
    }),
  );
}

/** The ceiling through `postgres`: the read, then the hold statement, with nothing around them. */
export function runCeilingPostgresJs(run: Run): Promise<DirectResult> {
  return runHolds(
    run,
    async (sql, params) => (await sql.unsafe<HoldOutcomeRow[]>(HOLD_STATEMENT, params as never[], { prepare: true }))[0],
  );
}

/** Houseful's hold transaction through `postgres`, its statements pipelined: two round trips for a grant. */
export function runHousefulSqlPostgresJs(run: Run): Promise<DirectResult> {
  return runHolds(run, async (sql, params, userId) => {
    const lock = advisoryLockKey(`${userId}:${run.showId}`).toString();
    // Returning the queries unawaited lets the driver send them, with BEGIN and COMMIT, at once.
    const [, outcome] = await sql.begin((tx) => [
      tx.unsafe('SELECT pg_advisory_xact_lock($1::bigint)', [lock], { prepare: true }),
      tx.unsafe<HoldOutcomeRow[]>(HOLD_STATEMENT, params as never[], { prepare: true }),
    ]);
    return (outcome as HoldOutcomeRow[] | undefined)?.[0];
  });
}
