// Cancellations under races, through two Houseful processes on one PostgreSQL database: a second
// cancellation of the same seats, a cancellation racing the payment, and one racing the sweeper
// as the hold lapses. Counted exactly; no seat is given back twice, nobody is refunded twice, and
// every invariant (the ledger's reconciliation among them) holds once the refunds are made.
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresAvailable } from '../support/app.ts';
import { bookAndPay } from '../support/bookings.ts';
import { brokenInvariants, unsettledPayments } from '../support/invariants.ts';
import { twoInstancesOnAFreshDatabase } from '../support/two-instances.ts';
import { waitUntil } from '../support/wait.ts';

const CARD = { method: 'credit_card', card: { number: '4242424242424242', expiry: '12/30', cvv: '123' } };

async function refundsCounted(pool: pg.Pool, showId: string) {
  return (
    await pool.query<{ refunds: number; seats_given_back: number; distinct_seats: number; charged: number; refunded: number }>(
      `SELECT (SELECT count(*)::int FROM refunds r JOIN bookings b ON b.id = r.booking_id WHERE b.show_id = $1) AS refunds,
         (SELECT coalesce(sum(cardinality(r.seat_ids)), 0)::int FROM refunds r JOIN bookings b ON b.id = r.booking_id WHERE b.show_id = $1)
           AS seats_given_back,
         (SELECT count(DISTINCT (r.booking_id, s))::int FROM refunds r JOIN bookings b ON b.id = r.booking_id, unnest(r.seat_ids) s
          WHERE b.show_id = $1) AS distinct_seats,
         (SELECT coalesce(sum(l.amount), 0)::int FROM ledger_entries l JOIN bookings b ON b.id = l.booking_id
          WHERE b.show_id = $1 AND l.kind = 'charge') AS charged,
         (SELECT coalesce(sum(l.amount), 0)::int FROM ledger_entries l JOIN bookings b ON b.id = l.booking_id
          WHERE b.show_id = $1 AND l.kind = 'refund') AS refunded`,
      [showId],
    )
  ).rows[0]!;
}

describe.skipIf(!postgresAvailable())('cancellation races through two server processes on one PostgreSQL database', () => {
  const race = twoInstancesOnAFreshDatabase();

  it('gives seats cancelled twice at once back once: one 200, one 409, one refund', async () => {
    const { show, seats } = await race.apis[0]!.scenario(race.admin, { rows: [{ label: 'A', seatType: 'regular', seats: 40 }] });
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => race.apis[i % 2]!.customer(`Twice${i}`)));
    const bookings = await Promise.all(
      people.map((person, i) => bookAndPay(race.apis[i % 2]!, person.token, show.id, [seats[2 * i]!.id, seats[2 * i + 1]!.id])),
    );
    const replies = await Promise.all(
      bookings.flatMap((booking, i) =>
        [0, 1].map((k) => race.apis[k]!.post(`/api/bookings/${booking.id}/cancel`, { seatIds: [seats[2 * i]!.id] }, people[i]!.token)),
      ),
    );
    expect(replies.filter((r) => r.status === 200)).toHaveLength(20);
    const refused = replies.filter((r) => r.status === 409);
    expect(refused).toHaveLength(20);
    for (const reply of refused) expect(reply.body.type).toMatch(/\/seats-already-cancelled$/);

    await waitUntil(async () => (await unsettledPayments(race.pool)) === 0, 30_000, 'every refund to be made');
    const counted = await refundsCounted(race.pool, show.id);
    expect(counted).toEqual({ refunds: 20, seats_given_back: 20, distinct_seats: 20, charged: 20 * 50_000, refunded: 20 * 25_000 });
    const free = await race.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM show_seats WHERE show_id = $1 AND status = 'available'",
      [show.id],
    );
    expect(free.rows[0]!.n).toBe(20);
    expect(await brokenInvariants(race.pool)).toEqual([]);
  });

  it('settles a cancellation racing the payment one way or the other, charging nobody for nothing', async () => {
    const { show, seats } = await race.apis[0]!.scenario(race.admin, { rows: [{ label: 'A', seatType: 'regular', seats: 30 }] });
    const people = await Promise.all(Array.from({ length: 30 }, (_, i) => race.apis[i % 2]!.customer(`Racer${i}`)));
    const holds = await Promise.all(
      people.map((person, i) => race.apis[i % 2]!.post('/api/bookings', { showId: show.id, seatIds: [seats[i]!.id] }, person.token)),
    );
    const outcomes = await Promise.all(
      holds.map(async (hold, i) => {
        const [paid, cancelled] = await Promise.all([
          race.apis[i % 2]!.post(`/api/bookings/${hold.body.id}/payment`, CARD, people[i]!.token, {
            'Idempotency-Key': `race-${hold.body.id}`,
          }),
          race.apis[(i + 1) % 2]!.post(`/api/bookings/${hold.body.id}/cancel`, undefined, people[i]!.token),
        ]);
        return { id: hold.body.id as string, paid: paid.status, cancelled: cancelled.status };
      }),
    );
    for (const outcome of outcomes) {
      // Either the cancel came first (payment refused), or the payment did (the cancel refused, or it refunded the paid booking).
      expect([200, 409]).toContain(outcome.paid);
      expect([200, 409]).toContain(outcome.cancelled);
      expect(outcome.paid === 200 || outcome.cancelled === 200).toBe(true);
    }
    await waitUntil(async () => (await unsettledPayments(race.pool)) === 0, 30_000, 'every refund to be made');
    const states = await race.pool.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM bookings WHERE show_id = $1 GROUP BY status ORDER BY status',
      [show.id],
    );
    const confirmed = outcomes.filter((o) => o.paid === 200 && o.cancelled === 409).length;
    expect(states.rows.find((r) => r.status === 'confirmed')?.n ?? 0).toBe(confirmed);
    expect(states.rows.find((r) => r.status === 'cancelled')?.n ?? 0).toBe(30 - confirmed);
    const counted = await refundsCounted(race.pool, show.id);
    // Money kept = the confirmed bookings' seats, exactly.
    expect(counted.charged - counted.refunded).toBe(confirmed * 25_000);
    expect(counted.distinct_seats).toBe(counted.seats_given_back);
    expect(await brokenInvariants(race.pool)).toEqual([]);
  });
});

describe.skipIf(!postgresAvailable())('cancellations racing the sweeper as holds lapse, through two server processes', () => {
  const race = twoInstancesOnAFreshDatabase({ HOLD_TTL_SECONDS: '2', SWEEP_INTERVAL_SECONDS: '1' });

  it('ends each lapsing hold once, expired or cancelled, its seat free and nothing refunded', async () => {
    const { show, seats } = await race.apis[0]!.scenario(race.admin, { rows: [{ label: 'A', seatType: 'regular', seats: 30 }] });
    const people = await Promise.all(Array.from({ length: 30 }, (_, i) => race.apis[i % 2]!.customer(`Lapse${i}`)));
    const holds = await Promise.all(
      people.map((person, i) => race.apis[i % 2]!.post('/api/bookings', { showId: show.id, seatIds: [seats[i]!.id] }, person.token)),
    );
    // Each cancel is sent at its own moment around its hold's lapse, from 0.5 s before to 1.5 s after,
    // while both instances' sweepers run every second.
    const replies = await Promise.all(
      holds.map(async (hold, i) => {
        const at = new Date(hold.body.expiresAt).getTime() - 500 + (i * 2_000) / holds.length;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
        return race.apis[(i + 1) % 2]!.post(`/api/bookings/${hold.body.id}/cancel`, undefined, people[i]!.token);
      }),
    );
    const cancelled = replies.filter((r) => r.status === 200).length;
    const refused = replies.filter((r) => r.status === 409);
    expect(cancelled + refused.length).toBe(30);
    for (const reply of refused) expect(reply.body.currentStatus).toBe('expired');

    await waitUntil(
      async () =>
        (
          await race.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM bookings WHERE show_id = $1 AND status = 'pending'", [
            show.id,
          ])
        ).rows[0]!.n === 0,
      30_000,
      'the sweepers to expire every lapsed hold',
    );
    const states = await race.pool.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM bookings WHERE show_id = $1 GROUP BY status',
      [show.id],
    );
    expect(Object.fromEntries(states.rows.map((r) => [r.status, r.n]))).toEqual({
      ...(cancelled > 0 ? { cancelled } : {}),
      ...(cancelled < 30 ? { expired: 30 - cancelled } : {}),
    });
    const free = await race.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM show_seats WHERE show_id = $1 AND status = 'available'",
      [show.id],
    );
    expect(free.rows[0]!.n).toBe(30);
    expect((await refundsCounted(race.pool, show.id)).refunds).toBe(0);
    expect(await brokenInvariants(race.pool)).toEqual([]);
  });
});
