// What the hot path costs in messages to the database, counted by the database module: on two
// cores each round trip costs about as much CPU as the work it asks for (README, Benchmark), so a
// change that adds one fails here. Counts, not times.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';

describe.each(backends())('round trips to the database per request (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  /** The round trips one request made, with nothing else running in this app. */
  async function roundTripsOf(request: () => Promise<{ status: number }>, status: number): Promise<number> {
    const before = t.ctx.db.roundTrips;
    expect((await request()).status).toBe(status);
    return t.ctx.db.roundTrips - before;
  }

  it('counts a granted hold, a refused one, and a seat map', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const [first, second] = [await t.api.customer(), await t.api.customer()];
    const hold = (token: string) => () => t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, token);
    // Knowing who asks costs one read the first time this instance sees a session, then none.
    expect(await roundTripsOf(() => t.api.get('/api/me', first.token), 200)).toBe(1);
    expect(await roundTripsOf(() => t.api.get('/api/me', first.token), 200)).toBe(0);
    await t.api.get('/api/me', second.token);
    // The read that refuses taken seats, then BEGIN, the customer's lock, the hold statement (whose
    // answer is the booking) and COMMIT sent together.
    expect(await roundTripsOf(hold(first.token), 201)).toBe(2);
    // The answer built from the hold statement is the booking exactly as it reads afterwards.
    const held = (await t.api.get('/api/bookings', first.token)).body[0];
    expect((await t.api.get(`/api/bookings/${held.id}`, first.token)).body).toEqual(held);
    const again = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[1]!.id, seats[2]!.id] }, first.token);
    expect(again.status).toBe(201);
    expect((await t.api.get(`/api/bookings/${again.body.id}`, first.token)).body).toEqual(again.body);
    // The read that sees the seat taken: no lock, no transaction.
    expect(await roundTripsOf(hold(second.token), 409)).toBe(1);
    // The seats' states, read again after the holds above; the hall's layout is kept from the
    // first read (the scenario's), as a show's hall never changes.
    const seatMap = () => t.api.get(`/api/shows/${show.id}/seats`);
    expect(await roundTripsOf(seatMap, 200)).toBe(1);
    // Read again at once: answered from what this instance already knows.
    expect(await roundTripsOf(seatMap, 200)).toBe(0);
    // A hold through this instance drops what it knew before its answer leaves: the next read
    // shows the seat held (and reads the seats' states again).
    expect((await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[3]!.id] }, second.token)).status).toBe(201);
    const after = await seatMap();
    expect(after.body.seats.find((seat: { id: string }) => seat.id === seats[3]!.id).status).toBe('held');
  });

  it('counts a best-available hold like any other: 2 round trips, and so under the rule against lone seats', async () => {
    const { show, cinema } = await t.api.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: 12 }] });
    const customer = await t.api.customer();
    await t.api.get('/api/me', customer.token);
    const best = () => t.api.post('/api/bookings', { showId: show.id, quantity: 2 }, customer.token);
    // The read of the show's seats (and the bill's facts), then the locks, the hold statement and COMMIT.
    expect(await roundTripsOf(best, 201)).toBe(2);
    await t.api.put(`/api/admin/cinemas/${cinema.id}/seating`, { noSingleSeatGaps: true }, admin);
    // The stretches' locks travel with the customer's.
    expect(await roundTripsOf(best, 201)).toBe(2);
  });

  it('reads a show listing and a show from memory the second time', async () => {
    const { city, show } = await t.api.scenario(admin);
    const listing = () => t.api.get(`/api/shows?cityId=${city.id}`);
    expect(await roundTripsOf(listing, 200)).toBe(1);
    expect(await roundTripsOf(listing, 200)).toBe(0);
    const one = () => t.api.get(`/api/shows/${show.id}`);
    expect(await roundTripsOf(one, 200)).toBe(1);
    expect(await roundTripsOf(one, 200)).toBe(0);
  });
});
