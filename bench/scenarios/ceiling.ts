// The ceiling: Houseful's hold SQL (src/bookings/hold.ts) with nothing around it: the read
// that refuses visibly taken seats, then, when the seats look free, the hold statement, each
// one round trip in its own transaction; no customer lock, no application, no HTTP. Through
// `pg` with as many connections as Houseful's pool, and through pgbench.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { HOLD_PRECHECK } from '../../src/bookings/repository/hold-precheck.ts';
import { HOLD_STATEMENT } from '../../src/bookings/repository/hold.ts';
import { HALL_ROWS, SEATS_PER_ROW, perSecond, round1, type Customer } from '../fixtures.ts';
import { runDirect, warmPool, type DirectResult } from './peers.ts';

/** Houseful's default MAX_SEATS_PER_BOOKING, which also bounds one customer's holds per show. */
export const SEAT_LIMIT = 10;

/** How many parameters HOLD_STATEMENT takes: its highest $n. */
const HOLD_PARAMETERS = Math.max(...[...HOLD_STATEMENT.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));

/**
 * HOLD_STATEMENT's parameters from the seven every version takes ($1 booking, $2 customer, $3
 * show, $4 held until, $5 now, $6 seat ids, $7 seat limit); any later one is a limit the bench's
 * servers run without (RATE_LIMIT_PER_MINUTE=0: no new-account cap), passed as null.
 */
export function holdParameters(seven: [string, string, string, Date, Date, string[], number]): unknown[] {
  return [...seven, ...Array.from({ length: Math.max(0, HOLD_PARAMETERS - seven.length) }, () => null)];
}

export async function runCeilingPg(
  pool: pg.Pool,
  showId: string,
  requests: string[][],
  customers: Customer[],
  poolSize: number,
): Promise<DirectResult> {
  await warmPool(pool, poolSize);
  return runDirect(pool, showId, requests, poolSize, async (seatIds, i) => {
    const bookingId = `bkg_ceiling_${randomBytes(12).toString('base64url')}`;
    const now = new Date();
    const until = new Date(now.getTime() + 300_000);
    const userId = customers[i % customers.length]!.userId;
    // Prepared once per connection, as Houseful does and as pgbench -M prepared does.
    const seen = await pool.query<{ free_ids: string[] }>({
      name: 'houseful_hold_precheck',
      text: HOLD_PRECHECK,
      values: [showId, seatIds, now, userId, null],
    });
    if (seen.rows[0]!.free_ids.length < seatIds.length) return undefined;
    const outcome = await pool.query<{ request_ok: boolean; within_limit: boolean; all_free: boolean }>({
      name: 'houseful_hold',
      text: HOLD_STATEMENT,
      values: holdParameters([bookingId, userId, showId, until, now, seatIds, SEAT_LIMIT]),
    });
    const row = outcome.rows[0]!;
    return row.request_ok && row.within_limit && row.all_free ? bookingId : undefined;
  });
}

export interface PgbenchResult {
  holdsPerSecond: number;
  averageMs: number | null;
  elapsedMs: number;
  seatsHeld: number;
}

export const PGBENCH = '/usr/bin/pgbench';

const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim();

export function pgbenchAvailable(): boolean {
  return existsSync(PGBENCH);
}

/** The same two statements from pgbench's C client, on another fresh copy of the hot show. */
export async function runCeilingPgbench(
  databaseUrl: string,
  pool: pg.Pool,
  options: { hallId: string; showId: string; customers: Customer[]; transactions: number; clients: number },
): Promise<PgbenchResult> {
  const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
  const seatIds = `(SELECT array_agg(id) FROM public.seats WHERE hall_id = ${literal(options.hallId)} AND row_index = :row::int AND number BETWEEN :first::int AND :first::int + :size::int - 1)::text[]`;
  const customer = '(SELECT user_id FROM bench_pgbench_customers WHERE n = :customer::int)';
  const precheck = HOLD_PRECHECK.replace(/\$5/g, 'NULL') // no promo code
    .replace(/\$1/g, literal(options.showId))
    .replace(/\$2::text\[\]/g, seatIds)
    .replace(/\$3/g, 'now()')
    .replace(/\$4/g, customer);
  // The booking id appears twice and must be the same: made once in a leading CTE.
  const statement = HOLD_STATEMENT.replace('WITH mine AS', "WITH ids AS (SELECT 'bkg_pgbench_' || gen_random_uuid() AS id), mine AS")
    .replace(/\$(?:[89]|[1-9]\d)\b/g, 'NULL') // later parameters first, so $1 below is not the start of $10
    .replace(/\$1\b/g, '(SELECT id FROM ids)')
    .replace(/\$2/g, customer)
    .replace(/\$3/g, literal(options.showId))
    .replace(/\$4/g, "now() + interval '5 minutes'")
    .replace(/\$5/g, 'now()')
    .replace(/\$7/g, String(SEAT_LIMIT))
    .replace(/\$(?:[89]|[1-9]\d)\b/g, 'NULL') // later parameters: limits the bench runs without (holdParameters)
    .replace(/\$6::text\[\]/g, seatIds);
  // Each transaction picks 1-4 neighbouring seats in one row, as the bench's customers do.
  // pgbench ends a statement at a line end unless it ends in ';': keep it on one line.
  const script = [
    `\\set customer random(1, ${options.customers.length})`,
    `\\set row random(0, ${HALL_ROWS - 1})`,
    `\\set size random(1, 4)`,
    `\\set first random(1, ${SEATS_PER_ROW + 1} - :size)`,
    // The statement runs only when the read saw every seat free, as in Houseful.
    `SELECT (cardinality(seen.free_ids) = :size::int)::int AS go FROM (${oneLine(precheck)}) AS seen \\gset`,
    `\\if :go`,
    `${oneLine(statement)};`,
    `\\endif`,
  ].join('\n');
  // Each transaction is a customer of its own, as in the other runs (one customer would hit the seat limit).
  await pool.query('CREATE TABLE IF NOT EXISTS bench_pgbench_customers (n int PRIMARY KEY, user_id text NOT NULL)');
  await pool.query(
    'INSERT INTO bench_pgbench_customers (n, user_id) SELECT n, id FROM unnest($1::text[]) WITH ORDINALITY AS t (id, n) ON CONFLICT (n) DO NOTHING',
    [options.customers.map((c) => c.userId)],
  );
  await pool.query('ANALYZE bench_pgbench_customers');
  const dir = await mkdtemp(path.join(tmpdir(), 'houseful-pgbench-'));
  const file = path.join(dir, 'hold.sql');
  await writeFile(file, script);
  const perClient = Math.ceil(options.transactions / options.clients);
  try {
    const started = performance.now();
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        PGBENCH,
        ['-n', '-M', 'prepared', '-c', String(options.clients), '-j', '2', '-t', String(perClient), '-f', file, databaseUrl],
        { maxBuffer: 10 * 1024 * 1024 },
        (error, stdout, stderr) =>
          error ? reject(new Error(`pgbench failed: ${(stderr || error.message).slice(0, 600)}`)) : resolve(stdout + stderr),
      ),
    );
    const elapsedMs = performance.now() - started;
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1];
    const average = /latency average = ([\d.]+) ms/.exec(output)?.[1];
    const held = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM show_seats WHERE show_id = $1 AND status = 'held'", [
      options.showId,
    ]);
    return {
      holdsPerSecond: tps ? Math.round(Number(tps)) : perSecond(perClient * options.clients, elapsedMs),
      averageMs: average ? round1(Number(average)) : null,
      elapsedMs: round1(elapsedMs),
      seatsHeld: held.rows[0]!.n,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
