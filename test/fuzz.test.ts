// Thousands of random and malformed requests to every route: none gets a 500, every refusal
// is problem+json, and nothing in the database changes.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from './support/app.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

async function tableCounts(t: TestApp): Promise<string> {
  const tables = (
    await t.ctx.db.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
  ).rows.map((r) => r.tablename);
  const counts: string[] = [];
  for (const table of tables) {
    if (table === 'sessions' || table === 'idempotency_keys') continue; // sign-in and payment attempts may record these
    counts.push(`${table}=${(await t.ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n}`);
  }
  const seats = await t.ctx.db.query<{ s: string }>(
    "SELECT string_agg(status || coalesce(booking_id, ''), ',' ORDER BY show_id, seat_id) AS s FROM show_seats",
  );
  const bookings = await t.ctx.db.query<{ s: string }>("SELECT string_agg(id || status, ',' ORDER BY id) AS s FROM bookings");
  return [...counts, seats.rows[0]!.s, bookings.rows[0]!.s].join('\n');
}

/** Any JSON value of another type than the given one: always wrong for a typed field. */
function wrongTypeFor(value: Json): fc.Arbitrary<Json> {
  const options: fc.Arbitrary<Json>[] = [];
  if (typeof value !== 'string') options.push(fc.string());
  if (typeof value !== 'number') options.push(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })));
  if (typeof value !== 'boolean') options.push(fc.boolean());
  if (value !== null) options.push(fc.constant(null));
  if (!Array.isArray(value)) options.push(fc.array(fc.jsonValue() as fc.Arbitrary<Json>, { maxLength: 3 }));
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    options.push(fc.dictionary(fc.string(), fc.jsonValue() as fc.Arbitrary<Json>, { maxKeys: 3 }));
  return fc.oneof(...options);
}

/** Invalid bodies made from a valid one: a required field missing or of the wrong type, or a field no route accepts. */
function brokenBodies(valid: Record<string, Json>, required: string[]): fc.Arbitrary<Json> {
  return fc.oneof(
    fc.constantFrom(...required).map((key) => {
      const copy = { ...valid };
      delete copy[key];
      return copy;
    }),
    fc.constantFrom(...required).chain((key) => wrongTypeFor(valid[key]!).map((wrong) => ({ ...valid, [key]: wrong }))),
    fc
      .string({ minLength: 1 })
      .filter((key) => !(key in valid) && key !== '__proto__')
      .map((key) => ({ ...valid, [key]: 1 })),
    fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.jsonValue() as fc.Arbitrary<Json>)),
  );
}

const badIds = fc.oneof(
  fc.string({ minLength: 1, maxLength: 80 }),
  fc.constantFrom("' OR 1=1 --", 'shw_missing', '%00', '..%2F..%2Fetc', 'ü🎬', 'x'.repeat(300), '$1', 'null'),
);

describe('fuzzing every route', () => {
  let t: TestApp;
  let admin: string;
  let customer: string;
  let ids: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.ctx);
    customer = (await t.api.customer()).token;
    const s = await t.api.scenario(admin);
    const booking = (await t.api.post('/api/bookings', { showId: s.show.id, seatIds: [s.seats[0]!.id] }, customer)).body;
    ids = {
      city: s.city.id,
      cinema: s.cinema.id,
      hall: s.hall.id,
      movie: s.movie.id,
      show: s.show.id,
      seat: s.seats[1]!.id,
      booking: booking.id,
    };
  });
  afterAll(() => t.close());

  it('answers 2,000 malformed requests without a 500 or a change', async () => {
    const before = await tableCounts(t);
    const bodyRoutes: { path: string; token: () => string | undefined; valid: () => Record<string, Json>; required: string[] }[] = [
      {
        path: '/api/users',
        token: () => undefined,
        valid: () => ({ name: 'N', email: 'fuzz@example.com', password: 'password1' }),
        required: ['name', 'email', 'password'],
      },
      {
        path: '/api/sessions',
        token: () => undefined,
        valid: () => ({ email: 'fuzz@example.com', password: 'password1' }),
        required: ['email', 'password'],
      },
      { path: '/api/admin/cities', token: () => admin, valid: () => ({ name: 'C', state: 'S' }), required: ['name', 'state'] },
      {
        path: '/api/admin/cinemas',
        token: () => admin,
        valid: () => ({ cityId: ids.city!, name: 'C', address: 'A' }),
        required: ['cityId', 'name', 'address'],
      },
      {
        path: '/api/admin/halls',
        token: () => admin,
        valid: () => ({ cinemaId: ids.cinema!, name: 'H', rows: [{ label: 'A', seatType: 'vip', seats: 2 }] }),
        required: ['cinemaId', 'name', 'rows'],
      },
      {
        path: '/api/admin/movies',
        token: () => admin,
        valid: () => ({ title: 'T', durationMinutes: 90, language: 'L', genre: 'G' }),
        required: ['title', 'durationMinutes', 'language', 'genre'],
      },
      {
        path: '/api/admin/shows',
        token: () => admin,
        valid: () => ({
          movieId: ids.movie!,
          hallId: ids.hall!,
          startsAt: '2099-05-05T10:00:00Z',
          prices: { regular: 1, premium: 2, vip: 3 },
        }),
        required: ['movieId', 'hallId', 'startsAt', 'prices'],
      },
      {
        path: '/api/bookings',
        token: () => customer,
        valid: () => ({ showId: ids.show!, seatIds: [ids.seat!] }),
        required: ['showId', 'seatIds'],
      },
      {
        path: `/api/bookings/{booking}/payment`,
        token: () => customer,
        valid: () => ({ method: 'upi', upiId: 'success@upi' }),
        required: ['method'],
      },
      { path: '/api/admin/checkins', token: () => admin, valid: () => ({ token: 'x' }), required: ['token'] },
      { path: '/api/admin/bookings/{booking}/refund', token: () => admin, valid: () => ({ reason: 'r' }), required: ['reason'] },
    ];
    const idRoutes: { method: 'GET' | 'POST'; path: string; token: () => string | undefined }[] = [
      { method: 'GET', path: '/api/cities/{x}/movies', token: () => undefined },
      { method: 'GET', path: '/api/cities/{x}/cinemas', token: () => undefined },
      { method: 'GET', path: '/api/shows/{x}', token: () => undefined },
      { method: 'GET', path: '/api/shows/{x}/seats', token: () => undefined },
      { method: 'GET', path: '/api/bookings/{x}', token: () => customer },
      { method: 'GET', path: '/api/bookings/{x}/ticket', token: () => customer },
      { method: 'POST', path: '/api/bookings/{x}/cancel', token: () => customer },
      { method: 'POST', path: '/api/bookings/{x}/payment', token: () => customer },
      { method: 'POST', path: '/api/admin/shows/{x}/cancel', token: () => admin },
      { method: 'POST', path: '/api/admin/bookings/{x}/refund', token: () => admin },
      { method: 'POST', path: '/api/shows/{x}/watch', token: () => customer },
      { method: 'GET', path: '/api/shows?date={x}', token: () => undefined },
      { method: 'GET', path: '/api/shows?cityId={x}&movieId={x}', token: () => undefined },
    ];
    const request = fc.oneof(
      fc.constantFrom(...bodyRoutes).chain((route) =>
        fc.record({
          kind: fc.constant('body' as const),
          route: fc.constant(route),
          body: brokenBodies(route.valid(), route.required),
          key: fc.string({ minLength: 1, maxLength: 40 }),
        }),
      ),
      fc.record({ kind: fc.constant('id' as const), route: fc.constantFrom(...idRoutes), id: badIds }),
      fc.record({ kind: fc.constant('raw' as const), route: fc.constantFrom(...bodyRoutes), raw: fc.string({ maxLength: 200 }) }),
    );
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        let reply;
        if (r.kind === 'id') {
          const path = r.route.path.replaceAll('{x}', encodeURIComponent(r.id));
          reply = await t.api.request(r.route.method, path, {
            ...(r.route.token() ? { token: r.route.token()! } : {}),
            headers: { 'Idempotency-Key': 'fuzz' },
            ...(r.route.method === 'POST' ? { body: {} } : {}),
          });
        } else {
          const path = r.route.path.replace('{booking}', ids.booking!);
          const headers = { 'Idempotency-Key': r.kind === 'body' ? r.key : 'raw' };
          const token = r.route.token();
          reply = await t.api.request('POST', path, {
            ...(token ? { token } : {}),
            headers,
            ...(r.kind === 'body' ? { body: r.body } : { raw: r.raw }),
          });
        }
        sent++;
        if (r.kind === 'id' && r.route.path.startsWith('/api/shows?') && reply.status === 200) {
          expect(reply.body, JSON.stringify(r)).toEqual([]); // a filter naming nothing finds nothing
          return;
        }
        expect(reply.status, JSON.stringify(r)).toBeGreaterThanOrEqual(400);
        expect(reply.status, JSON.stringify(r)).toBeLessThan(500);
        expect(reply.headers.get('content-type'), JSON.stringify(r)).toContain('application/problem+json');
      }),
      { numRuns: 2_000 },
    );
    expect(sent).toBe(2_000);
    expect(await tableCounts(t)).toBe(before);
  });
});
