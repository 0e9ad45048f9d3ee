// Steady booking: customers arrive at a fixed rate (open loop, so a slow server cannot slow
// the arrivals down) across many shows; most abandon their hold, as about 9 in 10 do in real
// life, some cancel it, some pay, and a few of those cancel the paid booking for a refund.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { oversold } from '../patterns/fixtures.ts';
import {
  TEST_CARD,
  perSecond,
  round1,
  seatRequests,
  seededRandom,
  summarise,
  type Customer,
  type HttpClient,
  type LatencySummary,
  type Seat,
} from '../fixtures.ts';

export interface SteadyResult {
  offeredFlowsPerSecond: number;
  durationMs: number;
  holdsPerSecond: number;
  bookingsPerSecond: number;
  held: number;
  refused: number;
  abandoned: number;
  cancelledPending: number;
  confirmed: number;
  cancelledConfirmed: number;
  holds: LatencySummary;
  payments: LatencySummary;
  cancels: LatencySummary;
  unexpected: Record<string, number>;
  /** Dropped arrivals: more flows in flight than the cap, i.e. the server fell behind. */
  shed: number;
  oversold: number;
  oversoldInDatabase: number;
}

const IN_FLIGHT_CAP = 512;

export async function runSteady(options: {
  client: HttpClient;
  bases: string[];
  pool: pg.Pool;
  showIds: string[];
  seats: Seat[];
  customers: Customer[];
  flowsPerSecond: number;
  durationMs: number;
  seed: number;
}): Promise<SteadyResult> {
  const { client, bases, showIds, customers } = options;
  const random = seededRandom(options.seed);
  const requests = seatRequests(options.seats, 4_096, options.seed + 1);
  const holdMs: number[] = [];
  const paymentMs: number[] = [];
  const cancelMs: number[] = [];
  const unexpected: Record<string, number> = {};
  const note = (what: string): void => {
    unexpected[what] = (unexpected[what] ?? 0) + 1;
  };
  const counts = { held: 0, refused: 0, abandoned: 0, cancelledPending: 0, confirmed: 0, cancelledConfirmed: 0, shed: 0 };
  const standing = new Map<string, { showId: string; seatIds: string[] }>(); // confirmed, not cancelled

  const flow = async (n: number) => {
    const base = bases[n % bases.length]!;
    const customer = customers[Math.floor(random() * customers.length)]!;
    const showId = showIds[Math.floor(random() * showIds.length)]!;
    const seatIds = requests[n % requests.length]!;
    const fate = random();
    const hold = await client.request('POST', `${base}/api/bookings`, { body: { showId, seatIds }, token: customer.token });
    holdMs.push(hold.ms);
    if (hold.status === 409) return void counts.refused++;
    if (hold.status !== 201) return note(`hold ${hold.status}`);
    counts.held++;
    const bookingId = (hold.body as { id: string }).id;
    if (fate < 0.88) return void counts.abandoned++;
    if (fate < 0.9) {
      const cancel = await client.request('POST', `${base}/api/bookings/${bookingId}/cancel`, { token: customer.token });
      cancelMs.push(cancel.ms);
      return cancel.status === 200 ? void counts.cancelledPending++ : note(`cancel ${cancel.status}`);
    }
    const paid = await client.request('POST', `${base}/api/bookings/${bookingId}/payment`, {
      body: TEST_CARD,
      token: customer.token,
      headers: { 'idempotency-key': randomBytes(12).toString('hex') },
    });
    paymentMs.push(paid.ms);
    if (paid.status !== 200) return note(`payment ${paid.status}`);
    counts.confirmed++;
    standing.set(bookingId, { showId, seatIds });
    if (fate < 0.91) {
      const cancel = await client.request('POST', `${base}/api/bookings/${bookingId}/cancel`, { token: customer.token });
      cancelMs.push(cancel.ms);
      if (cancel.status !== 200) return note(`cancel ${cancel.status}`);
      counts.cancelledConfirmed++;
      standing.delete(bookingId);
    }
  };

  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  let launched = 0;
  // Arrivals are released on a 10 ms tick, as many as the rate owes by now.
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const elapsed = performance.now() - started;
      const owed = Math.min(
        Math.floor((elapsed * options.flowsPerSecond) / 1000),
        Math.floor((options.durationMs * options.flowsPerSecond) / 1000),
      );
      while (launched < owed) {
        const n = launched++;
        if (inFlight.size >= IN_FLIGHT_CAP) {
          counts.shed++;
          continue;
        }
        const running: Promise<void> = flow(n)
          .catch(() => note('network error'))
          .finally(() => inFlight.delete(running));
        inFlight.add(running);
      }
      if (elapsed >= options.durationMs) {
        clearInterval(tick);
        resolve();
      }
    }, 10);
  });
  await Promise.all(inFlight);
  const durationMs = performance.now() - started;

  const doubleBooked = await options.pool.query<{ n: number }>(
    `SELECT coalesce(sum(n - 1), 0)::int AS n FROM (
       SELECT count(*) AS n FROM booking_seats bs JOIN bookings b ON b.id = bs.booking_id
       WHERE b.show_id = ANY($1::text[]) AND b.status = 'confirmed' GROUP BY b.show_id, bs.seat_id HAVING count(*) > 1) AS twice`,
    [showIds],
  );
  const byShow = new Map<string, string[][]>();
  for (const booking of standing.values()) byShow.set(booking.showId, [...(byShow.get(booking.showId) ?? []), booking.seatIds]);
  return {
    offeredFlowsPerSecond: options.flowsPerSecond,
    durationMs: round1(durationMs),
    holdsPerSecond: perSecond(counts.held + counts.refused, durationMs),
    bookingsPerSecond: perSecond(counts.confirmed, durationMs),
    ...counts,
    holds: summarise(holdMs),
    payments: summarise(paymentMs),
    cancels: summarise(cancelMs),
    unexpected,
    oversold: [...byShow.values()].reduce((sum, winners) => sum + oversold(winners), 0),
    oversoldInDatabase: doubleBooked.rows[0]!.n,
  };
}
