// Houseful behind pgbouncer in transaction pooling mode (DATABASE_PREPARED_STATEMENTS=0), with LISTEN
// on a direct session (DATABASE_LISTEN_URL): many customers race for the same seats through two
// server processes, counted exactly, and a hold on one instance reaches a live subscriber of the
// other. Needs Debian's pgbouncer; without it the test is skipped, or fails under
// HOUSEFUL_REQUIRE_PGBOUNCER=1 (.ci/run).
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oversold } from '../../bench/patterns/fixtures.ts';
import type { ServerProcess } from '../../scripts/server-process.ts';
import { Api } from '../support/api.ts';
import { freshDatabase, postgresAvailable } from '../support/app.ts';
import { pgbouncerBinary, startPgbouncer, type Pgbouncer } from '../support/pgbouncer.ts';
import { startTwoInstances } from '../support/two-instances.ts';
import { testPool } from '../support/postgres.ts';
import { EventStream } from '../support/sse.ts';

const missing = pgbouncerBinary() === undefined ? 'pgbouncer is not installed (apt-get install pgbouncer)' : undefined;
const required = process.env.HOUSEFUL_REQUIRE_PGBOUNCER === '1';
if (missing && !required && postgresAvailable()) console.warn(`\n*** pgbouncer test SKIPPED: ${missing}. ***\n`);

describe.skipIf(!postgresAvailable() || (missing !== undefined && !required))('two instances behind pgbouncer in transaction mode', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let bouncer: Pgbouncer | undefined;
  let servers: ServerProcess[] = [];
  let apis: Api[];
  let pool: pg.Pool;
  let admin: string;
  const streams: EventStream[] = [];

  beforeAll(async () => {
    if (missing) throw new Error(`HOUSEFUL_REQUIRE_PGBOUNCER=1 but ${missing}`);
    database = await freshDatabase('postgres');
    // Fewer server connections than the two instances' pools together: they share them by transaction.
    bouncer = await startPgbouncer(database.url!, { poolSize: 8 });
    ({ servers, apis, admin } = await startTwoInstances(bouncer.url, {
      DATABASE_PREPARED_STATEMENTS: '0',
      DATABASE_LISTEN_URL: database.url!,
    }));
    pool = testPool(database.url, 4);
  });

  afterAll(async () => {
    for (const stream of streams) stream.close();
    await pool?.end();
    await Promise.all(servers.map((server) => server.stop()));
    await bouncer?.stop();
    await database?.dispose();
  });

  it('the instances reach the database only through pgbouncer, and LISTEN directly', async () => {
    const sessions = await pool.query<{ listening: boolean }>(
      `SELECT query ILIKE 'LISTEN%' AS listening FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'houseful'`,
    );
    // Each instance's pool of 10 shares pgbouncer's 8 server connections; each LISTENs on its own.
    expect(sessions.rows.length).toBeLessThanOrEqual(8 + 2);
    expect(sessions.rows.filter((row) => row.listening)).toHaveLength(2);
  });

  it('settles 80 overlapping multi-seat requests with no seat given twice, and pays exactly the held seats', async () => {
    const { show, seats } = await apis[0]!.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: 24 }] });
    const racers = await Promise.all(Array.from({ length: 80 }, (_, i) => apis[i % 2]!.customer(`Bouncer${i}`)));
    const requests = racers.map((_, i) => {
      const size = 1 + (i % 4);
      const start = (i * 7) % (seats.length - size + 1);
      return seats.slice(start, start + size).map((s) => s.id);
    });
    const replies = await Promise.all(
      racers.map((racer, i) => apis[i % 2]!.post('/api/bookings', { showId: show.id, seatIds: requests[i] }, racer.token)),
    );
    expect(replies.map((r) => r.status).filter((s) => s !== 201 && s !== 409)).toEqual([]);
    const winners = replies.map((r, i) => ({ reply: r, racer: racers[i]!, seatIds: requests[i]! })).filter((w) => w.reply.status === 201);
    expect(winners.length).toBeGreaterThan(0);
    expect(oversold(winners.map((w) => w.seatIds))).toBe(0);
    const heldByWinners = new Set(winners.flatMap((w) => w.seatIds));
    const held = await pool.query<{ seat_id: string; booking_id: string }>(
      "SELECT seat_id, booking_id FROM show_seats WHERE show_id = $1 AND status = 'held'",
      [show.id],
    );
    expect(held.rows).toHaveLength(heldByWinners.size);
    for (const winner of winners) {
      for (const id of winner.seatIds) expect(held.rows.find((r) => r.seat_id === id)!.booking_id).toBe(winner.reply.body.id);
    }

    const paid = await Promise.all(
      winners.map((w, i) =>
        apis[i % 2]!.post(`/api/bookings/${w.reply.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, w.racer.token, {
          'Idempotency-Key': `bouncer-${i}`,
        }),
      ),
    );
    expect(paid.map((p) => p.status)).toEqual(winners.map(() => 200));
    const booked = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM show_seats WHERE show_id = $1 AND status = 'booked'", [
      show.id,
    ]);
    expect(booked.rows[0]!.n).toBe(heldByWinners.size);
    const confirmed = await pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM bookings WHERE show_id = $1 AND status = 'confirmed'",
      [show.id],
    );
    expect(confirmed.rows[0]!.n).toBe(winners.length);
  });

  it('a hold made on one instance reaches a live subscriber of the other, and back', async () => {
    const { show, seats } = await apis[0]!.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: 8 }] });
    const customer = await apis[0]!.customer('Live');
    const onSecond = await EventStream.open(`${servers[1]!.url}/api/shows/${show.id}/events`);
    const onFirst = await EventStream.open(`${servers[0]!.url}/api/shows/${show.id}/events`);
    streams.push(onSecond, onFirst);
    await onSecond.comment((text) => text.startsWith('subscribed'));
    await onFirst.comment((text) => text.startsWith('subscribed'));

    const ids = [seats[2]!.id, seats[3]!.id];
    const hold = await apis[0]!.post('/api/bookings', { showId: show.id, seatIds: ids }, customer.token);
    expect(hold.status).toBe(201);
    const same = (status: string) => (data: { seatIds: string[]; status: string }) =>
      data.status === status && [...data.seatIds].sort().join() === [...ids].sort().join();
    await onSecond.next('seats', same('held'), 5_000);
    expect((await apis[1]!.post(`/api/bookings/${hold.body.id}/cancel`, undefined, customer.token)).status).toBe(200);
    await onFirst.next('seats', same('available'), 5_000);
  });
});
