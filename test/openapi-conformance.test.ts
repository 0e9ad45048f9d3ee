// The served /openapi.json against real traffic: every answer of the main flows (browsing, signing
// up and in, holding, paying, reading, cancelling, refusals, health) is checked as a validating
// proxy would check it (test/support/openapi-conformance.ts), and every request the server
// accepted must be one the document allows.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';
import { checkedApi, type CheckedApi } from './support/openapi-conformance.ts';
import { EventStream } from './support/sse.ts';

const METRICS_TOKEN = 'metrics-token-for-the-conformance-test';
const card = (number = '4242424242424242') => ({ method: 'credit_card', card: { number, expiry: '12/30', cvv: '123' } });

describe.each(backends())('the OpenAPI document against real answers (%s)', (backend) => {
  let t: TestApp;
  let api: CheckedApi;
  let admin: string;
  let scene: Awaited<ReturnType<CheckedApi['scenario']>>;

  beforeAll(async () => {
    t = await startTestApp({
      backend,
      env: {
        METRICS_TOKEN,
        SSE_MAX_PER_CLIENT: '1',
        // Limits on (the sign-in backoff's 429 is among the answers), but none this test reaches but that one.
        RATE_LIMIT_PER_MINUTE: '100000',
        SIGN_IN_LIMIT_PER_MINUTE: '100000',
        SIGNUP_LIMIT_PER_HOUR: '100000',
        SIGN_IN_BACKOFF_AFTER: '2',
      },
    });
    api = await checkedApi(t.url);
    admin = await adminToken(t.ctx);
    scene = await api.scenario(admin, {
      rows: ['A', 'B'].map((label) => ({ label, seatType: 'regular', seats: 10 })),
    });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    api.violations.length = 0;
  });

  it('the checker refuses an undocumented status, a wrong body and a request the document does not allow', () => {
    const { conformance } = api;
    const rules = { maxSeatsPerBooking: 10, holdTtlSeconds: 300 };
    const json = 'application/json; charset=utf-8';
    expect(
      conformance.check({ method: 'GET', url: '/api/booking-rules', token: false, status: 200, contentType: json, body: rules }),
    ).toEqual([]);
    expect(
      conformance.check({ method: 'GET', url: '/api/booking-rules', token: false, status: 418, contentType: json, body: rules }),
    ).toEqual([expect.stringContaining('status 418 is not documented')]);
    expect(
      conformance.check({
        method: 'GET',
        url: '/api/booking-rules',
        token: false,
        status: 200,
        contentType: json,
        body: { maxSeatsPerBooking: '10' },
      }),
    ).toEqual([expect.stringContaining('does not match the documented schema')]);
    expect(
      conformance.check({ method: 'GET', url: '/api/shows/shw_x', token: false, status: 404, contentType: json, body: { type: 'x' } }),
    ).toEqual([expect.stringContaining('answered application/json')]);
    expect(conformance.check({ method: 'GET', url: '/api/bookings', token: false, status: 200, contentType: json, body: [] })).toEqual([
      expect.stringContaining('accepted without a token'),
    ]);
    expect(
      conformance.check({ method: 'POST', url: '/api/sessions', token: false, status: 201, contentType: json, body: { token: 't' } }),
    ).toEqual([expect.stringContaining('does not match'), expect.stringContaining('accepted without a body')]);
    expect(conformance.check({ method: 'GET', url: '/api/nowhere', token: false, status: 200, contentType: json, body: {} })).toEqual([
      expect.stringContaining('no documented path'),
    ]);
  });

  it('browsing, signing up and in, holding, paying, reading and cancelling answer as documented', async () => {
    const { city, cinema, show, seats } = scene;
    await api.get('/api/cities');
    await api.get(`/api/cities/${city.id}/movies`);
    await api.get(`/api/cities/${city.id}/cinemas`);
    await api.get(`/api/shows?cityId=${city.id}&wheelchair=false`);
    const one = await api.get(`/api/shows/${show.id}`);
    expect((await api.request('GET', `/api/shows/${show.id}`, { headers: { 'if-none-match': one.headers.get('etag')! } })).status).toBe(
      304,
    );
    await api.get(`/api/shows/${show.id}/seats`);
    await api.get('/api/booking-rules');
    await api.get('/api/payments/gateway');
    const popcorn = await api.post(`/api/admin/cinemas/${cinema.id}/items`, { name: 'Popcorn', price: 20_000, stock: 50 }, admin);
    expect(popcorn.status).toBe(201);
    expect((await api.get(`/api/cinemas/${cinema.id}/items`)).status).toBe(200);

    const alice = await api.customer('Alice', '+91 98200 00000');
    expect((await api.get('/api/me', alice.token)).status).toBe(200);
    const hold = await api.post(
      '/api/bookings',
      { showId: show.id, seatIds: [seats[0]!.id, seats[1]!.id, seats[2]!.id], items: [{ itemId: popcorn.body.id, quantity: 1 }] },
      alice.token,
    );
    expect(hold.status).toBe(201);
    const id = hold.body.id as string;
    expect((await api.get(`/api/bookings/${id}`, alice.token)).status).toBe(200);
    const paid = await api.post(`/api/bookings/${id}/payment`, card(), alice.token, { 'Idempotency-Key': 'conformance-pay' });
    expect(paid.status).toBe(200);
    expect((await api.post(`/api/bookings/${id}/payment`, card(), alice.token, { 'Idempotency-Key': 'conformance-pay' })).status).toBe(200);
    expect((await api.get('/api/bookings', alice.token)).status).toBe(200);
    expect((await api.get(`/api/bookings/${id}/ticket`, alice.token)).status).toBe(200);
    expect((await api.get(`/api/bookings/${id}/invoice`, alice.token)).status).toBe(200);
    expect((await api.get(`/api/bookings/${id}/cancellation?seatIds=${seats[0]!.id}`, alice.token)).status).toBe(200);
    expect((await api.get(`/api/bookings/${id}/cancellation`, alice.token)).status).toBe(200);
    expect((await api.get(`/api/bookings/${id}/cancellation?seatIds=nope`, alice.token)).status).toBe(400);
    expect((await api.post(`/api/bookings/${id}/cancel`, { seatIds: [seats[0]!.id] }, alice.token)).status).toBe(200);
    expect((await api.get(`/api/bookings/${id}/credit-note`, alice.token)).status).toBe(200);
    // docs/api.md: "with no body, or { seatIds }".
    const cancelled = await api.post(`/api/bookings/${id}/cancel`, undefined, alice.token);
    expect(cancelled.body.status).toBe('cancelled');

    const pending = await api.post('/api/bookings', { showId: show.id, quantity: 2, seatType: 'regular' }, alice.token);
    expect(pending.status).toBe(201);
    expect((await api.post(`/api/bookings/${pending.body.id}/checkout`, undefined, alice.token)).status).toBe(409);
    expect((await api.post(`/api/bookings/${pending.body.id}/cancel`, undefined, alice.token)).status).toBe(200);
    expect((await api.post(`/api/shows/${show.id}/watch`, undefined, alice.token)).status).toBe(201);
    expect(
      (await api.put('/api/me/password', { currentPassword: 'password123', newPassword: 'another-password' }, alice.token)).status,
    ).toBe(204);
    expect((await api.request('DELETE', '/api/sessions', { token: alice.token })).status).toBe(204);
    expect(api.violations).toEqual([]);
  });

  it('refusals answer as documented: bad input, missing things, limits, the wrong media type or size', async () => {
    const { show, seats } = scene;
    const bob = await api.customer('Bob');
    const carol = await api.customer('Carol');
    const refusals: [number, Promise<{ status: number }>][] = [
      [400, api.post('/api/users', { name: 'X', email: 'x@example.com', password: 'short' })],
      [409, api.post('/api/users', { name: 'Bob', email: bob.email, password: 'password123' })],
      [401, api.get('/api/bookings')],
      [401, api.get('/api/me', 'not-a-token')],
      [403, api.post('/api/admin/cities', { name: 'Pune', state: 'Maharashtra' }, bob.token)],
      [404, api.get('/api/shows/shw_unknown')],
      [404, api.get('/api/shows/shw_unknown/seats')],
      [404, api.get('/api/cities/cty_unknown/movies')],
      [404, api.get('/api/cinemas/cin_unknown/items')],
      [404, api.get('/api/bookings/bkg_unknown', bob.token)],
      [404, api.post('/api/bookings/bkg_unknown/payment', card(), bob.token, { 'Idempotency-Key': 'k' })],
      [404, api.post('/api/payments/webhooks/razorpay', { event: 'payment.captured', payload: {} })],
      [400, api.get(`/api/shows/${'x'.repeat(65)}`)],
      [414, api.get(`/api/shows/${'x'.repeat(101)}/seats`)],
      [400, api.get('/api/shows?date=2026-02-30')],
      [400, api.get('/api/shows?colour=red')],
      [400, api.get('/api/cities/%00/cinemas')],
      [400, api.post('/api/bookings', { showId: show.id }, bob.token)],
      [415, api.request('POST', '/api/bookings', { raw: '<hold/>', token: bob.token, headers: { 'content-type': 'application/xml' } })],
      [413, api.request('POST', '/api/bookings', { raw: JSON.stringify({ showId: 'x'.repeat(70_000) }), token: bob.token })],
      [400, api.request('POST', '/api/bookings', { raw: '{"showId":', token: bob.token })],
    ];
    for (const [status, answer] of refusals) expect((await answer).status).toBe(status);

    const held = await api.post('/api/bookings', { showId: show.id, seatIds: [seats[10]!.id] }, bob.token);
    expect(held.status).toBe(201);
    expect((await api.post('/api/bookings', { showId: show.id, seatIds: [seats[10]!.id] }, carol.token)).status).toBe(409);
    expect((await api.post(`/api/bookings/${held.body.id}/payment`, card(), bob.token)).status).toBe(400);
    expect((await api.post(`/api/bookings/${held.body.id}/payment`, { method: 'upi' }, bob.token, { 'Idempotency-Key': 'b' })).status).toBe(
      400,
    );
    expect((await api.post(`/api/bookings/${held.body.id}/cancel`, { seatIds: [] }, bob.token)).status).toBe(400);
    const declined = await api.post(`/api/bookings/${held.body.id}/payment`, card('4000000000000002'), bob.token, {
      'Idempotency-Key': 'd',
    });
    expect(declined.status).toBe(402);
    expect((await api.post(`/api/bookings/${held.body.id}/payment`, card(), bob.token, { 'Idempotency-Key': 'd' })).status).toBe(422);
    expect((await api.get(`/api/bookings/${held.body.id}/ticket`, bob.token)).status).toBe(409);

    // A run of wrong passwords (SIGN_IN_BACKOFF_AFTER is 2 here) makes the next try wait: 429.
    const tries: number[] = [];
    while (tries.length < 6 && !tries.includes(429)) {
      tries.push((await api.post('/api/sessions', { email: carol.email, password: 'wrong-password' })).status);
    }
    expect(tries).toContain(401);
    expect(tries).toContain(429);
    expect(api.violations).toEqual([]);
  });

  it('health, readiness and metrics answer as documented', async () => {
    expect((await api.get('/healthz')).status).toBe(200);
    expect((await api.get('/readyz')).status).toBe(200);
    expect((await api.get('/metrics')).status).toBe(401);
    expect((await api.request('GET', '/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(200);
    expect(api.violations).toEqual([]);
  });

  it('the live seat stream answers as documented: the stream, and 503 past the streams one address may keep open', async () => {
    const url = `/api/shows/${scene.show.id}/events`;
    const check = (stream: EventStream, body?: unknown) =>
      api.conformance.check({
        method: 'GET',
        url,
        token: false,
        status: stream.status,
        contentType: stream.response.headers.get('content-type'),
        body,
      });
    const first = await EventStream.open(t.url + url);
    try {
      expect(first.status).toBe(200);
      expect(check(first)).toEqual([]);
      const second = await EventStream.open(t.url + url);
      expect(second.status).toBe(503);
      expect(check(second, await second.response.json())).toEqual([]);
    } finally {
      first.close();
    }
    expect((await api.get('/api/shows/shw_unknown/events')).status).toBe(404);
    expect((await api.get(`${url}?snapshot=maybe`)).status).toBe(400);
    expect(api.violations).toEqual([]);
  });

  it('every operation documented as needing a token answers 401 without one, and no other does', async () => {
    const operations = Object.entries(api.conformance.document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([template, item]) => Object.keys(item).map((method) => ({ template, method: method.toUpperCase() })),
    );
    expect(operations.length).toBeGreaterThan(70);
    const wrong: string[] = [];
    for (const { template, method } of operations) {
      const path = template.replace(/\{[^}]+\}/g, 'unknown');
      const { operation } = api.conformance.operationFor(method, path);
      const security = (operation?.security ?? []) as object[];
      const needsToken = security.length > 0 && security.every((alternative) => Object.keys(alternative).length > 0);
      const body = ['POST', 'PUT', 'PATCH'].includes(method) ? {} : undefined;
      const answer = await api.request(method, path, body === undefined ? {} : { body });
      if ((answer.status === 401) !== needsToken) wrong.push(`${method} ${template}: ${answer.status} without a token`);
    }
    expect(wrong).toEqual([]);
    expect(api.violations).toEqual([]);
  });
});
