// Many customers race for the same seats through two Houseful processes on one PostgreSQL
// database; the winners and the booked seats are counted exactly.
import { describe, expect, it } from 'vitest';
import { oversold } from '../../bench/patterns/fixtures.ts';
import { postgresAvailable } from '../support/app.ts';
import { twoInstancesOnAFreshDatabase } from '../support/two-instances.ts';

describe.skipIf(!postgresAvailable())('races through two server processes on one PostgreSQL database', () => {
  const race = twoInstancesOnAFreshDatabase();

  const customers = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => race.apis[i % 2]!.customer(`Racer${i}`)));

  async function seatRows(showId: string) {
    return (
      await race.pool.query<{ seat_id: string; status: string; booking_id: string | null }>(
        'SELECT seat_id, status, booking_id FROM show_seats WHERE show_id = $1',
        [showId],
      )
    ).rows;
  }

  it('gives two seats wanted by 40 customers at once to exactly one of them', async () => {
    const { show, seats } = await race.apis[0]!.scenario(race.admin, { rows: [{ label: 'A', seatType: 'regular', seats: 10 }] });
    const racers = await customers(40);
    const wanted = [seats[3]!.id, seats[4]!.id];
    const replies = await Promise.all(
      racers.map((racer, i) => race.apis[i % 2]!.post('/api/bookings', { showId: show.id, seatIds: wanted }, racer.token)),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(39);
    const winner = replies.find((r) => r.status === 201)!.body;
    const rows = await seatRows(show.id);
    expect(rows.filter((r) => r.status === 'held').map((r) => r.booking_id)).toEqual([winner.id, winner.id]);
    const pending = await race.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM bookings WHERE show_id = $1 AND status = 'pending'",
      [show.id],
    );
    expect(pending.rows[0]!.n).toBe(1);
  });

  it('settles 80 overlapping multi-seat requests with no seat given twice, then books exactly the held seats', async () => {
    const { show, seats } = await race.apis[0]!.scenario(race.admin, { rows: [{ label: 'A', seatType: 'regular', seats: 24 }] });
    const racers = await customers(80);
    // Each wants a window of 1 to 4 neighbouring seats, so most requests overlap several others.
    const requests = racers.map((_, i) => {
      const size = 1 + (i % 4);
      const start = (i * 7) % (seats.length - size + 1);
      return seats.slice(start, start + size).map((s) => s.id);
    });
    const replies = await Promise.all(
      racers.map((racer, i) => race.apis[i % 2]!.post('/api/bookings', { showId: show.id, seatIds: requests[i] }, racer.token)),
    );
    expect(replies.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const winners = replies.map((r, i) => ({ reply: r, racer: racers[i]!, seatIds: requests[i]! })).filter((w) => w.reply.status === 201);
    expect(winners.length).toBeGreaterThan(0);
    expect(oversold(winners.map((w) => w.seatIds))).toBe(0);
    // Every refusal names only seats a winner holds.
    const heldByWinners = new Set(winners.flatMap((w) => w.seatIds));
    for (const refused of replies.filter((r) => r.status === 409)) {
      expect(refused.body.unavailableSeatIds.length).toBeGreaterThan(0);
      for (const id of refused.body.unavailableSeatIds) expect(heldByWinners.has(id)).toBe(true);
    }
    const rows = await seatRows(show.id);
    expect(rows.filter((r) => r.status === 'held')).toHaveLength(heldByWinners.size);
    for (const winner of winners) {
      for (const id of winner.seatIds) expect(rows.find((r) => r.seat_id === id)!.booking_id).toBe(winner.reply.body.id);
    }

    // Every winner pays at once, through both servers.
    const paid = await Promise.all(
      winners.map((w, i) =>
        race.apis[i % 2]!.post(`/api/bookings/${w.reply.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, w.racer.token, {
          'Idempotency-Key': `race-${i}`,
        }),
      ),
    );
    expect(paid.map((p) => p.status)).toEqual(winners.map(() => 200));
    const after = await seatRows(show.id);
    expect(after.filter((r) => r.status === 'booked')).toHaveLength(heldByWinners.size);
    const confirmed = await race.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM bookings WHERE show_id = $1 AND status = 'confirmed'",
      [show.id],
    );
    expect(confirmed.rows[0]!.n).toBe(winners.length);
    const seatsAvailable = (await race.apis[1]!.get(`/api/shows/${show.id}`)).body.seatsAvailable;
    expect(seatsAvailable).toBe(seats.length - heldByWinners.size);
  });

  it('charges a booking once when the same payment is sent to both servers at once', async () => {
    const { show, seats } = await race.apis[0]!.scenario(race.admin, { rows: [{ label: 'A', seatType: 'regular', seats: 4 }] });
    const [payer] = await customers(1);
    const booking = (await race.apis[0]!.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, payer!.token)).body;
    const body = { method: 'credit_card', card: { number: '4242424242424242', expiry: '12/35', cvv: '123' } };
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        race.apis[i % 2]!.post(`/api/bookings/${booking.id}/payment`, body, payer!.token, { 'Idempotency-Key': 'double-click' }),
      ),
    );
    // The first answer, or 409 while it is still running; never a second charge.
    expect(replies.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(replies.some((r) => r.status === 200)).toBe(true);
    const charges = await race.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM test_gateway_charges c JOIN payments p ON p.id = c.reference WHERE p.booking_id = $1',
      [booking.id],
    );
    expect(charges.rows[0]!.n).toBe(1);
  });
});
