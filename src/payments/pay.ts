// Paying for a held booking. Money never waits inside a transaction (docs/design.md rule 3): the
// attempt is recorded, the gateway called outside any transaction, then the booking is
// confirmed in one transaction that only the current holder can win (rule 2).
import type { Context } from '../context.ts';
import {
  CheckoutRequired,
  DomainError,
  HoldExpired,
  InvalidTransition,
  PaymentDeclined,
  PaymentPending,
  ShowStartedBeforePayment,
} from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { effectiveBookingStatus, type BookingStatus } from '../domain/states.ts';
import { issueInvoice } from '../invoices/issue.ts';
import { addLedgerEntry } from '../ledger/repository.ts';
import { notifySeatChange } from '../db/seat-notices.ts';
import { queueBookingMessages } from '../outbox/repository.ts';
import { keptOfPayment, requestHash, withIdempotency, type StoredAnswer } from './idempotency.ts';
import { strategyFor, type PaymentRequest } from '../gateways/methods.ts';
import { findPayment, findPaymentForKey, insertPendingPayment, movePayment } from './repository.ts';
import { ticketSecret } from '../tickets/tokens.ts';
import { bookingState, getBooking } from '../bookings/read.ts';
import { endPendingBooking } from '../bookings/release.ts';
import { markCaptureForRefund, refundPayment } from './refunds/captures.ts';
import { confirmHeldSeats } from '../bookings/changes.ts';

export async function payForBooking(
  ctx: Context,
  userId: string,
  bookingId: string,
  request: PaymentRequest,
  options: { idempotencyKey?: string } = {},
): Promise<void> {
  const now = ctx.clock.now();
  const booking = await bookingState(ctx.db, userId, bookingId);
  if (ctx.gateway.checkout) throw new CheckoutRequired(bookingId);
  strategyFor(request).validate(request, now);
  await mustBePayable(ctx, bookingId, booking, now);

  const paymentId = newId('pay');
  const attempt = { id: paymentId, bookingId, method: request.method, amount: booking.total, idempotencyKey: options.idempotencyKey, now };
  if (!(await insertPendingPayment(ctx.db, attempt))) throw new InvalidTransition('booking', 'being paid', 'paid again');

  // The charge and what follows it run to the end even when the customer stops waiting.
  const settled = ctx.gateway.charge(paymentId, booking.total, request).then(async (charge) => {
    if (charge.status === 'declined') {
      await ctx.db.transaction(async (tx) => {
        const at = ctx.clock.now();
        await movePayment(tx, paymentId, 'pending', 'declined', { now: at });
        await endPendingBooking(tx, bookingId, 'expired', at);
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
      const booked = await confirmHeldSeats(tx, payment.bookingId, now);
      // Fewer seats than the booking's, or the booking moved meanwhile: roll all of it back.
      if (!booked) throw new HoldExpired();
      // The payment settled meanwhile by another way (a webhook, recovery): that settlement stands.
      if (!(await movePayment(tx, payment.paymentId, 'pending', 'completed', { now, gatewayRef: payment.gatewayRef })))
        throw new HoldExpired();
      await addLedgerEntry(tx, { kind: 'charge', paymentId: payment.paymentId, refundId: null, amount: payment.amount, at: now });
      // Its tax invoice, numbered in this transaction: a rollback gives the number back.
      await issueInvoice(tx, payment.bookingId, now);
      // Told in this transaction (rules 5 and 6): the mail cannot be lost, nor sent for a booking that rolled back.
      await notifySeatChange(
        tx,
        booked[0]!.show_id,
        booked.map((row) => row.seat_id),
        'booked',
      );
      await queueBookingMessages(tx, 'booking-confirmed', [payment.bookingId], { sms: ctx.config.smsWebhookUrl !== undefined });
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof HoldExpired) return false;
      throw error;
    });
  if (confirmed) return 'confirmed';

  // The hold lapsed or was taken while the charge ran: nobody pays for seats they did not get.
  if (!(await markCaptureForRefund(ctx, { id: payment.paymentId, amount: payment.amount, gatewayRef: payment.gatewayRef }, 'pending'))) {
    // Settled by another way meanwhile, which refunds it if it must: only say what became of it.
    return (await findPayment(ctx.db, payment.paymentId))?.status === 'completed' ? 'confirmed' : 'lapsed';
  }
  await refundPayment(ctx, payment.paymentId);
  await expireBooking(ctx, payment.bookingId);
  return 'lapsed';
}

/**
 * Refuses to take money for a booking that cannot be paid now, before any payment row or charge: a
 * lapsed hold (expired at once), a booking no longer pending, and a hold taken before the show for
 * a show already running (no ticket into it).
 */
export async function mustBePayable(
  ctx: Context,
  bookingId: string,
  booking: { status: BookingStatus; expires_at: Date; starts_at: Date },
  now: Date,
): Promise<void> {
  const status = effectiveBookingStatus(booking.status, booking.expires_at, now);
  if (status === 'expired') {
    await expireBooking(ctx, bookingId);
    throw new HoldExpired();
  }
  if (status !== 'pending') throw new InvalidTransition('booking', status, 'confirmed');
  if (booking.starts_at <= now) {
    await expireBooking(ctx, bookingId);
    throw new ShowStartedBeforePayment();
  }
}

/** A pending booking whose hold lapsed becomes expired and lets go of whatever it still holds. */
export async function expireBooking(ctx: Context, bookingId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await endPendingBooking(tx, bookingId, 'expired', ctx.clock.now());
  });
}

/**
 * What became of the attempt an earlier request made under this Idempotency-Key: undefined when
 * it made none (or one the gateway never saw, which may be tried again); 'confirmed' when it
 * confirmed the booking; otherwise the error that is its answer (still pending, declined, lapsed).
 */
async function outcomeOfAttempt(ctx: Context, userId: string, bookingId: string, key: string): Promise<'confirmed' | undefined> {
  const attempt = await findPaymentForKey(ctx.db, bookingId, key);
  if (!attempt || attempt.status === 'failed') return undefined;
  if (attempt.status === 'pending') throw new PaymentPending();
  if (attempt.status === 'declined') throw new PaymentDeclined('declined by the bank');
  if (attempt.status === 'completed') return 'confirmed';
  // Refunded: either the booking was confirmed and later cancelled, or the hold lapsed during the charge.
  if ((await bookingState(ctx.db, userId, bookingId)).confirmed_at !== null) return 'confirmed';
  throw new HoldExpired();
}

/**
 * POST /api/bookings/{id}/payment under an Idempotency-Key: the first request pays; a replay gets
 * the stored answer; a retry after an answer that was not final gets the attempt's outcome.
 */
export async function payIdempotently(
  ctx: Context,
  payment: { userId: string; bookingId: string; key: string; request: PaymentRequest },
  answerFor: (error: DomainError) => StoredAnswer,
): Promise<StoredAnswer> {
  const { userId, bookingId, key } = payment;
  const confirmedBooking = async (): Promise<StoredAnswer> => ({
    status: 200,
    body: await getBooking(ctx.db, ctx.clock, userId, bookingId),
  });
  return withIdempotency(ctx.db, ctx.clock, {
    userId,
    key,
    hash: requestHash(await ticketSecret(ctx), { booking: bookingId, payment: keptOfPayment(payment.request) }),
    run: async () => {
      await payForBooking(ctx, userId, bookingId, payment.request, { idempotencyKey: key });
      return confirmedBooking();
    },
    resume: async () => ((await outcomeOfAttempt(ctx, userId, bookingId, key)) === 'confirmed' ? confirmedBooking() : undefined),
    answerFor,
  });
}
