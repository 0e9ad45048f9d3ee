// The only transitions bookings and shows may take (CONTRACT "Booking states").
// Every status change goes through these checks and an UPDATE guarded by the old status.
import { InvalidTransition } from '../domain/errors.ts';

export type BookingStatus = 'pending' | 'confirmed' | 'expired' | 'cancelled';
export type ShowStatus = 'upcoming' | 'ongoing' | 'completed' | 'cancelled';

const bookingTransitions: Record<BookingStatus, readonly BookingStatus[]> = {
  pending: ['confirmed', 'expired', 'cancelled'],
  confirmed: ['cancelled'],
  expired: [],
  cancelled: [],
};

export function canMoveBooking(from: BookingStatus, to: BookingStatus): boolean {
  return bookingTransitions[from].includes(to);
}

export function assertBookingTransition(from: BookingStatus, to: BookingStatus): void {
  if (!canMoveBooking(from, to)) throw new InvalidTransition('booking', from, to);
}

/** A pending booking whose hold has lapsed is expired, whether or not the sweeper has written it yet. */
export function effectiveBookingStatus(stored: BookingStatus, expiresAt: Date, now: Date): BookingStatus {
  return stored === 'pending' && expiresAt.getTime() <= now.getTime() ? 'expired' : stored;
}

/** Only cancellation is stored; the rest of a show's life is read from the clock. */
export function effectiveShowStatus(stored: 'upcoming' | 'cancelled', startsAt: Date, endsAt: Date, now: Date): ShowStatus {
  if (stored === 'cancelled') return 'cancelled';
  if (now < startsAt) return 'upcoming';
  if (now < endsAt) return 'ongoing';
  return 'completed';
}
