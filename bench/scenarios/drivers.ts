// The driver question: the ceiling (the refusing read, then the hold statement, each its own
// implicit transaction) through `postgres` (porsager/postgres), which Houseful uses, beside the
// `pg` ceiling row; and Houseful's hold transaction through `pg`, beside the houseful-sql row that
// runs it through Houseful's own module: there BEGIN, the lock, the statement and COMMIT are sent
// together as one pipeline, which `pg` cannot do.
import { randomBytes } from 'node:crypto';
import pgDriver from 'pg';
import type pg from 'pg';
import postgres from 'postgres';
import { HOLD_PRECHECK } from '../../src/bookings/repository/hold-precheck.ts';
import { HOLD_STATEMENT } from '../../src/bookings/repository/hold.ts';
import { beginWithLocks } from '../../src/db/database.ts';
import type { Customer } from '../fixtures.ts';
import { SEAT_LIMIT, holdParameters } from './ceiling.ts';
import { runDirect, warmPool, type DirectResult } from './peers.ts';

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
  const [seen] = await sql.unsafe<{ free_ids: string[] }[]>(HOLD_PRECHECK, [showId, seatIds, now, userId, null], { prepare: true });
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

/**
 * Houseful's hold transaction as it would run through `pg`, which cannot pipeline: the read, then
 * BEGIN with the customer's lock (one message), the hold statement and COMMIT, each waiting for the
 * one before: four round trips for a grant, against two through Houseful's own module (houseful-sql).
 */
export async function runHousefulSqlPg(run: Run): Promise<DirectResult> {
  const pool = new pgDriver.Pool({ connectionString: run.databaseUrl, max: run.poolSize });
  try {
    await warmPool(pool, run.poolSize);
    return await runDirect(run.pool, run.showId, run.requests, run.poolSize, async (seatIds, i) => {
      const bookingId = `bkg_pg_${randomBytes(12).toString('base64url')}`;
      const now = new Date();
      const userId = run.customers[i % run.customers.length]!.userId;
      const seen = await pool.query<{ free_ids: string[] }>({
        name: 'houseful_hold_precheck',
        text: HOLD_PRECHECK,
        values: [run.showId, seatIds, now, userId, null],
      });
      if (seen.rows[0]!.free_ids.length !== seatIds.length) return undefined;
      const until = new Date(now.getTime() + 300_000);
      const client = await pool.connect();
      try {
        await client.query(beginWithLocks([`${userId}:${run.showId}`]));
        const outcome = await client.query<HoldOutcomeRow>({
          name: 'houseful_hold',
          text: HOLD_STATEMENT,
          values: holdParameters([bookingId, userId, run.showId, until, now, seatIds, SEAT_LIMIT]),
        });
        await client.query('COMMIT');
        return granted(outcome.rows[0]) ? bookingId : undefined;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    });
  } finally {
    await pool.end();
  }
}
