// Seat maps, shows and listings answered from what the instance already knows
// (src/browsing/read-cache.ts): the same bodies as a read of the database, a 304 while a client's
// copy is current, a lapsed hold read as available with no write, and nothing older than the
// bound even when no notice says a seat changed. Across instances: test/postgres/read-staleness.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeptReads } from '../src/browsing/read-cache.ts';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';
import { waitUntil } from './support/wait.ts';

type Seat = { id: string; status: string };
const statusOf = (body: { seats: Seat[] }, seatId: string) => body.seats.find((seat) => seat.id === seatId)?.status;

describe.each(backends())('reads from memory (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  it('tags a seat map: 304 with no body while it is unchanged, 200 with the new map once a seat changes', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const path = `/api/shows/${show.id}/seats`;
    const first = await t.api.get(path);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');

    const unchanged = await t.api.request('GET', path, { headers: { 'if-none-match': etag } });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBeUndefined();
    expect(unchanged.headers.get('etag')).toBe(etag);
    // Any of several tags, or a weak form of it, matches too.
    expect((await t.api.request('GET', path, { headers: { 'if-none-match': `"other", W/${etag}` } })).status).toBe(304);
    expect((await t.api.request('GET', path, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);

    const customer = await t.api.customer('Tagged');
    expect((await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token)).status).toBe(201);
    const changed = await t.api.request('GET', path, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(statusOf(changed.body, seats[0]!.id)).toBe('held');
    expect(changed.headers.get('etag')).not.toBe(etag);
    // The tag is of the body alone: reading the same content again gives the same tag.
    expect((await t.api.get(path)).headers.get('etag')).toBe(changed.headers.get('etag'));
  });

  it('tags listings and shows, and answers 304 while they are unchanged', async () => {
    const { city, show, seats } = await t.api.scenario(admin);
    for (const path of [`/api/shows?cityId=${city.id}`, `/api/shows/${show.id}`]) {
      const first = await t.api.get(path);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      expect((await t.api.request('GET', path, { headers: { 'if-none-match': etag } })).status).toBe(304);
    }
    const customer = await t.api.customer('Counted');
    expect((await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token)).status).toBe(201);
    expect((await t.api.get(`/api/shows?cityId=${city.id}`)).body[0].seatsAvailable).toBe(seats.length - 1);
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(seats.length - 1);
  });

  it('reads a lapsed hold as available the moment it lapses, with no write and no notice', async () => {
    const { city, show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer('Lapsing');
    expect((await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token)).status).toBe(201);
    const path = `/api/shows/${show.id}/seats`;
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(seats.length - 1);
    expect((await t.api.get(`/api/shows?cityId=${city.id}`)).body[0].seatsAvailable).toBe(seats.length - 1);
    expect(statusOf((await t.api.get(path)).body, seats[0]!.id)).toBe('held');

    t.clock.advance(t.ctx.config.holdTtlSeconds + 1);
    const before = t.ctx.db.roundTrips;
    expect(statusOf((await t.api.get(path)).body, seats[0]!.id)).toBe('available');
    // On the embedded database notices arrive with the commit, so nothing drops the kept seats
    // between the reads above and this one: the lapse was read from memory.
    if (backend === 'pglite') expect(t.ctx.db.roundTrips - before).toBe(0);
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(seats.length);
    expect((await t.api.get(`/api/shows?cityId=${city.id}`)).body[0].seatsAvailable).toBe(seats.length);
  });

  it('shows a seat changed with no notice and no request to this instance within the bound', async () => {
    const { city, show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer('Unannounced');
    expect((await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[1]!.id] }, customer.token)).status).toBe(201);
    const path = `/api/shows/${show.id}/seats`;
    expect(statusOf((await t.api.get(path)).body, seats[1]!.id)).toBe('held');
    expect((await t.api.get(`/api/shows?cityId=${city.id}`)).body[0].seatsAvailable).toBe(seats.length - 1);
    // A change no notice announces and no request to this instance made: only the bound brings it.
    await t.ctx.db.query(
      "UPDATE show_seats SET status = 'available', booking_id = NULL, held_until = NULL WHERE show_id = $1 AND seat_id = $2",
      [show.id, seats[1]!.id],
    );
    const changedAt = performance.now();
    await waitUntil(
      async () => statusOf((await t.api.get(path)).body, seats[1]!.id) === 'available',
      2_000,
      'the seat map showing the change',
    );
    await waitUntil(
      async () => (await t.api.get(`/api/shows?cityId=${city.id}`)).body[0].seatsAvailable === seats.length,
      2_000,
      'the listing counting the change',
    );
    expect(performance.now() - changedAt).toBeLessThan(1_000);
  });

  it('answers an unknown show with 404, and a show made afterwards with its map', async () => {
    expect((await t.api.get('/api/shows/shw_not_yet/seats')).status).toBe(404);
    expect((await t.api.get('/api/shows/shw_not_yet')).status).toBe(404);
    const { show } = await t.api.scenario(admin);
    expect((await t.api.get(`/api/shows/${show.id}/seats`)).status).toBe(200);
  });
});

describe('what is kept, and when a read is shared', () => {
  /** A load the test finishes by hand. */
  function deferred() {
    let resolve!: (value: { n: number }) => void;
    const promise = new Promise<{ n: number }>((r) => (resolve = r));
    return { promise, resolve };
  }

  it('shares one load among concurrent misses, and keeps its value', async () => {
    const kept = new KeptReads<{ n: number }>(10, 500, () => undefined);
    let loads = 0;
    const load = deferred();
    const reads = Array.from({ length: 5 }, () =>
      kept.get('show', () => {
        loads++;
        return load.promise;
      }),
    );
    load.resolve({ n: 1 });
    expect((await Promise.all(reads)).map((value) => value.n)).toEqual([1, 1, 1, 1, 1]);
    expect(await kept.get('show', async () => ({ n: 2 }))).toEqual({ n: 1 });
    expect(loads).toBe(1);
  });

  it('answers a load overtaken by an invalidation to its waiters, but keeps nothing of it and starts afresh', async () => {
    const kept = new KeptReads<{ n: number }>(10, 500, () => undefined);
    const old = deferred();
    const waiting = kept.get('show', () => old.promise);
    kept.drop('show'); // a seat of the show changed while the read was under way
    const fresh = kept.get('show', async () => ({ n: 2 }));
    old.resolve({ n: 1 });
    expect(await waiting).toEqual({ n: 1 });
    expect(await fresh).toEqual({ n: 2 });
    expect(await kept.get('show', async () => ({ n: 3 }))).toEqual({ n: 2 });
    kept.dropAll();
    expect(await kept.get('show', async () => ({ n: 4 }))).toEqual({ n: 4 });
  });

  it('keeps nothing past its age', async () => {
    const kept = new KeptReads<{ n: number }>(10, 30, () => undefined);
    expect(await kept.get('show', async () => ({ n: 1 }))).toEqual({ n: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await kept.get('show', async () => ({ n: 2 }))).toEqual({ n: 2 });
  });
});
