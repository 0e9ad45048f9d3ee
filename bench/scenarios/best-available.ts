// On-sale of a hot show by best available: every customer arrives at once and asks for the best
// 1-4 seats (POST /api/bookings { showId, quantity }), and pays at once when given a block. Run
// with the cinema's rule against lone seats off and on, in a cinema of its own each, to measure
// what the rule costs in holds/s and what it saves in seats left alone. Afterwards the database
// is checked: every winner's seats carry its booking, each block is adjacent, and the lone seats
// left are counted.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { oversold } from '../patterns/fixtures.ts';
import {
  HALL_ROWS,
  SEATS_PER_ROW,
  TEST_CARD,
  forEachConcurrently,
  oversoldInDatabase,
  perSecond,
  round1,
  seatsTaken,
  seededRandom,
  summarise,
  type Customer,
  type HttpClient,
  type LatencySummary,
} from '../fixtures.ts';

/** The hot hall's rows with two aisles, as a multiplex lays them out: 4 + 12 + 4 seats. */
const AISLES_AFTER = [4, 16];

export interface BestAvailableResult {
  noSingleSeatGaps: boolean;
  customers: number;
  holdsPerSecond: number;
  bookingsPerSecond: number;
  elapsedMs: number;
  seatsSold: number;
  seatsTotal: number;
  /** Free seats left alone between taken seats, a row end or an aisle once the on-sale is over. */
  seatsStranded: number;
  confirmed: number;
  held: LatencySummary;
  refused: LatencySummary;
  holds: LatencySummary;
  /** Blocks handed out that were not adjacent seats of one stretch of a row: must be 0. */
  notAdjacent: number;
  oversold: number;
  oversoldInDatabase: number;
  unexpected: Record<string, number>;
}

/** A cinema of its own (with the rule as asked), its hall with aisles, and one show in it tomorrow. */
export async function createBestAvailableShow(
  client: HttpClient,
  base: string,
  token: string,
  options: { cityId: string; noSingleSeatGaps: boolean },
): Promise<{ showId: string; seatsTotal: number }> {
  const post = async (path: string, body: unknown) => {
    const reply = await client.request('POST', `${base}${path}`, { body, token });
    if (reply.status !== 201) throw new Error(`best-available setup failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body as { id: string };
  };
  const name = `Best Available ${options.noSingleSeatGaps ? 'Strict' : 'Open'} ${randomBytes(3).toString('hex')}`;
  const cinema = await post('/api/admin/cinemas', { cityId: options.cityId, name, address: 'Andheri' });
  const rule = await client.request('PUT', `${base}/api/admin/cinemas/${cinema.id}/seating`, {
    body: { noSingleSeatGaps: options.noSingleSeatGaps },
    token,
  });
  if (rule.status !== 200) throw new Error(`setting the seating rule failed: ${rule.status}`);
  const rows = Array.from({ length: HALL_ROWS }, (_, i) => ({
    label: String.fromCharCode(65 + i),
    seatType: 'regular',
    seats: SEATS_PER_ROW,
    aislesAfter: AISLES_AFTER,
  }));
  const hall = await post('/api/admin/halls', { cinemaId: cinema.id, name: 'Screen 1', rows });
  const movie = await post('/api/admin/movies', { title: 'Best Seats', durationMinutes: 150, language: 'Hindi', genre: 'Drama' });
  const startsAt = new Date(Date.now() + 24 * 3_600_000).toISOString();
  const prices = { regular: 25_000, premium: 40_000, vip: 60_000 };
  const show = await post('/api/admin/shows', { movieId: movie.id, hallId: hall.id, startsAt, prices });
  return { showId: show.id, seatsTotal: HALL_ROWS * SEATS_PER_ROW };
}

/** How many seats each customer asks for: 1-4, the same seeded list for both runs. */
export function quantities(count: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => 1 + Math.floor(random() * 4));
}

export async function runBestAvailable(options: {
  client: HttpClient;
  bases: string[];
  pool: pg.Pool;
  showId: string;
  seatsTotal: number;
  noSingleSeatGaps: boolean;
  customers: Customer[];
  quantities: number[];
}): Promise<BestAvailableResult> {
  const { client, bases, showId, customers } = options;
  const heldMs: number[] = [];
  const refusedMs: number[] = [];
  const winners: { bookingId: string; seatIds: string[] }[] = [];
  const unexpected: Record<string, number> = {};
  let confirmed = 0;
  const note = (what: string): void => {
    unexpected[what] = (unexpected[what] ?? 0) + 1;
  };

  const started = performance.now();
  await forEachConcurrently(customers, client.maxConnections, async (customer, i) => {
    const base = bases[i % bases.length]!;
    const hold = await client.request('POST', `${base}/api/bookings`, {
      body: { showId, quantity: options.quantities[i]! },
      token: customer.token,
    });
    if (hold.status === 409) {
      refusedMs.push(hold.ms);
      return;
    }
    if (hold.status !== 201) {
      note(`hold ${hold.status}`);
      return;
    }
    heldMs.push(hold.ms);
    const booking = hold.body as { id: string; seats: { id: string }[] };
    winners.push({ bookingId: booking.id, seatIds: booking.seats.map((s) => s.id) });
    const paid = await client.request('POST', `${base}/api/bookings/${booking.id}/payment`, {
      body: TEST_CARD,
      token: customer.token,
      headers: { 'idempotency-key': randomBytes(12).toString('hex') },
    });
    if (paid.status === 200) confirmed++;
    else note(`payment ${paid.status}`);
  });
  const elapsedMs = performance.now() - started;

  const seats = await seatPlaces(options.pool, showId);
  const holdCount = heldMs.length + refusedMs.length;
  return {
    noSingleSeatGaps: options.noSingleSeatGaps,
    customers: customers.length,
    holdsPerSecond: perSecond(holdCount, elapsedMs),
    bookingsPerSecond: perSecond(confirmed, elapsedMs),
    elapsedMs: round1(elapsedMs),
    seatsSold: (await seatsTaken(options.pool, showId)).booked,
    seatsTotal: options.seatsTotal,
    seatsStranded: loneSeats(seats),
    confirmed,
    held: summarise(heldMs),
    refused: summarise(refusedMs),
    holds: summarise([...heldMs, ...refusedMs]),
    notAdjacent: winners.filter((w) => !adjacent(w.seatIds, seats)).length,
    oversold: oversold(winners.map((w) => w.seatIds)),
    oversoldInDatabase: await oversoldInDatabase(options.pool, showId, winners),
    unexpected,
  };
}

interface Place {
  row: number;
  number: number;
  stretch: number;
  free: boolean;
}

/** Every seat of the show in hall order: where it is, and whether it is still free. */
async function seatPlaces(pool: pg.Pool, showId: string): Promise<Map<string, Place>> {
  const rows = (
    await pool.query<Place & { seat_id: string }>(
      `SELECT ss.seat_id, se.row_index AS row, se.number, se.stretch, ss.status = 'available' AS free
       FROM show_seats ss JOIN seats se ON se.id = ss.seat_id WHERE ss.show_id = $1 ORDER BY se.row_index, se.number`,
      [showId],
    )
  ).rows;
  return new Map(rows.map((r) => [r.seat_id, { row: r.row, number: r.number, stretch: r.stretch, free: r.free }]));
}

function adjacent(seatIds: readonly string[], seats: Map<string, Place>): boolean {
  const places = seatIds.map((id) => seats.get(id)!).sort((a, b) => a.number - b.number);
  return places.every((p, i) => p.row === places[0]!.row && p.stretch === places[0]!.stretch && p.number === places[0]!.number + i);
}

/** Free seats with a taken seat on one side and a taken seat, the row's end or an aisle on the other. */
function loneSeats(seats: Map<string, Place>): number {
  const list = [...seats.values()];
  const neighbour = (i: number, step: number) => {
    const other = list[i + step];
    return other && other.row === list[i]!.row && other.stretch === list[i]!.stretch ? other.free : undefined;
  };
  return list.filter((seat, i) => {
    const [left, right] = [neighbour(i, -1), neighbour(i, 1)];
    return seat.free && left !== true && right !== true && (left === false || right === false);
  }).length;
}
