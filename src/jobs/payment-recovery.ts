// Finishes payments a crash interrupted (DESIGN rule 3): a charge recorded as pending for
// longer than any gateway call takes is looked up at the gateway, then confirmed or refunded;
// refunds that failed are retried. Rows are leased by bumping updated_at, so instances share.
import type { Context } from '../context.ts';
import { expireBooking, refundPayment, settleCapturedPayment } from '../bookings/pay.ts';

interface Unsettled {
  id: string;
  booking_id: string;
  amount: number;
  status: 'pending' | 'refund_pending';
}

/** Payments pending longer than PAYMENT_RECOVERY_AFTER_SECONDS were interrupted: finish them. */
export async function recoverPayments(ctx: Context): Promise<{ confirmed: number; refunded: number; failed: number }> {
  const now = ctx.clock.now();
  const olderThanMs = ctx.config.paymentRecoveryAfterSeconds * 1000;
  const leased = (
    await ctx.db.query<Unsettled>(
      `UPDATE payments SET updated_at = $1
       WHERE id IN (SELECT id FROM payments WHERE status IN ('pending', 'refund_pending') AND updated_at < $2
                    ORDER BY updated_at LIMIT 100 FOR UPDATE SKIP LOCKED)
       RETURNING id, booking_id, amount, status`,
      [now, new Date(now.getTime() - olderThanMs)],
    )
  ).rows;
  const counts = { confirmed: 0, refunded: 0, failed: 0 };
  for (const payment of leased) {
    try {
      if (payment.status === 'refund_pending') {
        if (await refundPayment(ctx, payment.id, payment.amount)) counts.refunded++;
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
        await ctx.db.query("UPDATE payments SET status = 'refunded', refunded_amount = amount, updated_at = $2 WHERE id = $1", [
          payment.id,
          ctx.clock.now(),
        ]);
        counts.refunded++;
      } else {
        // Never charged (or declined): the attempt failed; the booking keeps its hold until it lapses.
        await ctx.db.query("UPDATE payments SET status = $2, updated_at = $3 WHERE id = $1 AND status = 'pending'", [
          payment.id,
          state === 'declined' ? 'declined' : 'failed',
          ctx.clock.now(),
        ]);
        if (state === 'declined') await expireBooking(ctx, payment.booking_id);
        counts.failed++;
      }
    } catch (error) {
      ctx.log.error({ err: error, paymentId: payment.id }, 'payment recovery failed; it will be retried');
    }
  }
  return counts;
}
