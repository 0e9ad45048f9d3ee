// Bookings as they are read: by their customer, by a payment settling, and by staff over a show.
import type { Queryable } from '../../db/database.ts';
import { type BookingStatus } from '../../domain/states.ts';
import { TAX_RATES_IN_FORCE, type TaxRateJson } from '../../billing/repository.ts';

/** Just enough of a booking to decide what may happen to it. */
export interface BookingState {
  id: string;
  status: BookingStatus;
  show_id: string;
  total: number;
  expires_at: Date;
  confirmed_at: Date | null;
  starts_at: Date;
  seat_count: number;
}

/** The caller's booking; undefined for one that is someone else's, exactly as for one that does not exist. */
export async function findBookingState(db: Queryable, userId: string, bookingId: string): Promise<BookingState | undefined> {
  return (
    await db.query<BookingState>(
      `SELECT b.id, b.status, b.show_id, b.total, b.expires_at, b.confirmed_at, s.starts_at,
         (SELECT count(*)::int FROM booking_seats bs WHERE bs.booking_id = b.id) AS seat_count
       FROM bookings b JOIN shows s ON s.id = b.show_id WHERE b.id = $1 AND b.user_id = $2`,
      [bookingId, userId],
    )
  ).rows[0];
}

/** Where a booking stands and when its show starts: what settling a payment the gateway reported needs. */
export interface BookingForPayment {
  status: BookingStatus;
  expires_at: Date;
  starts_at: Date;
}

export async function findBookingForPayment(db: Queryable, bookingId: string): Promise<BookingForPayment | undefined> {
  return (
    await db.query<BookingForPayment>(
      'SELECT b.status, b.expires_at, s.starts_at FROM bookings b JOIN shows s ON s.id = b.show_id WHERE b.id = $1',
      [bookingId],
    )
  ).rows[0];
}

export interface BookingRow {
  id: string;
  /** Null for a counter sale: it belongs to no customer account. */
  user_id: string | null;
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
  /** Every seat it was billed for; `refunded` for those a refund gave back. */
  seats: { id: string; label: string; type: string; kind: string; price: number; refunded: boolean }[];
  refunds: {
    id: string;
    amount: number;
    seatIds: string[];
    seatLabels: string[] | null;
    status: 'pending' | 'refunded';
    percent: number | string;
    createdAt: string;
    creditNote: { id: string; number: string; issuedAt: string } | null;
  }[];
  payment: { id: string; method: string; status: string; amount: number } | null;
  /** The bill as the hold stored it; null for a booking made before bills. */
  bill: object | null;
  /** For a booking without a stored bill: the GST bands in force when it was made. */
  legacy_rates: TaxRateJson[] | null;
  /** Its tax invoice and latest credit note, by kind, once issued (a later key of json_object_agg wins when parsed). */
  documents: Partial<Record<'invoice' | 'credit-note', { number: string; issuedAt: string }>> | null;
  /** Set when it has food and drink: the code they are collected with. */
  pickup_code: string | null;
}

const SELECT_BOOKINGS = `
  SELECT b.id, b.user_id, b.status, b.show_id, b.total, b.expires_at, b.created_at, b.bill,
    CASE WHEN b.bill IS NULL THEN (${TAX_RATES_IN_FORCE.replaceAll('$1', 'b.created_at')}) END AS legacy_rates,
    (SELECT json_object_agg(td.kind, json_build_object('number', td.document_no, 'issuedAt', td.issued_at)
       ORDER BY td.issued_at, td.number)
     FROM tax_documents td WHERE td.booking_id = b.id) AS documents,
    (SELECT io.pickup_code FROM item_orders io WHERE io.booking_id = b.id) AS pickup_code,
    s.starts_at, c.time_zone, m.id AS movie_id, m.title, c.id AS cinema_id, c.name AS cinema_name,
    h.id AS hall_id, h.name AS hall_name,
    (SELECT coalesce(json_agg(json_build_object('id', se.id, 'label', se.label, 'type', se.seat_type, 'kind', se.kind, 'price', bs.price,
       'refunded', bs.refund_id IS NOT NULL) ORDER BY se.row_index, se.number), '[]'::json)
     FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id WHERE bs.booking_id = b.id) AS seats,
    (SELECT coalesce(json_agg(json_build_object('id', r.id, 'amount', r.amount, 'seatIds', r.seat_ids,
       'seatLabels', (SELECT array_agg(se.label ORDER BY se.row_index, se.number) FROM seats se WHERE se.id = ANY(r.seat_ids)),
       'status', r.status,
       'percent', r.percent, 'createdAt', r.created_at, 'creditNote', (SELECT json_build_object('id', td.id, 'number', td.document_no,
       'issuedAt', td.issued_at) FROM tax_documents td WHERE td.refund_id = r.id)) ORDER BY r.created_at, r.id), '[]'::json)
     FROM refunds r WHERE r.booking_id = b.id) AS refunds,
    (SELECT json_build_object('id', p.id, 'method', p.method, 'status', p.status, 'amount', p.amount)
     FROM payments p WHERE p.booking_id = b.id AND p.status IN ('completed', 'refund_pending', 'refunded')
     ORDER BY p.created_at DESC LIMIT 1) AS payment
  FROM bookings b
  JOIN shows s ON s.id = b.show_id
  JOIN movies m ON m.id = s.movie_id
  JOIN halls h ON h.id = s.hall_id
  JOIN cinemas c ON c.id = h.cinema_id`;

export async function findBookingRow(db: Queryable, userId: string, bookingId: string): Promise<BookingRow | undefined> {
  return (await db.query<BookingRow>(`${SELECT_BOOKINGS} WHERE b.id = $1 AND b.user_id = $2`, [bookingId, userId])).rows[0];
}

export async function bookingRowsOf(db: Queryable, userId: string): Promise<BookingRow[]> {
  return (await db.query<BookingRow>(`${SELECT_BOOKINGS} WHERE b.user_id = $1 ORDER BY b.created_at DESC, b.id LIMIT 500`, [userId])).rows;
}

export interface ShowBookingRow {
  id: string;
  status: BookingStatus;
  expires_at: Date;
  created_at: Date;
  total: number;
  name: string;
  email: string;
  seats: string[] | null;
  method: string | null;
}

/** Every booking of a show, newest first, with its customer (a walk-in for a counter sale), seat labels and how it was paid. */
export async function showBookingRows(db: Queryable, showId: string): Promise<ShowBookingRow[]> {
  return (
    await db.query<ShowBookingRow>(
      `SELECT b.id, b.status, b.expires_at, b.created_at, b.total,
         coalesce(u.name, 'Walk-in customer') AS name, coalesce(u.email, '') AS email,
         (SELECT array_agg(se.label ORDER BY se.row_index, se.number)
            FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id
            WHERE bs.booking_id = b.id AND (bs.refund_id IS NULL OR b.status = 'cancelled')) AS seats,
         (SELECT p.method FROM payments p WHERE p.booking_id = b.id AND p.status IN ('completed', 'refund_pending', 'refunded')
            ORDER BY p.created_at DESC LIMIT 1) AS method
       FROM bookings b LEFT JOIN users u ON u.id = b.user_id
       WHERE b.show_id = $1 ORDER BY b.created_at DESC, b.id LIMIT 2000`,
      [showId],
    )
  ).rows;
}
