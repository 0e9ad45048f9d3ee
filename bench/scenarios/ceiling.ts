// The ceiling: the hold as one SQL statement, one round trip, no application around it,
// through `pg` with the same number of connections as Houseful's pool, and through pgbench.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { HALL_ROWS, SEATS_PER_ROW, perSecond, round1, type Customer } from '../fixtures.ts';
import { runDirect, warmPool, type DirectResult } from './peers.ts';

/**
 * Houseful's claim (booking row plus seats locked in seat-id order, READ COMMITTED re-checking
 * each row after a wait) made all-or-nothing inside the statement: `whole` counts the seats
 * locked and still free, and nothing is written unless it is every seat asked for.
 * $1 booking id, $2 customer, $3 show, $4 seat ids.
 */
export const CEILING_STATEMENT = `
WITH claimable AS (
  SELECT seat_id FROM show_seats
  WHERE show_id = $3 AND seat_id = ANY($4::text[])
    AND (status = 'available' OR (status = 'held' AND held_until <= now()))
  ORDER BY seat_id FOR UPDATE),
whole AS (SELECT count(*) = cardinality($4::text[]) AS ok FROM claimable),
booking AS (
  INSERT INTO bookings (id, user_id, show_id, status, total, expires_at, created_at)
  SELECT $1, $2, $3, 'pending', 0, now() + interval '5 minutes', now() FROM whole WHERE ok)
UPDATE show_seats ss SET status = 'held', booking_id = $1, held_until = now() + interval '5 minutes'
FROM claimable c, whole w
WHERE w.ok AND ss.show_id = $3 AND ss.seat_id = c.seat_id
RETURNING ss.seat_id`;

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
    const claimed = await pool.query(CEILING_STATEMENT, [bookingId, customers[i % customers.length]!.userId, showId, seatIds]);
    return claimed.rowCount === seatIds.length ? bookingId : undefined;
  });
}

export interface PgbenchResult {
  holdsPerSecond: number;
  averageMs: number | null;
  elapsedMs: number;
  seatsHeld: number;
}

export const PGBENCH = '/usr/bin/pgbench';

export function pgbenchAvailable(): boolean {
  return existsSync(PGBENCH);
}

/** The same statement from pgbench's C client, on another fresh copy of the hot show. */
export async function runCeilingPgbench(
  databaseUrl: string,
  pool: pg.Pool,
  options: { hallId: string; showId: string; userId: string; transactions: number; clients: number },
): Promise<PgbenchResult> {
  const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
  // The booking id appears twice and must be the same: made once in a leading CTE.
  const statement = CEILING_STATEMENT.replace(
    'WITH claimable AS',
    "WITH ids AS (SELECT 'bkg_pgbench_' || gen_random_uuid() AS id), claimable AS",
  )
    .replace(/\$1/g, '(SELECT id FROM ids)')
    .replace(/\$2/g, literal(options.userId))
    .replace(/\$3/g, literal(options.showId))
    .replace(
      /\$4::text\[\]/g,
      `(SELECT array_agg(id) FROM seats WHERE hall_id = ${literal(options.hallId)} AND row_index = :row::int AND number BETWEEN :first::int AND :first::int + :size::int - 1)::text[]`,
    );
  // Each transaction picks 1-4 neighbouring seats in one row, as the bench's customers do.
  // pgbench ends a statement at a line end unless it ends in ';': keep it on one line.
  const script = [
    `\\set row random(0, ${HALL_ROWS - 1})`,
    `\\set size random(1, 4)`,
    `\\set first random(1, ${SEATS_PER_ROW + 1} - :size)`,
    `${statement.replace(/\s+/g, ' ').trim()};`,
  ].join('\n');
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
