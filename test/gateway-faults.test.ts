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

  it('answers 503 payment-pending, confirms in the background, and a retry with the same key gets the outcome, not a second charge', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const booking = (await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token)).body;
    holdBankAnswer();
    const pay = () => t.api.post(`/api/bookings/${booking.id}/payment`, card, customer.token, { 'Idempotency-Key': 'slow' });
    const first = await pay();
    expect(first.status).toBe(503);
    expect(first.body.type).toMatch(/\/payment-pending$/);
    expect(first.headers.get('retry-after')).toBe('2');
    // While the charge is still running, a retry is told the same, rather than charged or refused as a second payment.
    const meanwhile = await pay();
    expect(meanwhile.status).toBe(503);
    expect(meanwhile.body.type).toMatch(/\/payment-pending$/);
    letBankAnswer();
    await waitUntil(
      async () => (await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body.status === 'confirmed',
      30_000,
      'the booking confirmed in the background',
    );
    // Once the charge settled, the retry a customer was told to make says they have a ticket, and keeps saying it.
    for (let i = 0; i < 2; i++) {
      const settled = await pay();
      expect(settled.status).toBe(200);
      expect(settled.body).toMatchObject({ id: booking.id, status: 'confirmed', payment: { status: 'completed' } });
    }
    const ledger = await t.ctx.db.query(
      'SELECT 1 FROM test_gateway_charges c JOIN payments p ON p.id = c.reference WHERE p.booking_id = $1',
      [booking.id],
    );
    expect(ledger.rowCount).toBe(1);
    expect(await unsettledPayments(t.ctx.db)).toBe(0);
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
  });

  it('gives a retry after 503 payment-pending the decline once the bank declined', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const booking = (await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token)).body;
    const declined = { method: 'upi', upiId: 'failure@upi' };
    const pay = () => t.api.post(`/api/bookings/${booking.id}/payment`, declined, customer.token, { 'Idempotency-Key': 'slow-no' });
    // A decline is answered by the bank only when the test lets it.
    const charge = t.ctx.gateway.charge.bind(t.ctx.gateway);
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    t.ctx.gateway.charge = async (...args) => {
      await answered;
      return charge(...args);
    };
    try {
      expect((await pay()).status).toBe(503);
      answer();
      await waitUntil(
        async () => (await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body.status === 'expired',
        30_000,
        'the booking expired after the decline',
      );
    } finally {
      t.ctx.gateway.charge = charge;
    }
    const retry = await pay();
    expect(retry.status).toBe(402);
    expect(retry.body.type).toMatch(/\/payment-declined$/);
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
    t.ctx.gateway.refund = async (reference, amount, refundId) => {
      if (refundsFail) throw new Error('gateway unavailable');
      return refund(reference, amount, refundId);
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
