// Password reset by mail, over a real SMTP conversation: the same answer whether or not an account
// has the address, a single-use code that lapses after 30 minutes, every session ended, and
// guessing bounded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxWorker } from '../src/jobs/outbox-worker.ts';
import { backends, startTestApp, type TestApp } from './support/app.ts';
import { codeIn, nextMail } from './support/codes.ts';
import { MailSink } from './support/mail-sink.ts';
import { waitUntil } from './support/wait.ts';

describe.each(backends())('password reset by mail (%s)', (backend) => {
  let t: TestApp;
  let sink: MailSink;
  let stopWorker: () => Promise<void>;

  beforeAll(async () => {
    sink = await MailSink.start();
    t = await startTestApp({ backend, env: { SMTP_URL: sink.url } });
    stopWorker = await startOutboxWorker(t.ctx);
  });
  afterAll(async () => {
    await stopWorker();
    await t.close();
    await sink.close();
  });

  const me = async (token: string) => (await t.api.get('/api/me', token)).status;
  const signIn = (email: string, password: string) => t.api.post('/api/sessions', { email, password });
  const ask = (email: string) => t.api.post('/api/password-resets', { email });
  const confirm = (body: unknown) => t.api.post('/api/password-resets/confirm', body);
  /** Asks for a reset and returns the code the mail brings. */
  const mailedCode = async (email: string) => {
    const mail = nextMail(sink, email, 'Reset your password');
    expect((await ask(email)).status).toBe(202);
    return codeIn(await mail());
  };
  const outboxStatus = async (recipient: string) =>
    (
      await t.ctx.db.query<{ status: string }>("SELECT status FROM outbox WHERE kind = 'password-reset' AND recipient = $1 ORDER BY id", [
        recipient,
      ])
    ).rows.map((row) => row.status);

  it('answers 202 alike whether or not an account has the address, and mails a code only to an account', async () => {
    const customer = await t.api.customer('Forgetful');
    const nobody = `nobody-${Math.random().toString(36).slice(2)}@example.com`;
    const mail = nextMail(sink, customer.email, 'Reset your password');
    const known = await ask(customer.email.toUpperCase());
    const unknown = await ask(nobody);
    for (const answer of [known, unknown]) {
      expect(answer.status).toBe(202);
      expect(answer.body).toBeNull();
    }
    expect(known.headers.get('content-type')).toBe(unknown.headers.get('content-type'));
    expect(Object.keys(Object.fromEntries(known.headers)).sort()).toEqual(Object.keys(Object.fromEntries(unknown.headers)).sort());

    const reset = await mail();
    expect(reset.subject).toContain('Reset your password');
    expect(reset.text).toContain('30 minutes');
    expect(codeIn(reset)).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    // Only its hash is kept.
    const stored = await t.ctx.db.query<{ code_hash: string }>(
      "SELECT code_hash FROM account_codes WHERE user_id = $1 AND purpose = 'password-reset'",
      [customer.id],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.code_hash).not.toContain(codeIn(reset));

    // The address with no account: its request was handled by the outbox, and nothing was sent.
    await waitUntil(
      async () => (await outboxStatus(nobody)).every((status) => status !== 'pending'),
      10_000,
      'the unknown address handled',
    );
    expect(sink.to(nobody)).toEqual([]);
  });

  it('sets the new password with the mailed code: 204, every session ends, only the new password signs in, and the code works once', async () => {
    const customer = await t.api.customer('Locked Out');
    const laptop = (await signIn(customer.email, 'password123')).body.token as string;
    expect([await me(customer.token), await me(laptop)]).toEqual([200, 200]);
    const code = await mailedCode(customer.email);

    const done = await confirm({ email: customer.email, code: code.toLowerCase(), password: 'a-brand-new-secret' });
    expect(done.status).toBe(204);
    expect([await me(customer.token), await me(laptop)]).toEqual([401, 401]);
    const left = await t.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [customer.id]);
    expect(left.rows[0]!.n).toBe(0);
    expect((await signIn(customer.email, 'password123')).status).toBe(401);
    expect((await signIn(customer.email, 'a-brand-new-secret')).status).toBe(201);

    const again = await confirm({ email: customer.email, code, password: 'yet-another-secret' });
    expect(again.status).toBe(400);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect(again.body.type).toMatch(/\/reset-code-invalid$/);
    expect((await signIn(customer.email, 'a-brand-new-secret')).status).toBe(201);
  });

  it('refuses a weak password naming password, and changes nothing: the code still works', async () => {
    const customer = await t.api.customer('Weak');
    const code = await mailedCode(customer.email);
    const weak = await confirm({ email: customer.email, code, password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.field).toBe('password');
    const same = await confirm({ email: customer.email, code, password: customer.email });
    expect(same.status).toBe(400);
    expect(same.body.field).toBe('password');
    const missing = await confirm({ email: customer.email, code });
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('password');
    expect(await me(customer.token)).toBe(200);
    expect((await confirm({ email: customer.email, code, password: 'strong-enough-now' })).status).toBe(204);
  });

  it('refuses a wrong code, or a code for another address, with reset-code-invalid and changes nothing', async () => {
    const customer = await t.api.customer('Guessed');
    const other = await t.api.customer('Other');
    const code = await mailedCode(customer.email);
    const wrong = await confirm({ email: customer.email, code: code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA', password: 'new-password-1' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.type).toMatch(/\/reset-code-invalid$/);
    expect(wrong.body.field).toBe('code');
    expect((await confirm({ email: other.email, code, password: 'new-password-1' })).body.type).toMatch(/\/reset-code-invalid$/);
    const nobody = await confirm({ email: 'nobody-at-all@example.com', code, password: 'new-password-1' });
    expect(nobody.status).toBe(400);
    expect(nobody.body.type).toMatch(/\/reset-code-invalid$/);
    expect(await me(customer.token)).toBe(200);
    expect(await me(other.token)).toBe(200);
    expect((await signIn(customer.email, 'password123')).status).toBe(201);
    expect((await confirm({ email: customer.email, code, password: 'new-password-1' })).status).toBe(204);
  });

  it('stops the pending code after 5 wrong codes for the account; a new code works', async () => {
    const customer = await t.api.customer('Attacked');
    const code = await mailedCode(customer.email);
    for (let i = 0; i < 5; i++) {
      const guess = await confirm({ email: customer.email, code: `WRONG${i}AA`, password: 'new-password-2' });
      expect(guess.status).toBe(400);
    }
    const right = await confirm({ email: customer.email, code, password: 'new-password-2' });
    expect(right.status).toBe(400);
    expect(right.body.type).toMatch(/\/reset-code-invalid$/);
    expect((await signIn(customer.email, 'password123')).status).toBe(201);

    const fresh = await mailedCode(customer.email);
    expect((await confirm({ email: customer.email, code: fresh, password: 'new-password-2' })).status).toBe(204);
  });

  it('lets a code lapse after 30 minutes', async () => {
    const customer = await t.api.customer('Slow');
    const code = await mailedCode(customer.email);
    t.clock.advance(30 * 60 + 1);
    const lapsed = await confirm({ email: customer.email, code, password: 'too-late-password' });
    expect(lapsed.status).toBe(400);
    expect(lapsed.body.type).toMatch(/\/reset-code-invalid$/);
    expect((await signIn(customer.email, 'password123')).status).toBe(201);
  });

  it('keeps only the newest code: an older one stops working', async () => {
    const customer = await t.api.customer('Twice');
    const first = await mailedCode(customer.email);
    const second = await mailedCode(customer.email);
    expect((await confirm({ email: customer.email, code: first, password: 'new-password-3' })).status).toBe(400);
    expect((await confirm({ email: customer.email, code: second, password: 'new-password-3' })).status).toBe(204);
  });

  it('mails one address at most 3 resets an hour; more requests answer 202 alike and send nothing', async () => {
    const customer = await t.api.customer('Flooded');
    for (let i = 0; i < 5; i++) expect((await ask(customer.email)).status).toBe(202);
    expect(await outboxStatus(customer.email)).toHaveLength(3);
    await waitUntil(async () => (await outboxStatus(customer.email)).every((status) => status === 'sent'), 15_000, 'three resets sent');
    expect(sink.to(customer.email).filter((mail) => mail.subject?.includes('Reset your password'))).toHaveLength(3);
  });

  it('refuses a malformed email naming email', async () => {
    const bad = await ask('not an address');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('email');
    expect((await t.api.post('/api/password-resets', {})).body.field).toBe('email');
  });
});

describe('password reset requests are limited per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '600', SIGNUP_LIMIT_PER_HOUR: '2' } });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After past SIGNUP_LIMIT_PER_HOUR requests an hour from one address', async () => {
    expect((await t.api.post('/api/password-resets', { email: 'a@example.com' })).status).toBe(202);
    expect((await t.api.post('/api/password-resets', { email: 'b@example.com' })).status).toBe(202);
    const limited = await t.api.post('/api/password-resets', { email: 'c@example.com' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
