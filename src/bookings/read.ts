// Reading bookings as the API shows them. A customer only ever sees their own.
import type { FastifyRequest } from 'fastify';
import { currentUser } from '../accounts/auth.ts';
import type { Queryable } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { NotFound } from '../domain/errors.ts';
import type { Bill } from '../billing/bill.ts';
import { billOfBooking, type StoredBill } from '../billing/stored.ts';
import { inr } from '../domain/money.ts';
import { effectiveBookingStatus } from '../domain/states.ts';
import { inZone } from '../domain/zoned-time.ts';
import { type BookingRow, bookingRowsOf, type BookingState, findBookingRow, findBookingState } from './repository/views.ts';
import type { BookingView } from './schemas.ts';
import type { SeatKindValue } from '../seating/schemas.ts';
import { seatNote } from '../seating/kinds.ts';

export type { BookingView } from './schemas.ts';

/** A bill's lines as the booking shows them. */
export function linesView(bill: Bill): BookingView['lines'] {
  return bill.lines.map((line) => ({ kind: line.kind, label: line.label, amount: inr(line.amount) }));
}

/** A seat of a booking as its customer sees it: a restricted view (and the like) is said before paying. */
export function bookedSeatView(seat: {
  id: string;
  label: string;
  type: string;
  kind: string;
  price: number;
}): BookingView['seats'][number] {
  const note = seatNote(seat.kind);
  return {
    id: seat.id,
    label: seat.label,
    type: seat.type,
    kind: seat.kind as SeatKindValue,
    price: inr(seat.price),
    ...(note === undefined ? {} : { note }),
  };
}

export function billOfRow(row: BookingRow): Bill {
  return billOfBooking(row.bill as StoredBill | null, row.seats ?? [], row.legacy_rates, row.created_at);
}

function toView(row: BookingRow, now: Date): BookingView {
  const zone = row.time_zone;
  const status = effectiveBookingStatus(row.status, row.expires_at, now);
  // A booking lists the seats it still has; once it has ended, every seat it had.
  const seats = (row.seats ?? []).filter((seat) => !seat.refunded || status !== 'confirmed');
  const view: BookingView = {
    id: row.id,
    status,
    showId: row.show_id,
    seats: seats.map(bookedSeatView),
    total: inr(row.total),
    lines: linesView(billOfRow(row)),
    expiresAt: inZone(row.expires_at, zone),
    createdAt: inZone(row.created_at, zone),
    show: {
      startsAt: inZone(row.starts_at, zone),
      movie: { id: row.movie_id, title: row.title },
      cinema: { id: row.cinema_id, name: row.cinema_name },
      hall: { id: row.hall_id, name: row.hall_name },
    },
  };
  const invoice = row.documents?.invoice;
  if (invoice)
    view.invoice = { number: invoice.number, issuedAt: inZone(new Date(invoice.issuedAt), zone), url: `/api/bookings/${row.id}/invoice` };
  const creditNote = row.documents?.['credit-note'];
  if (creditNote) {
    view.creditNote = {
      number: creditNote.number,
      issuedAt: inZone(new Date(creditNote.issuedAt), zone),
      url: `/api/bookings/${row.id}/credit-note`,
    };
  }
  if (row.pickup_code) view.pickupCode = row.pickup_code;
  if (row.refunds.length > 0)
    view.refunds = row.refunds.map((refund) => ({
      amount: inr(refund.amount),
      seatIds: refund.seatIds,
      seatLabels: refund.seatLabels ?? [],
      status: refund.status,
      percent: Number(refund.percent),
      createdAt: inZone(new Date(refund.createdAt), zone),
      ...(refund.creditNote
        ? {
            creditNote: {
              number: refund.creditNote.number,
              issuedAt: inZone(new Date(refund.creditNote.issuedAt), zone),
              url: `/api/bookings/${row.id}/credit-notes/${refund.creditNote.id}`,
            },
          }
        : {}),
    }));
  const payment = row.payment;
  if (payment) {
    const refund = payment.status === 'refunded' ? 'refunded' : payment.status === 'refund_pending' ? 'pending' : undefined;
    view.payment = { id: payment.id, method: payment.method, status: refund ? 'refunded' : payment.status, amount: inr(payment.amount) };
    if (refund) {
      // v1's refund: what the refunds gave back once the booking is cancelled; the whole payment for a capture refunded because its hold lapsed.
      const given = row.refunds.length > 0 ? row.refunds.reduce((sum, r) => sum + r.amount, 0) : payment.amount;
      view.refund = { amount: inr(given), status: refund };
    }
  }
  return view;
}

/** The caller's booking; NotFound for a booking that is someone else's, exactly as for one that does not exist. */
export async function getBooking(db: Queryable, clock: Clock, userId: string, bookingId: string): Promise<BookingView> {
  const row = await findBookingRow(db, userId, bookingId);
  if (!row) throw new NotFound('booking');
  return toView(row, clock.now());
}

export async function listBookings(db: Queryable, clock: Clock, userId: string): Promise<BookingView[]> {
  const now = clock.now();
  return (await bookingRowsOf(db, userId)).map((row) => toView(row, now));
}

/** Just enough of the caller's booking to decide what may happen to it; NotFound as for getBooking. */
export async function bookingState(db: Queryable, userId: string, bookingId: string): Promise<BookingState> {
  const row = await findBookingState(db, userId, bookingId);
  if (!row) throw new NotFound('booking');
  return row;
}

/** The check that the signed-in customer has this booking (404 when not), for a route's "404 before 400". */
export function ownBooking(ctx: { db: Queryable }): (bookingId: string, request: FastifyRequest) => Promise<void> {
  return async (bookingId, request) => {
    await bookingState(ctx.db, currentUser(request).id, bookingId);
  };
}
