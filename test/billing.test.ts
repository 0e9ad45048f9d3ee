// What a booking costs, through the API: lines that add up on every booking, and a cinema's
// billing settings (GSTIN, prices with or without GST, a convenience fee), checked and applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';

const GSTIN = '27AAPFU0939F1ZV';

const settings = (overrides: Record<string, unknown> = {}) => ({
  legalName: 'Phoenix Screens Private Limited',
  gstin: GSTIN,
  pricesIncludeTax: true,
  convenienceFee: {},
  refundPolicy: { tiers: [{ hoursBefore: 0, percent: 100 }], feesRefundable: true },
  ...overrides,
});

const sum = (lines: { amount: { amount: number } }[]) => lines.reduce((total, line) => total + line.amount.amount, 0);

describe.each(backends())('what a booking costs (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  it('gives a cinema that set nothing the v1 total, with GST contained in it, on every booking', async () => {
    const { show, seats, cinema } = await t.api.scenario(admin, {
      rows: [
        { label: 'A', seatType: 'regular', seats: 4 },
        { label: 'B', seatType: 'vip', seats: 4 },
      ],
      prices: { regular: 10_000, premium: 40_000, vip: 60_000 },
    });
    const settingsNow = await t.api.get(`/api/admin/cinemas/${cinema.id}/billing`, admin);
    expect(settingsNow.body).toMatchObject({ gstin: null, pricesIncludeTax: true, convenienceFee: {}, placeOfSupply: 'Maharashtra' });
    const customer = await t.api.customer();
    const held = await t.api.post(
      '/api/bookings',
      { showId: show.id, seatIds: [seats[0]!.id, seats[1]!.id, seats[4]!.id] },
      customer.token,
    );
    expect(held.status).toBe(201);
    expect(held.body.total.amount).toBe(80_000);
    expect(sum(held.body.lines)).toBe(80_000);
    expect(held.body.lines).toEqual([
      { kind: 'ticket', label: 'Regular ticket × 2', amount: { amount: 17_857, currency: 'INR' } },
      { kind: 'ticket', label: 'VIP ticket × 1', amount: { amount: 50_847, currency: 'INR' } },
      { kind: 'tax', label: 'CGST 6%', amount: { amount: 1_072, currency: 'INR' } },
      { kind: 'tax', label: 'SGST 6%', amount: { amount: 1_071, currency: 'INR' } },
      { kind: 'tax', label: 'CGST 9%', amount: { amount: 4_577, currency: 'INR' } },
      { kind: 'tax', label: 'SGST 9%', amount: { amount: 4_576, currency: 'INR' } },
    ]);
    expect((await t.api.get(`/api/bookings/${held.body.id}`, customer.token)).body).toEqual(held.body);
  });

  it('applies a cinema’s settings: GST added to prices, a capped convenience fee', async () => {
    const { show, seats, cinema } = await t.api.scenario(admin, { prices: { regular: 20_000, premium: 40_000, vip: 60_000 } });
    const put = await t.api.put(
      `/api/admin/cinemas/${cinema.id}/billing`,
      settings({ pricesIncludeTax: false, convenienceFee: { perTicket: 2_500, maxPerBooking: 6_000 } }),
      admin,
    );
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ legalName: 'Phoenix Screens Private Limited', gstin: GSTIN, pricesIncludeTax: false });
    const customer = await t.api.customer();
    const held = await t.api.post('/api/bookings', { showId: show.id, seatIds: seats.slice(0, 3).map((s) => s.id) }, customer.token);
    expect(held.status).toBe(201);
    expect(held.body.seats.map((s: { price: { amount: number } }) => s.price.amount)).toEqual([20_000, 20_000, 20_000]);
    expect(
      held.body.lines.map((l: { kind: string; label: string; amount: { amount: number } }) => [l.kind, l.label, l.amount.amount]),
    ).toEqual([
      ['ticket', 'Regular ticket × 3', 60_000],
      ['fee', 'Convenience fee', 6_000],
      ['tax', 'CGST 9%', 5_940],
      ['tax', 'SGST 9%', 5_940],
    ]);
    expect(held.body.total.amount).toBe(77_880);
    // What is charged is the total.
    const paid = await t.api.post(`/api/bookings/${held.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, customer.token, {
      'idempotency-key': `k-${held.body.id}`,
    });
    expect(paid.status).toBe(200);
    expect(paid.body.payment.amount.amount).toBe(77_880);
    expect(paid.body.lines).toEqual(held.body.lines);
  });

  it('refuses bad settings with a 400 naming the field, and changes nothing', async () => {
    const { cinema } = await t.api.scenario(admin);
    const bad: [Record<string, unknown>, string][] = [
      [settings({ gstin: '27AAPFU0939F1ZW' }), 'gstin'],
      [settings({ gstin: 'not a gstin' }), 'gstin'],
      [settings({ convenienceFee: { perTicket: -100 } }), 'convenienceFee'],
      [settings({ convenienceFee: { percent: 120 } }), 'convenienceFee'],
      [settings({ convenienceFee: { perTicket: 100, percent: 2 } }), 'convenienceFee'],
      [settings({ refundPolicy: { tiers: [{ hoursBefore: 2, percent: 101 }], feesRefundable: false } }), 'refundPolicy'],
      [settings({ legalName: '   ' }), 'legalName'],
    ];
    for (const [body, field] of bad) {
      const reply = await t.api.put(`/api/admin/cinemas/${cinema.id}/billing`, body, admin);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(reply.body), JSON.stringify(body)).toContain(field);
    }
    expect((await t.api.get(`/api/admin/cinemas/${cinema.id}/billing`, admin)).body.gstin).toBeNull();
    expect((await t.api.put('/api/admin/cinemas/cin_nope/billing', { gstin: 'x' }, admin)).status).toBe(404);
    const customer = await t.api.customer();
    expect((await t.api.put(`/api/admin/cinemas/${cinema.id}/billing`, settings(), customer.token)).status).toBe(403);
  });
});
