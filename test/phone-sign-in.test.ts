// Verifying a phone and signing in with a one-time code by SMS: the SMS is caught by a real webhook,
// its code read and typed back, as a customer would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxWorker } from '../src/jobs/outbox-worker.ts';
import { backends, startTestApp, type TestApp } from './support/app.ts';
import { SmsWebhook } from './support/sms-webhook.ts';
import { waitUntil } from './support/wait.ts';

let phones = 0;
/** A fresh Indian mobile number, written the way people write it, and as SMS gateways take it. */
function newPhone(): { written: string; normalised: string } {
  const digits = `98${String(Date.now() % 1_000_000).padStart(6, '0')}${String(phones++ % 100).padStart(2, '0')}`;
  return { written: `+91 ${digits.slice(0, 5)} ${digits.slice(5)}`, normalised: `+91${digits}` };
}

/** Sends nothing itself: waits for the next SMS to `to` after the `before` already there, and reads its code. */
async function codeSentTo(sms: SmsWebhook, to: string, before: number): Promise<string> {
  const message = await waitUntil(async () => sms.messages.filter((m) => m.to === to)[before], 10_000, `SMS to ${to}`);
  const code = /\b(\d{6})\b/.exec(message.text)?.[1];
  if (!code) throw new Error(`no code in "${message.text}"`);
  return code;
}

const sentTo = (sms: SmsWebhook, to: string) => sms.messages.filter((m) => m.to === to).length;

/** Asks for a code by `ask` and returns the code the SMS brought. */
async function askCode(sms: SmsWebhook, to: string, ask: () => Promise<{ status: number }>): Promise<string> {
  const before = sentTo(sms, to);
  expect((await ask()).status).toBe(202);
  return codeSentTo(sms, to, before);
}

const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe.each(backends())('phone verification and sign-in by SMS (%s)', (backend) => {
  let t: TestApp;
  let sms: SmsWebhook;
  let stopWorker: () => Promise<void>;

  beforeAll(async () => {
    sms = await SmsWebhook.start();
    t = await startTestApp({ backend, env: { SMS_WEBHOOK_URL: sms.url } });
    stopWorker = await startOutboxWorker(t.ctx);
  });
  afterAll(async () => {
    await stopWorker();
    await t.close();
    await sms.close();
  });

  /** A customer with a fresh phone, verified. */
  async function verifiedCustomer(phone = newPhone()) {
    const customer = await t.api.customer('Verified', phone.written);
    const code = await askCode(sms, phone.normalised, () => t.api.post('/api/me/phone-verification', undefined, customer.token));
    expect((await t.api.post('/api/me/phone-verification/confirm', { code }, customer.token)).status).toBe(204);
    return { ...customer, phone };
  }

  it('verifies the phone with the code the SMS brought: phoneVerified in GET /api/me and in the sign-in answer; the code is stored only hashed', async () => {
    const phone = newPhone();
    const customer = await t.api.customer('Asha', phone.written);
    expect((await t.api.get('/api/me', customer.token)).body.phoneVerified).toBe(false);

    const code = await askCode(sms, phone.normalised, () => t.api.post('/api/me/phone-verification', undefined, customer.token));
    const message = sms.messages.find((m) => m.to === phone.normalised)!;
    expect(message.text).toMatch(/verify this phone/);

    // Neither the codes table nor the outbox holds the code itself.
    const stored = await t.ctx.db.query<{ row: string }>(
      `SELECT row_to_json(c)::text AS row FROM phone_codes c WHERE user_id = $1
       UNION ALL SELECT row_to_json(o)::text FROM outbox o WHERE recipient = $2`,
      [customer.id, phone.normalised],
    );
    expect(stored.rows.length).toBe(2);
    for (const { row } of stored.rows) expect(row).not.toContain(code);

    const wrong = await t.api.post('/api/me/phone-verification/confirm', { code: otherCode(code) }, customer.token);
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(wrong.body).toMatchObject({ type: expect.stringMatching(/phone-code-invalid$/), field: 'code' });
    expect((await t.api.get('/api/me', customer.token)).body.phoneVerified).toBe(false);

    expect((await t.api.post('/api/me/phone-verification/confirm', { code }, customer.token)).status).toBe(204);
    expect((await t.api.get('/api/me', customer.token)).body).toMatchObject({ phone: phone.written, phoneVerified: true });
    const signIn = await t.api.post('/api/sessions', { email: customer.email, password: 'password123' });
    expect(signIn.body.user).toMatchObject({ id: customer.id, phoneVerified: true });

    // Used once: it does nothing the second time.
    expect((await t.api.post('/api/me/phone-verification/confirm', { code }, customer.token)).status).toBe(400);
  });

  it('makes the phone unverified again when PATCH /api/me changes it, and a code sent to the old number verifies nothing', async () => {
    const customer = await verifiedCustomer();
    // The same number written another way stays verified.
    const same = await t.api.request('PATCH', '/api/me', { body: { phone: customer.phone.normalised }, token: customer.token });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ phone: customer.phone.normalised, phoneVerified: true });

    const code = await askCode(sms, customer.phone.normalised, () => t.api.post('/api/me/phone-verification', undefined, customer.token));
    const next = newPhone();
    const changed = await t.api.request('PATCH', '/api/me', { body: { phone: next.written }, token: customer.token });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: customer.id, phone: next.written, phoneVerified: false });
    expect((await t.api.get('/api/me', customer.token)).body).toMatchObject({ phone: next.written, phoneVerified: false });
    expect((await t.api.post('/api/me/phone-verification/confirm', { code }, customer.token)).status).toBe(400);
    expect((await t.api.get('/api/me', customer.token)).body.phoneVerified).toBe(false);

    // The old number no longer signs in to this account.
    const before = sentTo(sms, customer.phone.normalised);
    expect((await t.api.post('/api/sessions/otp', { phone: customer.phone.written })).status).toBe(202);
    const rows = await t.ctx.db.query('SELECT 1 FROM outbox WHERE recipient = $1', [customer.phone.normalised]);
    expect(rows.rows.length).toBe(before);
  });

  it('signs in with a code sent to a verified phone: 201 { token, user } like POST /api/sessions, once per code', async () => {
    const customer = await verifiedCustomer();
    // Written as a customer types it: ten digits, no country code.
    const typed = customer.phone.normalised.slice(3);
    const before = sentTo(sms, customer.phone.normalised);
    const asked = await t.api.post('/api/sessions/otp', { phone: typed });
    expect(asked.status).toBe(202);
    const code = await codeSentTo(sms, customer.phone.normalised, before);
    expect(sms.messages.filter((m) => m.to === customer.phone.normalised).at(-1)!.text).toMatch(/sign in/);

    const session = await t.api.post('/api/sessions/otp/confirm', { phone: typed, code });
    expect(session.status).toBe(201);
    expect(session.body).toEqual({
      token: expect.any(String),
      user: {
        id: customer.id,
        name: 'Verified',
        email: customer.email,
        phone: customer.phone.written,
        role: 'customer',
        emailVerified: false,
        phoneVerified: true,
      },
    });
    expect((await t.api.get('/api/me', session.body.token)).body.id).toBe(customer.id);

    const again = await t.api.post('/api/sessions/otp/confirm', { phone: typed, code });
    expect(again.status).toBe(400);
    expect(again.body.type).toMatch(/phone-code-invalid$/);
  });

  it('answers an unverified or unknown phone the same 202 and sends it no SMS', async () => {
    const unverified = newPhone();
    await t.api.customer('Unverified', unverified.written);
    const unknown = newPhone();
    const known = await verifiedCustomer();

    const answers = [];
    for (const phone of [unverified.written, unknown.written, known.phone.written]) {
      const answer = await t.api.post('/api/sessions/otp', { phone });
      answers.push({ status: answer.status, body: answer.body, type: answer.headers.get('content-type') });
    }
    expect(answers[0]).toEqual(answers[2]);
    expect(answers[1]).toEqual(answers[2]);
    // The known phone's SMS arrives; none was ever queued for the other two.
    await codeSentTo(sms, known.phone.normalised, 1);
    const queued = await t.ctx.db.query('SELECT 1 FROM outbox WHERE recipient = ANY($1)', [[unverified.normalised, unknown.normalised]]);
    expect(queued.rows).toEqual([]);
    expect(sms.messages.filter((m) => m.to === unverified.normalised || m.to === unknown.normalised)).toEqual([]);

    // And a code guessed for them opens nothing.
    const guess = await t.api.post('/api/sessions/otp/confirm', { phone: unknown.written, code: '123456' });
    expect(guess.status).toBe(400);
    expect(guess.body.type).toMatch(/phone-code-invalid$/);
  });

  it('stops a code working after 5 wrong tries, even the right one; a new code works', async () => {
    const customer = await verifiedCustomer();
    const phone = customer.phone.normalised;
    const code = await askCode(sms, phone, () => t.api.post('/api/sessions/otp', { phone }));
    for (let i = 0; i < 5; i++) {
      const wrong = await t.api.post('/api/sessions/otp/confirm', { phone, code: otherCode(code) });
      expect(wrong.status).toBe(400);
      expect(wrong.body.field).toBe('code');
    }
    expect((await t.api.post('/api/sessions/otp/confirm', { phone, code })).status).toBe(400);

    const fresh = await askCode(sms, phone, () => t.api.post('/api/sessions/otp', { phone }));
    expect((await t.api.post('/api/sessions/otp/confirm', { phone, code: fresh })).status).toBe(201);
  });

  it('lets a code lapse after 10 minutes; only the newest code works', async () => {
    const customer = await verifiedCustomer();
    const phone = customer.phone.normalised;
    const lapsing = await askCode(sms, phone, () => t.api.post('/api/sessions/otp', { phone }));
    t.clock.advance(10 * 60 + 1);
    expect((await t.api.post('/api/sessions/otp/confirm', { phone, code: lapsing })).status).toBe(400);

    const older = await askCode(sms, phone, () => t.api.post('/api/sessions/otp', { phone }));
    const newer = await askCode(sms, phone, () => t.api.post('/api/sessions/otp', { phone }));
    if (older !== newer) expect((await t.api.post('/api/sessions/otp/confirm', { phone, code: older })).status).toBe(400);
    t.clock.advance(9 * 60);
    expect((await t.api.post('/api/sessions/otp/confirm', { phone, code: newer })).status).toBe(201);
  });

  it('signs in the account that verified a shared phone last', async () => {
    const phone = newPhone();
    await verifiedCustomer(phone);
    const last = await verifiedCustomer(phone);
    const code = await askCode(sms, phone.normalised, () => t.api.post('/api/sessions/otp', { phone: phone.written }));
    const session = await t.api.post('/api/sessions/otp/confirm', { phone: phone.written, code });
    expect(session.status).toBe(201);
    expect(session.body.user.id).toBe(last.id);
  });

  it('refuses bad input with 400 naming the field, and changes nothing', async () => {
    const noPhone = await t.api.customer('No Phone');
    const ask = await t.api.post('/api/me/phone-verification', undefined, noPhone.token);
    expect(ask.status).toBe(400);
    expect(ask.body.field).toBe('phone');

    const cases: [string, unknown, string][] = [
      ['/api/sessions/otp', { phone: 'call me' }, 'phone'],
      ['/api/sessions/otp', { phone: '12345678' }, 'phone'],
      ['/api/sessions/otp', {}, 'phone'],
      ['/api/sessions/otp/confirm', { phone: '9820000000', code: '12345' }, 'code'],
      ['/api/sessions/otp/confirm', { phone: '9820000000', code: 'abcdef' }, 'code'],
      ['/api/sessions/otp/confirm', { phone: 'x', code: '123456' }, 'phone'],
    ];
    for (const [path, body, field] of cases) {
      const refused = await t.api.post(path, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body.field, JSON.stringify(body)).toBe(field);
    }
    const patched = await t.api.request('PATCH', '/api/me', { body: { phone: 'not a phone' }, token: noPhone.token });
    expect(patched.status).toBe(400);
    expect(patched.body.field).toBe('phone');
    expect((await t.api.post('/api/me/phone-verification/confirm', { code: '1' }, noPhone.token)).body.field).toBe('code');
    const codes = await t.ctx.db.query('SELECT 1 FROM phone_codes WHERE user_id = $1', [noPhone.id]);
    expect(codes.rows).toEqual([]);
  });
});

describe.each(backends())('limits on asking for codes by SMS (%s)', (backend) => {
  let t: TestApp;
  let sms: SmsWebhook;
  let stopWorker: () => Promise<void>;

  beforeAll(async () => {
    sms = await SmsWebhook.start();
    t = await startTestApp({
      backend,
      env: {
        SMS_WEBHOOK_URL: sms.url,
        RATE_LIMIT_PER_MINUTE: '100000',
        SIGN_IN_LIMIT_PER_MINUTE: '100000',
        SIGNUP_LIMIT_PER_HOUR: '100000',
        SMS_CODES_PER_PHONE_PER_HOUR: '3',
        SMS_CODES_PER_ADDRESS_PER_HOUR: '8',
      },
    });
    stopWorker = await startOutboxWorker(t.ctx);
  });
  afterAll(async () => {
    await stopWorker();
    await t.close();
    await sms.close();
  });

  it('limits codes per phone, alike for verified and unknown numbers: 429 with Retry-After, and again after the hour', async () => {
    const phone = newPhone();
    const customer = await t.api.customer('Limited', phone.written);
    const code = await askCode(sms, phone.normalised, () => t.api.post('/api/me/phone-verification', undefined, customer.token));
    expect((await t.api.post('/api/me/phone-verification/confirm', { code }, customer.token)).status).toBe(204);
    const unknown = newPhone();

    for (const number of [phone.written, unknown.written]) {
      // The verification above counted for the verified phone.
      const allowed = number === phone.written ? 2 : 3;
      for (let i = 0; i < allowed; i++) expect((await t.api.post('/api/sessions/otp', { phone: number })).status).toBe(202);
      const refused = await t.api.post('/api/sessions/otp', { phone: number });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body.type).toMatch(/too-many-code-requests$/);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(3000);
      expect(retryAfter).toBeLessThanOrEqual(3600);
    }
    // Asking for a verification code counts too.
    expect((await t.api.post('/api/me/phone-verification', undefined, customer.token)).status).toBe(429);

    t.clock.advance(3601);
    expect((await t.api.post('/api/sessions/otp', { phone: phone.written })).status).toBe(202);
  });

  it('limits codes per client address, whatever the phone', async () => {
    t.clock.advance(3601);
    for (let i = 0; i < 8; i++) expect((await t.api.post('/api/sessions/otp', { phone: newPhone().written })).status).toBe(202);
    const refused = await t.api.post('/api/sessions/otp', { phone: newPhone().written });
    expect(refused.status).toBe(429);
    expect(refused.body.type).toMatch(/too-many-code-requests$/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('without SMS_WEBHOOK_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 503 sms-unavailable to asking for a code, and queues nothing', async () => {
    const customer = await t.api.customer('No SMS', '+91 98200 11111');
    for (const asked of [
      await t.api.post('/api/sessions/otp', { phone: '+91 98200 11111' }),
      await t.api.post('/api/me/phone-verification', undefined, customer.token),
    ]) {
      expect(asked.status).toBe(503);
      expect(asked.body.type).toMatch(/sms-unavailable$/);
    }
    expect((await t.ctx.db.query("SELECT 1 FROM outbox WHERE kind = 'phone-code'")).rows).toEqual([]);
  });
});
