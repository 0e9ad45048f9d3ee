// Refunds that no customer asked for: a capture that paid for no seats (its hold lapsed, its show
// started, its attempt had ended) is refunded whole, and a payment the gateway itself refunded
// before Houseful settled it is entered as it is. Like every refund, sent outside any transaction
// and entered in the ledger once made.
import type { Context } from '../../context.ts';
import { addLedgerEntry } from '../../ledger/repository.ts';
import { findPayment, movePayment } from '../repository.ts';
import { refundsOfPayment } from './repository.ts';
import { sendRefunds } from './send.ts';

/**
 * A capture that paid for no seats (its hold lapsed, its show started, its attempt had ended) is
 * marked to be refunded whole; the charge enters the ledger in the same transaction, as a confirmed
 * one does. False when the payment was no longer in `from`.
 */
export async function markCaptureForRefund(
  ctx: Context,
  payment: { id: string; amount: number; gatewayRef: string },
  from: 'pending' | 'declined' | 'failed',
): Promise<boolean> {
  const { id: paymentId, amount, gatewayRef } = payment;
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    if (!(await movePayment(tx, paymentId, from, 'refund_pending', { now, gatewayRef }))) return false;
    await addLedgerEntry(tx, { kind: 'charge', paymentId, refundId: null, amount, at: now });
    return true;
  });
}

/** A pending payment the gateway charged and refunded whole before Houseful settled it: both enter the ledger. */
export async function markRefundedAtGateway(ctx: Context, payment: { id: string; amount: number; gatewayRef?: string }): Promise<boolean> {
  const { id: paymentId, amount, gatewayRef } = payment;
  return ctx.db.transaction(async (tx) => {
    const at = ctx.clock.now();
    if (!(await movePayment(tx, paymentId, 'pending', 'refunded', { now: at, ...(gatewayRef ? { gatewayRef } : {}) }))) return false;
    await addLedgerEntry(tx, { kind: 'charge', paymentId, refundId: null, amount, at });
    await addLedgerEntry(tx, { kind: 'refund', paymentId, refundId: null, amount, at });
    return true;
  });
}

/**
 * Gives back what the payment still owes: the refunds of seats given back by cancelling, when it
 * has any (each under its own id, payments/refunds/send.ts), or else, once it is marked refund_pending (a
 * capture that paid for no seats), the whole charge. So however many sides ask (the settlement,
 * a webhook, recovery), a payment is never refunded both ways. False when the gateway failed:
 * recovery retries later.
 */
export async function refundPayment(ctx: Context, paymentId: string): Promise<boolean> {
  const refunds = await refundsOfPayment(ctx.db, paymentId);
  const unsent = refunds.filter((refund) => refund.status === 'pending');
  if (refunds.length > 0) return sendRefunds(ctx, unsent);
  const payment = await findPayment(ctx.db, paymentId);
  if (payment?.status !== 'refund_pending') return true;
  try {
    await ctx.gateway.refund(paymentId, payment.amount);
  } catch (error) {
    ctx.log.warn({ err: error, paymentId }, 'refund failed; recovery will retry it');
    return false;
  }
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    if (await movePayment(tx, paymentId, 'refund_pending', 'refunded', { now }))
      await addLedgerEntry(tx, { kind: 'refund', paymentId, refundId: null, amount: payment.amount, at: now });
  });
  return true;
}
