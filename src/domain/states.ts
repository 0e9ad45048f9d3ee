// The only transitions bookings, payments and shows may take (docs/api.md, "Booking states").
// Every status write goes through one of these tables and an UPDATE guarded by the old status,
// so a row that changed meanwhile is never overwritten.
import { InvalidTransition } from './errors.ts';

export type BookingStatus = 'pending' | 'confirmed' | 'expired' | 'cancelled';
export type PaymentStatus = 'pending' | 'completed' | 'declined' | 'failed' | 'refund_pending' | 'refunded';
export type ShowStatus = 'upcoming' | 'ongoing' | 'completed' | 'cancelled';

const bookingTransitions: Record<BookingStatus, readonly BookingStatus[]> = {
  pending: ['confirmed', 'expired', 'cancelled'],
  confirmed: ['cancelled'],
  expired: [],
  cancelled: [],
};

/**
 * A payment is recorded as pending before the gateway is called (docs/design.md rule 3). It ends
 * completed, declined, or failed (never charged); a capture for seats the booking no longer holds,
 * or a cancelled booking, goes through refund_pending to refunded. pending → refunded is only
 * recovery finding that the gateway itself already refunded the charge. A hosted checkout's
 * customer may still pay after the attempt was declined or given up (another try on the
 * gateway's page, a bank that answers late): declined and failed go on to refund_pending then.
 */
const paymentTransitions: Record<PaymentStatus, readonly PaymentStatus[]> = {
  pending: ['completed', 'declined', 'failed', 'refund_pending', 'refunded'],
  completed: ['refund_pending'],
  refund_pending: ['refunded'],
  declined: ['refund_pending'],
  failed: ['refund_pending'],
  refunded: [],
};

export function canMoveBooking(from: BookingStatus, to: BookingStatus): boolean {
  return bookingTransitions[from].includes(to);
}

export function assertBookingTransition(from: BookingStatus, to: BookingStatus): void {
  if (!canMoveBooking(from, to)) throw new InvalidTransition('booking', from, to);
}

export function canMovePayment(from: PaymentStatus, to: PaymentStatus): boolean {
  return paymentTransitions[from].includes(to);
}

export function assertPaymentTransition(from: PaymentStatus, to: PaymentStatus): void {
  if (!canMovePayment(from, to)) throw new InvalidTransition('payment', from, to);
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
