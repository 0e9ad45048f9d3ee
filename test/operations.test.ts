import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from './support/app.ts';

describe('operations endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers /healthz and /readyz', async () => {
    expect((await t.api.get('/healthz')).status).toBe(200);
    expect((await t.api.get('/readyz')).status).toBe(200);
  });

  it('publishes an OpenAPI 3.1 document naming every contract route, and docs', async () => {
    const doc = (await t.api.get('/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/users',
      '/api/sessions',
      '/api/admin/cities',
      '/api/admin/cinemas',
      '/api/admin/halls',
      '/api/admin/movies',
      '/api/admin/shows',
      '/api/admin/shows/{id}/cancel',
      '/api/cities',
      '/api/cities/{cityId}/movies',
      '/api/cities/{cityId}/cinemas',
      '/api/shows',
      '/api/shows/{id}',
      '/api/shows/{id}/seats',
      '/api/bookings',
      '/api/bookings/{id}',
      '/api/bookings/{id}/payment',
      '/api/bookings/{id}/cancel',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const docs = await fetch(`${t.url}/docs`, { redirect: 'follow' });
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('<html');
  });

  it('exposes hold, booking and latency figures in Prometheus text', async () => {
    const admin = await adminToken(t.ctx);
    const { show, seats } = await t.api.scenario(admin);
    const [a, b] = [await t.api.customer(), await t.api.customer()];
    const held = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, a.token);
    await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, b.token);
    await t.api.post(`/api/bookings/${held.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, a.token, { 'Idempotency-Key': 'm' });
    const metrics = await fetch(`${t.url}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const text = await metrics.text();
    expect(text).toMatch(/houseful_holds_total\{outcome="held"\} 1/);
    expect(text).toMatch(/houseful_holds_total\{outcome="refused"\} 1/);
    expect(text).toMatch(/houseful_bookings_total\{outcome="confirmed"\} 1/);
    expect(text).toMatch(/houseful_http_request_duration_seconds_bucket\{.*route="\/api\/shows\/:id\/seats"/);
  });

  it('sends security headers and a request id, and no CORS', async () => {
    const reply = await fetch(`${t.url}/api/cities`, { headers: { origin: 'https://evil.example' } });
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('x-request-id')).toEqual(expect.any(String));
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3', SIGN_IN_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => t.close());

  it('limits sign-in attempts per client with 429 problem+json', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await t.api.post('/api/sessions', { email: 'x@example.com', password: 'password1' })).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});
