// Email verification at sign-up, over a real SMTP conversation: the mailed code confirms the
// address, the user's emailVerified says so everywhere, guessing and resending are bounded, and
// REQUIRE_VERIFIED_EMAIL keeps unverified accounts from holding seats.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdmin } from '../src/accounts/accounts.ts';
import { startOutboxWorker } from '../src/jobs/outbox-worker.ts';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';
import { codeIn, nextMail } from './support/codes.ts';
import { MailSink } from './support/mail-sink.ts';

describe.each(backends())('email verification (%s)', (backend) => {
  let t: TestApp;
  let sink: MailSink;
  let stopWorker: () => Promise<void>;
  let admin: string;

  beforeAll(async () => {
    sink = await MailSink.start();
    t = await startTestApp({ backend, env: { SMTP_URL: sink.url, REQUIRE_VERIFIED_EMAIL: '1' } });
    stopWorker = await startOutboxWorker(t.ctx);
    admin = await adminToken(t.ctx);
  });
  afterAll(async () => {
    await stopWorker();
    await t.close();
    await sink.close();
  });

  const verify = (token: string, code: string) => t.api.post('/api/me/email-verification', { code }, token);
  const resend = (token: string) => t.api.post('/api/me/email-verification/resend', undefined, token);
  /** Signs up a customer and returns their token and the code their "Confirm your email" mail brings. */
  const signUp = async (name: string) => {
    const email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.com`;
    const mail = nextMail(sink, email, 'Confirm your email');
    const created = await t.api.post('/api/users', { name, email, password: 'password123' });
    expect(created.status).toBe(201);
    const session = await t.api.post('/api/sessions', { email, password: 'password123' });
    return { email, created, session, token: session.body.token as string, mail };
  };

  it('mails a code at sign-up; the code verifies the email, and the sign-up, sign-in and /api/me answers say so', async () => {
    const customer = await signUp('Verifier');
    expect(customer.created.body.emailVerified).toBe(false);
    expect(customer.session.body.user.emailVerified).toBe(false);
    expect((await t.api.get('/api/me', customer.token)).body.emailVerified).toBe(false);

    const mail = await customer.mail();
    expect(mail.subject).toContain('Confirm your email');
    const code = codeIn(mail);
    const wrong = await verify(customer.token, code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA');
    expect(wrong.status).toBe(400);
    expect(wrong.body.type).toMatch(/\/verification-code-invalid$/);
    expect(wrong.body.field).toBe('code');
    expect((await t.api.get('/api/me', customer.token)).body.emailVerified).toBe(false);

    const done = await verify(customer.token, ` ${code.slice(0, 4)}-${code.slice(4).toLowerCase()} `);
    expect(done.status).toBe(204);
    expect((await t.api.get('/api/me', customer.token)).body.emailVerified).toBe(true);
    const again = await t.api.post('/api/sessions', { email: customer.email, password: 'password123' });
    expect(again.body.user.emailVerified).toBe(true);
    // Verified once is verified: the same request again changes nothing and succeeds.
    expect((await verify(customer.token, code)).status).toBe(204);
  });

  it('refuses to hold seats for an unverified account (403 email-not-verified, nothing held), and holds once it is verified', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await signUp('Holder');
    const refused = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.type).toMatch(/\/email-not-verified$/);
    const map = await t.api.get(`/api/shows/${show.id}/seats`);
    expect(map.body.seats[0].status).toBe('available');
    expect((await t.api.get('/api/bookings', customer.token)).body).toEqual([]);
    // A missing show is a 404 before any other check.
    const missing = await t.api.post('/api/bookings', { showId: 'shw_missing', seatIds: [seats[0]!.id] }, customer.token);
    expect(missing.status).toBe(404);

    // The session was read (and kept in memory) before verifying: the verification is seen at once.
    expect((await verify(customer.token, codeIn(await customer.mail()))).status).toBe(204);
    const held = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token);
    expect(held.status).toBe(201);
  });

  it('counts the admin account as verified, from ADMIN_EMAIL or made as an admin', async () => {
    expect((await t.api.get('/api/me', admin)).body.emailVerified).toBe(true);
    const email = `boss-${Math.random().toString(36).slice(2)}@example.com`;
    await ensureAdmin(t.ctx.db, email, 'boss-password-1');
    const session = await t.api.post('/api/sessions', { email, password: 'boss-password-1' });
    expect(session.body.user.emailVerified).toBe(true);
    // An existing customer made the admin is verified too.
    const customer = await signUp('Promoted');
    await ensureAdmin(t.ctx.db, customer.email, 'promoted-password');
    const promoted = await t.api.post('/api/sessions', { email: customer.email, password: 'promoted-password' });
    expect(promoted.body.user.emailVerified).toBe(true);
    const { show, seats } = await t.api.scenario(admin);
    expect((await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, admin)).status).toBe(201);
  });

  it('stops the pending code after 5 wrong codes; a resent code works', async () => {
    const customer = await signUp('Guesser');
    const code = codeIn(await customer.mail());
    for (let i = 0; i < 5; i++) expect((await verify(customer.token, `WRONG${i}AA`)).status).toBe(400);
    const right = await verify(customer.token, code);
    expect(right.status).toBe(400);
    expect(right.body.type).toMatch(/\/verification-code-invalid$/);
    expect((await t.api.get('/api/me', customer.token)).body.emailVerified).toBe(false);

    const next = nextMail(sink, customer.email, 'Confirm your email');
    const resent = await resend(customer.token);
    expect(resent.status).toBe(202);
    expect((await verify(customer.token, codeIn(await next()))).status).toBe(204);
    expect((await t.api.get('/api/me', customer.token)).body.emailVerified).toBe(true);
  });

  it('resends at most 3 times an hour: then 429 too-many-mails with Retry-After, and no mail', async () => {
    const customer = await signUp('Impatient');
    await customer.mail();
    for (let i = 0; i < 3; i++) expect((await resend(customer.token)).status).toBe(202);
    const limited = await resend(customer.token);
    expect(limited.status).toBe(429);
    expect(limited.body.type).toMatch(/\/too-many-mails$/);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3_000);
    expect(retryAfter).toBeLessThanOrEqual(3_600);
    const queued = await t.ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM outbox WHERE kind = 'email-verification' AND recipient = $1",
      [customer.email],
    );
    expect(queued.rows[0]!.n).toBe(4);
  });

  it('lets a code lapse after 24 hours', async () => {
    const customer = await signUp('Late');
    const code = codeIn(await customer.mail());
    t.clock.advance(24 * 3_600 + 1);
    expect((await verify(customer.token, code)).body.type).toMatch(/\/verification-code-invalid$/);
  });

  it('asks for sign-in on both routes and names a missing code', async () => {
    expect((await t.api.post('/api/me/email-verification', { code: 'ABCDEFGH' })).status).toBe(401);
    expect((await resend('')).status).toBe(401);
    const customer = await signUp('Blank');
    const missing = await t.api.post('/api/me/email-verification', {}, customer.token);
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('code');
  });
});

describe('without REQUIRE_VERIFIED_EMAIL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets an unverified account hold seats', async () => {
    const admin = await adminToken(t.ctx);
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer('Unverified');
    expect((await t.api.get('/api/me', customer.token)).body.emailVerified).toBe(false);
    expect((await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token)).status).toBe(201);
  });
});
