// The PGlite ceiling: Houseful's hold SQL alone (HOLD_PRECHECK, then HOLD_STATEMENT when the
// seats look free, as the PostgreSQL `ceiling` row runs them) against an embedded PGlite in this
// bench process, made as the tests make one (in memory, migrated), with the same 300-seat show
// and the same seat requests. No HTTP, no application. PGlite is one connection: the requests
// are all issued at once (as many in flight as the HTTP rows have connections) and it queues them.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { HOLD_PRECHECK } from '../../src/bookings/repository/hold-precheck.ts';
import { HOLD_STATEMENT } from '../../src/bookings/repository/hold.ts';
import { createCinema, createCity, createHall, createMovie, createShow } from '../../src/catalogue/admin.ts';
import { PgliteDatabase } from '../../src/db/pglite-database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { oversold } from '../patterns/fixtures.ts';
import { forEachConcurrently, hallRows, perSecond, seatRequests, summarise, type Seat, benchContext } from '../fixtures.ts';
import { SEAT_LIMIT, holdParameters } from './ceiling.ts';
import type { DirectResult } from './peers.ts';

interface HoldOutcomeRow {
  request_ok: boolean;
  within_limit: boolean;
  all_free: boolean;
}

/** A migrated in-memory PGlite with one 300-seat show (and a warm-up copy) and `customers` users. */
async function prepare(pglite: PGlite, customers: number) {
  const db = new PgliteDatabase(pglite);
  await migrate(db);
  const adminId = `usr_bench_admin_${randomBytes(6).toString('hex')}`;
  await pglite.query("INSERT INTO users (id, name, email, password_hash, role) VALUES ($1, 'Bench admin', $2, 'x', 'admin')", [
    adminId,
    `${adminId}@example.com`,
  ]);
  const ctx = benchContext(db);
  const city = await createCity(ctx, adminId, { name: 'Mumbai', state: 'Maharashtra' });
  const cinema = await createCinema(ctx, adminId, { cityId: city.id, name: 'Bench Multiplex', address: 'Lower Parel' });
  const hall = await createHall(ctx, adminId, { cinemaId: cinema.id, name: 'Screen 1', rows: hallRows() });
  const movie = await createMovie(ctx, adminId, { title: 'Opening Night', durationMinutes: 150, language: 'Hindi', genre: 'Drama' });
  const day = Date.now() + 24 * 3_600_000;
  const prices = { regular: 25_000, premium: 40_000, vip: 60_000 };
  const shows: string[] = [];
  for (let i = 0; i < 2; i++) {
    const startsAt = new Date(day + i * 3 * 3_600_000).toISOString();
    shows.push((await createShow(ctx, adminId, { movieId: movie.id, hallId: hall.id, startsAt, prices })).id);
  }
  const seats: Seat[] = (
    await pglite.query<{ id: string; row_index: number; number: number }>('SELECT id, row_index, number FROM seats WHERE hall_id = $1', [
      hall.id,
    ])
  ).rows.map((s) => ({ id: s.id, row: s.row_index, number: s.number }));
  const userIds = (
    await pglite.query<{ id: string }>(
      `INSERT INTO users (id, name, email, password_hash)
       SELECT 'usr_bench_' || n, 'Bench customer', 'usr_bench_' || n || '@example.com', 'not-a-password-hash'
       FROM generate_series(1, $1::int) AS n RETURNING id`,
      [customers],
    )
  ).rows.map((r) => r.id);
  await pglite.query('ANALYZE');
  return { shows, seats, userIds };
}

export async function runCeilingPglite(options: { customers: number; concurrency: number; seed: number }): Promise<DirectResult> {
  const pglite = await PGlite.create();
  try {
    const { shows, seats, userIds } = await prepare(pglite, options.customers);
    const requests = seatRequests(seats, options.customers, options.seed);
    const attempt = async (showId: string, seatIds: string[], i: number): Promise<string | undefined> => {
      const bookingId = `bkg_ceiling_${randomBytes(12).toString('base64url')}`;
      const now = new Date();
      const userId = userIds[i % userIds.length]!;
      const seen = await pglite.query<{ free_ids: string[] }>(HOLD_PRECHECK, [showId, seatIds, now, userId, null]);
      if (seen.rows[0]!.free_ids.length < seatIds.length) return undefined;
      const until = new Date(now.getTime() + 300_000);
      const row = (
        await pglite.query<HoldOutcomeRow>(HOLD_STATEMENT, holdParameters([bookingId, userId, showId, until, now, seatIds, SEAT_LIMIT]))
      ).rows[0]!;
      return row.request_ok && row.within_limit && row.all_free ? bookingId : undefined;
    };
    // A warm-up on-sale on its own copy of the show, so neither the JIT nor PGlite's caches start cold.
    await forEachConcurrently(
      requests.slice(0, 600),
      options.concurrency,
      async (seatIds, i) => void (await attempt(shows[0]!, seatIds, i)),
    );

    const showId = shows[1]!;
    const latencies: number[] = [];
    const winners: { bookingId: string; seatIds: string[] }[] = [];
    let errors = 0;
    const started = performance.now();
    await forEachConcurrently(requests, options.concurrency, async (seatIds, i) => {
      const at = performance.now();
      try {
        const bookingId = await attempt(showId, seatIds, i);
        if (bookingId) winners.push({ bookingId, seatIds });
      } catch {
        errors++;
      }
      latencies.push(performance.now() - at);
    });
    const elapsedMs = performance.now() - started;
    const owner = new Map(
      (
        await pglite.query<{ seat_id: string; booking_id: string | null }>(
          'SELECT seat_id, booking_id FROM show_seats WHERE show_id = $1',
          [showId],
        )
      ).rows.map((r) => [r.seat_id, r.booking_id]),
    );
    let wrong = 0;
    for (const winner of winners) for (const seat of winner.seatIds) if (owner.get(seat) !== winner.bookingId) wrong++;
    const held = await pglite.query<{ n: number }>("SELECT count(*)::int AS n FROM show_seats WHERE show_id = $1 AND status = 'held'", [
      showId,
    ]);
    return {
      holdsPerSecond: perSecond(requests.length - errors, elapsedMs),
      elapsedMs,
      winners: winners.length,
      holds: summarise(latencies),
      oversold: oversold(winners.map((w) => w.seatIds)),
      oversoldInDatabase: wrong,
      seatsSold: held.rows[0]!.n,
      errors,
    };
  } finally {
    await pglite.close();
  }
}
