// What the money path may ask of a booking, and all it may: lock it for a change, confirm its held
// seats once paid (only while its hold is live and whole: docs/design.md rule 2), give seats back
// for a refund, and cancel. Freeing seats is release.ts; reading a booking is read.ts.
import type { Queryable } from '../db/database.ts';
import { releaseSeats } from './release.ts';
import {
  bookHeldSeats,
  countBookingSeats,
  lockBooking,
  lockLiveBookingsOfShow,
  markSeatsRefunded,
  moveBooking,
  moveBookings,
  raiseTicketVersion,
  type LockedBooking,
  type ShowSeat,
} from './repository/lifecycle.ts';
import { findBookingForPayment, type BookingForPayment } from './repository/views.ts';

/** Takes the booking's row lock, the one every change of it takes first (a check-in, a cancel, a payment settling). */
export function lockForChange(tx: Queryable, bookingId: string): Promise<LockedBooking | undefined> {
  return lockBooking(tx, bookingId);
}

/**
 * Confirms a pending booking whose seats it still holds, every one of them, live: its seats become
 * booked. Undefined, having changed nothing the caller must keep, when its hold lapsed or was taken
 * in part, or the booking moved meanwhile: the caller rolls back and refunds. Takes the booking's
 * lock before its seats', the order every cancel takes them in, so the two never deadlock.
 */
export async function confirmHeldSeats(tx: Queryable, bookingId: string, now: Date): Promise<ShowSeat[] | undefined> {
  await lockBooking(tx, bookingId);
  const wanted = await countBookingSeats(tx, bookingId);
  const booked = await bookHeldSeats(tx, bookingId, now);
  if (booked.length !== wanted || !(await moveBooking(tx, bookingId, 'pending', 'confirmed', now))) return undefined;
  return booked;
}

/**
 * A refund gave these seats of a confirmed booking (locked by the caller) back: they are marked with
 * it and freed, and the booking is cancelled when they were its last, else its ticket reissued.
 */
export async function giveSeatsBack(
  tx: Queryable,
  change: { bookingId: string; seatIds: readonly string[]; refundId: string; last: boolean },
  now: Date,
): Promise<void> {
  await markSeatsRefunded(tx, change.bookingId, change.seatIds, change.refundId);
  if (change.last) await moveBooking(tx, change.bookingId, 'confirmed', 'cancelled', now);
  else await raiseTicketVersion(tx, change.bookingId);
  await releaseSeats(tx, [change.bookingId], now, change.seatIds);
}

/** Cancels these bookings still in `from` and frees their seats; returns the ids that moved. */
export async function cancelBookings(
  tx: Queryable,
  bookingIds: readonly string[],
  from: 'pending' | 'confirmed',
  now: Date,
): Promise<string[]> {
  const moved = await moveBookings(tx, bookingIds, from, 'cancelled', now);
  await releaseSeats(tx, moved, now);
  return moved;
}

/** A show's pending and confirmed bookings, locked in id order, for cancelling the show. */
export function lockLiveBookings(tx: Queryable, showId: string): Promise<{ id: string; status: 'pending' | 'confirmed' }[]> {
  return lockLiveBookingsOfShow(tx, showId);
}

/** Where a booking stands and when its show starts, for settling a payment the gateway reported. */
export function bookingForPayment(db: Queryable, bookingId: string): Promise<BookingForPayment | undefined> {
  return findBookingForPayment(db, bookingId);
}
