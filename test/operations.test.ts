import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from './support/app.ts';
import { waitUntil } from './support/wait.ts';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

/** Sends bytes as they are on a new connection and returns all the server answers before it closes. */
function rawExchange(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.setTimeout(10_000, () => reject(new Error(`no answer; so far: ${answer}`)));
    socket.write(bytes);
  });
}

describe('operations endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { METRICS_TOKEN } });
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
    const metrics = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const text = await metrics.text();
    expect(text).toMatch(/houseful_holds_total\{outcome="held"\} 1/);
    expect(text).toMatch(/houseful_holds_total\{outcome="refused"\} 1/);
    expect(text).toMatch(/houseful_bookings_total\{outcome="confirmed"\} 1/);
    expect(text).toMatch(/houseful_http_request_duration_seconds_bucket\{.*route="\/api\/shows\/:id\/seats"/);
  });

  it('serves /metrics only to a bearer of METRICS_TOKEN', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token' },
      { authorization: `Bearer ${METRICS_TOKEN}x` },
      { authorization: METRICS_TOKEN },
    ];
    for (const headers of attempts) {
      const reply = await fetch(`${t.url}/metrics`, { headers });
      expect(reply.status, JSON.stringify(headers)).toBe(401);
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
      expect(await reply.text()).not.toContain('houseful_');
    }
  });

  it('says only that the database is not answering on /readyz, never what the database said', async () => {
    const ping = t.ctx.db.ping;
    t.ctx.db.ping = async () => {
      throw new Error('password authentication failed for user "secret-user" at 10.1.2.3');
    };
    try {
      const reply = await t.api.get('/readyz');
      expect(reply.status).toBe(503);
      expect(reply.body).toMatchObject({ type: '/problems/not-ready' });
      expect(JSON.stringify(reply.body)).not.toMatch(/secret-user|10\.1\.2\.3|password/);
    } finally {
      t.ctx.db.ping = ping;
    }
    expect((await t.api.get('/readyz')).status).toBe(200);
  });

  it("answers requests Node's parser refuses with problem+json: a malformed request line 400, oversized headers 431", async () => {
    const malformed = await rawExchange(t.url, 'HELLO THERE\r\n\r\n');
    expect(malformed).toMatch(/^HTTP\/1\.1 400 /);
    expect(malformed).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(malformed.slice(malformed.indexOf('\r\n\r\n') + 4))).toMatchObject({ type: '/problems/invalid-input', status: 400 });
    const oversized = await rawExchange(t.url, `GET /api/cities HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(oversized).toMatch(/^HTTP\/1\.1 431 /);
    expect(oversized).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(oversized.slice(oversized.indexOf('\r\n\r\n') + 4))).toMatchObject({
      type: '/problems/headers-too-large',
      status: 431,
    });
  });

  it('sends security headers and a request id, and no CORS', async () => {
    const reply = await fetch(`${t.url}/api/cities`, { headers: { origin: 'https://evil.example' } });
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('x-request-id')).toEqual(expect.any(String));
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('metrics without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('are not served at all', async () => {
    const reply = await t.api.get('/metrics');
    expect(reply.status).toBe(404);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(reply.body)).not.toContain('houseful_');
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

describe('closing', () => {
  it('answers a request that reaches the instance while it closes with a 503 problem that says when to come back', async () => {
    // A slow bank keeps one connection busy, so closing waits for it; a second request sent on it meanwhile arrives mid-close.
    const t = await startTestApp({ env: { TEST_GATEWAY_DELAY_MS: '1500' } });
    try {
      const { show, seats } = await t.api.scenario(await adminToken(t.ctx));
      const customer = await t.api.customer();
      const held = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token);
      const body = JSON.stringify({ method: 'upi', upiId: 'someone@okbank' });
      const { hostname, port } = new URL(t.url);
      const socket = connect(Number(port), hostname);
      let answer = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (answer += chunk));
      const ended = new Promise((resolve) => socket.on('close', resolve));
      socket.write(
        `POST /api/bookings/${held.body.id}/payment HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${customer.token}\r\n` +
          `Idempotency-Key: closing-test\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      await waitUntil(async () => (await t.ctx.db.query('SELECT 1 FROM payments WHERE booking_id = $1', [held.body.id])).rows.length === 1);
      const closing = t.app.close();
      socket.write(`GET /api/cities HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
      await closing;
      await ended;
      const [paid, during] = answer.split(/(?=HTTP\/1\.1 )/);
      expect(paid).toMatch(/^HTTP\/1\.1 200 /);
      expect(during).toMatch(/^HTTP\/1\.1 503 /);
      expect(during).toMatch(/content-type: application\/problem\+json/i);
      expect(during).toMatch(/retry-after: 1\r\n/i);
      expect(during).toMatch(/"type":"[^"]*\/service-unavailable"/);
    } finally {
      await t.close();
    }
  });
});
