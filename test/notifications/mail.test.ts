// Mail and SMS through the outbox, against a real SMTP server and a real webhook: what the
// customer receives, that a booking never waits for mail, and how delivery survives outages.
import { Writable } from 'node:stream';
import { DateTime } from 'luxon';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { claimDueMessages, startOutboxWorker } from '../../src/jobs/outbox-worker.ts';
import { sweepExpiredHolds } from '../../src/jobs/sweeper.ts';
import { createMailer } from '../../src/notifications/mailer.ts';
import { showTime, ticketQrCode } from '../../src/notifications/messages.ts';
import { formatInr } from '../../src/domain/money.ts';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { bookAndPay } from '../support/bookings.ts';
import { MailSink } from '../support/mail-sink.ts';
import { SmsWebhook } from '../support/sms-webhook.ts';
import { waitUntil } from '../support/wait.ts';

interface OutboxState {
  status: string;
  attempts: number;
  last_error: string | null;
}

async function outboxRows(t: TestApp, bookingId: string, channel = 'mail'): Promise<OutboxState[]> {
  return (
    await t.ctx.db.query<OutboxState>(
      'SELECT status, attempts, last_error FROM outbox WHERE subject_id = $1 AND channel = $2 ORDER BY id',
      [bookingId, channel],
    )
  ).rows;
}

describe('mail and SMS with SMTP and the SMS webhook up', () => {
  let t: TestApp;
  let sink: MailSink;
  let sms: SmsWebhook;
  let stopWorker: () => Promise<void>;
  let admin: string;

  beforeAll(async () => {
    sink = await MailSink.start();
    sms = await SmsWebhook.start();
    t = await startTestApp({
      env: {
        SMTP_URL: sink.url,
        SMS_WEBHOOK_URL: sms.url,
        MAIL_FROM: 'Houseful Tickets <tickets@houseful.test>',
        PUBLIC_URL: 'https://tickets.houseful.test/',
      },
    });
    stopWorker = await startOutboxWorker(t.ctx);
    admin = await adminToken(t.ctx);
  });
  afterAll(async () => {
    await stopWorker();
    await t.close();
    await Promise.all([sink.close(), sms.close()]);
  });

  it('mails the confirmation within 5 s: subject, both parts, booking id, seats, show time in the zone, QR code, .ics; and texts it', async () => {
    const { show, seats, movie, cinema } = await t.api.scenario(admin);
    const customer = await t.api.customer('Asha', '+91 98765 43210');
    const booking = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id, seats[1]!.id]);
    expect(booking.status).toBe('confirmed');
    const confirmedAt = Date.now();

    // Waited for with room to spare, so a late mail fails below saying how late it was.
    const mail = await sink.waitForMail(customer.email, 'Booking confirmed', 30_000);
    expect(Date.now() - confirmedAt).toBeLessThan(5_000);
    expect(mail.subject).toContain(movie.title);
    expect(mail.from?.text).toContain('tickets@houseful.test');
    expect(mail.messageId).toMatch(/^<outbox-\d+-[0-9a-z]+@houseful\.test>$/);

    const startsAt = new Date(show.startsAt);
    const inZone = DateTime.fromJSDate(startsAt, { zone: cinema.timeZone });
    for (const part of [mail.text ?? '', mail.html || '']) {
      expect(part).toContain(booking.id);
      expect(part).toContain('A1, A2');
      expect(part).toContain(showTime(startsAt, cinema.timeZone));
      expect(part).toContain(inZone.toFormat('HH:mm'));
      expect(part).toContain(formatInr(50_000));
      // The ticket page, at the address customers reach Houseful at (PUBLIC_URL).
      expect(part).toContain(`https://tickets.houseful.test/bookings/${booking.id}`);
    }
    expect(mail.text).toContain(inZone.toISO({ suppressMilliseconds: true })!);

    const qr = mail.attachments.find((a) => a.contentType === 'image/png');
    expect(qr).toBeDefined();
    expect(qr!.related).toBe(true); // inline, shown by the HTML part
    expect(mail.html).toContain(`cid:${qr!.contentId!.replace(/[<>]/g, '')}`);
    // The QR code encodes the signed ticket token the door staff scan.
    const ticket = await t.api.get(`/api/bookings/${booking.id}/ticket`, customer.token);
    expect(ticket.status).toBe(200);
    expect(qr!.content.equals(await ticketQrCode(ticket.body.token))).toBe(true);
    expect(mail.text).toContain(ticket.body.token);

    const invite = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
    expect(invite?.contentType).toBe('text/calendar');
    const ics = invite!.content.toString('utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(`DTSTART:${DateTime.fromJSDate(startsAt, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'")}`);
    expect(ics).toContain(booking.id);

    const text = await sms.waitFor((m) => m.text.includes(booking.id));
    expect(text.to).toBe('+91 98765 43210');
    expect(text.text).toContain('confirmed');
    expect(text.text.length).toBeLessThanOrEqual(200);
    expect(await outboxRows(t, booking.id)).toEqual([{ status: 'sent', attempts: 1, last_error: null }]);
  });

  it('puts the food and drink pickup code in the confirmation', async () => {
    const { show, seats, cinema } = await t.api.scenario(admin);
    const popcorn = (await t.api.post(`/api/admin/cinemas/${cinema.id}/items`, { name: 'Popcorn', price: 30_000 }, admin)).body.id;
    const customer = await t.api.customer('Kabir');
    const held = await t.api.post(
      '/api/bookings',
      { showId: show.id, seatIds: [seats[0]!.id], items: [{ itemId: popcorn, quantity: 1 }] },
      customer.token,
    );
    expect(held.status).toBe(201);
    const paid = await t.api.post(`/api/bookings/${held.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, customer.token, {
      'Idempotency-Key': `mail-items-${held.body.id}`,
    });
    expect(paid.status).toBe(200);
    const mail = await sink.waitForMail(customer.email, 'Booking confirmed', 30_000);
    for (const part of [mail.text ?? '', mail.html || '']) expect(part).toContain(held.body.pickupCode);
  });

  it('mails and texts the cancellation with the refund; a customer without a phone gets mail only', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const withPhone = await t.api.customer('Ravi', '+919800000001');
    const withoutPhone = await t.api.customer('Meera');
    const first = await bookAndPay(t.api, withPhone.token, show.id, [seats[0]!.id]);
    const second = await bookAndPay(t.api, withoutPhone.token, show.id, [seats[1]!.id]);
    expect((await t.api.post(`/api/bookings/${first.id}/cancel`, undefined, withPhone.token)).status).toBe(200);

    const mail = await sink.waitForMail(withPhone.email, 'Booking cancelled');
    expect(mail.text).toContain(first.id);
    expect(mail.text).toContain(`Refund`);
    expect(mail.text).toContain(formatInr(25_000));
    expect(mail.html).toContain(formatInr(25_000));
    const text = await sms.waitFor((m) => m.text.includes(first.id) && m.text.includes('cancelled'));
    expect(text.text).toContain(`Refund ${formatInr(25_000)}`);

    await sink.waitForMail(withoutPhone.email, 'Booking confirmed');
    expect(await outboxRows(t, second.id, 'sms')).toEqual([]);
  });

  it('tells every customer with a booking of a show the cinema cancels, with their refund; a pending hold is released without a word', async () => {
    const { show, seats, movie } = await t.api.scenario(admin);
    const paid = await t.api.customer('Kiran');
    const holding = await t.api.customer('Lata');
    const confirmed = await bookAndPay(t.api, paid.token, show.id, [seats[0]!.id, seats[1]!.id]);
    const pending = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[2]!.id] }, holding.token);
    expect((await t.api.post(`/api/admin/shows/${show.id}/cancel`, undefined, admin)).status).toBe(200);

    const refundMail = await sink.waitForMail(paid.email, 'Booking cancelled');
    expect(refundMail.subject).toContain(movie.title);
    expect(refundMail.text).toContain(confirmed.id);
    expect(refundMail.text).toContain('cancelled this show');
    expect(refundMail.text).toContain(formatInr(50_000));
    // The show's cancellation queued what it sends in its own transaction: nothing for the unpaid hold.
    expect(await outboxRows(t, pending.body.id)).toEqual([]);
    // Only the sign-up's own code went to them.
    expect(sink.to(holding.email).filter((mail) => !mail.subject?.includes('Confirm your email'))).toEqual([]);
  });

  it('sends no mail or SMS for a hold that ends unpaid: let go, lapsed or declined', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer('Undecided', '+919800000002');
    const hold = (seat: number) => t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[seat]!.id] }, customer.token);
    const released = await hold(0);
    expect((await t.api.post(`/api/bookings/${released.body.id}/cancel`, undefined, customer.token)).status).toBe(200);
    const declined = await hold(1);
    const refusal = await t.api.post(
      `/api/bookings/${declined.body.id}/payment`,
      { method: 'credit_card', card: { number: '4000000000000002', expiry: '12/30', cvv: '123' } },
      customer.token,
      { 'Idempotency-Key': `declined-${declined.body.id}` },
    );
    expect(refusal.status).toBe(402);
    const lapsed = await hold(2);
    t.clock.advance(t.ctx.config.holdTtlSeconds + 1);
    expect(await sweepExpiredHolds(t.ctx)).toBeGreaterThanOrEqual(1);
    // A confirmation sent after all three is delivered, so anything queued before it would have gone too.
    const paid = await bookAndPay(t.api, customer.token, show.id, [seats[3]!.id]);
    await sink.waitForMail(customer.email, 'Booking confirmed');
    await sms.waitFor((m) => m.text.includes(paid.id));
    for (const booking of [released, declined, lapsed]) {
      expect(await outboxRows(t, booking.body.id)).toEqual([]);
      expect(await outboxRows(t, booking.body.id, 'sms')).toEqual([]);
    }
    // Besides the sign-up's own code, only the paid booking's confirmation.
    expect(sink.to(customer.email).map((mail) => mail.subject)).toEqual([
      expect.stringContaining('Confirm your email'),
      expect.stringContaining('Booking confirmed'),
    ]);
  });
});

describe('when mail is down', () => {
  let t: TestApp | undefined;
  let sink: MailSink | undefined;
  let stopWorker: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stopWorker?.();
    await t?.close();
    await sink?.close();
    [t, sink, stopWorker] = [undefined, undefined, undefined];
  });

  it('confirms the booking at once and delivers the mail, once, after SMTP comes back', async () => {
    // A port that nothing listens on, for now: taken from a server that is closed again.
    const probe = await MailSink.start();
    const port = probe.port;
    await probe.close();
    t = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
    stopWorker = await startOutboxWorker(t.ctx, { retryBaseSeconds: 0.2, retryMaxSeconds: 1, maxAttempts: 50 });
    const admin = await adminToken(t.ctx);
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer('Nisha');

    const booking = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id]);
    expect(booking.status).toBe('confirmed');
    const failed = await waitUntil(
      async () => (await outboxRows(t!, booking.id)).find((row) => row.attempts >= 2),
      10_000,
      'a failed attempt and a retry',
    );
    expect(failed.status).toBe('pending');
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect((await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body.status).toBe('confirmed');

    sink = await MailSink.start({ port });
    const mail = await sink.waitForMail(customer.email, 'Booking confirmed', 10_000);
    expect(mail.text).toContain(booking.id);
    const [row] = await waitUntil(async () => {
      const rows = await outboxRows(t!, booking.id);
      return rows[0]?.status === 'sent' ? rows : undefined;
    });
    // At least one attempt failed (last_error above) before the one that went through; attempts
    // count claims, so a claim in flight when SMTP came back may be the one that succeeded.
    expect(row!.attempts).toBeGreaterThanOrEqual(2);
    // One more round of the worker sends nothing again.
    await stopWorker();
    stopWorker = undefined;
    expect(sink.to(customer.email).filter((m) => m.subject?.includes('Booking confirmed'))).toHaveLength(1);
  });

  it('gives a message up (dead) when the server refuses it for good, and the booking stands', async () => {
    sink = await MailSink.start({ refuse: true });
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    stopWorker = await startOutboxWorker(t.ctx);
    const admin = await adminToken(t.ctx);
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer('Omar');
    const booking = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id]);
    const [row] = await waitUntil(async () => {
      const rows = await outboxRows(t!, booking.id);
      return rows[0]?.status === 'dead' ? rows : undefined;
    });
    expect(row).toMatchObject({ status: 'dead', attempts: 1 });
    expect(row!.last_error).toMatch(/550|unavailable/);
    expect((await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body.status).toBe('confirmed');
  });

  it('retries a message whose worker died mid-delivery once its lease lapses, with the same Message-ID', async () => {
    sink = await MailSink.start();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    const admin = await adminToken(t.ctx);
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer('Priya');
    const booking = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id]);
    // An instance claims the row and dies before it reports back: only its lease remains.
    const claimed = (await claimDueMessages(t.ctx, { leaseSeconds: 1, batchSize: 10 })).find((row) => row.subject_id === booking.id);
    expect(claimed).toBeDefined();

    stopWorker = await startOutboxWorker(t.ctx);
    const mail = await sink.waitForMail(customer.email, 'Booking confirmed', 10_000);
    expect(mail.messageId).toBe(`<outbox-${claimed!.id}-${claimed!.created_at.getTime().toString(36)}@localhost>`);
    const [row] = await waitUntil(async () => {
      const rows = await outboxRows(t!, booking.id);
      return rows[0]?.status === 'sent' ? rows : undefined;
    });
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    expect(sink.to(customer.email).filter((m) => m.subject?.includes('Booking confirmed'))).toHaveLength(1);
  });
});

describe('without SMTP_URL', () => {
  it('writes the mail to the log', async () => {
    const lines: string[] = [];
    const log = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString('utf8'));
          done();
        },
      }),
    );
    const mailer = createMailer({ smtpUrl: undefined, mailFrom: 'Houseful <tickets@localhost>', log });
    await mailer.send({
      to: 'a@example.com',
      messageId: '<x@localhost>',
      subject: 'Booking confirmed: Inception',
      text: 'Seats A1',
      html: '',
      attachments: [],
    });
    const entry = JSON.parse(lines[0]!) as { msg: string; mail: { to: string; subject: string } };
    expect(entry.mail).toMatchObject({ to: 'a@example.com', subject: 'Booking confirmed: Inception' });
    expect(entry.msg).toContain('Seats A1');
  });
});
