// A slow or timing-out payment gateway: customers are told the payment is pending, the charge
// is settled in the background, nothing is charged twice and every invariant holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverPayments } from '../src/jobs/payment-recovery.ts';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';
import { brokenInvariants, unsettledPayments } from './support/invariants.ts';
import { waitUntil } from './support/wait.ts';

const card = { method: 'credit_card', card: { number: '4242424242424242', expiry: '12/35', cvv: '123' } };

describe.each(backends())('a gateway slower than PAYMENT_TIMEOUT_MS (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  // The bank answers a captured charge only when the test lets it, however fast or slow the machine.
  let bankAnswers = Promise.resolve();
  let letBankAnswer = () => {};
  const holdBankAnswer = () => {
    bankAnswers = new Promise<void>((resolve) => (letBankAnswer = resolve));
  };
  beforeAll(async () => {
    t = await startTestApp({ backend, env: { PAYMENT_TIMEOUT_MS: '100' }, gateway: { afterCapture: () => bankAnswers } });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  it('answers 503 payment-pending, confirms in the background, and a retry with the same key does not charge again', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const booking = (await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token)).body;
    holdBankAnswer();
    const first = await t.api.post(`/api/bookings/${booking.id}/payment`, card, customer.token, { 'Idempotency-Key': 'slow' });
    expect(first.status).toBe(503);
    expect(first.body.type).toMatch(/\/payment-pending$/);
    // While the charge is still running, another attempt is refused rather than charged.
    const meanwhile = await t.api.post(`/api/bookings/${booking.id}/payment`, card, customer.token, { 'Idempotency-Key': 'slow' });
    expect(meanwhile.status).toBe(409);
    letBankAnswer();
    await waitUntil(
      async () => (await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body.status === 'confirmed',
      30_000,
      'the booking confirmed in the background',
    );
    const ledger = await t.ctx.db.query(
      'SELECT 1 FROM test_gateway_charges c JOIN payments p ON p.id = c.reference WHERE p.booking_id = $1',
      [booking.id],
    );
    expect(ledger.rowCount).toBe(1);
    expect(await unsettledPayments(t.ctx.db)).toBe(0);
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
  });

  it('refunds in the background when the hold lapsed while the bank was slow', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const booking = (await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token)).body;
    holdBankAnswer();
    const reply = await t.api.post(`/api/bookings/${booking.id}/payment`, card, customer.token, { 'Idempotency-Key': 'lapse' });
    expect(reply.status).toBe(503);
    t.clock.advance(t.ctx.config.holdTtlSeconds + 1);
    letBankAnswer();
    await waitUntil(
      async () =>
        (await unsettledPayments(t.ctx.db)) === 0 &&
        (await t.ctx.db.query("SELECT 1 FROM payments WHERE status = 'refunded'")).rowCount! > 0,
      30_000,
      'the charge refunded in the background',
    );
    expect((await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body.status).toBe('expired');
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(10);
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
  });
});

describe('a gateway that fails to refund', () => {
  let t: TestApp;
  let admin: string;
  let refundsFail = true;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.ctx);
    const refund = t.ctx.gateway.refund.bind(t.ctx.gateway);
    t.ctx.gateway.refund = async (reference, amount) => {
      if (refundsFail) throw new Error('gateway unavailable');
      return refund(reference, amount);
    };
  });
  afterAll(() => t.close());

  it('cancels at once, shows the refund as pending, and recovery completes it when the gateway is back', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const booking = (await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token)).body;
    expect((await t.api.post(`/api/bookings/${booking.id}/payment`, card, customer.token, { 'Idempotency-Key': 'r' })).status).toBe(200);
    const cancelled = await t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, customer.token);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', refund: { status: 'pending' } });
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(10);

    refundsFail = false;
    t.clock.advance(t.ctx.config.paymentRecoveryAfterSeconds + 1);
    expect((await recoverPayments(t.ctx)).refunded).toBe(1);
    expect((await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body.refund).toEqual({
      amount: { amount: 25_000, currency: 'INR' },
      status: 'refunded',
    });
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
  });
});
