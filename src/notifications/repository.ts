// Every SQL statement about what a message says: show waitlists, and the facts a message is
// rendered from at delivery (the outbox that carries it is outbox/repository.ts).
import type { Queryable } from '../db/database.ts';
import { seatIsFree } from '../db/seat-predicates.ts';

/**
 * Starts (or, after it was told, re-arms) the customer's watch on a show. Watching again while
 * still waiting keeps the original place in the queue.
 */
export async function upsertWatch(db: Queryable, showId: string, userId: string, now: Date): Promise<Date> {
  return (
    await db.query<{ created_at: Date }>(
      `INSERT INTO show_watchers (show_id, user_id, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (show_id, user_id) DO UPDATE
         SET created_at = CASE WHEN show_watchers.notified_at IS NULL THEN show_watchers.created_at ELSE EXCLUDED.created_at END,
             notified_at = NULL
       RETURNING created_at`,
      [showId, userId, now],
    )
  ).rows[0]!.created_at;
}

export interface BookingFacts {
  id: string;
  status: string;
  ticket_version: number;
  /** Its latest refund: what it gave back and for which seats. */
  last_refund: { amount: number; seats: string[] | null } | null;
  total: number;
  customer: string;
  title: string;
  cinema: string;
  address: string;
  hall: string;
  time_zone: string;
  starts_at: Date;
  ends_at: Date;
  seats: string[] | null;
  refund: number | null;
  /** Set when the booking has food and drink: the code they are collected with. */
  pickup_code: string | null;
}

export interface ShowFacts {
  id: string;
  title: string;
  cinema: string;
  address: string;
  hall: string;
  time_zone: string;
  starts_at: Date;
  seats_free: number;
}

/** What a message about a booking says; undefined when the booking no longer exists. */
export async function bookingFacts(db: Queryable, bookingId: string): Promise<BookingFacts | undefined> {
  return (
    await db.query<BookingFacts>(
      `SELECT b.id, b.status, b.ticket_version, b.total, u.name AS customer, m.title, c.name AS cinema, c.address, h.name AS hall, c.time_zone,
         s.starts_at, s.ends_at,
         (SELECT array_agg(se.label ORDER BY se.row_index, se.number) FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id
          WHERE bs.booking_id = b.id AND (bs.refund_id IS NULL OR b.status <> 'confirmed')) AS seats,
         coalesce((SELECT sum(r.amount)::int FROM refunds r WHERE r.booking_id = b.id),
           (SELECT sum(p.amount)::int FROM payments p WHERE p.booking_id = b.id AND p.status IN ('refund_pending', 'refunded'))) AS refund,
         (SELECT json_build_object('amount', r.amount, 'seats', (SELECT array_agg(se.label ORDER BY se.row_index, se.number)
            FROM seats se WHERE se.id = ANY(r.seat_ids)))
          FROM refunds r WHERE r.booking_id = b.id ORDER BY r.created_at DESC, r.id DESC LIMIT 1) AS last_refund,
         (SELECT io.pickup_code FROM item_orders io WHERE io.booking_id = b.id) AS pickup_code
       FROM bookings b JOIN users u ON u.id = b.user_id JOIN shows s ON s.id = b.show_id JOIN movies m ON m.id = s.movie_id
       JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id
       WHERE b.id = $1`,
      [bookingId],
    )
  ).rows[0];
}

/** What a message about a show says, with its seats free at `now`; undefined when the show no longer exists. */
export async function showFacts(db: Queryable, showId: string, now: Date): Promise<ShowFacts | undefined> {
  return (
    await db.query<ShowFacts>(
      `SELECT s.id, m.title, c.name AS cinema, c.address, h.name AS hall, c.time_zone, s.starts_at,
         (SELECT count(*)::int FROM show_seats ss WHERE ss.show_id = s.id AND ${seatIsFree('ss', '$2')}) AS seats_free
       FROM shows s JOIN movies m ON m.id = s.movie_id JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id
       WHERE s.id = $1`,
      [showId, now],
    )
  ).rows[0];
}
