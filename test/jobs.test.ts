import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payForBooking } from '../src/payments/pay.ts';
import type { Context } from '../src/context.ts';
import { recoverPayments } from '../src/jobs/payment-recovery.ts';
import { sweepExpiredHolds } from '../src/jobs/sweeper.ts';
import { TestGateway } from '../src/gateways/test-gateway.ts';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';

describe.each(backends())('the sweeper (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  it('moves lapsed pending bookings to expired and frees their rows, leaving live and paid ones alone', async () => {
    const { show, seats } = await t.api.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: 30 }] });
    const customers = await Promise.all(Array.from({ length: 6 }, () => t.api.customer()));
    const lapsing = [];
    for (const [i, c] of customers.entries())
      lapsing.push((await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[i]!.id] }, c.token)).body.id);
    const paid = (await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[20]!.id] }, customers[0]!.token)).body.id;
    await t.api.post(`/api/bookings/${paid}/payment`, { method: 'upi', upiId: 'success@upi' }, customers[0]!.token, {
      'Idempotency-Key': 'paid',
    });
    t.clock.advance(t.ctx.config.holdTtlSeconds + 1);
    const live = (await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[25]!.id] }, customers[1]!.token)).body.id;

    // Several instances sweep at once; each lapsed booking is expired exactly once.
    const swept = await Promise.all([sweepExpiredHolds(t.ctx), sweepExpiredHolds(t.ctx), sweepExpiredHolds(t.ctx)]);
    expect(swept.reduce((a, b) => a + b, 0)).toBe(6);
    const statuses = await t.ctx.db.query<{ id: string; status: string }>('SELECT id, status FROM bookings WHERE show_id = $1', [show.id]);
    const byId = Object.fromEntries(statuses.rows.map((r) => [r.id, r.status]));
    for (const id of lapsing) expect(byId[id]).toBe('expired');
    expect(byId[paid]).toBe('confirmed');
    expect(byId[live]).toBe('pending');
    const rows = await t.ctx.db.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM show_seats WHERE show_id = $1 GROUP BY status ORDER BY status',
      [show.id],
    );
    expect(rows.rows).toEqual([
      { status: 'available', n: 28 },
      { status: 'booked', n: 1 },
      { status: 'held', n: 1 },
    ]);
    expect(await sweepExpiredHolds(t.ctx)).toBe(0);
  });
});

describe.each(backends())('payment recovery after a crash between charge and confirm (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  let crashing: Context;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
    // The same database, but a gateway after which the "process" dies before confirming.
    crashing = {
      ...t.ctx,
      gateway: new TestGateway(t.ctx.db, {
        afterCapture: async () => {
          throw new Error('simulated crash after the charge');
        },
      }),
    };
  });
  afterAll(() => t.close());

  async function chargedButNotConfirmed() {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const booking = (await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token)).body;
    await expect(payForBooking(crashing, customer.id, booking.id, { method: 'upi', upiId: 'success@upi' })).rejects.toThrow(
      'simulated crash',
    );
    const ledger = await t.ctx.db.query<{ status: string }>(
      'SELECT c.status FROM test_gateway_charges c JOIN payments p ON p.id = c.reference WHERE p.booking_id = $1',
      [booking.id],
    );
    expect(ledger.rows).toEqual([{ status: 'captured' }]);
    return { show, customer, booking };
  }

  it('confirms a captured payment whose hold is still live', async () => {
    const { customer, booking } = await chargedButNotConfirmed();
    expect((await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body.status).toBe('pending');
    // Not yet: a payment is only recovered once it has been pending longer than any charge takes.
    expect(await recoverPayments(t.ctx)).toEqual({ confirmed: 0, refunded: 0, failed: 0 });
    t.clock.advance(61);
    const counts = await recoverPayments(t.ctx);
    expect(counts.confirmed).toBe(1);
    expect((await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body).toMatchObject({
      status: 'confirmed',
      payment: { status: 'completed' },
    });
  });

  it('refunds a captured payment whose hold lapsed meanwhile', async () => {
    const { show, customer, booking } = await chargedButNotConfirmed();
    t.clock.advance(t.ctx.config.holdTtlSeconds + 61);
    const counts = await recoverPayments(t.ctx);
    expect(counts.refunded).toBeGreaterThanOrEqual(1);
    expect((await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body.status).toBe('expired');
    const ledger = await t.ctx.db.query<{ status: string }>(
      'SELECT c.status FROM test_gateway_charges c JOIN payments p ON p.id = c.reference WHERE p.booking_id = $1',
      [booking.id],
    );
    expect(ledger.rows).toEqual([{ status: 'refunded' }]);
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(10);
  });

  it('marks an attempt the gateway never saw as failed, so the customer can pay again', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const booking = (await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token)).body;
    await t.ctx.db.query(
      "INSERT INTO payments (id, booking_id, method, amount, status, created_at, updated_at) VALUES ('pay_lost', $1, 'upi', 25000, 'pending', $2, $2)",
      [booking.id, t.clock.now()],
    );
    t.clock.advance(61);
    expect((await recoverPayments(t.ctx)).failed).toBe(1);
    const retry = await t.api.post(`/api/bookings/${booking.id}/payment`, { method: 'upi', upiId: 'success@upi' }, customer.token, {
      'Idempotency-Key': 'again',
    });
    expect(retry.status).toBe(200);
  });
});
