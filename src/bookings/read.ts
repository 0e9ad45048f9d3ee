// Reading bookings as the API shows them. A customer only ever sees their own.
import type { Queryable } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { NotFound } from '../domain/errors.ts';
import { inr, type Money } from '../domain/money.ts';
import { inZone } from '../domain/zoned-time.ts';
import { effectiveBookingStatus, type BookingStatus } from '../domain/states.ts';

export interface BookingView {
  id: string;
  status: BookingStatus;
  showId: string;
  seats: { id: string; label: string; type: string; price: Money }[];
  total: Money;
  expiresAt: string;
  createdAt: string;
  show: {
    startsAt: string;
    movie: { id: string; title: string };
    cinema: { id: string; name: string };
    hall: { id: string; name: string };
  };
  payment?: { id: string; method: string; status: string; amount: Money };
  refund?: { amount: Money; status: 'refunded' | 'pending' };
}

interface BookingRow {
  id: string;
  user_id: string;
  status: BookingStatus;
  show_id: string;
  total: number;
  expires_at: Date;
  created_at: Date;
  starts_at: Date;
  time_zone: string;
  movie_id: string;
  title: string;
  cinema_id: string;
  cinema_name: string;
  hall_id: string;
  hall_name: string;
  seats: { id: string; label: string; type: string; price: number }[];
  payment: { id: string; method: string; status: string; amount: number } | null;
}

const SELECT_BOOKINGS = `
  SELECT b.id, b.user_id, b.status, b.show_id, b.total, b.expires_at, b.created_at,
    s.starts_at, c.time_zone, m.id AS movie_id, m.title, c.id AS cinema_id, c.name AS cinema_name,
    h.id AS hall_id, h.name AS hall_name,
    (SELECT json_agg(json_build_object('id', se.id, 'label', se.label, 'type', se.seat_type, 'price', bs.price)
       ORDER BY se.row_index, se.number)
     FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id WHERE bs.booking_id = b.id) AS seats,
    (SELECT json_build_object('id', p.id, 'method', p.method, 'status', p.status, 'amount', p.amount)
     FROM payments p WHERE p.booking_id = b.id AND p.status IN ('completed', 'refund_pending', 'refunded')
     ORDER BY p.created_at DESC LIMIT 1) AS payment
  FROM bookings b
  JOIN shows s ON s.id = b.show_id
  JOIN movies m ON m.id = s.movie_id
  JOIN halls h ON h.id = s.hall_id
  JOIN cinemas c ON c.id = h.cinema_id`;

function toView(row: BookingRow, now: Date): BookingView {
  const zone = row.time_zone;
  const view: BookingView = {
    id: row.id,
    status: effectiveBookingStatus(row.status, row.expires_at, now),
    showId: row.show_id,
    seats: (row.seats ?? []).map((seat) => ({ id: seat.id, label: seat.label, type: seat.type, price: inr(seat.price) })),
    total: inr(row.total),
    expiresAt: inZone(row.expires_at, zone),
    createdAt: inZone(row.created_at, zone),
    show: {
      startsAt: inZone(row.starts_at, zone),
      movie: { id: row.movie_id, title: row.title },
      cinema: { id: row.cinema_id, name: row.cinema_name },
      hall: { id: row.hall_id, name: row.hall_name },
    },
  };
  const payment = row.payment;
  if (payment) {
    const refund = payment.status === 'refunded' ? 'refunded' : payment.status === 'refund_pending' ? 'pending' : undefined;
    view.payment = { id: payment.id, method: payment.method, status: refund ? 'refunded' : payment.status, amount: inr(payment.amount) };
    // Refunds are always in full: a confirmed booking is only cancelled before its show.
    if (refund) view.refund = { amount: inr(payment.amount), status: refund };
  }
  return view;
}

/** The caller's booking; NotFound for a booking that is someone else's, exactly as for one that does not exist. */
export async function getBooking(db: Queryable, clock: Clock, userId: string, bookingId: string): Promise<BookingView> {
  const row = (await db.query<BookingRow>(`${SELECT_BOOKINGS} WHERE b.id = $1 AND b.user_id = $2`, [bookingId, userId])).rows[0];
  if (!row) throw new NotFound('booking');
  return toView(row, clock.now());
}

export async function listBookings(db: Queryable, clock: Clock, userId: string): Promise<BookingView[]> {
  const rows = (await db.query<BookingRow>(`${SELECT_BOOKINGS} WHERE b.user_id = $1 ORDER BY b.created_at DESC, b.id LIMIT 500`, [userId]))
    .rows;
  const now = clock.now();
  return rows.map((row) => toView(row, now));
}

/** Just enough of a booking to decide what may happen to it. */
export interface BookingState {
  id: string;
  status: BookingStatus;
  show_id: string;
  total: number;
  expires_at: Date;
  starts_at: Date;
  seat_count: number;
}

export async function bookingState(db: Queryable, userId: string, bookingId: string): Promise<BookingState> {
  const row = (
    await db.query<BookingState>(
      `SELECT b.id, b.status, b.show_id, b.total, b.expires_at, s.starts_at,
         (SELECT count(*)::int FROM booking_seats bs WHERE bs.booking_id = b.id) AS seat_count
       FROM bookings b JOIN shows s ON s.id = b.show_id WHERE b.id = $1 AND b.user_id = $2`,
      [bookingId, userId],
    )
  ).rows[0];
  if (!row) throw new NotFound('booking');
  return row;
}
