// npm run sql:plans: the SQL of the hot path (holding, paying, reading seat maps and listings,
// knowing who is asking) with the plan PostgreSQL chooses for it on the benchmark's data, written
// to docs/queries/ so that a change of query or plan shows in a diff.
//
// Each statement is taken from the repository function that sends it (a recording connection
// captures its text), prepared on a database filled as `npm run bench` fills one (the 300-seat
// hall, 40 more shows, thousands of customers, a part-sold show), and explained as a prepared
// statement's generic plan (what a long-lived connection runs), without costs, so the files
// change only when the plan's shape does. Needs PostgreSQL at DATABASE_URL, else 127.0.0.1:5432.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { findUserWithHash, userForSession } from '../src/accounts/repository.ts';
import { bookingRowsOf, findBookingRow, findBookingState } from '../src/bookings/repository/views.ts';
import {
  bookHeldSeats,
  countBookingSeats,
  expireLapsedBookings,
  moveBooking,
  releaseSeatsOf,
} from '../src/bookings/repository/lifecycle.ts';
import { precheckBestAvailable, precheckHold } from '../src/bookings/repository/hold-precheck.ts';
import { claimSeats } from '../src/bookings/repository/hold.ts';
import { hallLayoutOf, seatRows, showRow, showRows } from '../src/browsing/repository.ts';
import type { Database, QueryResult, Queryable } from '../src/db/database.ts';
import { giveStockBack, itemsForHold, takeStock } from '../src/items/repository.ts';
import { notifySeatChange } from '../src/db/seat-notices.ts';
import { claimDueMessages, queueBookingMessages } from '../src/outbox/repository.ts';
import { insertPendingPayment, leaseUnsettledPayments, movePayment } from '../src/payments/repository.ts';
import {
  TEST_CARD,
  adminToken,
  createBenchDatabase,
  createCatalogue,
  createCustomers,
  forEachConcurrently,
  HttpClient,
  progress,
  seatRequests,
  startHouseful,
} from '../bench/fixtures.ts';

const OUT_DIR = path.resolve(import.meta.dirname, '../docs/queries');

interface Captured {
  sql: string;
  params: unknown[];
}

/** A connection that records what it is asked and answers one empty row, so a repository function runs to its end. */
/** What a repository function sends its statements through: a query, or one statement under locks. */
type Recordable = Queryable & Pick<Database, 'lockedStatement'>;

function recorder(): { db: Recordable; take(): Captured } {
  let last: Captured | undefined;
  const record = async <Row>(sql: string, params: unknown[] = []): Promise<QueryResult<Row>> => {
    last = { sql, params };
    return { rows: [{} as Row], rowCount: 1 };
  };
  return {
    db: { query: record, lockedStatement: record },
    take() {
      if (!last) throw new Error('the repository function sent no statement');
      const taken = last;
      last = undefined;
      return taken;
    },
  };
}

/** A value as an SQL literal for EXECUTE; the generic plan does not depend on it. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value))
    return `ARRAY[${value.map(literal).join(', ')}]::${value.every((v) => typeof v === 'number') && value.length > 0 ? 'int' : 'text'}[]`;
  if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return pg.escapeLiteral(String(value));
}

interface Example {
  area: string;
  name: string;
  /** Calls the repository function once against the recorder. */
  send(db: Recordable): Promise<unknown>;
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  try {
    progress('filling a database as the benchmark does');
    const houseful = await startHouseful(database.url, 4, 300);
    const client = new HttpClient(16);
    try {
      const base = houseful.server.url;
      const token = await adminToken(client, base);
      const catalogue = await createCatalogue(client, base, token, { hotShows: 1, steadyShows: 40 });
      const customers = await createCustomers(pool, 5_000);
      const showId = catalogue.hotShowIds[0]!;
      // Part of the hot show sold: 150 customers hold, every third pays.
      const requests = seatRequests(catalogue.hotSeats, 150, 1);
      await forEachConcurrently(requests, 8, async (seatIds, i) => {
        const customer = customers[i]!;
        const hold = await client.request('POST', `${base}/api/bookings`, { body: { showId, seatIds }, token: customer.token });
        if (hold.status !== 201 || i % 3 !== 0) return;
        const bookingId = (hold.body as { id: string }).id;
        await client.request('POST', `${base}/api/bookings/${bookingId}/payment`, {
          body: TEST_CARD,
          token: customer.token,
          headers: { 'Idempotency-Key': `plan-${i}` },
        });
      });
      await pool.query('ANALYZE');

      const { rows } = await pool.query<{ booking_id: string; user_id: string; seat_id: string }>(
        `SELECT b.id AS booking_id, b.user_id, ss.seat_id FROM bookings b JOIN show_seats ss ON ss.booking_id = b.id LIMIT 1`,
      );
      const sample = rows[0]!;
      const now = new Date();
      const seatIds = catalogue.hotSeats.slice(0, 2).map((s) => s.id);
      // The pace of holds read as with the limits on, at their defaults (bookings/hold-pace.ts).
      const pace = { cooldownSince: new Date(now.getTime() - 60_000), budgetSince: new Date(now.getTime() - 86_400_000), budget: 20 };
      const examples: Example[] = [
        { area: 'accounts', name: 'userForSession', send: (db) => userForSession(db, 'token-hash', now) },
        { area: 'accounts', name: 'findUserWithHash', send: (db) => findUserWithHash(db, 'someone@example.com') },
        { area: 'bookings', name: 'precheckHold', send: (db) => precheckHold(db, { userId: sample.user_id, showId, seatIds, now }, pace) },
        {
          area: 'bookings',
          name: 'precheckBestAvailable',
          send: (db) => precheckBestAvailable(db, { userId: sample.user_id, showId, now }, pace),
        },
        {
          area: 'bookings',
          name: 'claimSeats',
          send: (db) =>
            claimSeats(db, {
              bookingId: 'bkg_plan',
              userId: sample.user_id,
              showId,
              seatIds,
              heldUntil: now,
              now,
              limit: 10,
              accountCap: null,
              total: 0,
              bill: { supplies: [] },
              strandLocks: null,
            }),
        },
        { area: 'bookings', name: 'findBookingRow', send: (db) => findBookingRow(db, sample.user_id, sample.booking_id) },
        { area: 'bookings', name: 'bookingRowsOf', send: (db) => bookingRowsOf(db, sample.user_id) },
        { area: 'bookings', name: 'findBookingState', send: (db) => findBookingState(db, sample.user_id, sample.booking_id) },
        { area: 'bookings', name: 'countBookingSeats', send: (db) => countBookingSeats(db, sample.booking_id) },
        { area: 'bookings', name: 'bookHeldSeats', send: (db) => bookHeldSeats(db, sample.booking_id, now) },
        { area: 'bookings', name: 'moveBooking', send: (db) => moveBooking(db, sample.booking_id, 'pending', 'confirmed', now) },
        { area: 'bookings', name: 'releaseSeatsOf', send: (db) => releaseSeatsOf(db, [sample.booking_id]) },
        { area: 'bookings', name: 'expireLapsedBookings', send: (db) => expireLapsedBookings(db, now, 500) },
        { area: 'items', name: 'itemsForHold', send: (db) => itemsForHold(db, showId, ['itm_plan_a', 'itm_plan_b']) },
        {
          area: 'items',
          name: 'takeStock',
          send: (db) =>
            takeStock(
              db,
              [
                { itemId: 'itm_plan_a', quantity: 2 },
                { itemId: 'itm_plan_b', quantity: 1 },
              ],
              { userId: sample.user_id, limit: 40, now },
            ),
        },
        { area: 'items', name: 'giveStockBack', send: (db) => giveStockBack(db, [sample.booking_id], now) },
        { area: 'browsing', name: 'seatRows', send: (db) => seatRows(db, showId, now) },
        { area: 'browsing', name: 'hallLayoutOf', send: (db) => hallLayoutOf(db, showId) },
        { area: 'browsing', name: 'showRows (city)', send: (db) => showRows(db, now, { cityId: catalogue.cityId }) },
        {
          area: 'browsing',
          name: 'showRows (city, wheelchair space free)',
          send: (db) => showRows(db, now, { cityId: catalogue.cityId, wheelchair: true }),
        },
        { area: 'browsing', name: 'showRow', send: (db) => showRow(db, now, showId) },
        { area: 'live', name: 'notifySeatChange', send: (db) => notifySeatChange(db, showId, seatIds, 'booked') },
        {
          area: 'notifications',
          name: 'queueBookingMessages',
          send: (db) => queueBookingMessages(db, 'booking-confirmed', [sample.booking_id], { sms: true }),
        },
        { area: 'notifications', name: 'claimDueMessages', send: (db) => claimDueMessages(db, 60, 10) },
        {
          area: 'payments',
          name: 'insertPendingPayment',
          send: (db) =>
            insertPendingPayment(db, { id: 'pay_plan', bookingId: sample.booking_id, method: 'upi', amount: 1, idempotencyKey: 'k', now }),
        },
        { area: 'payments', name: 'movePayment', send: (db) => movePayment(db, 'pay_plan', 'pending', 'completed', { now }) },
        { area: 'payments', name: 'leaseUnsettledPayments', send: (db) => leaseUnsettledPayments(db, now, now, 100) },
      ];

      const connection = await pool.connect();
      const files = new Map<string, string[]>();
      try {
        await connection.query('SET plan_cache_mode = force_generic_plan');
        for (const [index, example] of examples.entries()) {
          const record = recorder();
          await example.send(record.db);
          const { sql, params } = record.take();
          const statement = `plan_${index}`;
          await connection.query(`PREPARE ${statement} AS ${sql}`);
          const execute = params.length > 0 ? `EXECUTE ${statement}(${params.map(literal).join(', ')})` : `EXECUTE ${statement}`;
          const plan = (await connection.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${execute}`)).rows.map(
            (r) => r['QUERY PLAN'],
          );
          await connection.query(`DEALLOCATE ${statement}`);
          const entry = [
            `-- ${example.area}/repository.ts: ${example.name}`,
            dedent(sql),
            '',
            '-- plan',
            ...plan.map((line) => `--   ${line}`),
          ];
          files.set(example.area, [...(files.get(example.area) ?? []), entry.join('\n')]);
        }
      } finally {
        connection.release();
      }
      await mkdir(OUT_DIR, { recursive: true });
      for (const [area, entries] of files) {
        const header = `-- Written by \`npm run sql:plans\` from src/${area}/repository.ts on the benchmark's data; do not edit.\n\n`;
        await writeFile(path.join(OUT_DIR, `${area}.sql`), `${header}${entries.join('\n\n')}\n`);
      }
      progress(`wrote ${examples.length} statements and their plans to docs/queries/`);
    } finally {
      client.close();
      await houseful.server.stop();
    }
  } finally {
    await pool.end();
    await database.drop();
  }
}

/** The statement with its common indentation removed (a first line that starts at once keeps its place) and a semicolon at its end. */
function dedent(sql: string): string {
  const lines = sql
    .replace(/^\s*\n/, '')
    .trimEnd()
    .split('\n');
  const indented = /^\s/.test(lines[0]!) ? lines : lines.slice(1);
  const widths = indented.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const indent = widths.length > 0 ? Math.min(...widths) : 0;
  const first = /^\s/.test(lines[0]!) ? lines[0]!.slice(indent) : lines[0]!;
  // Lines after a first line that starts at once are shown two spaces in, under it.
  const rest = lines.slice(1).map((l) => (/^\s/.test(lines[0]!) ? l.slice(indent) : `  ${l.slice(indent)}`));
  return `${[first, ...rest].join('\n')};`;
}

main().catch((error: unknown) => {
  process.stderr.write(`sql:plans: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
