import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from './support/app.ts';

/** Row counts of every table a request could change. */
async function snapshot(t: TestApp): Promise<Record<string, number>> {
  const tables = [
    'users',
    'cities',
    'cinemas',
    'halls',
    'seats',
    'movies',
    'shows',
    'show_seats',
    'bookings',
    'booking_seats',
    'payments',
    'idempotency_keys',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = (await t.ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
  const held = await t.ctx.db.query<{ n: number }>("SELECT count(*)::int AS n FROM show_seats WHERE status <> 'available'");
  counts.taken_seats = held.rows[0]!.n;
  return counts;
}

describe('bad input never changes anything and never gets a 500', () => {
  let t: TestApp;
  let admin: string;
  let customer: string;
  let scenario: Awaited<ReturnType<TestApp['api']['scenario']>>;
  let bookingId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.ctx);
    customer = (await t.api.customer()).token;
    scenario = await t.api.scenario(admin);
    bookingId = (await t.api.post('/api/bookings', { showId: scenario.show.id, seatIds: [scenario.seats[9]!.id] }, customer)).body.id;
  });
  afterAll(() => t.close());

  const routes = () => [
    { path: '/api/users', token: undefined },
    { path: '/api/sessions', token: undefined },
    { path: '/api/admin/cities', token: admin },
    { path: '/api/admin/cinemas', token: admin },
    { path: '/api/admin/halls', token: admin },
    { path: '/api/admin/movies', token: admin },
    { path: '/api/admin/shows', token: admin },
    { path: '/api/bookings', token: customer },
    { path: `/api/bookings/${bookingId}/payment`, token: customer },
  ];

  const bodies = [
    '{',
    'null',
    '[]',
    '"a string"',
    '42',
    '{}',
    '{"name": 5, "email": [], "password": {}}',
    '{"showId": "x\'; DROP TABLE bookings; --", "seatIds": ["1 OR 1=1"]}',
    '{"cityId": "\' OR \'1\'=\'1", "name": "x", "address": "y"}',
    '{"method": "credit_card", "card": {"number": 4242424242424242, "expiry": "12/30", "cvv": "123"}}',
    '{"showId": null, "seatIds": null}',
    '{"movieId": true, "hallId": 1, "startsAt": [], "prices": "free"}',
    `{"name": "${'x'.repeat(5000)}", "state": "y"}`,
    '{"__proto__": {"admin": true}, "constructor": {"prototype": {}}}',
  ];

  it('answers every malformed body on every write route with a 4xx problem+json', async () => {
    const before = await snapshot(t);
    for (const route of routes()) {
      for (const raw of bodies) {
        const reply = await t.api.request('POST', route.path, {
          raw,
          ...(route.token ? { token: route.token } : {}),
          headers: { 'Idempotency-Key': `fuzz-${Math.random()}` },
        });
        const label = `${route.path} ${raw.slice(0, 60)}`;
        expect(reply.status, label).toBeGreaterThanOrEqual(400);
        expect(reply.status, label).toBeLessThan(500);
        expect(reply.headers.get('content-type'), label).toContain('application/problem+json');
        expect(reply.body, label).toMatchObject({
          type: expect.any(String),
          title: expect.any(String),
          status: reply.status,
          detail: expect.any(String),
        });
        if (reply.status === 400) expect(reply.body.field, label).toEqual(expect.any(String));
      }
    }
    expect(await snapshot(t)).toEqual(before);
    expect((await t.api.get(`/api/bookings/${bookingId}`, customer)).body.status).toBe('pending');
  });

  it('refuses a huge body with 413, the wrong content type with 415, and unknown routes with a 404 problem', async () => {
    const huge = await t.api.request('POST', '/api/users', {
      raw: JSON.stringify({ name: 'x'.repeat(200_000), email: 'a@b.co', password: 'password1' }),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.field).toBe('body');
    const xml = await t.api.request('POST', '/api/users', { raw: '<user/>', headers: { 'content-type': 'application/xml' } });
    expect(xml.status).toBe(415);
    const missing = await t.api.get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('never lets a client set status, price, userId or total', async () => {
    const before = await snapshot(t);
    for (const extra of [{ status: 'confirmed' }, { price: 1 }, { userId: 'usr_x' }, { total: { amount: 1, currency: 'INR' } }]) {
      const reply = await t.api.post('/api/bookings', { showId: scenario.show.id, seatIds: [scenario.seats[0]!.id], ...extra }, customer);
      expect(reply.status).toBe(400);
      expect(reply.body.field).toBe(Object.keys(extra)[0]);
    }
    const sneaky = await t.api.post('/api/users', { name: 'Eve', email: 'eve@example.com', password: 'password1', role: 'admin' });
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.field).toBe('role');
    expect(await snapshot(t)).toEqual(before);
  });

  it('keeps SQL in strings as plain text', async () => {
    const name = "Robert'); DROP TABLE users; --";
    const created = await t.api.post('/api/users', { name, email: 'bobby@example.com', password: 'password1' });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe(name);
    expect((await t.api.get("/api/shows?cityId=' OR 1=1 --")).body).toEqual([]);
  });
});
