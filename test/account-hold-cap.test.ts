// MAX_HELD_SEATS_PER_ACCOUNT: the seats one account may hold at once across all shows (README,
// "Security"), held under races by the account's lock taken in the hold's own pipeline; counter
// sales are not bound by it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';

describe.each(backends())('seats one account may hold across shows (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    // The per-show limit (MAX_SEATS_PER_BOOKING) stays 10, so only the account's cap can refuse below.
    t = await startTestApp({ backend, env: { MAX_HELD_SEATS_PER_ACCOUNT: '12' } });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  it('refuses a hold past the cap with 409 hold-limit-reached, holding nothing, and allows it again once seats are let go', async () => {
    const first = await t.api.scenario(admin);
    const second = await t.api.scenario(admin);
    const customer = await t.api.customer('Collector');
    const hold = (scenario: typeof first, from: number, count: number) =>
      t.api.post(
        '/api/bookings',
        { showId: scenario.show.id, seatIds: scenario.seats.slice(from, from + count).map((s) => s.id) },
        customer.token,
      );
    const kept = await hold(first, 0, 8);
    expect(kept.status).toBe(201);
    expect((await hold(second, 0, 4)).status).toBe(201);
    const refused = await hold(second, 4, 1);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: '/problems/hold-limit-reached', limit: 12 });
    expect(refused.body.detail).toContain('across all shows');
    expect((await t.api.get(`/api/shows/${second.show.id}`)).body.seatsAvailable).toBe(6);

    // Paying for a hold frees the cap: paid seats are not held.
    const paid = await t.api.post(`/api/bookings/${kept.body.id}/payment`, { method: 'wallet', walletId: 'paytm-1' }, customer.token, {
      'Idempotency-Key': `pay-${kept.body.id}`,
    });
    expect(paid.status).toBe(200);
    expect((await hold(second, 4, 6)).status).toBe(201);
  });

  it('never lets one account hold more than the cap, however many holds race across shows', async () => {
    const shows = [await t.api.scenario(admin), await t.api.scenario(admin), await t.api.scenario(admin)];
    const racer = await t.api.customer('Racer');
    // 3 shows × 5 holds of 2 seats: 30 seats asked for at once, 12 allowed.
    const replies = await Promise.all(
      shows.flatMap((scenario) =>
        Array.from({ length: 5 }, (_, i) =>
          t.api.post(
            '/api/bookings',
            { showId: scenario.show.id, seatIds: scenario.seats.slice(2 * i, 2 * i + 2).map((s) => s.id) },
            racer.token,
          ),
        ),
      ),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(6);
    for (const reply of replies.filter((r) => r.status !== 201)) expect(reply.body.type).toBe('/problems/hold-limit-reached');
    const held = await t.ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM show_seats ss JOIN bookings b ON b.id = ss.booking_id
       WHERE b.user_id = $1 AND ss.status = 'held'`,
      [racer.id],
    );
    expect(held.rows[0]!.n).toBe(12);
  });
});
