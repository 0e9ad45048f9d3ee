// Finishes payments a crash interrupted (docs/design.md rule 3): a charge recorded as pending for
// longer than any gateway call takes is looked up at the gateway, then confirmed or refunded;
// refunds that failed are retried. Rows are leased by bumping updated_at, so instances share.
// With a hosted checkout, a webhook that never came is made up for here by asking the gateway about
// the attempts made on it; a counter sale is asked of the counter's till (gateways/counter-till.ts).
import { recoverCheckout } from '../payments/checkout.ts';
import { expireBooking, settleCapturedPayment } from '../payments/pay.ts';
import { markRefundedAtGateway, refundPayment } from '../payments/refunds/captures.ts';
import type { Context } from '../context.ts';
import { recoverMismatchRefunds } from '../payments/mismatches.ts';
import { leaseUnsettledPayments, movePayment } from '../payments/repository.ts';
import { recoverRefunds } from '../payments/refunds/send.ts';

const BATCH = 100;

/** Payments pending longer than PAYMENT_RECOVERY_AFTER_SECONDS were interrupted: finish them. */
export async function recoverPayments(ctx: Context): Promise<{ confirmed: number; refunded: number; failed: number }> {
  const now = ctx.clock.now();
  const olderThan = new Date(now.getTime() - ctx.config.paymentRecoveryAfterSeconds * 1000);
  const leased = await leaseUnsettledPayments(ctx.db, now, olderThan, BATCH);
  const counts = { confirmed: 0, refunded: 0, failed: 0 };
  for (const payment of leased) {
    try {
      if (payment.status === 'refund_pending') {
        if (await refundPayment(ctx, payment.id)) counts.refunded++;
        continue;
      }
      if (ctx.gateway.checkout && payment.method === ctx.gateway.checkout.name) {
        // Paid on the gateway's checkout: its order's payments say what happened.
        const outcome = await recoverCheckout(ctx, { ...payment, status: 'pending', gateway_ref: null });
        if (outcome === 'confirmed') counts.confirmed++;
        else if (outcome === 'refunded') counts.refunded++;
        else if (outcome !== 'waiting') counts.failed++;
        continue;
      }
      const state = await ctx.gateway.lookup(payment.id);
      if (state === 'captured') {
        const outcome = await settleCapturedPayment(ctx, {
          paymentId: payment.id,
          bookingId: payment.booking_id,
          amount: payment.amount,
          gatewayRef: `recovered_${payment.id}`,
        });
        counts[outcome === 'confirmed' ? 'confirmed' : 'refunded']++;
      } else if (state === 'refunded') {
        await markRefundedAtGateway(ctx, { id: payment.id, amount: payment.amount });
        counts.refunded++;
      } else {
        // Never charged (or declined): the attempt failed; the booking keeps its hold until it lapses.
        await movePayment(ctx.db, payment.id, 'pending', state === 'declined' ? 'declined' : 'failed', { now: ctx.clock.now() });
        if (state === 'declined') await expireBooking(ctx, payment.booking_id);
        counts.failed++;
      }
    } catch (error) {
      ctx.log.error({ err: error, paymentId: payment.id }, 'payment recovery failed; it will be retried');
    }
  }
  // Refunds of seats given back (payments/refunds/send.ts) that a crash or a failing gateway left pending.
  counts.refunded += await recoverRefunds(ctx);
  // Payments the checkout took for another amount than their order's, whose refund is not made yet.
  if (ctx.gateway.checkout) counts.refunded += await recoverMismatchRefunds(ctx, ctx.gateway.checkout, olderThan, BATCH);
  return counts;
}
