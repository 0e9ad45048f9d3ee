import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';

const rows = [
  { label: 'A', seatType: 'regular', seats: 10 },
  { label: 'B', seatType: 'premium', seats: 10 },
  { label: 'C', seatType: 'vip', seats: 5 },
];

describe.each(backends())('holding seats (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  const seatStatuses = async (showId: string) =>
    Object.fromEntries(
      ((await t.api.get(`/api/shows/${showId}/seats`)).body.seats as { label: string; status: string }[]).map((s) => [s.label, s.status]),
    );

  it('prices each seat by its type and totals them', async () => {
    const { show, seats } = await t.api.scenario(admin, { rows });
    const customer = await t.api.customer();
    const pick = ['A1', 'B1', 'C1'].map((label) => seats.find((s) => s.label === label)!.id);
    const before = t.clock.now().getTime();
    const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds: pick }, customer.token);
    const after = t.clock.now().getTime();
    expect(hold.status).toBe(201);
    expect(hold.body.seats.map((s: { type: string; price: { amount: number } }) => [s.type, s.price.amount])).toEqual([
      ['regular', 25_000],
      ['premium', 40_000],
      ['vip', 60_000],
    ]);
    expect(hold.body.total).toEqual({ amount: 125_000, currency: 'INR' });
    // HOLD_TTL_SECONDS after the hold was taken (rounded up to a whole second), however long the request took.
    const ttl = t.ctx.config.holdTtlSeconds * 1000;
    const expiresAt = Date.parse(hold.body.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + ttl);
    expect(expiresAt).toBeLessThan(after + ttl + 1_000);
    expect(await seatStatuses(show.id)).toMatchObject({ A1: 'held', B1: 'held', C1: 'held', A2: 'available' });
  });

  it('holds all requested seats or none: an overlapping request holds nothing and names the taken seats', async () => {
    const { show, seats } = await t.api.scenario(admin, { rows });
    const [first, second] = [await t.api.customer('First'), await t.api.customer('Second')];
    const ids = (labels: string[]) => labels.map((label) => seats.find((s) => s.label === label)!.id);
    expect((await t.api.post('/api/bookings', { showId: show.id, seatIds: ids(['A2', 'A3']) }, first.token)).status).toBe(201);
    const overlap = await t.api.post('/api/bookings', { showId: show.id, seatIds: ids(['A3', 'A4', 'A5']) }, second.token);
    expect(overlap.status).toBe(409);
    expect(overlap.body.unavailableSeatIds).toEqual(ids(['A3']));
    expect(await seatStatuses(show.id)).toMatchObject({ A2: 'held', A3: 'held', A4: 'available', A5: 'available' });
    expect((await t.api.get('/api/bookings', second.token)).body).toEqual([]);
  });

  it('rejects bad seat requests with 400 naming seatIds and holds nothing', async () => {
    const { show, seats } = await t.api.scenario(admin, { rows });
    const other = await t.api.scenario(admin, { rows });
    const customer = await t.api.customer();
    const cases = [
      [],
      [seats[0]!.id, seats[0]!.id],
      [seats[0]!.id, other.seats[0]!.id],
      ['seat_does_not_exist'],
      seats.slice(0, t.ctx.config.maxSeatsPerBooking + 1).map((s) => s.id),
    ];
    for (const seatIds of cases) {
      const reply = await t.api.post('/api/bookings', { showId: show.id, seatIds }, customer.token);
      expect(reply.status, JSON.stringify(seatIds)).toBe(400);
      expect(reply.body.field).toBe('seatIds');
    }
    expect(Object.values(await seatStatuses(show.id)).every((s) => s === 'available')).toBe(true);
  });

  it('answers 404 for an unknown show before any other check, and 409 for a show that is not upcoming', async () => {
    const customer = await t.api.customer();
    const unknown = await t.api.post('/api/bookings', { showId: 'shw_nope', seatIds: [] }, customer.token);
    expect(unknown.status).toBe(404);
    const { show, seats } = await t.api.scenario(admin, { rows });
    expect((await t.api.post(`/api/admin/shows/${show.id}/cancel`, undefined, admin)).status).toBe(200);
    const late = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token);
    expect(late.status).toBe(409);
    expect(late.body.type).toMatch(/\/show-not-upcoming$/);
  });

  it('treats a lapsed hold as free at once for reads and holds, and reports the old booking expired', async () => {
    const { show, seats } = await t.api.scenario(admin, { rows });
    const [slow, quick] = [await t.api.customer('Slow'), await t.api.customer('Quick')];
    const held = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, slow.token);
    expect((await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, quick.token)).status).toBe(409);
    t.clock.advance(t.ctx.config.holdTtlSeconds + 1);
    expect((await seatStatuses(show.id)).A1).toBe('available');
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(25);
    expect((await t.api.get(`/api/bookings/${held.body.id}`, slow.token)).body.status).toBe('expired');
    expect((await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, quick.token)).status).toBe(201);
  });

  it('caps the seats one customer may hold in one show at once', async () => {
    const { show, seats } = await t.api.scenario(admin, { rows });
    const hoarder = await t.api.customer('Hoarder');
    const max = t.ctx.config.maxSeatsPerBooking;
    expect(
      (await t.api.post('/api/bookings', { showId: show.id, seatIds: seats.slice(0, max - 1).map((s) => s.id) }, hoarder.token)).status,
    ).toBe(201);
    const more = await t.api.post(
      '/api/bookings',
      { showId: show.id, seatIds: seats.slice(max - 1, max + 1).map((s) => s.id) },
      hoarder.token,
    );
    expect(more.status).toBe(409);
    expect(more.body.type).toMatch(/\/hold-limit-reached$/);
    // Cancelling a pending booking gives the allowance back.
    const pending = (await t.api.get('/api/bookings', hoarder.token)).body[0];
    expect((await t.api.post(`/api/bookings/${pending.id}/cancel`, undefined, hoarder.token)).body.status).toBe('cancelled');
    expect(
      (await t.api.post('/api/bookings', { showId: show.id, seatIds: seats.slice(max - 1, max + 1).map((s) => s.id) }, hoarder.token))
        .status,
    ).toBe(201);
  });
  it('holds the line against a hoarder firing many holds at once, and again after every lapse', async () => {
    const { show, seats } = await t.api.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: 40 }] });
    const hoarder = await t.api.customer('Hoarder');
    const limit = t.ctx.config.maxSeatsPerBooking;
    const heldByHoarder = async () =>
      (await t.api.get('/api/bookings', hoarder.token)).body
        .filter((b: { status: string }) => b.status === 'pending')
        .reduce((n: number, b: { seats: unknown[] }) => n + b.seats.length, 0);
    for (let round = 0; round < 3; round++) {
      const offset = round * 12;
      const replies = await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          t.api.post(
            '/api/bookings',
            { showId: show.id, seatIds: seats.slice(offset + i * 3, offset + i * 3 + 3).map((s) => s.id) },
            hoarder.token,
          ),
        ),
      );
      expect(replies.filter((r) => r.status === 201)).toHaveLength(Math.floor(limit / 3));
      expect(replies.filter((r) => r.status === 409).every((r) => /\/hold-limit-reached$/.test(r.body.type))).toBe(true);
      expect(await heldByHoarder()).toBeLessThanOrEqual(limit);
      t.clock.advance(t.ctx.config.holdTtlSeconds + 1); // abandon them all and come back
    }
  });
});

describe.each(backends())('reading and cancelling bookings (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  const pay = (bookingId: string, token: string, key = `key-${Math.random()}`) =>
    t.api.post(`/api/bookings/${bookingId}/payment`, { method: 'wallet', walletId: 'paytm-1' }, token, { 'Idempotency-Key': key });

  it('lists only the caller’s bookings, newest first, and hides others’ behind 404', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const [owner, stranger] = [await t.api.customer('Owner'), await t.api.customer('Stranger')];
    const first = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, owner.token);
    t.clock.advance(1);
    const second = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[1]!.id] }, owner.token);
    expect((await t.api.get('/api/bookings', owner.token)).body.map((b: { id: string }) => b.id)).toEqual([second.body.id, first.body.id]);
    expect((await t.api.get('/api/bookings', stranger.token)).body).toEqual([]);
    for (const path of [`/api/bookings/${first.body.id}`]) expect((await t.api.get(path, stranger.token)).status).toBe(404);
    expect((await t.api.post(`/api/bookings/${first.body.id}/cancel`, undefined, stranger.token)).status).toBe(404);
    expect((await pay(first.body.id, stranger.token)).status).toBe(404);
    expect((await t.api.get(`/api/bookings/${first.body.id}`, owner.token)).body.status).toBe('pending');
  });

  it('cancels a pending booking at once with no refund and frees its seats', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const held = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token);
    const cancelled = await t.api.post(`/api/bookings/${held.body.id}/cancel`, undefined, customer.token);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(cancelled.body.refund).toBeUndefined();
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(10);
    const again = await t.api.post(`/api/bookings/${held.body.id}/cancel`, undefined, customer.token);
    expect(again.status).toBe(409);
    expect((await pay(held.body.id, customer.token)).status).toBe(409);
  });

  it('refuses to cancel a confirmed booking once its show has started, and an expired one at all', async () => {
    const { show, seats } = await t.api.scenario(admin, { startsInHours: 1 });
    const customer = await t.api.customer();
    const held = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token);
    expect((await pay(held.body.id, customer.token)).status).toBe(200);
    const lapsed = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[1]!.id] }, customer.token);
    t.clock.advance(2 * 3600);
    const tooLate = await t.api.post(`/api/bookings/${held.body.id}/cancel`, undefined, customer.token);
    expect(tooLate.status).toBe(409);
    expect((await t.api.get(`/api/bookings/${held.body.id}`, customer.token)).body.status).toBe('confirmed');
    expect((await t.api.post(`/api/bookings/${lapsed.body.id}/cancel`, undefined, customer.token)).status).toBe(409);
    expect((await t.api.get(`/api/shows/${show.id}`)).body.status).toBe('ongoing');
  });
});
