// The money side for staff: the dashboard splits revenue into net, GST, fees and discounts, and a
// month's invoices and credit notes download as CSV for the accountant.
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
