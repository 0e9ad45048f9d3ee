// What mail will not do for anyone (docs/notifications.md): carry a link inside a customer's name, or
// flood one address past MAIL_PER_RECIPIENT_PER_HOUR. Against a real SMTP server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxWorker } from '../../src/jobs/outbox-worker.ts';
import { createUser } from '../../src/accounts/accounts.ts';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { bookAndPay } from '../support/bookings.ts';
import { MailSink } from '../support/mail-sink.ts';
import { waitUntil } from '../support/wait.ts';

describe('mail hygiene', () => {
  let t: TestApp;
  let sink: MailSink;
  let stopWorker: () => Promise<void>;
  let admin: string;

  beforeAll(async () => {
    sink = await MailSink.start();
    t = await startTestApp({ env: { SMTP_URL: sink.url, MAIL_PER_RECIPIENT_PER_HOUR: '2' } });
    stopWorker = await startOutboxWorker(t.ctx);
    admin = await adminToken(t.ctx);
  });
  afterAll(async () => {
    await stopWorker();
    await t.close();
    await sink.close();
  });

  it.each(['Visit http://evil.example', 'evil.example', 'www.evil.example now', 'Mail me at someone@evil.example'])(
    'refuses the link-shaped name %j at sign-up with 400 naming name, and makes no account',
    async (name) => {
      const email = `linky-${Math.random().toString(36).slice(2)}@example.com`;
      const reply = await t.api.post('/api/users', { name, email, password: 'password123' });
      expect(reply.status).toBe(400);
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
      expect(reply.body).toMatchObject({ type: '/problems/invalid-input', field: 'name' });
      expect((await t.api.post('/api/sessions', { email, password: 'password123' })).status).toBe(401);
    },
  );

  it.each(['Dr. A. K. Rao', 'J.R.R. Tolkien', 'Anne-Marie O’Brien', 'पूजा शर्मा'])('takes the name %j', async (name) => {
    const email = `named-${Math.random().toString(36).slice(2)}@example.com`;
    expect((await t.api.post('/api/users', { name, email, password: 'password123' })).status).toBe(201);
  });

  it('never puts a link from a name stored earlier into either part of a mail', async () => {
    const { show, seats } = await t.api.scenario(admin);
    // Stored before names were checked at sign-up.
    const email = `earlier-${Math.random().toString(36).slice(2)}@example.com`;
    await createUser(t.ctx.db, { name: 'Asha', email, password: 'password123' }, 'customer');
    await t.ctx.db.query('UPDATE users SET name = $1 WHERE email = $2', ['Asha visit http://evil.example or evil.example', email]);
    const token = (await t.api.post('/api/sessions', { email, password: 'password123' })).body.token as string;
    await bookAndPay(t.api, token, show.id, [seats[0]!.id]);
    const mail = await sink.waitForMail(email, 'Booking confirmed');
    for (const part of [mail.text ?? '', mail.html || '']) {
      expect(part).toContain('Hello Asha visit or,');
      expect(part).not.toMatch(/evil/);
    }
  });

  it('sends one address at most MAIL_PER_RECIPIENT_PER_HOUR mails an hour; the rest are dropped as dead, with the reason', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const busy = await t.api.customer('Busy');
    const other = await t.api.customer('Other');
    const bookings: { id: string }[] = [];
    for (let i = 0; i < 2; i++) {
      bookings.push(await bookAndPay(t.api, busy.token, show.id, [seats[i]!.id]));
      // Each waited for, so the third is the one past the limit.
      await waitUntil(async () => sink.to(busy.email).length === i + 1);
    }
    bookings.push(await bookAndPay(t.api, busy.token, show.id, [seats[2]!.id]));
    const third = await waitUntil(async () => {
      const rows = await t.ctx.db.query<{ status: string; last_error: string | null }>(
        "SELECT status, last_error FROM outbox WHERE subject_id = $1 AND channel = 'mail'",
        [bookings[2]!.id],
      );
      return rows.rows[0]?.status === 'dead' ? rows.rows[0] : undefined;
    });
    expect(third.last_error).toMatch(/MAIL_PER_RECIPIENT_PER_HOUR: 2 mails already went to this address in the last hour/);
    expect(sink.to(busy.email)).toHaveLength(2);
    // Everyone else's mail goes on.
    await bookAndPay(t.api, other.token, show.id, [seats[5]!.id]);
    await sink.waitForMail(other.email, 'Booking confirmed');
  });
});
