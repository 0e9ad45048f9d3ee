// The read routes behind the staff pages: catalogue lists, a show's bookings with the refund
// its cancellation would make, clash checks before saving a show, and the dashboard figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from './support/app.ts';

describe('admin read routes', () => {
  let t: TestApp;
  let admin: string;
  let scene: Awaited<ReturnType<TestApp['api']['scenario']>>;
  let customer: { token: string; email: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.ctx);
    scene = await t.api.scenario(admin, {
      rows: [
        { label: 'A', seatType: 'regular', seats: 6 },
        { label: 'B', seatType: 'premium', seats: 4 },
      ],
    });
    customer = await t.api.customer('Meera');
    const hold = await t.api.post(
      '/api/bookings',
      { showId: scene.show.id, seatIds: [scene.seats[0]!.id, scene.seats[6]!.id] },
      customer.token,
    );
    const paid = await t.api.post(`/api/bookings/${hold.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, customer.token, {
      'Idempotency-Key': 'reads-1',
    });
    expect(paid.status).toBe(200);
    await t.api.post('/api/bookings', { showId: scene.show.id, seatIds: [scene.seats[1]!.id] }, customer.token);
  });
  afterAll(() => t.close());

  it('are for admins only: 401 without a token, 403 for a customer', async () => {
    for (const path of ['/api/admin/cinemas', '/api/admin/halls', '/api/admin/movies', '/api/admin/dashboard']) {
      expect((await t.api.get(path)).status).toBe(401);
      expect((await t.api.get(path, customer.token)).status).toBe(403);
    }
  });

  it('list cinemas with their city, halls with their layout, and every movie', async () => {
    expect((await t.api.get('/api/admin/cinemas', admin)).body).toEqual([
      expect.objectContaining({ id: scene.cinema.id, cityId: scene.city.id, cityName: 'Mumbai', timeZone: 'Asia/Kolkata' }),
    ]);
    const halls = (await t.api.get(`/api/admin/halls?cinemaId=${scene.cinema.id}`, admin)).body;
    expect(halls).toEqual([
      expect.objectContaining({
        id: scene.hall.id,
        cinemaName: 'PVR Phoenix',
        totalSeats: 10,
        rows: [
          { label: 'A', seatType: 'regular', seats: 6, aislesAfter: [] },
          { label: 'B', seatType: 'premium', seats: 4, aislesAfter: [] },
        ],
      }),
    ]);
    expect((await t.api.get('/api/admin/halls?cinemaId=cin_unknown', admin)).body).toEqual([]);
    expect((await t.api.get('/api/admin/movies', admin)).body.map((m: { title: string }) => m.title)).toEqual(['Inception']);
  });

  it("show a show's bookings and what cancelling it would refund", async () => {
    const reply = await t.api.get(`/api/admin/shows/${scene.show.id}/bookings`, admin);
    expect(reply.status).toBe(200);
    expect(reply.body.bookings).toHaveLength(2);
    expect(reply.body.bookings[1]).toMatchObject({
      status: 'confirmed',
      customer: { name: 'Meera', email: customer.email },
      seats: ['A1', 'B1'],
      total: { amount: 65_000, currency: 'INR' },
      paymentMethod: 'upi',
    });
    expect(reply.body.bookings[0]).toMatchObject({ status: 'pending', seats: ['A2'], paymentMethod: null });
    expect(reply.body.refundOnCancel).toEqual({ bookings: 1, amount: { amount: 65_000, currency: 'INR' } });
    expect((await t.api.get('/api/admin/shows/shw_unknown/bookings', admin)).status).toBe(404);
  });

  it('list the shows a new show would clash with, before it is saved', async () => {
    const startsAt = new Date(Date.parse(scene.show.startsAt) + 60 * 60_000).toISOString();
    const clash = await t.api.get(`/api/admin/show-clashes?hallId=${scene.hall.id}&movieId=${scene.movie.id}&startsAt=${startsAt}`, admin);
    expect(clash.status).toBe(200);
    expect(clash.body.clashes).toEqual([expect.objectContaining({ id: scene.show.id, title: 'Inception' })]);
    const later = new Date(Date.parse(scene.show.endsAt) + 60_000).toISOString();
    const free = await t.api.get(`/api/admin/show-clashes?hallId=${scene.hall.id}&movieId=${scene.movie.id}&startsAt=${later}`, admin);
    expect(free.body.clashes).toEqual([]);
    expect(free.body.endsAt).toMatch(/\+05:30$/);
    const bad = await t.api.get(`/api/admin/show-clashes?hallId=${scene.hall.id}&movieId=${scene.movie.id}&startsAt=tomorrow`, admin);
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('startsAt');
  });

  it('sum occupancy and revenue per show, day and cinema; only confirmed bookings count', async () => {
    const reply = await t.api.get('/api/admin/dashboard', admin);
    expect(reply.status).toBe(200);
    const inr = (amount: number) => ({ amount, currency: 'INR' });
    // Rs. 250 and Rs. 400 with 18% GST contained: 211.86 + 38.14 and 338.98 + 61.02.
    const figures = {
      seatsTotal: 10,
      seatsBooked: 2,
      occupancy: 0.2,
      revenue: inr(65_000),
      net: inr(55_084),
      gst: inr(9_916),
      fees: inr(0),
      discounts: inr(0),
      tickets: inr(65_000),
      items: inr(0),
      itemsSold: 0,
      counter: inr(0),
      online: inr(65_000),
    };
    expect(reply.body.shows).toEqual([
      expect.objectContaining({ showId: scene.show.id, title: 'Inception', seatsTotal: 10, seatsBooked: 2 }),
    ]);
    expect(reply.body.byDay).toEqual([{ date: scene.show.startsAt.slice(0, 10), ...figures }]);
    expect(reply.body.byCinema).toEqual([{ cinemaId: scene.cinema.id, cinemaName: 'PVR Phoenix', ...figures }]);
    expect(reply.body.totals).toEqual(figures);

    const past = await t.api.get('/api/admin/dashboard?from=2020-01-01&to=2020-01-31', admin);
    expect(past.body).toEqual({
      shows: [],
      byDay: [],
      byCinema: [],
      totals: {
        seatsTotal: 0,
        seatsBooked: 0,
        occupancy: 0,
        revenue: inr(0),
        net: inr(0),
        gst: inr(0),
        fees: inr(0),
        discounts: inr(0),
        tickets: inr(0),
        items: inr(0),
        itemsSold: 0,
        counter: inr(0),
        online: inr(0),
      },
    });
    expect((await t.api.get('/api/admin/dashboard?from=2020-02-01&to=2020-01-01', admin)).status).toBe(400);
  });
});
