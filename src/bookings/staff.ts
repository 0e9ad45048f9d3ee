// What staff read of a show's bookings: each with its customer, seats and payment, and what
// cancelling the show would refund now.
import { showTimeZone } from '../catalogue/repository.ts';
import type { Queryable } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { NotFound } from '../domain/errors.ts';
import { inr } from '../domain/money.ts';
import { effectiveBookingStatus } from '../domain/states.ts';
import { inZone } from '../domain/zoned-time.ts';
import { showBookingRows } from './repository/views.ts';
import type { ShowBookingsView } from './schemas.ts';

/** A show's bookings, newest first, and what cancelling the show would refund now. */
export async function showBookings(db: Queryable, clock: Clock, showId: string): Promise<ShowBookingsView> {
  const timeZone = await showTimeZone(db, showId);
  if (timeZone === undefined) throw new NotFound('show');
  const now = clock.now();
  const bookings = (await showBookingRows(db, showId)).map((row) => ({
    id: row.id,
    status: effectiveBookingStatus(row.status, row.expires_at, now),
    customer: { name: row.name, email: row.email },
    seats: row.seats ?? [],
    total: inr(row.total),
    createdAt: inZone(row.created_at, timeZone),
    paymentMethod: row.method,
  }));
  const confirmed = bookings.filter((b) => b.status === 'confirmed');
  // A show's cancellation refunds every confirmed booking in full.
  return {
    bookings,
    refundOnCancel: { bookings: confirmed.length, amount: inr(confirmed.reduce((sum, b) => sum + b.total.amount, 0)) },
  };
}
