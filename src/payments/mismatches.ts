// A payment the gateway reports for an attempt must be for the attempt's order, its amount and in
// INR before it may settle anything (docs/design.md, "Real gateways"). One that is not confirms
// nothing: taken on Houseful's own order for another amount in rupees, it is refunded whole at
// once (recovery retries a refund the gateway did not make); taken in another currency, or on an
// order that is not Houseful's, it is kept for staff to settle with the customer, since what to
// give back of it is no sum Houseful can work out. Each is logged and kept once per gateway
// payment (gateway_mismatches), and staff list them (GET /api/admin/payments/mismatches).
import type { Context } from '../context.ts';
import type { GatewayPayment, HostedCheckout } from '../gateways/gateway.ts';
import {
  leaseMismatchRefunds,
  listMismatches,
  markMismatchRefunded,
  recordMismatch,
  type CheckoutAttempt,
  type GatewayMismatch,
} from './repository.ts';

export interface Mismatch {
  kind: 'order' | 'currency' | 'amount';
  /** What is wrong, in words a customer or staff can read. */
  reason: string;
}

/** Why the payment cannot settle the attempt; undefined when it is the attempt's order, amount and currency. */
export function mismatchOf(attempt: CheckoutAttempt, payment: GatewayPayment): Mismatch | undefined {
  if (payment.orderId !== attempt.gateway_order_id) {
    return { kind: 'order', reason: `is a payment of order ${payment.orderId}, not of this booking's order` };
  }
  if (payment.currency !== 'INR') return { kind: 'currency', reason: `is in ${payment.currency}, not INR` };
  if (payment.amount !== attempt.amount) {
    return { kind: 'amount', reason: `is for ${payment.amount} paise, not the booking's ${attempt.amount}` };
  }
  return undefined;
}

/**
 * Sets aside a payment that does not match the attempt it was reported for. Only a captured one
 * holds the customer's money: an authorized one is never captured (the gateway gives it back
 * itself when it is not), and one already refunded ends a refund still pending here.
 */
export async function setAsideMismatch(
  ctx: Context,
  checkout: HostedCheckout,
  attempt: CheckoutAttempt,
  payment: GatewayPayment,
  mismatch: Mismatch,
): Promise<void> {
  const log = { paymentId: attempt.id, gatewayPaymentId: payment.id, orderId: payment.orderId, status: payment.status };
  if (payment.status === 'refunded') {
    await markMismatchRefunded(ctx.db, checkout.name, payment.id, ctx.clock.now());
    return;
  }
  if (payment.status !== 'captured') {
    ctx.log.warn(log, `a payment reported for this attempt ${mismatch.reason}: it is not captured, and confirms nothing`);
    return;
  }
  const { row, added } = await recordMismatch(
    ctx.db,
    {
      gateway: checkout.name,
      gateway_payment_id: payment.id,
      payment_id: attempt.id,
      gateway_order_id: payment.orderId,
      amount: payment.amount,
      currency: payment.currency,
      reason: mismatch.reason,
      // Refunded automatically only when it is surely Houseful's to give back, and in rupees.
      status: mismatch.kind === 'amount' ? 'refund-pending' : 'needs-staff',
    },
    ctx.clock.now(),
  );
  if (added && row.status === 'needs-staff') {
    ctx.log.error(log, `a captured payment ${mismatch.reason}: it confirms nothing, and staff must settle it with the customer`);
  } else if (added) {
    ctx.log.warn(log, `a captured payment ${mismatch.reason}: it confirms nothing, and is refunded whole`);
  }
  if (row.status === 'refund-pending') await refundMismatch(ctx, checkout, row);
}

/** Refunds a mismatch whole; false when the gateway has not yet, and recovery asks again. */
async function refundMismatch(ctx: Context, checkout: HostedCheckout, row: GatewayMismatch): Promise<boolean> {
  try {
    await checkout.refundUnmatched({ id: row.gateway_payment_id, amount: row.amount });
  } catch (error) {
    ctx.log.warn(
      { err: error, gatewayPaymentId: row.gateway_payment_id },
      'refund of a mismatched payment not made yet; it will be retried',
    );
    return false;
  }
  await markMismatchRefunded(ctx.db, row.gateway, row.gateway_payment_id, ctx.clock.now());
  return true;
}

/** Refunds of mismatched payments still pending after PAYMENT_RECOVERY_AFTER_SECONDS: asked again; how many were made. */
export async function recoverMismatchRefunds(ctx: Context, checkout: HostedCheckout, olderThan: Date, limit: number): Promise<number> {
  let refunded = 0;
  for (const row of await leaseMismatchRefunds(ctx.db, ctx.clock.now(), olderThan, limit)) {
    if (await refundMismatch(ctx, checkout, row)) refunded++;
  }
  return refunded;
}

/** Every mismatch as staff read it (GET /api/admin/payments/mismatches), newest first. */
export async function mismatchesForStaff(ctx: Context) {
  return (await listMismatches(ctx.db)).map((m) => ({
    gateway: m.gateway,
    gatewayPaymentId: m.gateway_payment_id,
    orderId: m.gateway_order_id,
    paymentId: m.payment_id,
    bookingId: m.booking_id,
    amount: Number(m.amount),
    currency: m.currency,
    reason: m.reason,
    status: m.status,
    seenAt: new Date(m.created_at).toISOString(),
  }));
}
