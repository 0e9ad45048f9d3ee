// Thousands of random and malformed requests to every route: none gets a 500, every refusal
// is problem+json, and nothing in the database changes.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketSecret } from '../src/tickets/tokens.ts';
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

/** C0 control characters and DEL: none may reach the database, wherever they are sent. */
const controlCharacter = fc.oneof(fc.integer({ min: 0, max: 31 }), fc.constant(127)).map((code) => String.fromCharCode(code));
/** The ones no field accepts, free text included (which keeps tab, CR and LF). */
const alwaysRefused = controlCharacter.filter((c) => !['\t', '\n', '\r'].includes(c));

/** The value with a control character put somewhere in it. */
function withControlCharacter(value: string, free: boolean): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 0, max: value.length }), free ? alwaysRefused : controlCharacter)
    .map(([at, c]) => value.slice(0, at) + c + value.slice(at));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Calendar dates that do not exist: 30 February, 31 April, month 13, day 0. */
const impossibleDate = fc
  .oneof(
    fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.constant(2), fc.integer({ min: 30, max: 31 })),
    fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom(4, 6, 9, 11), fc.constant(31)),
    fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1, max: 28 })),
    fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 0, max: 12 }), fc.constant(0)),
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
/** Real dates far outside any show or release: before 1880 or after 2100, out to JavaScript's limits. */
const extremeInstant = fc
  .oneof(fc.date({ max: new Date('1879-12-31T00:00:00Z') }), fc.date({ min: new Date('2101-01-02T00:00:00Z') }))
  .filter((d) => !Number.isNaN(d.getTime()))
  .map((d) => d.toISOString());
/** Date-times that do not exist on the clock or the calendar, or carry no offset, or an impossible one. */
const impossibleDateTime = fc.oneof(
  impossibleDate.map((d) => `${d}T18:30:00+05:30`),
  fc.integer({ min: 24, max: 99 }).map((h) => `2090-01-01T${h}:00:00Z`),
  fc.integer({ min: 60, max: 99 }).map((m) => `2090-01-01T10:${m}:00Z`),
  fc.integer({ min: 15, max: 99 }).map((h) => `2090-01-01T10:00:00+${h}:00`),
  fc.constantFrom('2090-01-01T10:00:00', '2090-01-01 10:00:00Z', '20900101T100000Z', '2090-W01-1T10:00:00Z', '9999-12-31T23:00:00Z'),
  extremeInstant,
);
const badDate = fc.oneof(
  impossibleDate,
  extremeInstant.map((d) => d.slice(0, d.indexOf('T'))),
  impossibleDateTime,
);

// "." and ".." are left out: as a path segment the client resolves them before sending (/api/shows/.
// is /api/shows/), so the request would name no id at all.
const badIds = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 80 }),
    fc.constantFrom("' OR 1=1 --", 'shw_missing', '%00', '..%2F..%2Fetc', 'ü🎬', 'x'.repeat(300), '$1', 'null'),
    fc.string({ maxLength: 20 }).chain((id) => withControlCharacter(id, false)),
  )
  .filter((id) => id !== '.' && id !== '..');

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
    // The ticket signing secret is made once per database, by whichever request first reads a ticket
    // (a check-in's access check does): made here, so the snapshot holds only what requests may change.
    await ticketSecret(t.ctx);
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

  it('refuses a control character in any string field and an impossible or extreme date in any date field, with 400 naming it', async () => {
    const before = await tableCounts(t);
    const card = { number: '4242424242424242', expiry: '12/30', cvv: '123', holderName: 'Card Holder' };
    const writes: { path: () => string; token: () => string | undefined; body: () => Record<string, Json> }[] = [
      {
        path: () => '/api/users',
        token: () => undefined,
        body: () => ({ name: 'N', email: 'fuzz@example.com', password: 'password1', phone: '+91 98765 43210' }),
      },
      { path: () => '/api/sessions', token: () => undefined, body: () => ({ email: 'fuzz@example.com', password: 'password1' }) },
      { path: () => '/api/admin/cities', token: () => admin, body: () => ({ name: 'C', state: 'S' }) },
      {
        path: () => '/api/admin/cinemas',
        token: () => admin,
        body: () => ({ cityId: ids.city!, name: 'C', address: 'A', timeZone: 'Asia/Kolkata' }),
      },
      {
        path: () => '/api/admin/halls',
        token: () => admin,
        body: () => ({ cinemaId: ids.cinema!, name: 'H', rows: [{ label: 'A', seatType: 'vip', seats: 2 }] }),
      },
      {
        path: () => '/api/admin/movies',
        token: () => admin,
        body: () => ({ title: 'T', durationMinutes: 90, language: 'L', genre: 'G', description: 'D', releaseDate: '2020-01-01' }),
      },
      {
        path: () => '/api/admin/shows',
        token: () => admin,
        body: () => ({
          movieId: ids.movie!,
          hallId: ids.hall!,
          startsAt: '2099-05-05T10:00:00Z',
          prices: { regular: 1, premium: 2, vip: 3 },
        }),
      },
      { path: () => '/api/bookings', token: () => customer, body: () => ({ showId: ids.show!, seatIds: [ids.seat!] }) },
      { path: () => `/api/bookings/${ids.booking!}/payment`, token: () => customer, body: () => ({ method: 'upi', upiId: 'success@upi' }) },
      { path: () => `/api/bookings/${ids.booking!}/payment`, token: () => customer, body: () => ({ method: 'credit_card', card }) },
      { path: () => '/api/admin/checkins', token: () => admin, body: () => ({ token: 'x' }) },
    ];
    const dateFields = new Set(['startsAt', 'releaseDate']);
    const freeText = new Set(['description', 'address']);
    /** Every string in a body, by the field name a refusal gives it, with a setter. */
    const strings = (body: Json, field = ''): { field: string; key: string; value: string; set: (root: Json, value: string) => Json }[] => {
      if (body === null || typeof body !== 'object') return [];
      return Object.entries(body).flatMap(([key, value]) => {
        const name = Array.isArray(body) ? `${field}[${key}]` : field ? `${field}.${key}` : key;
        const at = (root: Json, v: string): Json => {
          const copy = structuredClone(root);
          const path = name.split(/\.|\[|\]/).filter(Boolean);
          let node = copy as Record<string, Json>;
          for (const part of path.slice(0, -1)) node = node[part] as Record<string, Json>;
          node[path.at(-1)!] = v;
          return copy;
        };
        if (typeof value === 'string') return [{ field: name, key, value, set: at }];
        return strings(value, name);
      });
    };
    const bodyCase = fc.constantFrom(...writes).chain((route) =>
      fc.constantFrom(...strings(route.body())).chain((target) => {
        const valid = route.body();
        const current = target.value;
        const hostile = dateFields.has(target.key)
          ? fc.oneof(
              withControlCharacter(current, false),
              target.key === 'releaseDate'
                ? fc.oneof(
                    impossibleDate,
                    extremeInstant.map((d) => d.slice(0, d.indexOf('T'))),
                  )
                : impossibleDateTime,
            )
          : withControlCharacter(current, freeText.has(target.key));
        return hostile.map((value) => ({ kind: 'body' as const, route, field: target.field, body: target.set(valid, value) }));
      }),
    );
    const queries: { path: (value: string) => string; field: string; token: () => string | undefined; dates: boolean }[] = [
      { path: (v) => `/api/shows?date=${v}`, field: 'date', token: () => undefined, dates: true },
      { path: (v) => `/api/shows?cityId=${v}`, field: 'cityId', token: () => undefined, dates: false },
      { path: (v) => `/api/shows/${v}`, field: 'id', token: () => undefined, dates: false },
      { path: (v) => `/api/cities/${v}/cinemas`, field: 'cityId', token: () => undefined, dates: false },
      { path: (v) => `/api/bookings/${v}`, field: 'id', token: () => customer, dates: false },
      { path: (v) => `/api/admin/dashboard?from=${v}`, field: 'from', token: () => admin, dates: true },
      { path: (v) => `/api/admin/dashboard?from=2026-01-01&to=${v}`, field: 'to', token: () => admin, dates: true },
      {
        path: (v) => `/api/admin/show-clashes?hallId=${ids.hall!}&movieId=${ids.movie!}&startsAt=${v}`,
        field: 'startsAt',
        token: () => admin,
        dates: true,
      },
      { path: (v) => `/api/admin/halls?cinemaId=${v}`, field: 'cinemaId', token: () => admin, dates: false },
    ];
    const queryCase = fc.constantFrom(...queries).chain((route) =>
      (route.dates ? fc.oneof(badDate, withControlCharacter('2090-01-01', false)) : withControlCharacter(ids.show!, false)).map(
        (value) => ({
          kind: 'query' as const,
          route,
          value,
        }),
      ),
    );
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(bodyCase, queryCase), async (r) => {
        const reply =
          r.kind === 'body'
            ? await t.api.request('POST', r.route.path(), {
                body: r.body,
                ...(r.route.token() ? { token: r.route.token()! } : {}),
                headers: { 'Idempotency-Key': `hostile-${sent}` },
              })
            : await t.api.request('GET', r.route.path(encodeURIComponent(r.value)), r.route.token() ? { token: r.route.token()! } : {});
        sent++;
        const label = JSON.stringify(r.kind === 'body' ? r.body : r.value);
        expect(reply.status, label).toBe(400);
        expect(reply.headers.get('content-type'), label).toContain('application/problem+json');
        expect(reply.body.field, label).toBe(r.kind === 'body' ? r.field : r.route.field);
      }),
      { numRuns: 600 },
    );
    expect(sent).toBe(600);
    expect(await tableCounts(t)).toBe(before);
  });
});
