// Freeing seats: shared by cancelling, a declined payment, a lapsed hold, the sweeper and a
// cancelled show. One place frees them, tells the live seat map and each show's waitlist.
import type { Queryable } from '../db/database.ts';
import { notifySeatChange } from '../db/seat-notices.ts';
import { queueWaitlistMessages } from '../outbox/repository.ts';
import { giveStockBack } from '../items/repository.ts';
import { givePromoUsesBack } from '../promos/repository.ts';
import { moveBooking, releaseSeatsOf, type ShowSeat } from './repository/lifecycle.ts';

/**
 * Frees the seats these bookings still hold or own (only `seatIds` of them when given; seats
 * someone else holds now are left alone), announces them on the live seat map and tells the
 * waitlists of their shows.
 */
export async function releaseSeats(
  tx: Queryable,
  bookingIds: readonly string[],
  now: Date,
  seatIds?: readonly string[],
): Promise<ShowSeat[]> {
  const freed = await releaseSeatsOf(tx, bookingIds, seatIds);
  // A booking that ends unpaid gives its promo code use and its food and drink back.
  await givePromoUsesBack(tx, bookingIds, now);
  await giveStockBack(tx, bookingIds, now);
  const byShow = new Map<string, string[]>();
  for (const seat of freed) byShow.set(seat.show_id, [...(byShow.get(seat.show_id) ?? []), seat.seat_id]);
  for (const [showId, seatIds] of byShow) {
    await notifySeatChange(tx, showId, seatIds, 'available');
    await queueWaitlistMessages(tx, showId, now);
  }
  return freed;
}

/** A pending booking ends (expired, or cancelled) and lets go of what it still holds; false when it was no longer pending. */
export async function endPendingBooking(tx: Queryable, bookingId: string, to: 'expired' | 'cancelled', now: Date): Promise<boolean> {
  if (!(await moveBooking(tx, bookingId, 'pending', to, now))) return false;
  await releaseSeats(tx, [bookingId], now);
  return true;
}
