// Input a careless client or an attacker sends: control characters, impossible and extreme dates,
// addresses that mail would read differently, time zones that are not IANA names. Each is a 400
// naming the field, on both backends, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';
import type { Reply } from './support/api.ts';

function expectRefused(reply: Reply, field: string, label = '') {
  expect(reply.status, `${label} ${JSON.stringify(reply.body)}`).toBe(400);
  expect(reply.headers.get('content-type'), label).toContain('application/problem+json');
  expect(reply.body, label).toMatchObject({ type: '/problems/invalid-input', field });
}

describe.each(backends())('hostile input on %s', (backend) => {
  let t: TestApp;
  let admin: string;
  let customer: string;
  let s: Awaited<ReturnType<TestApp['api']['scenario']>>;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
    customer = (await t.api.customer()).token;
    s = await t.api.scenario(admin);
  });
  afterAll(() => t.close());

  it('refuses a NUL byte in a path, a query or a body with 400 naming the field, on public and admin routes', async () => {
    expectRefused(await t.api.get('/api/shows/x%00'), 'id', 'path');
    expectRefused(await t.api.get(`/api/shows/${s.show.id}%00/seats`), 'id', 'path seats');
    expectRefused(await t.api.get('/api/cities/x%00/movies'), 'cityId', 'city path');
    expectRefused(await t.api.get('/api/shows?cityId=x%00'), 'cityId', 'query');
    expectRefused(await t.api.post('/api/sessions', { email: 'a\u0000@b.co', password: 'password1' }), 'email', 'sign-in');
    expectRefused(await t.api.post('/api/users', { name: 'N\u0000', email: 'nul@example.com', password: 'password1' }), 'name', 'sign-up');
    expectRefused(await t.api.post('/api/bookings', { showId: 'x\u0000', seatIds: ['y'] }, customer), 'showId', 'hold');
    expectRefused(await t.api.post('/api/bookings', { showId: s.show.id, seatIds: [s.seats[0]!.id, 'y\u0000'] }, customer), 'seatIds[1]');
    expectRefused(await t.api.post('/api/admin/cities', { name: 'C\u0000', state: 'S' }, admin), 'name', 'city');
    expectRefused(await t.api.post('/api/admin/cinemas', { cityId: s.city.id, name: 'N', address: 'A\u0000' }, admin), 'address');
    expectRefused(await t.api.post('/api/admin/cinemas', { cityId: 'c\u0000', name: 'N', address: 'A' }, admin), 'cityId');
    const payment = await t.api.post(`/api/bookings/x%00/payment`, { method: 'upi', upiId: 'success@upi' }, customer, {
      'Idempotency-Key': 'k',
    });
    expectRefused(payment, 'id', 'payment path');
    const card = { method: 'credit_card', card: { number: '4242424242424242\u0000', expiry: '12/30', cvv: '123' } };
    expectRefused(await t.api.post('/api/bookings/x/payment', card, customer, { 'Idempotency-Key': 'k' }), 'card.number');
  });

  it('refuses other control characters in ids, names and emails but keeps line breaks in free text', async () => {
    expectRefused(await t.api.get('/api/shows/x%01'), 'id');
    expectRefused(await t.api.get('/api/shows?movieId=a%0Ab'), 'movieId');
    expectRefused(await t.api.post('/api/admin/cities', { name: 'Pu\u001bne', state: 'S' }, admin), 'name');
    expectRefused(await t.api.post('/api/admin/cities', { name: 'Pune\n', state: 'S' }, admin), 'name');
    expectRefused(await t.api.post('/api/users', { name: 'N', email: 'a\t@example.com', password: 'password1' }), 'email');
    expectRefused(await t.api.post('/api/admin/cinemas', { cityId: s.city.id, name: 'N\u007f', address: 'A' }, admin), 'name');
    const movie = { title: 'T', durationMinutes: 90, language: 'L', genre: 'G' };
    expectRefused(await t.api.post('/api/admin/movies', { ...movie, description: 'one\u0000two' }, admin), 'description');
    const described = await t.api.post('/api/admin/movies', { ...movie, description: 'Line one.\r\nLine two.\n\tIndented.' }, admin);
    expect(described.status, JSON.stringify(described.body)).toBe(201);
    expect(described.body.description).toBe('Line one.\r\nLine two.\n\tIndented.');
    const cinema = await t.api.post('/api/admin/cinemas', { cityId: s.city.id, name: 'N', address: 'Plot 4,\nLower Parel' }, admin);
    expect(cinema.status, JSON.stringify(cinema.body)).toBe(201);
  });

  it('refuses impossible and extreme dates with 400 naming the field, and stores none shifted', async () => {
    expectRefused(await t.api.get('/api/shows?date=2026-02-30'), 'date', 'browse date');
    expectRefused(await t.api.get('/api/shows?date=1999-12-31'), 'date', 'browse date too early');
    const movie = { title: 'T', durationMinutes: 90, language: 'L', genre: 'G' };
    for (const releaseDate of ['2026-02-30', '2027-02-29', '2026-13-01', '1500-01-01', '2999-01-01', '0000-00-00']) {
      expectRefused(await t.api.post('/api/admin/movies', { ...movie, releaseDate }, admin), 'releaseDate', releaseDate);
    }
    const leap = await t.api.post('/api/admin/movies', { ...movie, releaseDate: '2028-02-29' }, admin);
    expect(leap.status).toBe(201);
    expect(leap.body.releaseDate).toBe('2028-02-29');
    const show = { movieId: s.movie.id, hallId: s.hall.id, prices: { regular: 1, premium: 1, vip: 1 } };
    for (const startsAt of [
      '9999-12-31T23:00:00Z',
      '2027-02-30T18:00:00+05:30',
      '2027-04-31T18:00:00Z',
      '2027-01-01T24:30:00Z',
      '2027-01-01T18:61:00Z',
      '2101-01-01T00:00:00Z',
      '+275760-09-13T00:00:00Z',
      '2027-01-01T18:00:00+25:00',
    ]) {
      expectRefused(await t.api.post('/api/admin/shows', { ...show, startsAt }, admin), 'startsAt', startsAt);
    }
    const clash = (startsAt: string) =>
      t.api.get(`/api/admin/show-clashes?hallId=${s.hall.id}&movieId=${s.movie.id}&startsAt=${encodeURIComponent(startsAt)}`, admin);
    expectRefused(await clash('2027-02-30T10:00:00Z'), 'startsAt', 'clash');
    expectRefused(await clash('9999-12-31T23:00:00Z'), 'startsAt', 'clash extreme');
    expectRefused(await t.api.get('/api/admin/dashboard?from=275760-01-01', admin), 'from', 'dashboard from');
    expectRefused(await t.api.get('/api/admin/dashboard?from=2026-01-01&to=275760-01-01', admin), 'to', 'dashboard to');
    expectRefused(await t.api.get('/api/admin/dashboard?from=2026-02-30', admin), 'from', 'dashboard impossible');
    expectRefused(await t.api.get('/api/admin/dashboard?from=1970-01-01&to=1970-01-02', admin), 'from', 'dashboard epoch');
    const fine = await t.api.get('/api/admin/dashboard?from=2026-01-01&to=2026-02-01T00:00:00%2B05:30', admin);
    expect(fine.status, JSON.stringify(fine.body)).toBe(200);
  });

  it('refuses email addresses that mail would read as another address, or as several', async () => {
    for (const email of [
      'boss<x@evil.co>',
      'a@b.co, c@d.co',
      'a@b.co;c@d.co',
      '"x"@y.co',
      'x@evil.co (boss)',
      'a b@c.co',
      'Boss <x@evil.co>',
    ]) {
      expectRefused(await t.api.post('/api/users', { name: 'N', email, password: 'password1' }), 'email', email);
    }
    const plain = await t.api.post('/api/users', { name: 'N', email: 'Plain.Name+tag@Example.co.in', password: 'password1' });
    expect(plain.status).toBe(201);
    expect(plain.body.email).toBe('plain.name+tag@example.co.in');
  });

  it('accepts IANA time zone names only', async () => {
    for (const timeZone of ['system', 'local', 'UTC+05:30', '+05:30', 'GMT+5', 'Mars/Olympus', 'Asia/Kolkata\u0000', 'Asia/Kolkata/']) {
      const reply = await t.api.post('/api/admin/cinemas', { cityId: s.city.id, name: 'N', address: 'A', timeZone }, admin);
      expectRefused(reply, 'timeZone', timeZone);
    }
    for (const timeZone of ['UTC', 'Asia/Kolkata', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5']) {
      const reply = await t.api.post('/api/admin/cinemas', { cityId: s.city.id, name: 'N', address: 'A', timeZone }, admin);
      expect(reply.status, timeZone).toBe(201);
    }
  });
});
