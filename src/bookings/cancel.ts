// Cancelling: a customer's booking, or a whole show by the cinema. Seats are freed and
// payments marked refund_pending in one transaction; the refunds are sent after it.
import type { Context } from '../context.ts';
import type { Queryable } from '../db/database.ts';
import { InvalidTransition, NotFound, ShowStarted } from '../domain/errors.ts';
import { notifySeatChange } from '../live/seat-events.ts';
import { queueBookingMessages } from '../notifications/outbox.ts';
import { refundPayment } from './pay.ts';
import { bookingState } from './read.ts';
import { moveBooking, releaseSeats } from './seat-release.ts';
import { effectiveBookingStatus, effectiveShowStatus } from '../domain/states.ts';

interface PendingRefund {
  id: string;
  amount: number;
}

async function markRefundPending(tx: Queryable, bookingId: string, now: Date): Promise<PendingRefund[]> {
  return (
    await tx.query<PendingRefund>(
      `UPDATE payments SET status = 'refund_pending', updated_at = $2
       WHERE booking_id = $1 AND status = 'completed' RETURNING id, amount`,
      [bookingId, now],
    )
  ).rows;
}

async function sendRefunds(ctx: Context, refunds: PendingRefund[]): Promise<void> {
  for (const refund of refunds) await refundPayment(ctx, refund.id, refund.amount);
}

export async function cancelBooking(ctx: Context, userId: string, bookingId: string): Promise<void> {
  const now = ctx.clock.now();
  const booking = await bookingState(ctx.db, userId, bookingId);
  const status = effectiveBookingStatus(booking.status, booking.expires_at, now);
  if (status === 'confirmed' && booking.starts_at <= now) throw new ShowStarted();
  if (status !== 'pending' && status !== 'confirmed') throw new InvalidTransition('booking', status, 'cancelled');

  const refunds = await ctx.db.transaction(async (tx) => {
    if (!(await moveBooking(tx, bookingId, status, 'cancelled', now))) {
      // Changed under us (paid, swept or cancelled meanwhile): report what it is now.
      const current = await bookingState(tx, userId, bookingId);
      throw new InvalidTransition('booking', effectiveBookingStatus(current.status, current.expires_at, now), 'cancelled');
    }
    await releaseSeats(tx, bookingId);
    // Mail either way, as a receipt (with the refund, or saying nothing was charged); an SMS only for a confirmed booking.
    await queueBookingMessages(tx, 'booking-cancelled', [bookingId], {
      sms: status === 'confirmed' && ctx.config.smsWebhookUrl !== undefined,
    });
    return markRefundPending(tx, bookingId, now);
  });
  await sendRefunds(ctx, refunds);
}

export interface ShowCancellation {
  bookingsCancelled: number;
  refundedAmount: number;
}

/** The cinema cancels a show: every confirmed booking is cancelled and refunded in full, every pending one released. */
export async function cancelShow(ctx: Context, adminId: string, showId: string): Promise<ShowCancellation> {
  const now = ctx.clock.now();
  const { bookings, refunds } = await ctx.db.transaction(async (tx) => {
    const show = (
      await tx.query<{ status: 'upcoming' | 'cancelled'; starts_at: Date; ends_at: Date }>(
        'SELECT status, starts_at, ends_at FROM shows WHERE id = $1 FOR UPDATE',
        [showId],
      )
    ).rows[0];
    if (!show) throw new NotFound('show');
    const status = effectiveShowStatus(show.status, show.starts_at, show.ends_at, now);
    if (status === 'cancelled' || status === 'completed') throw new InvalidTransition('show', status, 'cancelled');
    await tx.query("UPDATE shows SET status = 'cancelled' WHERE id = $1", [showId]);

    const live = (
      await tx.query<{ id: string; status: 'pending' | 'confirmed' }>(
        "SELECT id, status FROM bookings WHERE show_id = $1 AND status IN ('pending', 'confirmed') ORDER BY id FOR UPDATE",
        [showId],
      )
    ).rows;
    for (const booking of live) await moveBooking(tx, booking.id, booking.status, 'cancelled', now);
    const freed = await tx.query<{ seat_id: string }>(
      `UPDATE show_seats SET status = 'available', booking_id = NULL, held_until = NULL
       WHERE show_id = $1 AND status <> 'available' RETURNING seat_id`,
      [showId],
    );
    const freedIds = freed.rows.map((row) => row.seat_id);
    await notifySeatChange(tx, showId, freedIds, 'available');
    // Each customer told (CONTRACT): mail, and SMS where they gave a phone number.
    const liveIds = live.map((b) => b.id);
    await queueBookingMessages(tx, 'show-cancelled', liveIds, { sms: ctx.config.smsWebhookUrl !== undefined });
    const refunds = (
      await tx.query<PendingRefund>(
        `UPDATE payments SET status = 'refund_pending', updated_at = $2
         WHERE booking_id = ANY($1::text[]) AND status = 'completed' RETURNING id, amount`,
        [live.map((b) => b.id), now],
      )
    ).rows;
    await tx.query('INSERT INTO admin_audit (user_id, action, subject_id, details) VALUES ($1, $2, $3, $4)', [
      adminId,
      'show.cancel',
      showId,
      JSON.stringify({ bookingsCancelled: live.length, refunds: refunds.length }),
    ]);
    return { bookings: live.length, refunds };
  });
  await sendRefunds(ctx, refunds);
  return { bookingsCancelled: bookings, refundedAmount: refunds.reduce((sum, r) => sum + r.amount, 0) };
}
