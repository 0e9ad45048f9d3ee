// Cancelling: a customer's booking, or a whole show by the cinema. Seats are freed and
// payments marked refund_pending in one transaction; the refunds are sent after it.
import { findShowTimes, markShowCancelled, recordAudit } from '../catalogue/repository.ts';
import type { Context } from '../context.ts';
import { InvalidInput, InvalidTransition, NotFound, ShowStarted, TicketCheckedIn } from '../domain/errors.ts';
import { effectiveBookingStatus, effectiveShowStatus } from '../domain/states.ts';
import { inZone } from '../domain/zoned-time.ts';
import { issueCreditNotes } from '../invoices/issue.ts';
import { queueBookingMessages } from '../notifications/repository.ts';
import { markCompletedPaymentsForRefund, type PaymentToRefund } from '../payments/repository.ts';
import { refundPayment } from './pay.ts';
import { bookingState } from './read.ts';
import { releaseSeats } from './release.ts';
import { checkedInAt, lockBooking, lockLiveBookingsOfShow, moveBooking, moveBookings } from './repository.ts';

async function sendRefunds(ctx: Context, refunds: PaymentToRefund[]): Promise<void> {
  for (const refund of refunds) await refundPayment(ctx, refund.id, refund.amount);
}

export async function cancelBooking(ctx: Context, userId: string, bookingId: string): Promise<void> {
  const now = ctx.clock.now();
  const booking = await bookingState(ctx.db, userId, bookingId);
  const status = effectiveBookingStatus(booking.status, booking.expires_at, now);
  if (status === 'confirmed' && booking.starts_at <= now) throw new ShowStarted();
  if (status !== 'pending' && status !== 'confirmed') throw new InvalidTransition('booking', status, 'cancelled');

  const refunds = await ctx.db.transaction(async (tx) => {
    // Under the booking's lock, which a check-in takes too: of a check-in and a cancel racing, one wins.
    const locked = await lockBooking(tx, bookingId);
    if (!locked) throw new NotFound('booking');
    // An admitted ticket's seats were used: no refund, and the seat is not sold again. Staff may still refund it (refundByStaff).
    const admitted = await checkedInAt(tx, bookingId);
    if (admitted) throw new TicketCheckedIn(inZone(admitted, locked.time_zone));
    if (!(await moveBooking(tx, bookingId, status, 'cancelled', now))) {
      // Changed under us (paid, swept or cancelled meanwhile): report what it is now.
      const current = await bookingState(tx, userId, bookingId);
      throw new InvalidTransition('booking', effectiveBookingStatus(current.status, current.expires_at, now), 'cancelled');
    }
    await releaseSeats(tx, [bookingId], now);
    // Mail either way, as a receipt (with the refund, or saying nothing was charged); an SMS only for a confirmed booking.
    await queueBookingMessages(tx, 'booking-cancelled', [bookingId], {
      sms: status === 'confirmed' && ctx.config.smsWebhookUrl !== undefined,
    });
    const refunds = await markCompletedPaymentsForRefund(tx, [bookingId], now);
    await issueCreditNotes(tx, [bookingId], now);
    return refunds;
  });
  await sendRefunds(ctx, refunds);
}

export interface StaffRefund {
  bookingId: string;
  refundedAmount: number;
  /** When its ticket was checked in, in the cinema's time zone; null when it never was. */
  checkedInAt: string | null;
}

/**
 * Staff cancel a confirmed booking and refund it in full, deliberately and with a reason: also once
 * its ticket was checked in, or its show started, which a customer's own cancel refuses. The seats
 * are freed and the customer told; who did it, why, and what was refunded go into admin_audit.
 */
export async function refundByStaff(ctx: Context, adminId: string, bookingId: string, reason: string): Promise<StaffRefund> {
  const why = reason.trim();
  if (!why) throw new InvalidInput('reason', 'must say why the booking is refunded');
  const now = ctx.clock.now();
  const { refunds, admitted } = await ctx.db.transaction(async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    if (!booking) throw new NotFound('booking');
    const status = effectiveBookingStatus(booking.status, booking.expires_at, now);
    if (status !== 'confirmed') throw new InvalidTransition('booking', status, 'refunded');
    const checkedIn = await checkedInAt(tx, bookingId);
    await moveBooking(tx, bookingId, 'confirmed', 'cancelled', now);
    await releaseSeats(tx, [bookingId], now);
    await queueBookingMessages(tx, 'booking-cancelled', [bookingId], { sms: ctx.config.smsWebhookUrl !== undefined });
    const refunds = await markCompletedPaymentsForRefund(tx, [bookingId], now);
    await issueCreditNotes(tx, [bookingId], now);
    const admitted = checkedIn ? inZone(checkedIn, booking.time_zone) : null;
    await recordAudit(tx, adminId, 'booking.refund', bookingId, {
      reason: why,
      showId: booking.show_id,
      customerId: booking.user_id,
      checkedInAt: admitted,
      refunded: refunds.reduce((sum, r) => sum + r.amount, 0),
    });
    return { refunds, admitted };
  });
  await sendRefunds(ctx, refunds);
  return { bookingId, refundedAmount: refunds.reduce((sum, r) => sum + r.amount, 0), checkedInAt: admitted };
}

export interface ShowCancellation {
  bookingsCancelled: number;
  refundedAmount: number;
}

/** The cinema cancels a show: every confirmed booking is cancelled and refunded in full, every pending one released. */
export async function cancelShow(ctx: Context, adminId: string, showId: string): Promise<ShowCancellation> {
  const now = ctx.clock.now();
  const { bookings, refunds } = await ctx.db.transaction(async (tx) => {
    const show = await findShowTimes(tx, showId, { lock: true });
    if (!show) throw new NotFound('show');
    const status = effectiveShowStatus(show.status, show.starts_at, show.ends_at, now);
    if (status === 'cancelled' || status === 'completed') throw new InvalidTransition('show', status, 'cancelled');
    await markShowCancelled(tx, showId);

    const live = await lockLiveBookingsOfShow(tx, showId);
    const liveIds = live.map((b) => b.id);
    for (const from of ['pending', 'confirmed'] as const) {
      await moveBookings(
        tx,
        live.filter((b) => b.status === from).map((b) => b.id),
        from,
        'cancelled',
        now,
      );
    }
    await releaseSeats(tx, liveIds, now);
    // Each customer told: mail, and SMS where they gave a phone number.
    await queueBookingMessages(tx, 'show-cancelled', liveIds, { sms: ctx.config.smsWebhookUrl !== undefined });
    const refunds = await markCompletedPaymentsForRefund(tx, liveIds, now);
    await issueCreditNotes(tx, liveIds, now);
    await recordAudit(tx, adminId, 'show.cancel', showId, { bookingsCancelled: live.length, refunds: refunds.length });
    return { bookings: live.length, refunds };
  });
  await sendRefunds(ctx, refunds);
  return { bookingsCancelled: bookings, refundedAmount: refunds.reduce((sum, r) => sum + r.amount, 0) };
}
