// The money side for staff: the dashboard splits revenue into net, GST, fees and discounts, net of
// the refunds made, as the daily settlement counts them; and a month's invoices and credit notes
// download as CSV for the accountant.
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverPayments } from '../src/jobs/payment-recovery.ts';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';

describe.each(backends())('money reports (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  it('splits revenue into net, GST, fees and discounts, and lists the month’s documents as CSV', async () => {
    const { show, seats, cinema } = await t.api.scenario(admin);
    await t.api.put(
      `/api/admin/cinemas/${cinema.id}/billing`,
      {
        legalName: 'Phoenix Screens, "Lower Parel" Pvt Ltd',
        gstin: '27AAPFU0939F1ZV',
        pricesIncludeTax: false,
        convenienceFee: { perTicket: 1_000 },
        refundPolicy: { tiers: [{ hoursBefore: 0, percent: 100 }], feesRefundable: true },
      },
      admin,
    );
    const code = `HALF${Date.now().toString(36).toUpperCase()}`;
    await t.api.post('/api/admin/promo-codes', { code, amountOff: 5_000 }, admin);
    const customer = await t.api.customer('Ravi');
    const pay = async (seatIds: string[], promoCode?: string) => {
      const held = await t.api.post('/api/bookings', { showId: show.id, seatIds, ...(promoCode ? { promoCode } : {}) }, customer.token);
      expect(held.status).toBe(201);
      const paid = await t.api.post(`/api/bookings/${held.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, customer.token, {
        'idempotency-key': `r-${held.body.id}`,
      });
      expect(paid.status).toBe(200);
      return paid.body;
    };
    // Rs. 250 + Rs. 10 fee, before 18% GST: 250 + 45 + 10 + 1.80 = 306.80.
    const plain = await pay([seats[0]!.id]);
    expect(plain.total.amount).toBe(30_680);
    // Rs. 50 off the ticket before GST: 200 + 36 + 10 + 1.80 = 247.80.
    const offered = await pay([seats[1]!.id], code);
    expect(offered.total.amount).toBe(24_780);
    const paidThenCancelled = await pay([seats[2]!.id]);
    const cancelled = (await t.api.post(`/api/bookings/${paidThenCancelled.id}/cancel`, undefined, customer.token)).body;

    const board = (await t.api.get('/api/admin/dashboard', admin)).body;
    const figures = board.shows.find((s: { showId: string }) => s.showId === show.id);
    expect(figures.revenue.amount).toBe(30_680 + 24_780);
    expect(figures.gst.amount).toBe(4_500 + 180 + 3_600 + 180);
    expect(figures.fees.amount).toBe(2_000);
    expect(figures.discounts.amount).toBe(5_000);
    expect(figures.net.amount).toBe(25_000 + 20_000);
    expect(figures.net.amount + figures.gst.amount + figures.fees.amount).toBe(figures.revenue.amount);
    // Tickets with their GST; the fees with theirs are neither tickets nor food; all of it online.
    expect(figures.tickets.amount).toBe(25_000 + 4_500 + 20_000 + 3_600);
    expect(figures.items.amount).toBe(0);
    expect(figures.online.amount).toBe(figures.revenue.amount);

    const month = DateTime.now().setZone('Asia/Kolkata').toFormat('yyyy-MM');
    const csv = await t.api.request('GET', `/api/admin/tax-documents.csv?month=${month}`, { token: admin });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = (csv.body as string).trim().split('\r\n');
    expect(rows[0]).toBe(
      'document_no,kind,issued_at,financial_year,supplier,gstin,place_of_supply,cinema,booking_id,recipient,against_invoice,taxable_value,discount,cgst,sgst,total',
    );
    const mine = rows.filter((row) => row.includes(cinema.id) || row.includes('"Phoenix Screens, ""Lower Parel"" Pvt Ltd"'));
    expect(mine).toHaveLength(4);
    expect(mine.filter((row) => row.includes(',invoice,'))).toHaveLength(3);
    const note = mine.find((row) => row.includes(',credit-note,'))!;
    expect(note).toContain(cancelled.invoice.number);
    expect(note).toContain(cancelled.creditNote.number);
    expect(mine.find((row) => row.includes(offered.invoice.number))).toMatch(/,210\.00,50\.00,18\.90,18\.90,247\.80$/);
    expect((await t.api.request('GET', '/api/admin/tax-documents.csv?month=2026-13', { token: admin })).status).toBe(400);
    expect((await t.api.request('GET', `/api/admin/tax-documents.csv?month=${month}`, { token: customer.token })).status).toBe(403);
  });

  it('nets refunds out of the dashboard as the settlement does: a cinema’s online revenue for a day is its charges less refunds', async () => {
    // The show at 21:00 two days on, in the cinema's zone; everything happens on that day from 09:00,
    // so the show's day (the dashboard's) is the day of every charge and refund (the settlement's).
    const showDay = DateTime.now().setZone('Asia/Kolkata').startOf('day').plus({ days: 2 });
    const startsInHours = (showDay.plus({ hours: 21 }).toMillis() - Date.now()) / 3_600_000;
    const { show, seats, cinema } = await t.api.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: 16 }], startsInHours });
    // Half back when cancelled, the fee kept: what was refunded and what was kept both show.
    const billing = await t.api.put(
      `/api/admin/cinemas/${cinema.id}/billing`,
      {
        legalName: 'Phoenix Screens Pvt Ltd',
        gstin: '27AAPFU0939F1ZV',
        pricesIncludeTax: true,
        convenienceFee: { perTicket: 2_000 },
        refundPolicy: { tiers: [{ hoursBefore: 0, percent: 50 }], feesRefundable: false },
      },
      admin,
    );
    expect(billing.status).toBe(200);
    const popcorn = (await t.api.post(`/api/admin/cinemas/${cinema.id}/items`, { name: 'Popcorn', price: 30_000 }, admin)).body.id;
    const code = `NET${Date.now().toString(36).toUpperCase()}`;
    expect((await t.api.post('/api/admin/promo-codes', { code, amountOff: 5_000 }, admin)).status).toBe(201);

    const moved = (t.clock.now().getTime() - Date.now()) / 1000;
    t.clock.advance((showDay.plus({ hours: 9 }).toMillis() - t.clock.now().getTime()) / 1000);
    try {
      // Signed in again: the admin's session from before the clock moved has lapsed.
      const boss = await adminToken(t.ctx);
      const customer = await t.api.customer('Asha');
      const pay = async (seatIds: string[], extra: Record<string, unknown> = {}) => {
        const held = await t.api.post('/api/bookings', { showId: show.id, seatIds, ...extra }, customer.token);
        expect(held.status, JSON.stringify(held.body)).toBe(201);
        const paid = await t.api.post(`/api/bookings/${held.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, customer.token, {
          'idempotency-key': `net-${held.body.id}`,
        });
        expect(paid.status).toBe(200);
        return paid.body as { id: string; total: { amount: number } };
      };
      const cancel = async (bookingId: string, seatIds?: string[]) => {
        const reply = await t.api.post(`/api/bookings/${bookingId}/cancel`, seatIds ? { seatIds } : undefined, customer.token);
        expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      };
      const id = (i: number) => seats[i]!.id;
      // Kept whole, with a promo code; two seats and popcorn, one seat given back; one seat given back
      // whole, with the code; two seats given back one at a time; and an unpaid hold, which counts nothing.
      const kept = await pay([id(0), id(1), id(2)], { promoCode: code });
      const partly = await pay([id(3), id(4)], { items: [{ itemId: popcorn, quantity: 2 }] });
      const whole = await pay([id(5)], { promoCode: code });
      const inTwo = await pay([id(6), id(7)]);
      await cancel(partly.id, [id(3)]);
      await cancel(whole.id);
      await cancel(inTwo.id, [id(6)]);
      await cancel(inTwo.id, [id(7)]);
      expect((await t.api.post('/api/bookings', { showId: show.id, seatIds: [id(8)] }, customer.token)).status).toBe(201);

      // A counter sale is the counter's, not the gateway's: in neither the settlement nor online.
      const cashier = await t.api.customer('Till');
      expect(
        (await t.api.post('/api/admin/staff', { email: cashier.email, role: 'box-office', cinemaIds: [cinema.id] }, boss)).status,
      ).toBe(201);
      expect((await t.api.post('/api/admin/shifts', { cinemaId: cinema.id }, cashier.token)).status).toBe(201);
      const sale = await t.api.post(
        '/api/admin/counter-sales',
        { showId: show.id, seatIds: [id(9)], payment: { method: 'cash' }, items: [{ itemId: popcorn, quantity: 1 }] },
        cashier.token,
      );
      expect(sale.status, JSON.stringify(sale.body)).toBe(201);

      const date = showDay.toFormat('yyyy-MM-dd');
      const period = `from=${encodeURIComponent(showDay.toISO()!)}&to=${encodeURIComponent(showDay.plus({ days: 1 }).toISO()!)}`;
      /** The day's settlement and dashboard, which must agree to the paisa: per day, per cinema, for the show and in the CSV. */
      const agreed = async () => {
        const settlement = (await t.api.get(`/api/admin/reports/settlement?cinemaId=${cinema.id}&date=${date}`, boss)).body;
        const payout = settlement.charges.amount.amount - settlement.refunds.amount.amount;
        expect(payout).toBe(settlement.payout.amount);
        const board = (await t.api.get(`/api/admin/dashboard?cinemaId=${cinema.id}&${period}`, boss)).body;
        const day = board.byDay.find((d: { date: string }) => d.date === date);
        expect(day.online.amount).toBe(payout);
        expect(board.byCinema.find((c: { cinemaId: string }) => c.cinemaId === cinema.id).online.amount).toBe(payout);
        expect(board.shows.find((s: { showId: string }) => s.showId === show.id).online.amount).toBe(payout);
        const csv = await t.api.request('GET', `/api/admin/dashboard.csv?cinemaId=${cinema.id}&${period}&by=day`, { token: boss });
        const [head, row] = (csv.body as string).trim().split('\r\n');
        expect(row!.split(',')[head!.split(',').indexOf('online')]).toBe((payout / 100).toFixed(2));
        return { settlement, day, payout };
      };
      const ids = [kept.id, partly.id, whole.id, inTwo.id];
      const bookings = await Promise.all(
        ids.map(async (bookingId) => (await t.api.get(`/api/bookings/${bookingId}`, customer.token)).body),
      );
      const charged = bookings.reduce((sum, b) => sum + b.total.amount, 0);
      const refunded = bookings.flatMap((b) => b.refunds ?? []).reduce((sum, r) => sum + r.amount.amount, 0);
      const { settlement, day, payout } = await agreed();
      expect(settlement.charges).toMatchObject({ count: 4, amount: { amount: charged } });
      expect(settlement.refunds).toMatchObject({ count: 4, amount: { amount: refunded } });
      // What was kept of the cancelled seats counts: half, and the fees.
      expect(payout).toBe(charged - refunded);
      expect(refunded).toBeLessThan(partly.total.amount / 2 + whole.total.amount / 2 + inTwo.total.amount / 2);
      expect(day.counter.amount).toBe(sale.body.total.amount);
      expect(day.revenue.amount).toBe(payout + sale.body.total.amount);

      // The split is net of the same refunds, by their credit notes: GST and discounts as the tax
      // documents add up (invoices less credit notes), and the parts still add up to the revenue.
      const csv = await t.api.request('GET', `/api/admin/tax-documents.csv?month=${showDay.toFormat('yyyy-MM')}`, { token: boss });
      const documents = (csv.body as string)
        .trim()
        .split('\r\n')
        .filter((row) => [...ids, sale.body.id].some((bookingId) => row.includes(`,${bookingId},`)));
      expect(documents).toHaveLength(5 + 4);
      const paise = (rupees: string) => Math.round(Number(rupees) * 100);
      const signed = (row: string, fromEnd: number) => (row.includes(',credit-note,') ? -1 : 1) * paise(row.split(',').at(-fromEnd)!);
      const sum = (fromEnd: number) => documents.reduce((total, row) => total + signed(row, fromEnd), 0);
      expect(day.gst.amount).toBe(sum(3) + sum(2));
      expect(day.discounts.amount).toBe(sum(4));
      expect(day.revenue.amount).toBe(sum(1));
      expect(day.net.amount + day.gst.amount + day.fees.amount).toBe(day.revenue.amount);
      expect(day.fees.amount).toBe(2_000 * 8);

      // A refund the gateway has not made yet is taken off neither; once made, off both.
      const refund = t.ctx.gateway.refund.bind(t.ctx.gateway);
      let refundsFail = true;
      t.ctx.gateway.refund = async (reference, amount, refundId) => {
        if (refundsFail) throw new Error('gateway unavailable');
        return refund(reference, amount, refundId);
      };
      try {
        await cancel(kept.id, [id(0)]);
        expect((await agreed()).payout).toBe(payout);
        refundsFail = false;
        t.clock.advance(t.ctx.config.paymentRecoveryAfterSeconds + 1);
        expect((await recoverPayments(t.ctx)).refunded).toBe(1);
        const made = (await t.api.get(`/api/bookings/${kept.id}`, customer.token)).body.refunds[0].amount.amount;
        expect(made).toBeGreaterThan(0);
        expect((await agreed()).payout).toBe(payout - made);
      } finally {
        t.ctx.gateway.refund = refund;
      }
    } finally {
      t.clock.advance(moved - (t.clock.now().getTime() - Date.now()) / 1000);
    }
  });
});
