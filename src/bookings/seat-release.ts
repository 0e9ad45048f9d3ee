// Freeing seats and ending bookings: shared by cancel, decline, lapse and the sweeper.
import type { Queryable } from '../db/database.ts';
import { notifySeatChange } from '../live/seat-events.ts';
import { queueWaitlistMessages } from '../notifications/outbox.ts';
import { assertBookingTransition, type BookingStatus } from '../domain/states.ts';

/**
 * Frees the seats a booking still holds or owns; seats someone else holds now are left alone.
 * Seats that came free are announced on the live seat map, and the show's waitlist is told.
 */
export async function releaseSeats(tx: Queryable, bookingId: string): Promise<string[]> {
  const result = await tx.query<{ show_id: string; seat_id: string }>(
    `UPDATE show_seats SET status = 'available', booking_id = NULL, held_until = NULL
     WHERE booking_id = $1 RETURNING show_id, seat_id`,
    [bookingId],
  );
  const seatIds = result.rows.map((row) => row.seat_id);
  const showId = result.rows[0]?.show_id; // a booking's seats are all of one show
  if (showId) {
    await notifySeatChange(tx, showId, seatIds, 'available');
    await queueWaitlistMessages(tx, showId);
  }
  return seatIds;
}

/** Moves a booking from one status to another; false when it was no longer in `from`. */
export async function moveBooking(tx: Queryable, bookingId: string, from: BookingStatus, to: BookingStatus, now: Date): Promise<boolean> {
  assertBookingTransition(from, to);
  const result = await tx.query(
    `UPDATE bookings SET status = $3,
       confirmed_at = CASE WHEN $3 = 'confirmed' THEN $4::timestamptz ELSE confirmed_at END,
       cancelled_at = CASE WHEN $3 = 'cancelled' THEN $4::timestamptz ELSE cancelled_at END
     WHERE id = $1 AND status = $2`,
    [bookingId, from, to, now],
  );
  return result.rowCount === 1;
}
