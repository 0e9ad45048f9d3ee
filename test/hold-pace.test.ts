// The pace of one account's holds (README, "Security"; bookings/hold-pace.ts): seats it let go are not
// its to hold again for REHOLD_COOLDOWN_SECONDS, and DAILY_UNPAID_HOLDS of its holds ending unpaid
// within a day stop it holding until the oldest is a day old. Each is a 409 saying which rule and when
// it lifts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';

describe.each(backends())('the pace of one account’s holds (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({
      backend,
      env: {
        RATE_LIMIT_PER_MINUTE: '1000',
        SIGNUP_LIMIT_PER_HOUR: '1000',
        NEW_ACCOUNT_MINUTES: '0',
        REHOLD_COOLDOWN_SECONDS: '60',
        DAILY_UNPAID_HOLDS: '3',
        HOLD_TTL_SECONDS: '300',
      },
    });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  type Scenario = Awaited<ReturnType<TestApp['api']['scenario']>>;
  const holdOf = (scenario: Scenario, token: string, seats: number[]) =>
    t.api.post('/api/bookings', { showId: scenario.show.id, seatIds: seats.map((i) => scenario.seats[i]!.id) }, token);
  const cancel = async (bookingId: string, token: string) =>
    expect((await t.api.post(`/api/bookings/${bookingId}/cancel`, undefined, token)).status).toBe(200);

  it('keeps seats a customer cancelled from that customer for the cool-down, saying when it lifts; other seats and other people go on', async () => {
    const scenario = await t.api.scenario(admin);
    const customer = await t.api.customer('Dithering');
    const held = await holdOf(scenario, customer.token, [0, 1]);
    expect(held.status).toBe(201);
    await cancel(held.body.id, customer.token);

    const refused = await holdOf(scenario, customer.token, [1, 2]);
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({
      type: '/problems/rehold-cooldown',
      rule: 'rehold-cooldown',
      seatIds: [scenario.seats[1]!.id],
      retryAfterSeconds: 60,
    });
    expect(refused.headers.get('retry-after')).toBe('60');
    expect((await t.api.get(`/api/shows/${scenario.show.id}`)).body.seatsAvailable).toBe(10);

    expect((await holdOf(scenario, customer.token, [3])).status).toBe(201);
    const other = await t.api.customer('Neighbour');
    expect((await holdOf(scenario, other.token, [0])).status).toBe(201);

    t.clock.advance(45);
    expect((await holdOf(scenario, customer.token, [1])).body.retryAfterSeconds).toBe(15);
    t.clock.advance(15);
    expect((await holdOf(scenario, customer.token, [1, 2])).status).toBe(201);
  });

  it('keeps seats whose hold lapsed unpaid from that customer for the cool-down after the lapse', async () => {
    const scenario = await t.api.scenario(admin);
    const customer = await t.api.customer('Forgetful');
    const held = await holdOf(scenario, customer.token, [4]);
    expect(held.status).toBe(201);
    t.clock.advance(310);
    const refused = await holdOf(scenario, customer.token, [4]);
    expect(refused.status).toBe(409);
    // A minute after the hold lapsed (at its expiresAt, a whole second).
    const lifts = Math.ceil((Date.parse(held.body.expiresAt) + 60_000 - t.clock.now().getTime()) / 1000);
    expect(lifts).toBeGreaterThanOrEqual(50);
    expect(refused.body).toMatchObject({ type: '/problems/rehold-cooldown', retryAfterSeconds: lifts });
    t.clock.advance(lifts);
    expect((await holdOf(scenario, customer.token, [4])).status).toBe(201);
  });

  it('lets best available choose around the seats a customer just let go', async () => {
    const scenario = await t.api.scenario(admin);
    const customer = await t.api.customer('Picky');
    const best = () => t.api.post('/api/bookings', { showId: scenario.show.id, quantity: 2 }, customer.token);
    const first = await best();
    expect(first.status).toBe(201);
    const firstSeats: string[] = first.body.seats.map((s: { id: string }) => s.id);
    await cancel(first.body.id, customer.token);
    const second = await best();
    expect(second.status).toBe(201);
    const secondSeats: string[] = second.body.seats.map((s: { id: string }) => s.id);
    expect(secondSeats.filter((id) => firstSeats.includes(id))).toEqual([]);
  });

  it('stops an account whose holds ended unpaid DAILY_UNPAID_HOLDS times in a day, until the oldest is a day old; paid ones do not count', async () => {
    // Shows three days off, so they are still upcoming a day later.
    const shows = [await t.api.scenario(admin, { startsInHours: 72 }), await t.api.scenario(admin, { startsInHours: 72 })];
    const customer = await t.api.customer('Churner');
    // A paid booking is not an unpaid hold.
    const paid = await holdOf(shows[1]!, customer.token, [9]);
    const payment = await t.api.post(`/api/bookings/${paid.body.id}/payment`, { method: 'wallet', walletId: 'paytm-1' }, customer.token, {
      'Idempotency-Key': `pay-${paid.body.id}`,
    });
    expect(payment.status).toBe(200);

    const first = await holdOf(shows[0]!, customer.token, [0]);
    await cancel(first.body.id, customer.token);
    t.clock.advance(600);
    // One lapses, one is cancelled.
    expect((await holdOf(shows[0]!, customer.token, [1])).status).toBe(201);
    t.clock.advance(400);
    const third = await holdOf(shows[0]!, customer.token, [2]);
    await cancel(third.body.id, customer.token);

    const refused = await holdOf(shows[1]!, customer.token, [5]);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: '/problems/daily-hold-budget-spent', rule: 'daily-unpaid-holds', limit: 3 });
    // The first of the three was made 1000 s ago: a day after it, the account may hold again.
    expect(refused.body.retryAfterSeconds).toBe(86_400 - 1_000);
    expect(refused.headers.get('retry-after')).toBe(String(86_400 - 1_000));
    const best = await t.api.post('/api/bookings', { showId: shows[1]!.show.id, quantity: 1 }, customer.token);
    expect(best.body.type).toBe('/problems/daily-hold-budget-spent');
    expect((await t.api.get(`/api/shows/${shows[1]!.show.id}`)).body.seatsAvailable).toBe(9);

    t.clock.advance(86_400 - 1_000);
    expect((await holdOf(shows[1]!, customer.token, [5])).status).toBe(201);
  });
});
