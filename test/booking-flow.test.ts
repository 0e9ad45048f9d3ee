import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from './support/app.ts';

describe('the seed example, end to end over HTTP', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  it('browses, holds 3 of 50, refuses a second customer, pays, cancels with a refund', async () => {
    const { city, show, movie, seats } = await t.api.scenario(admin, {
      rows: ['A', 'B', 'C', 'D', 'E'].map((label) => ({ label, seatType: 'regular', seats: 10 })),
    });
    expect((await t.api.get(`/api/cities/${city.id}/movies`)).body.map((m: { title: string }) => m.title)).toEqual(['Inception']);
    const listed = (await t.api.get(`/api/shows?cityId=${city.id}&movieId=${movie.id}`)).body;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: show.id, seatsAvailable: 50, seatsTotal: 50, status: 'upcoming' });
    expect(seats).toHaveLength(50);

    const alice = await t.api.customer('Alice');
    const bob = await t.api.customer('Bob');
    const chosen = seats.slice(0, 3).map((s) => s.id);
    const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds: chosen }, alice.token);
    expect(hold.status).toBe(201);
    expect(hold.body).toMatchObject({ status: 'pending', showId: show.id, total: { amount: 75_000, currency: 'INR' } });
    expect(hold.body.seats.map((s: { label: string }) => s.label)).toEqual(['A1', 'A2', 'A3']);

    const refused = await t.api.post('/api/bookings', { showId: show.id, seatIds: chosen }, bob.token);
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.type).toMatch(/\/seats-unavailable$/);
    expect(refused.body.unavailableSeatIds.sort()).toEqual([...chosen].sort());

    const paid = await t.api.post(
      `/api/bookings/${hold.body.id}/payment`,
      { method: 'credit_card', card: { number: '4242424242424242', expiry: '12/30', cvv: '123' } },
      alice.token,
      {
        'Idempotency-Key': 'pay-1',
      },
    );
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({
      status: 'confirmed',
      payment: { method: 'credit_card', status: 'completed', amount: { amount: 75_000, currency: 'INR' } },
    });
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(47);

    const cancelled = await t.api.post(`/api/bookings/${hold.body.id}/cancel`, undefined, alice.token);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      refund: { amount: { amount: 75_000, currency: 'INR' }, status: 'refunded' },
    });
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(50);
  });
});
