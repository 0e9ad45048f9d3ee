// Paying for a held booking. Money never waits inside a transaction (DESIGN rule 3): the
// attempt is recorded, the gateway called outside any transaction, then the booking is
// confirmed in one transaction that only the current holder can win (rule 2).
import type { Context } from '../context.ts';
import { HoldExpired, InvalidTransition, PaymentDeclined, PaymentPending } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { notifySeatChange } from '../live/seat-events.ts';
import { queueBookingMessages } from '../notifications/outbox.ts';
import { strategyFor, type PaymentRequest } from '../payments/methods.ts';
import { bookingState } from './read.ts';
import { moveBooking, releaseSeats } from './seat-release.ts';
import { effectiveBookingStatus } from '../domain/states.ts';

const UNIQUE_VIOLATION = '23505';

export async function payForBooking(ctx: Context, userId: string, bookingId: string, request: PaymentRequest): Promise<void> {
  const now = ctx.clock.now();
  const booking = await bookingState(ctx.db, userId, bookingId);
  strategyFor(request).validate(request, now);
  const status = effectiveBookingStatus(booking.status, booking.expires_at, now);
  if (status === 'expired') {
    await expireBooking(ctx, bookingId);
    throw new HoldExpired();
  }
  if (status !== 'pending') throw new InvalidTransition('booking', status, 'confirmed');

  const paymentId = newId('pay');
  try {
    await ctx.db.query(
      `INSERT INTO payments (id, booking_id, method, amount, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'pending', $5, $5)`,
      [paymentId, bookingId, request.method, booking.total, now],
    );
  } catch (error) {
    // payments_one_live: another payment for this booking is in flight or done.
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new InvalidTransition('booking', 'being paid', 'paid again');
    throw error;
  }

  // The charge and what follows it run to the end even when the customer stops waiting.
  const settled = ctx.gateway.charge(paymentId, booking.total, request).then(async (charge) => {
    if (charge.status === 'declined') {
      await ctx.db.transaction(async (tx) => {
        await tx.query("UPDATE payments SET status = 'declined', updated_at = $2 WHERE id = $1", [paymentId, ctx.clock.now()]);
        if (await moveBooking(tx, bookingId, 'pending', 'expired', ctx.clock.now())) await releaseSeats(tx, bookingId);
      });
      return { outcome: 'declined' as const, reason: charge.reason };
    }
    return { outcome: await settleCapturedPayment(ctx, { paymentId, bookingId, amount: booking.total, gatewayRef: charge.gatewayRef }) };
  });
  const result = await withTimeout(settled, ctx.config.paymentTimeoutMs);
  if (result === TIMED_OUT) {
    // Recovery finishes it if this process dies first.
    settled.catch((error: unknown) => ctx.log.warn({ err: error, paymentId }, 'slow payment failed; recovery will finish it'));
    throw new PaymentPending();
  }
  if (result.outcome === 'declined') throw new PaymentDeclined(result.reason);
  if (result.outcome === 'lapsed') throw new HoldExpired();
}

const TIMED_OUT = Symbol('timed out');

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * After the gateway captured a charge: confirm the booking if its hold is still live and
 * whole, else refund the charge at once and expire the booking. Used by payment and by the
 * recovery job that finishes payments interrupted by a crash.
 */
export async function settleCapturedPayment(
  ctx: Context,
  payment: { paymentId: string; bookingId: string; amount: number; gatewayRef: string },
): Promise<'confirmed' | 'lapsed'> {
  const confirmed = await ctx.db
    .transaction(async (tx) => {
      const now = ctx.clock.now();
      const wanted = (
        await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM booking_seats WHERE booking_id = $1', [payment.bookingId])
      ).rows[0]!.n;
      const booked = await tx.query<{ show_id: string; seat_id: string }>(
        `UPDATE show_seats SET status = 'booked', held_until = NULL
       WHERE booking_id = $1 AND status = 'held' AND held_until > $2 RETURNING show_id, seat_id`,
        [payment.bookingId, now],
      );
      if (booked.rowCount !== wanted || !(await moveBooking(tx, payment.bookingId, 'pending', 'confirmed', now))) {
        throw new LapsedDuringPayment();
      }
      await tx.query("UPDATE payments SET status = 'completed', gateway_ref = $2, updated_at = $3 WHERE id = $1", [
        payment.paymentId,
        payment.gatewayRef,
        now,
      ]);
      // Told in this transaction (DESIGN rules 5 and 6): the mail cannot be lost, nor sent for a booking that rolled back.
      const showId = booked.rows[0]!.show_id;
      await notifySeatChange(
        tx,
        showId,
        booked.rows.map((row) => row.seat_id),
        'booked',
      );
      await queueBookingMessages(tx, 'booking-confirmed', [payment.bookingId], { sms: ctx.config.smsWebhookUrl !== undefined });
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof LapsedDuringPayment) return false;
      throw error;
    });
  if (confirmed) return 'confirmed';

  // The hold lapsed or was taken while the charge ran: nobody pays for seats they did not get.
  await ctx.db.query("UPDATE payments SET status = 'refund_pending', gateway_ref = $2, updated_at = $3 WHERE id = $1", [
    payment.paymentId,
    payment.gatewayRef,
    ctx.clock.now(),
  ]);
  await refundPayment(ctx, payment.paymentId, payment.amount);
  await expireBooking(ctx, payment.bookingId);
  return 'lapsed';
}

class LapsedDuringPayment extends Error {}

/** Refunds a payment marked refund_pending; if the gateway fails, recovery retries later. */
export async function refundPayment(ctx: Context, paymentId: string, amount: number): Promise<boolean> {
  try {
    await ctx.gateway.refund(paymentId, amount);
  } catch (error) {
    ctx.log.warn({ err: error, paymentId }, 'refund failed; recovery will retry it');
    return false;
  }
  await ctx.db.query(
    "UPDATE payments SET status = 'refunded', refunded_amount = amount, updated_at = $2 WHERE id = $1 AND status = 'refund_pending'",
    [paymentId, ctx.clock.now()],
  );
  return true;
}

/** A pending booking whose hold lapsed becomes expired and lets go of whatever it still holds. */
export async function expireBooking(ctx: Context, bookingId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (await moveBooking(tx, bookingId, 'pending', 'expired', ctx.clock.now())) await releaseSeats(tx, bookingId);
  });
}
