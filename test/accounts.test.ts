import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { adminToken, startTestApp, type TestApp } from './support/app.ts';

describe('accounts and access', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs up, signs in and answers with the public fields only', async () => {
    const created = await t.api.post('/api/users', {
      name: 'Priya',
      email: 'Priya@Example.com',
      password: 'longenough',
      phone: '+91 98200 00000',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Priya',
      email: 'priya@example.com',
      phone: '+91 98200 00000',
      emailVerified: false,
    });
    expect(JSON.stringify(created.body)).not.toContain('longenough');

    const session = await t.api.post('/api/sessions', { email: 'priya@example.com', password: 'longenough' });
    expect(session.status).toBe(201);
    expect(session.body.token).toEqual(expect.any(String));
    expect(session.body.user).toMatchObject({ id: created.body.id, email: 'priya@example.com' });

    const stored = await t.ctx.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [created.body.id]);
    expect(stored.rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    const tokens = await t.ctx.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions WHERE user_id = $1', [created.body.id]);
    expect(tokens.rows[0]!.token_hash).not.toBe(session.body.token);
  });

  it('refuses a taken email (in any case) with 409 and a short password or bad email with 400 naming the field', async () => {
    await t.api.post('/api/users', { name: 'A', email: 'taken@example.com', password: 'password1' });
    const again = await t.api.post('/api/users', { name: 'B', email: 'TAKEN@example.com', password: 'password2' });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');

    const short = await t.api.post('/api/users', { name: 'C', email: 'c@example.com', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.field).toBe('password');

    const malformed = await t.api.post('/api/users', { name: 'D', email: 'not-an-email', password: 'password1' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.field).toBe('email');

    const count = await t.ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM users WHERE email IN ('c@example.com', 'not-an-email')",
    );
    expect(count.rows[0]!.n).toBe(0);
  });

  it('refuses a weak password with 400 naming password and saying why: too short, all whitespace, or the email', async () => {
    const cases: [string, string, RegExp][] = [
      ['short-pw@example.com', 'seven77', /at least 8 characters/],
      ['spaces@example.com', '        ', /whitespace/],
      // Spaces of other kinds (tabs and line breaks are control characters, refused as such).
      ['spaces2@example.com', '\u00a0\u2003\u00a0\u2003\u00a0\u2003\u00a0\u2003', /whitespace/],
      ['Same.Person@example.com', 'same.person@EXAMPLE.com', /email/],
      ['localpart@example.com', 'LocalPart', /email/],
    ];
    for (const [email, password, reason] of cases) {
      const refused = await t.api.post('/api/users', { name: 'Weak', email, password });
      expect(refused.status, password).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body.field).toBe('password');
      expect(refused.body.detail).toMatch(reason);
    }
    const made = await t.ctx.db.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE name = 'Weak'");
    expect(made.rows[0]!.n).toBe(0);
    // Spaces inside a long passphrase are fine.
    expect(
      (await t.api.post('/api/users', { name: 'Phrase', email: 'phrase@example.com', password: 'correct horse battery' })).status,
    ).toBe(201);
  });

  it('holds ADMIN_PASSWORD to the same policy at start', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'boss@example.com', ADMIN_PASSWORD: 'short' })).toThrow(/at least 8 characters/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'managers@example.com', ADMIN_PASSWORD: 'MANAGERS' })).toThrow(/ADMIN_PASSWORD/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'boss@example.com', ADMIN_PASSWORD: 'BOSS@example.com' })).toThrow(/must not be the email/);
    expect(loadConfig({ ADMIN_EMAIL: 'boss@example.com', ADMIN_PASSWORD: 'a-good-password' }).adminPassword).toBe('a-good-password');
  });

  it('allows phone numbers to repeat', async () => {
    const a = await t.api.post('/api/users', { name: 'A', email: 'phone-a@example.com', password: 'password1', phone: '9820012345' });
    const b = await t.api.post('/api/users', { name: 'B', email: 'phone-b@example.com', password: 'password1', phone: '9820012345' });
    expect([a.status, b.status]).toEqual([201, 201]);
  });

  it('answers 401 on wrong credentials, missing and unknown tokens', async () => {
    await t.api.post('/api/users', { name: 'E', email: 'e@example.com', password: 'password1' });
    expect((await t.api.post('/api/sessions', { email: 'e@example.com', password: 'wrong-password' })).status).toBe(401);
    expect((await t.api.post('/api/sessions', { email: 'nobody@example.com', password: 'password1' })).status).toBe(401);
    const noToken = await t.api.get('/api/bookings');
    expect(noToken.status).toBe(401);
    expect(noToken.body.type).toMatch(/\/unauthenticated$/);
    expect((await t.api.get('/api/bookings', 'made-up-token')).status).toBe(401);
  });

  it('expires sessions', async () => {
    const customer = await t.api.customer('Sleepy');
    expect((await t.api.get('/api/bookings', customer.token)).status).toBe(200);
    t.clock.advance(t.ctx.config.sessionTtlHours * 3600 + 1);
    expect((await t.api.get('/api/bookings', customer.token)).status).toBe(401);
  });

  it('gives customers 403 on admin routes and lets admins in', async () => {
    const customer = await t.api.customer('Curious');
    const denied = await t.api.post('/api/admin/cities', { name: 'Pune', state: 'Maharashtra' }, customer.token);
    expect(denied.status).toBe(403);
    expect(denied.body.type).toMatch(/\/forbidden$/);
    expect((await t.api.post('/api/admin/cities', { name: 'Pune', state: 'Maharashtra' })).status).toBe(401);
    const admin = await adminToken(t.ctx);
    expect((await t.api.post('/api/admin/cities', { name: 'Pune', state: 'Maharashtra' }, admin)).status).toBe(201);
    expect((await t.api.get('/api/cities')).body.filter((c: { name: string }) => c.name === 'Pune')).toHaveLength(1);
  });
});
