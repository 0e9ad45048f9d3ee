// Tax invoices and credit notes: issued when a booking is paid and when it is refunded, numbered
// without gaps per cinema and financial year, as PDFs that carry what an accountant looks for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxWorker } from '../src/jobs/outbox-worker.ts';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';
import { bookAndPay } from './support/bookings.ts';
import { MailSink } from './support/mail-sink.ts';
import { fetchPdf, pdfText } from './support/pdf.ts';

const GSTIN = '27AAPFU0939F1ZV';
const billing = {
  legalName: 'Phoenix Screens Private Limited',
  gstin: GSTIN,
  pricesIncludeTax: true,
  convenienceFee: { perTicket: 2_000 },
  refundPolicy: { tiers: [{ hoursBefore: 0, percent: 100 }], feesRefundable: true },
};

describe.each(backends())('tax invoices and credit notes (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  it('invoices a paid booking: supplier, GSTIN, SAC 999614, place of supply, each line’s taxable value, CGST, SGST and total', async () => {
    const { show, seats, cinema } = await t.api.scenario(admin);
    expect((await t.api.put(`/api/admin/cinemas/${cinema.id}/billing`, billing, admin)).status).toBe(200);
    const customer = await t.api.customer('Meera');
    const held = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id, seats[1]!.id] }, customer.token);
    // Before it is paid there is no invoice.
    const early = await t.api.get(`/api/bookings/${held.body.id}/invoice`, customer.token);
    expect(early.status).toBe(409);
    expect(early.body.type).toMatch(/\/document-not-issued$/);
    const paid = await t.api.post(`/api/bookings/${held.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, customer.token, {
      'idempotency-key': `inv-${held.body.id}`,
    });
    expect(paid.status).toBe(200);
    expect(paid.body.invoice).toMatchObject({
      number: expect.stringMatching(/^INV\/\d{4}\/000001$/),
      url: `/api/bookings/${held.body.id}/invoice`,
    });

    const pdf = await fetchPdf(t.api, `/api/bookings/${held.body.id}/invoice`, customer.token);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.bytes);
    for (const expected of [
      'TAX INVOICE',
      'Phoenix Screens Private Limited',
      GSTIN,
      '999614',
      'Maharashtra (27)',
      paid.body.invoice.number,
      'Regular ticket x 2',
      'Convenience fee',
      // 2 x Rs. 250 including 18%: 423.73 before tax, 38.14 + 38.13; the fee 40.00 + 3.60 + 3.60.
      '423.73',
      '38.14 @9%',
      '38.13 @9%',
      '40.00',
      '3.60 @9%',
      '547.20',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(paid.body.total.amount).toBe(54_720);

    // Someone else's booking: 404, as if it did not exist.
    const other = await t.api.customer();
    expect((await fetchPdf(t.api, `/api/bookings/${held.body.id}/invoice`, other.token)).status).toBe(404);

    // Cancelled and refunded: a credit note with its own number, reversing the invoice.
    expect((await t.api.get(`/api/bookings/${held.body.id}/credit-note`, customer.token)).status).toBe(409);
    const cancelled = await t.api.post(`/api/bookings/${held.body.id}/cancel`, undefined, customer.token);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.creditNote.number).toMatch(/^CRN\/\d{4}\/000001$/);
    const note = pdfText((await fetchPdf(t.api, `/api/bookings/${held.body.id}/credit-note`, customer.token)).bytes);
    expect(note).toContain('CREDIT NOTE');
    expect(note).toContain(paid.body.invoice.number);
    expect(note).toContain('547.20');
    // The invoice stays.
    expect((await fetchPdf(t.api, `/api/bookings/${held.body.id}/invoice`, customer.token)).status).toBe(200);
  });

  it('numbers each cinema’s invoices 1, 2, 3… on their own, with a cinema that set nothing invoiced too', async () => {
    const first = await t.api.scenario(admin);
    const second = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const numbers: string[] = [];
    for (const [i, scenario] of [first, first, second, first, second].entries()) {
      const booking = await bookAndPay(t.api, customer.token, scenario.show.id, [scenario.seats[i]!.id]);
      numbers.push(booking.invoice.number.slice(-6));
    }
    expect(numbers).toEqual(['000001', '000002', '000001', '000003', '000002']);
    const booking = (await t.api.get('/api/bookings', customer.token)).body[0];
    const text = pdfText((await fetchPdf(t.api, booking.invoice.url, customer.token)).bytes);
    expect(text).toContain('PVR Phoenix');
    expect(text).toContain('not registered');
    expect(text).toContain('999614');
  });

  it('gives N concurrent confirmations in one cinema the numbers 1..N, no gap, no repeat', async () => {
    const { show, seats } = await t.api.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: 12 }] });
    const customers = await Promise.all(Array.from({ length: 12 }, () => t.api.customer()));
    const booked = await Promise.all(customers.map((c, i) => bookAndPay(t.api, c.token, show.id, [seats[i]!.id])));
    const numbers = booked.map((b) => Number(b.invoice.number.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });
});

describe('the confirmation mail', () => {
  let t: TestApp;
  let sink: MailSink;
  let stopWorker: () => Promise<void>;
  let admin: string;
  beforeAll(async () => {
    sink = await MailSink.start();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    stopWorker = await startOutboxWorker(t.ctx);
    admin = await adminToken(t.ctx);
  });
  afterAll(async () => {
    await stopWorker();
    await t.close();
    await sink.close();
  });

  it('carries the tax invoice as a PDF, and the cancellation mail the credit note', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const booking = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id]);
    const mail = await sink.waitForMail(customer.email, 'Booking confirmed', 30_000);
    const invoice = mail.attachments.find((a) => a.contentType === 'application/pdf');
    expect(invoice?.filename).toBe(`${booking.invoice.number.replaceAll('/', '-')}.pdf`);
    expect(pdfText(invoice!.content)).toContain(booking.invoice.number);
    await t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, customer.token);
    const cancelled = await sink.waitForMail(customer.email, 'Booking cancelled', 30_000);
    const note = cancelled.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdfText(note!.content)).toContain('CREDIT NOTE');
  });
});
