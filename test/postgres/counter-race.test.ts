// Cashiers at the counter race online customers for the same seats, through two Houseful processes
// on one PostgreSQL database, by seat and by best available: every seat goes to exactly one of them, counted.
import { describe, expect, it } from 'vitest';
import { oversold } from '../../bench/patterns/fixtures.ts';
import { postgresAvailable } from '../support/app.ts';
import { brokenInvariants } from '../support/invariants.ts';
import { twoInstancesOnAFreshDatabase } from '../support/two-instances.ts';

describe.skipIf(!postgresAvailable())('counter sales racing online customers through two server processes', () => {
  const race = twoInstancesOnAFreshDatabase();

  /** Cashiers at the cinema, each with an open shift, signed in on alternate instances. */
  async function cashiers(n: number, cinemaId: string): Promise<string[]> {
    return Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const api = race.apis[i % 2]!;
        const account = await api.customer(`Cashier${i}`);
        expect(
          (await api.post('/api/admin/staff', { email: account.email, role: 'box-office', cinemaIds: [cinemaId] }, race.admin)).status,
        ).toBe(201);
        expect((await api.post('/api/admin/shifts', { cinemaId }, account.token)).status).toBe(201);
        return account.token;
      }),
    );
  }

  const customers = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => race.apis[i % 2]!.customer(`Online${i}`)));

  it('gives two seats wanted by 10 cashiers and 30 online customers at once to exactly one of them', async () => {
    const { show, seats, cinema } = await race.apis[0]!.scenario(race.admin, { rows: [{ label: 'A', seatType: 'regular', seats: 10 }] });
    const wanted = [seats[3]!.id, seats[4]!.id];
    const [tills, online] = await Promise.all([cashiers(10, cinema.id), customers(30)]);
    const replies = await Promise.all([
      ...tills.map((token, i) =>
        race.apis[i % 2]!.post('/api/admin/counter-sales', { showId: show.id, seatIds: wanted, payment: { method: 'cash' } }, token),
      ),
      ...online.map((customer, i) => race.apis[(i + 1) % 2]!.post('/api/bookings', { showId: show.id, seatIds: wanted }, customer.token)),
    ]);
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(39);
    const live = await race.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM bookings WHERE show_id = $1 AND status IN ('pending', 'confirmed')",
      [show.id],
    );
    expect(live.rows[0]!.n).toBe(1);
    expect(await brokenInvariants(race.pool)).toEqual([]);
  });

  it('settles 60 overlapping counter sales and online holds with no seat given twice, then books exactly what was won', async () => {
    const { show, seats, cinema } = await race.apis[0]!.scenario(race.admin, { rows: [{ label: 'A', seatType: 'regular', seats: 24 }] });
    const [tills, online] = await Promise.all([cashiers(20, cinema.id), customers(40)]);
    const racers = [...tills.map((token) => ({ token, counter: true })), ...online.map((c) => ({ token: c.token, counter: false }))];
    const requests = racers.map((_, i) => {
      const size = 1 + (i % 3);
      const start = (i * 5) % (seats.length - size + 1);
      return seats.slice(start, start + size).map((s) => s.id);
    });
    const replies = await Promise.all(
      racers.map((racer, i) =>
        racer.counter
          ? race.apis[i % 2]!.post(
              '/api/admin/counter-sales',
              { showId: show.id, seatIds: requests[i], payment: { method: 'card-terminal' } },
              racer.token,
            )
          : race.apis[i % 2]!.post('/api/bookings', { showId: show.id, seatIds: requests[i] }, racer.token),
      ),
    );
    expect(replies.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const winners = replies.map((reply, i) => ({ reply, racer: racers[i]!, seatIds: requests[i]! })).filter((w) => w.reply.status === 201);
    expect(oversold(winners.map((w) => w.seatIds))).toBe(0);

    // The online winners pay; then every won seat is booked, once.
    const paid = await Promise.all(
      winners
        .filter((w) => !w.racer.counter)
        .map((w, i) =>
          race.apis[i % 2]!.post(`/api/bookings/${w.reply.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, w.racer.token, {
            'Idempotency-Key': `counter-race-${i}`,
          }),
        ),
    );
    expect(paid.every((p) => p.status === 200)).toBe(true);
    const won = new Set(winners.flatMap((w) => w.seatIds));
    const booked = await race.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM show_seats WHERE show_id = $1 AND status = 'booked'",
      [show.id],
    );
    expect(booked.rows[0]!.n).toBe(won.size);
    const confirmed = await race.pool.query<{ counter: number; online: number }>(
      `SELECT count(*) FILTER (WHERE cs.booking_id IS NOT NULL)::int AS counter, count(*) FILTER (WHERE cs.booking_id IS NULL)::int AS online
       FROM bookings b LEFT JOIN counter_sales cs ON cs.booking_id = b.id WHERE b.show_id = $1 AND b.status = 'confirmed'`,
      [show.id],
    );
    expect(confirmed.rows[0]).toEqual({
      counter: winners.filter((w) => w.racer.counter).length,
      online: winners.filter((w) => !w.racer.counter).length,
    });
    expect(await brokenInvariants(race.pool)).toEqual([]);
  });

  it('gives every seat once when cashiers selling the best available race online customers choosing seats and the best', async () => {
    const { show, seats, cinema } = await race.apis[0]!.scenario(race.admin, {
      rows: ['A', 'B', 'C'].map((label) => ({ label, seatType: 'regular', seats: 10 })),
    });
    const [tills, online] = await Promise.all([cashiers(12, cinema.id), customers(24)]);
    // The best seats are in the middle: the online customers who choose seats want those too.
    const middle = seats.filter((s) => /^B[3-8]$/.test(s.label)).map((s) => s.id);
    const replies = await Promise.all([
      ...tills.map((token, i) =>
        race.apis[i % 2]!.post('/api/admin/counter-sales', { showId: show.id, quantity: 1 + (i % 3), payment: { method: 'cash' } }, token),
      ),
      ...online.map((customer, i) =>
        race.apis[(i + 1) % 2]!.post(
          '/api/bookings',
          i % 2 === 0 ? { showId: show.id, quantity: 2 } : { showId: show.id, seatIds: middle.slice(i % 5, (i % 5) + 2) },
          customer.token,
        ),
      ),
    ]);
    expect(replies.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const won = replies.filter((r) => r.status === 201).map((r) => (r.body.seats as { id: string }[]).map((s) => s.id));
    const counterWon = replies.slice(0, tills.length).filter((r) => r.status === 201);
    expect(counterWon.length).toBeGreaterThan(0);
    expect(oversold(won)).toBe(0);
    // A refused best-available sale names no seats.
    for (const refused of replies.slice(0, tills.length).filter((r) => r.status === 409))
      expect(refused.body.unavailableSeatIds).toEqual([]);
    const taken = await race.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM show_seats WHERE show_id = $1 AND status IN ('held', 'booked')",
      [show.id],
    );
    expect(taken.rows[0]!.n).toBe(new Set(won.flat()).size);
    const sold = await race.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM bookings b JOIN counter_sales cs ON cs.booking_id = b.id WHERE b.show_id = $1 AND b.status = 'confirmed'",
      [show.id],
    );
    expect(sold.rows[0]!.n).toBe(counterWon.length);
    expect(await brokenInvariants(race.pool)).toEqual([]);
  });
});
