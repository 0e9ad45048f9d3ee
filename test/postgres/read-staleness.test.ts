// How stale a read answered from memory may be across instances: two Houseful processes on one
// PostgreSQL database. A seat held, paid for or released through one shows on the other's seat
// map and listing within a second (docs/design.md, "Reads from memory"), and a seat once booked
// never reads available again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../../scripts/server-process.ts';
import { Api } from '../support/api.ts';
import { freshDatabase, postgresAvailable } from '../support/app.ts';
import { startTwoInstances } from '../support/two-instances.ts';

/** The longest a change made through one instance may stay unseen on another. */
const STALENESS_BOUND_MS = 1_000;

type Seat = { id: string; status: string };

/** Reads every ~20 ms until `seen` holds; the ms from `since` to the first read that showed it. */
async function msUntil(read: () => Promise<boolean>, since: number, what: string): Promise<number> {
  for (;;) {
    if (await read()) return performance.now() - since;
    if (performance.now() - since > 5 * STALENESS_BOUND_MS) throw new Error(`${what} did not show within ${5 * STALENESS_BOUND_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!postgresAvailable())('staleness of reads from memory across two server processes on one PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let servers: ServerProcess[];
  let admin: string;

  beforeAll(async () => {
    database = await freshDatabase('postgres');
    ({ servers, admin } = await startTwoInstances(database.url!, {
      DATABASE_POOL_SIZE: '4',
      METRICS_TOKEN: 'read-staleness-metrics-token',
    }));
  });

  afterAll(async () => {
    await Promise.all((servers ?? []).map((server) => server.stop()));
    await database?.dispose();
  });

  const api = (i: number) => new Api(servers[i]!.url);
  const [A, B] = [0, 1];

  it('shows on the other instance, within a second, a seat held, then booked; a booked seat never reads available', async () => {
    const { city, show, seats } = await api(A).scenario(admin);
    const seatId = seats[0]!.id;
    const statusOnB = async () =>
      ((await api(B).get(`/api/shows/${show.id}/seats`)).body.seats as Seat[]).find((s) => s.id === seatId)!.status;
    const availableOnB = async () => (await api(B).get(`/api/shows?cityId=${city.id}`)).body[0].seatsAvailable as number;
    // B knows the show as it was: it answers the next reads from memory.
    expect(await statusOnB()).toBe('available');
    expect(await availableOnB()).toBe(seats.length);
    expect((await api(B).get(`/api/shows/${show.id}/seats`)).status).toBe(200);

    const customer = await api(A).customer('Across');
    const hold = await api(A).post('/api/bookings', { showId: show.id, seatIds: [seatId] }, customer.token);
    expect(hold.status).toBe(201);
    const heldAt = performance.now();
    expect(await msUntil(async () => (await statusOnB()) === 'held', heldAt, 'the hold on B’s seat map')).toBeLessThan(STALENESS_BOUND_MS);
    expect(await msUntil(async () => (await availableOnB()) === seats.length - 1, heldAt, 'the hold in B’s listing')).toBeLessThan(
      STALENESS_BOUND_MS,
    );

    const paid = await api(A).post(
      `/api/bookings/${hold.body.id}/payment`,
      { method: 'credit_card', card: { number: '4242424242424242', expiry: '12/30', cvv: '123' } },
      customer.token,
      { 'Idempotency-Key': `pay-${hold.body.id}` },
    );
    expect(paid.status).toBe(200);
    const paidAt = performance.now();
    // Held until B learns of the payment, then booked: never available in between or after.
    const seen: string[] = [];
    const booked = await msUntil(
      async () => {
        seen.push(await statusOnB());
        return seen.at(-1) === 'booked';
      },
      paidAt,
      'the booking on B’s seat map',
    );
    expect(booked).toBeLessThan(STALENESS_BOUND_MS);
    while (performance.now() - paidAt < 2 * STALENESS_BOUND_MS) {
      seen.push(await statusOnB());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seen.filter((status) => status === 'available')).toEqual([]);
    expect(seen.at(-1)).toBe('booked');
    expect(await availableOnB()).toBe(seats.length - 1);
    // And B did answer from memory meanwhile, so the bound above is the cache's, not a fresh read's.
    const metrics = await api(B).request('GET', '/metrics', { token: 'read-staleness-metrics-token' });
    const hits = /houseful_read_cache_total\{kind="seat-map",outcome="hit"\} (\d+)/.exec(metrics.body as string);
    expect(Number(hits?.[1])).toBeGreaterThan(0);
  });

  it('shows on the other instance, within a second, seats freed by a declined payment', async () => {
    const { city, show, seats } = await api(A).scenario(admin);
    const seatIds = [seats[1]!.id, seats[2]!.id];
    const mapOnB = async () => (await api(B).get(`/api/shows/${show.id}/seats`)).body.seats as Seat[];
    const availableOnB = async () => (await api(B).get(`/api/shows?cityId=${city.id}`)).body[0].seatsAvailable as number;
    const customer = await api(A).customer('Declined');
    const hold = await api(A).post('/api/bookings', { showId: show.id, seatIds }, customer.token);
    expect(hold.status).toBe(201);
    await msUntil(async () => (await availableOnB()) === seats.length - 2, performance.now(), 'the hold in B’s listing');
    expect((await mapOnB()).filter((seat) => seatIds.includes(seat.id)).map((seat) => seat.status)).toEqual(['held', 'held']);

    const declined = await api(A).post(
      `/api/bookings/${hold.body.id}/payment`,
      { method: 'credit_card', card: { number: '4000000000000002', expiry: '12/30', cvv: '123' } },
      customer.token,
      { 'Idempotency-Key': `pay-${hold.body.id}` },
    );
    expect(declined.status).toBe(402);
    const declinedAt = performance.now();
    const freed = async () => (await mapOnB()).filter((seat) => seatIds.includes(seat.id)).every((seat) => seat.status === 'available');
    expect(await msUntil(freed, declinedAt, 'the freed seats on B’s seat map')).toBeLessThan(STALENESS_BOUND_MS);
    expect(await msUntil(async () => (await availableOnB()) === seats.length, declinedAt, 'the freed seats in B’s listing')).toBeLessThan(
      STALENESS_BOUND_MS,
    );
  });
});
