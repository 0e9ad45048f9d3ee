// Cancelling some seats or all by the cinema's refund policy: the quote, the tier in force at the
// moment of cancelling, seats freed for everyone at once, the ticket reissued, a credit note per
// refund, a show cancelled by the cinema refunded in full, and a ledger that reconciles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMail } from '../src/notifications/messages.ts';
import { brokenInvariants } from './support/invariants.ts';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';
import { bookAndPay } from './support/bookings.ts';
import { EventStream } from './support/sse.ts';

const GSTIN = '27AAPFU0939F1ZV';

describe.each(backends())('refunds and partial cancellation (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    // Shows here start within a day; the door opens two days before them, so tickets can be scanned.
    t = await startTestApp({ backend, env: { CHECKIN_OPENS_MINUTES_BEFORE: '2880' } });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  const billing = (cinemaId: string, refundPolicy: unknown, convenienceFee: object = {}) =>
    t.api.put(
      `/api/admin/cinemas/${cinemaId}/billing`,
      { legalName: 'PVR Ltd', gstin: GSTIN, pricesIncludeTax: true, convenienceFee, refundPolicy },
      admin,
    );
  const amounts = (lines: { amount: { amount: number } }[]) => lines.reduce((sum, line) => sum + line.amount.amount, 0);

  it('keeps a refund policy per cinema, refusing a bad one with a 400 naming the field and changing nothing', async () => {
    const { cinema } = await t.api.scenario(admin);
    const read = await t.api.get(`/api/admin/cinemas/${cinema.id}/billing`, admin);
    expect(read.body.refundPolicy).toEqual({ tiers: [{ hoursBefore: 0, percent: 100 }], feesRefundable: true });

    const policy = {
      tiers: [
        { hoursBefore: 2, percent: 50 },
        { hoursBefore: 24, percent: 90 },
      ],
      feesRefundable: false,
    };
    expect((await billing(cinema.id, policy)).status).toBe(200);
    const bad: unknown[] = [
      { tiers: [{ hoursBefore: 2, percent: 101 }], feesRefundable: false },
      { tiers: [{ hoursBefore: -1, percent: 50 }], feesRefundable: false },
      {
        tiers: [
          { hoursBefore: 2, percent: 50 },
          { hoursBefore: 2, percent: 60 },
        ],
        feesRefundable: false,
      },
      { tiers: [], feesRefundable: true },
    ];
    for (const refundPolicy of bad) {
      const refused = await billing(cinema.id, refundPolicy);
      expect(refused.status, JSON.stringify(refundPolicy)).toBe(400);
      expect(JSON.stringify(refused.body)).toContain('refundPolicy');
    }
    // Stored in order, most hours first, and unchanged by the refusals.
    expect((await t.api.get(`/api/admin/cinemas/${cinema.id}/billing`, admin)).body.refundPolicy).toEqual({
      tiers: [
        { hoursBefore: 24, percent: 90 },
        { hoursBefore: 2, percent: 50 },
      ],
      feesRefundable: false,
    });
  });

  it('cancels some seats: they come free for everyone at once, the rest stay booked on a reissued ticket', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const booking = await bookAndPay(
      t.api,
      customer.token,
      show.id,
      seats.slice(0, 3).map((s) => s.id),
    );
    const oldTicket = (await t.api.get(`/api/bookings/${booking.id}/ticket`, customer.token)).body.token as string;
    const watcher = await EventStream.open(`${t.url}/api/shows/${show.id}/events`);
    try {
      const quote = await t.api.get(`/api/bookings/${booking.id}/cancellation?seatIds=${seats[0]!.id}`, customer.token);
      expect(quote.status).toBe(200);
      // The default policy: everything back until the show starts; one Rs. 250 seat of three.
      expect(quote.body).toMatchObject({ cancellable: true, refund: { amount: 25_000 }, percent: 100, seatIds: [seats[0]!.id] });

      const cancelled = await t.api.post(`/api/bookings/${booking.id}/cancel`, { seatIds: [seats[0]!.id] }, customer.token);
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.status).toBe('confirmed');
      expect(cancelled.body.seats.map((s: { id: string }) => s.id)).toEqual([seats[1]!.id, seats[2]!.id]);
      expect(cancelled.body.refund).toBeUndefined();
      expect(cancelled.body.refunds).toEqual([
        expect.objectContaining({ amount: { amount: 25_000, currency: 'INR' }, seatIds: [seats[0]!.id], status: 'refunded', percent: 100 }),
      ]);
      expect(cancelled.body.refunds[0].creditNote.number).toMatch(/^CRN\//);
      // What was charged stays what was charged.
      expect(cancelled.body.total.amount).toBe(75_000);
      expect(amounts(cancelled.body.lines)).toBe(75_000);

      await watcher.next<{ seatIds: string[]; status: string }>(
        'seats',
        (data) => data.status === 'available' && data.seatIds.includes(seats[0]!.id),
      );
      const map = (await t.api.get(`/api/shows/${show.id}/seats`)).body.seats as { id: string; status: string }[];
      expect(map.filter((s) => s.status === 'booked').map((s) => s.id)).toEqual([seats[1]!.id, seats[2]!.id]);
      // The freed seat can be booked by someone else.
      const other = await t.api.customer();
      expect((await bookAndPay(t.api, other.token, show.id, [seats[0]!.id])).status).toBe('confirmed');
    } finally {
      watcher.close();
    }

    // The ticket is reissued: the old QR is refused at the door, the new one names the seats kept.
    const newTicket = (await t.api.get(`/api/bookings/${booking.id}/ticket`, customer.token)).body.token as string;
    expect(newTicket).not.toBe(oldTicket);
    // The customer is mailed the seats given back, the refund, the new ticket and the credit note.
    const queued = await t.ctx.db.query<{ kind: string }>(
      "SELECT kind FROM outbox WHERE subject_id = $1 AND channel = 'mail' ORDER BY id",
      [booking.id],
    );
    expect(queued.rows.map((r) => r.kind)).toEqual(['booking-confirmed', 'seats-cancelled']);
    const mail = (await renderMail(t.ctx, 'seats-cancelled', booking.id))!;
    expect(mail.subject).toMatch(/^Seats cancelled: Inception, /);
    expect(mail.text).toMatch(new RegExp(`Seats:\\s+${seats[1]!.label}, ${seats[2]!.label}\\n`));
    expect(mail.text).toMatch(new RegExp(`Cancelled:\\s+${seats[0]!.label}\\n`));
    expect(mail.text).toMatch(/Refund:\s+₹250\.00 to the way you paid/);
    expect(mail.text).toContain(newTicket);
    expect(mail.attachments.map((a) => a.contentType)).toEqual(['image/png', 'application/pdf']);
    const refused = await t.api.post('/api/admin/checkins', { token: oldTicket }, admin);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/\/ticket-reissued$/);
    const admitted = await t.api.post('/api/admin/checkins', { token: newTicket }, admin);
    expect(admitted.status).toBe(201);
    expect(admitted.body.seats).toEqual([seats[1]!.label, seats[2]!.label]);
    // Checked in: the customer can no longer cancel the rest.
    const late = await t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, customer.token);
    expect(late.status).toBe(409);
    expect(late.body.type).toMatch(/\/ticket-checked-in$/);
    expect((await t.api.get(`/api/bookings/${booking.id}/cancellation`, customer.token)).body).toMatchObject({
      cancellable: false,
      refund: { amount: 0 },
    });
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
  });

  it('cancelling the last seats cancels the booking; v1’s refund is the sum of its refunds, each with its own credit note', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const booking = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id, seats[1]!.id]);
    expect((await t.api.post(`/api/bookings/${booking.id}/cancel`, { seatIds: [seats[1]!.id] }, customer.token)).status).toBe(200);
    // The same seats again: already given back.
    const again = await t.api.post(`/api/bookings/${booking.id}/cancel`, { seatIds: [seats[1]!.id] }, customer.token);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ seatIds: [seats[1]!.id] });
    // Seats that are not the booking's: 400 naming the field, nothing changed.
    const foreign = await t.api.post(`/api/bookings/${booking.id}/cancel`, { seatIds: [seats[5]!.id] }, customer.token);
    expect(foreign.status).toBe(400);
    expect(JSON.stringify(foreign.body)).toContain('seatIds');
    expect((await t.api.get(`/api/bookings/${booking.id}/cancellation?seatIds=nope`, customer.token)).status).toBe(400);

    const last = await t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, customer.token);
    expect(last.status).toBe(200);
    expect(last.body.status).toBe('cancelled');
    expect(last.body.refund).toEqual({ amount: { amount: 50_000, currency: 'INR' }, status: 'refunded' });
    expect(last.body.refunds.map((r: { seatIds: string[] }) => r.seatIds)).toEqual([[seats[1]!.id], [seats[0]!.id]]);
    const notes = last.body.refunds.map((r: { creditNote: { number: string; url: string } }) => r.creditNote);
    expect(new Set(notes.map((n: { number: string }) => n.number)).size).toBe(2);
    for (const note of notes) {
      const pdf = await fetch(t.url + note.url, { headers: { authorization: `Bearer ${customer.token}` } });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
    }
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
  });

  it('applies the tier in force at the moment of cancelling, not the one quoted a moment before; fees kept as the policy says', async () => {
    const { cinema, show, seats } = await t.api.scenario(admin, { startsInHours: 24 });
    const policy = {
      tiers: [
        { hoursBefore: 24, percent: 100 },
        { hoursBefore: 2, percent: 75 },
      ],
      feesRefundable: false,
    };
    expect((await billing(cinema.id, policy, { perTicket: 3_000 })).status).toBe(200);
    const customer = await t.api.customer();
    const booking = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id, seats[1]!.id]);
    // Rs. 500 of tickets, Rs. 60 fee + 18% GST.
    expect(booking.total.amount).toBe(57_080);

    // The show was made 24 h ahead of the real clock, so it is now a little under 24 h away: the 75% tier.
    const quote = await t.api.get(`/api/bookings/${booking.id}/cancellation?seatIds=${seats[0]!.id}`, customer.token);
    expect(quote.body).toMatchObject({ cancellable: true, percent: 75, hoursBefore: 2, feesRefundable: false, refund: { amount: 18_750 } });

    // Move back in time past the boundary for the quote, then forward again before cancelling.
    t.clock.advance(-3_600);
    expect((await t.api.get(`/api/bookings/${booking.id}/cancellation?seatIds=${seats[0]!.id}`, customer.token)).body).toMatchObject({
      percent: 100,
      refund: { amount: 25_000 },
    });
    t.clock.advance(3_600);
    const cancelled = await t.api.post(`/api/bookings/${booking.id}/cancel`, { seatIds: [seats[0]!.id] }, customer.token);
    expect(cancelled.body.refunds[0]).toMatchObject({ amount: { amount: 18_750 }, percent: 75 });

    // Within 2 hours of the show the policy allows nothing: 409, and the quote says why.
    t.clock.advance(23 * 3_600);
    try {
      const quoteLate = await t.api.get(`/api/bookings/${booking.id}/cancellation`, customer.token);
      expect(quoteLate.body).toMatchObject({ cancellable: false, refund: { amount: 0 } });
      expect(quoteLate.body.reason).toMatch(/refund policy/);
      const refused = await t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, customer.token);
      expect(refused.status).toBe(409);
      expect(refused.body.type).toMatch(/\/no-cancellation-now$/);
      expect((await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body.status).toBe('confirmed');
    } finally {
      t.clock.advance(-23 * 3_600);
    }
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
  });

  it('keeps the refund policy a booking was sold under: a later change applies to later sales only', async () => {
    const { cinema, show, seats } = await t.api.scenario(admin);
    const fee = { perTicket: 3_000 };
    expect((await billing(cinema.id, { tiers: [{ hoursBefore: 0, percent: 80 }], feesRefundable: true }, fee)).status).toBe(200);
    const customer = await t.api.customer();
    const before = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id, seats[1]!.id]);
    const older = await bookAndPay(t.api, customer.token, show.id, [seats[2]!.id]);
    expect((await billing(cinema.id, { tiers: [{ hoursBefore: 0, percent: 50 }], feesRefundable: false }, fee)).status).toBe(200);
    const after = await bookAndPay(t.api, customer.token, show.id, [seats[3]!.id, seats[4]!.id]);

    // Sold under 80% with fees: a Rs. 250 seat and its Rs. 30 fee with 18% GST, Rs. 285.40, give back Rs. 228.32.
    const quoteBefore = await t.api.get(`/api/bookings/${before.id}/cancellation?seatIds=${seats[0]!.id}`, customer.token);
    expect(quoteBefore.body).toMatchObject({ percent: 80, feesRefundable: true, refund: { amount: 22_832 } });
    const cancelled = await t.api.post(`/api/bookings/${before.id}/cancel`, { seatIds: [seats[0]!.id] }, customer.token);
    expect(cancelled.body.refunds[0]).toMatchObject({ amount: { amount: 22_832 }, percent: 80 });
    // Sold under 50% without fees: Rs. 125.
    expect((await t.api.get(`/api/bookings/${after.id}/cancellation?seatIds=${seats[3]!.id}`, customer.token)).body).toMatchObject({
      percent: 50,
      feesRefundable: false,
      refund: { amount: 12_500 },
    });
    const cancelledAfter = await t.api.post(`/api/bookings/${after.id}/cancel`, { seatIds: [seats[3]!.id] }, customer.token);
    expect(cancelledAfter.body.refunds[0]).toMatchObject({ amount: { amount: 12_500 }, percent: 50 });

    // A booking made before bills kept their policy reads the cinema's as it is now.
    await t.ctx.db.query("UPDATE bookings SET bill = bill - 'refundPolicy' WHERE id = $1", [older.id]);
    expect((await t.api.get(`/api/bookings/${older.id}/cancellation`, customer.token)).body).toMatchObject({
      percent: 50,
      refund: { amount: 12_500 },
    });
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
  });

  it('refunds everything paid, fees included, when the cinema cancels the show, whatever its policy', async () => {
    const { cinema, show, seats } = await t.api.scenario(admin, { startsInHours: 1 });
    const policy = { tiers: [{ hoursBefore: 48, percent: 50 }], feesRefundable: false };
    expect((await billing(cinema.id, policy, { perTicket: 3_000 })).status).toBe(200);
    const customer = await t.api.customer();
    const booking = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id, seats[1]!.id, seats[2]!.id]);
    // An hour before the show this policy gives nothing back to the customer.
    expect((await t.api.post(`/api/bookings/${booking.id}/cancel`, { seatIds: [seats[0]!.id] }, customer.token)).status).toBe(409);

    expect((await t.api.post(`/api/admin/shows/${show.id}/cancel`, {}, admin)).status).toBe(200);
    const after = (await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body;
    expect(after.status).toBe('cancelled');
    expect(after.refund).toEqual({ amount: booking.total, status: 'refunded' });
    expect(after.refunds).toEqual([expect.objectContaining({ percent: 100, amount: booking.total })]);
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
  });

  it('settles a cinema’s day: charges less refunds, as JSON and CSV', async () => {
    const { cinema, show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const first = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id, seats[1]!.id]);
    await bookAndPay(t.api, customer.token, show.id, [seats[2]!.id]);
    await t.api.post(`/api/bookings/${first.id}/cancel`, { seatIds: [seats[0]!.id] }, customer.token);

    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(t.clock.now());
    const report = await t.api.get(`/api/admin/reports/settlement?cinemaId=${cinema.id}&date=${date}`, admin);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({
      charges: { count: 2, amount: { amount: 75_000 } },
      refunds: { count: 1, amount: { amount: 25_000 } },
      payout: { amount: 50_000 },
      byMethod: [{ method: 'credit_card', payout: { amount: 50_000 } }],
    });
    expect(report.body.entries.map((e: { kind: string }) => e.kind)).toEqual(['charge', 'charge', 'refund']);
    const csv = await fetch(`${t.url}/api/admin/reports/settlement.csv?cinemaId=${cinema.id}&date=${date}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = (await csv.text()).trim().split('\r\n');
    expect(rows[0]).toBe('at,kind,booking_id,payment_id,refund_id,method,amount');
    expect(rows.at(-1)).toBe(',payout,,,,,500.00');
    expect(rows.filter((r) => r.includes(',refund,'))[0]).toMatch(/,-250\.00$/);

    expect((await t.api.get(`/api/admin/reports/settlement?cinemaId=${cinema.id}&date=02-12-2026`, admin)).status).toBe(400);
    expect((await t.api.get(`/api/admin/reports/settlement?cinemaId=cin_nope&date=${date}`, admin)).status).toBe(404);
    expect((await t.api.get(`/api/admin/reports/settlement?cinemaId=${cinema.id}&date=${date}`, customer.token)).status).toBe(403);
  });
});
