// A counter sale's money is at the counter: what is given back of it (the show cancelled by the
// cinema, a staff refund) and a sale a crash left unconfirmed are settled at the counter's till,
// never with the online gateway, whichever gateway online customers pay through.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.ts';
import { sellAtCounter } from '../../src/counter/sale.ts';
import { recoverPayments } from '../../src/jobs/payment-recovery.ts';
import { adminToken, backends, startTestApp, type TestApp } from '../support/app.ts';
import { brokenGatewayInvariants, brokenInvariants, unsettledPayments } from '../support/invariants.ts';
import { RazorpayStandIn } from '../support/razorpay-stand-in.ts';

const cases = backends().flatMap((backend) => (['test', 'razorpay'] as const).map((gateway) => [backend, gateway] as const));

describe.each(cases)('the counter till (%s, %s gateway)', (backend, online) => {
  let t: TestApp;
  let admin: string;
  let standIn: RazorpayStandIn | undefined;
  beforeAll(async () => {
    standIn = online === 'razorpay' ? await RazorpayStandIn.start() : undefined;
    t = await startTestApp({ backend, env: standIn?.env() ?? {} });
    admin = await adminToken(t.ctx);
  });
  afterAll(async () => {
    await t.close();
    await standIn?.close();
  });
  afterEach(async () => {
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
    if (standIn) expect(await brokenGatewayInvariants(t.ctx.db, [...standIn.payments.values()])).toEqual([]);
  });

  /** A show with a cashier whose shift is open at its cinema, and a manager there. */
  async function counter() {
    const scenario = await t.api.scenario(admin);
    const staff = async (role: string) => {
      const account = await t.api.customer(role);
      const granted = await t.api.post('/api/admin/staff', { email: account.email, role, cinemaIds: [scenario.cinema.id] }, admin);
      expect(granted.status).toBe(201);
      return account;
    };
    const cashier = await staff('box-office');
    const manager = await staff('manager');
    const shift = await t.api.post('/api/admin/shifts', { cinemaId: scenario.cinema.id }, cashier.token);
    expect(shift.status).toBe(201);
    return { ...scenario, cashier, manager, shiftId: shift.body.id as string };
  }

  /** The online gateway saw nothing of these payments: no charge, order or refund. */
  async function onlineGatewaySawNothingOf(bookingIds: string[]) {
    const payments = (await t.ctx.db.query<{ id: string }>('SELECT id FROM payments WHERE booking_id = ANY($1::text[])', [bookingIds]))
      .rows;
    expect(payments.length).toBeGreaterThan(0);
    const ids = payments.map((p) => p.id);
    const charges = await t.ctx.db.query('SELECT 1 FROM test_gateway_charges WHERE reference = ANY($1::text[])', [ids]);
    const refunds = await t.ctx.db.query('SELECT 1 FROM test_gateway_refunds WHERE reference = ANY($1::text[])', [ids]);
    expect(charges.rowCount).toBe(0);
    expect(refunds.rowCount).toBe(0);
    if (standIn) {
      expect([...standIn.orders.values()].filter((order) => bookingIds.includes(order.receipt))).toEqual([]);
      expect([...standIn.refunds.values()]).toEqual([]);
    }
  }

  it('refunds counter sales at the till when the cinema cancels the show or staff refund one, with refund rows and the ledger', async () => {
    const { show, seats, cashier, manager, shiftId } = await counter();
    const sell = async (seatIds: string[], method: string) => {
      const sale = await t.api.post('/api/admin/counter-sales', { showId: show.id, seatIds, payment: { method } }, cashier.token);
      expect(sale.status, JSON.stringify(sale.body)).toBe(201);
      return sale.body as { id: string; total: { amount: number } };
    };
    const byStaff = await sell([seats[0]!.id], 'card-terminal');
    const withShow = await sell([seats[1]!.id, seats[2]!.id], 'cash');

    const refunded = await t.api.post(`/api/admin/bookings/${byStaff.id}/refund`, { reason: 'wrong show sold' }, manager.token);
    expect(refunded.status).toBe(200);
    expect(refunded.body.refunded.amount).toBe(byStaff.total.amount);
    const cancelled = await t.api.post(`/api/admin/shows/${show.id}/cancel`, undefined, manager.token);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.bookingsCancelled).toBe(1);

    const refunds = await t.ctx.db.query<{ booking_id: string; amount: number; status: string; reason: string }>(
      'SELECT booking_id, amount, status, reason FROM refunds WHERE booking_id = ANY($1::text[]) ORDER BY created_at',
      [[byStaff.id, withShow.id]],
    );
    expect(refunds.rows).toEqual([
      { booking_id: byStaff.id, amount: byStaff.total.amount, status: 'refunded', reason: 'staff' },
      { booking_id: withShow.id, amount: withShow.total.amount, status: 'refunded', reason: 'show-cancelled' },
    ]);
    const ledger = await t.ctx.db.query<{ kind: string; total: number }>(
      'SELECT kind, sum(amount)::int AS total FROM ledger_entries WHERE booking_id = ANY($1::text[]) GROUP BY kind ORDER BY kind',
      [[byStaff.id, withShow.id]],
    );
    const sold = byStaff.total.amount + withShow.total.amount;
    expect(ledger.rows).toEqual([
      { kind: 'charge', total: sold },
      { kind: 'refund', total: sold },
    ]);
    for (const sale of [byStaff, withShow]) {
      const view = (await t.api.get(`/api/admin/counter-sales/${sale.id}`, cashier.token)).body;
      expect(view).toMatchObject({ status: 'cancelled', payment: { status: 'refunded' } });
    }
    // The cashier hands it back from the drawer and the terminal: the shift's takings say so.
    const takings = (await t.api.get(`/api/admin/shifts/${shiftId}`, cashier.token)).body.takings as { refunded: { amount: number } }[];
    expect(takings.reduce((sum, line) => sum + line.refunded.amount, 0)).toBe(sold);
    expect(await unsettledPayments(t.ctx.db)).toBe(0);
    await onlineGatewaySawNothingOf([byStaff.id, withShow.id]);
  });

  it('confirms at the till a counter sale a crash left unconfirmed, or gives it back once its hold lapsed', async () => {
    const { cinema, show, seats, cashier } = await counter();
    // The same database, but the "process" dies after the cashier took the money and before the sale is confirmed.
    const crashing: Context = {
      ...t.ctx,
      gateway: {
        async charge(reference, amount, request) {
          await t.ctx.gateway.charge(reference, amount, request);
          throw new Error('simulated crash after the cashier took the money');
        },
        refund: (reference, amount, refundId) => t.ctx.gateway.refund(reference, amount, refundId),
        lookup: (reference) => t.ctx.gateway.lookup(reference),
      },
    };
    const crashedSale = async (seatId: string) => {
      await expect(
        sellAtCounter(crashing, { id: cashier.id }, cinema.id, { showId: show.id, seatIds: [seatId], payment: { method: 'cash' } }),
      ).rejects.toThrow('simulated crash');
      const sale = await t.ctx.db.query<{ booking_id: string }>(
        "SELECT cs.booking_id FROM counter_sales cs JOIN booking_seats bs ON bs.booking_id = cs.booking_id WHERE bs.seat_id = $1 AND cs.booking_id IN (SELECT booking_id FROM payments WHERE status = 'pending')",
        [seatId],
      );
      expect(sale.rows).toHaveLength(1);
      return sale.rows[0]!.booking_id;
    };
    const saleView = async (bookingId: string) => (await t.api.get(`/api/admin/counter-sales/${bookingId}`, cashier.token)).body;

    const live = await crashedSale(seats[0]!.id);
    expect(await saleView(live)).toMatchObject({ status: 'pending', payment: null });
    t.clock.advance(t.ctx.config.paymentRecoveryAfterSeconds + 1);
    expect((await recoverPayments(t.ctx)).confirmed).toBe(1);
    expect(await saleView(live)).toMatchObject({ status: 'confirmed', payment: { status: 'completed' } });

    const lapsed = await crashedSale(seats[1]!.id);
    t.clock.advance(t.ctx.config.holdTtlSeconds + 1);
    expect((await recoverPayments(t.ctx)).refunded).toBe(1);
    expect(await saleView(lapsed)).toMatchObject({ status: 'expired', payment: { status: 'refunded' } });
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(9);
    expect(await unsettledPayments(t.ctx.db)).toBe(0);
    await onlineGatewaySawNothingOf([live, lapsed]);
  });
});
