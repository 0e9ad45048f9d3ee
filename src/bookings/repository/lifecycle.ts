// A booking's life after its hold: its status moved under the transition table, its seats booked,
// freed or given back, its ticket reissued, and the locks a change takes.
import type { Queryable } from '../../db/database.ts';
import { seatIsHeldLive } from '../../db/seat-predicates.ts';
import { assertBookingTransition, type BookingStatus } from '../../domain/states.ts';

/** Moves a booking from one status to another; false when it was no longer in `from`. */
export async function moveBooking(tx: Queryable, bookingId: string, from: BookingStatus, to: BookingStatus, now: Date): Promise<boolean> {
  return (await moveBookings(tx, [bookingId], from, to, now)).length === 1;
}

/** Moves each of the bookings still in `from` to `to`; returns the ids that moved. */
export async function moveBookings(
  tx: Queryable,
  bookingIds: readonly string[],
  from: BookingStatus,
  to: BookingStatus,
  now: Date,
): Promise<string[]> {
  assertBookingTransition(from, to);
  if (bookingIds.length === 0) return [];
  const result = await tx.query<{ id: string }>(
    `UPDATE bookings SET status = $3,
       confirmed_at = CASE WHEN $3 = 'confirmed' THEN $4::timestamptz ELSE confirmed_at END,
       cancelled_at = CASE WHEN $3 = 'cancelled' THEN $4::timestamptz ELSE cancelled_at END
     WHERE id = ANY($1::text[]) AND status = $2 RETURNING id`,
    [[...bookingIds], from, to, now],
  );
  return result.rows.map((row) => row.id);
}

/**
 * Claims up to `limit` pending bookings whose hold lapsed by `now` and moves them to expired.
 * SKIP LOCKED: a booking another instance (or a payment) is working on is left for later.
 */
export async function expireLapsedBookings(tx: Queryable, now: Date, limit: number): Promise<string[]> {
  assertBookingTransition('pending', 'expired');
  return (
    await tx.query<{ id: string }>(
      `UPDATE bookings SET status = 'expired'
       WHERE status = 'pending' AND id IN (SELECT id FROM bookings WHERE status = 'pending' AND expires_at <= $1
                    ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [now, limit],
    )
  ).rows.map((row) => row.id);
}

export interface ShowSeat {
  show_id: string;
  seat_id: string;
}

/**
 * Frees the seats these bookings still hold or own (only `seatIds` of them when given); seats
 * someone else holds now are left alone.
 */
export async function releaseSeatsOf(tx: Queryable, bookingIds: readonly string[], seatIds?: readonly string[]): Promise<ShowSeat[]> {
  if (bookingIds.length === 0) return [];
  return (
    await tx.query<ShowSeat>(
      `UPDATE show_seats SET status = 'available', booking_id = NULL, held_until = NULL
       WHERE booking_id = ANY($1::text[]) AND ($2::text[] IS NULL OR seat_id = ANY($2::text[])) RETURNING show_id, seat_id`,
      [[...bookingIds], seatIds ? [...seatIds] : null],
    )
  ).rows;
}

/** Records that a refund gave these seats of the booking back; they stay listed as its record. */
export async function markSeatsRefunded(tx: Queryable, bookingId: string, seatIds: readonly string[], refundId: string): Promise<void> {
  await tx.query('UPDATE booking_seats SET refund_id = $3 WHERE booking_id = $1 AND seat_id = ANY($2::text[]) AND refund_id IS NULL', [
    bookingId,
    [...seatIds],
    refundId,
  ]);
}

/** The booking's ticket is reissued: tokens of earlier versions are refused at the door. */
export async function raiseTicketVersion(tx: Queryable, bookingId: string): Promise<void> {
  await tx.query('UPDATE bookings SET ticket_version = ticket_version + 1 WHERE id = $1', [bookingId]);
}

/** Turns the booking's seats from held to booked where its hold is still live at `now` (docs/design.md rule 2). */
export async function bookHeldSeats(tx: Queryable, bookingId: string, now: Date): Promise<ShowSeat[]> {
  return (
    await tx.query<ShowSeat>(
      `UPDATE show_seats ss SET status = 'booked', held_until = NULL
       WHERE ss.booking_id = $1 AND ${seatIsHeldLive('ss', '$2')} RETURNING ss.show_id, ss.seat_id`,
      [bookingId, now],
    )
  ).rows;
}

export async function countBookingSeats(db: Queryable, bookingId: string): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM booking_seats WHERE booking_id = $1', [bookingId])).rows[0]!.n;
}

/** A booking's row, locked for a change (a cancel or a refund waits here for a check-in, and the other way round). */
export interface LockedBooking {
  id: string;
  /** Null for a counter sale. */
  user_id: string | null;
  status: BookingStatus;
  show_id: string;
  expires_at: Date;
  time_zone: string;
}

export async function lockBooking(tx: Queryable, bookingId: string): Promise<LockedBooking | undefined> {
  return (
    await tx.query<LockedBooking>(
      `SELECT b.id, b.user_id, b.status, b.show_id, b.expires_at, c.time_zone
       FROM bookings b JOIN shows s ON s.id = b.show_id JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id
       WHERE b.id = $1 FOR UPDATE OF b`,
      [bookingId],
    )
  ).rows[0];
}

/**
 * When the booking's ticket was checked in; undefined when it was not. Read in its own statement after
 * lockBooking, so it sees a check-in that committed while the lock was awaited.
 */
export async function checkedInAt(tx: Queryable, bookingId: string): Promise<Date | undefined> {
  return (await tx.query<{ at: Date }>('SELECT checked_in_at AS at FROM ticket_checkins WHERE booking_id = $1', [bookingId])).rows[0]?.at;
}

/** The show's pending and confirmed bookings, locked, in id order. */
export async function lockLiveBookingsOfShow(tx: Queryable, showId: string): Promise<{ id: string; status: 'pending' | 'confirmed' }[]> {
  return (
    await tx.query<{ id: string; status: 'pending' | 'confirmed' }>(
      "SELECT id, status FROM bookings WHERE show_id = $1 AND status IN ('pending', 'confirmed') ORDER BY id FOR UPDATE",
      [showId],
    )
  ).rows;
}
