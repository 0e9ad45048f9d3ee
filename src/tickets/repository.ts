// Every SQL statement about tickets: what the door sees of a ticket's booking, and check-ins.
import type { Queryable } from '../db/database.ts';

export interface TicketRow {
  status: string;
  /** Raised each time the ticket is reissued (some of its seats cancelled). */
  ticket_version: number;
  title: string;
  cinema_name: string;
  hall_name: string;
  time_zone: string;
  starts_at: Date;
  ends_at: Date;
  customer: string;
  seats: string[] | null;
}

/** The ticket's booking with what the door shows, its row locked so a cancellation cannot slip in before the check-in. */
export async function lockTicket(tx: Queryable, bookingId: string): Promise<TicketRow | undefined> {
  return (
    await tx.query<TicketRow>(
      `SELECT b.status, b.ticket_version, m.title, c.name AS cinema_name, h.name AS hall_name, c.time_zone, s.starts_at, s.ends_at,
         coalesce(u.name, 'Walk-in customer') AS customer,
         (SELECT array_agg(se.label ORDER BY se.row_index, se.number) FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id
          WHERE bs.booking_id = b.id AND bs.refund_id IS NULL) AS seats
       FROM bookings b JOIN shows s ON s.id = b.show_id JOIN movies m ON m.id = s.movie_id
       JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id LEFT JOIN users u ON u.id = b.user_id
       WHERE b.id = $1 FOR UPDATE OF b`,
      [bookingId],
    )
  ).rows[0];
}

/** Records the check-in; false when the ticket was checked in before. */
export async function insertCheckIn(tx: Queryable, bookingId: string, at: Date, staffId: string): Promise<boolean> {
  const inserted = await tx.query(
    'INSERT INTO ticket_checkins (booking_id, checked_in_at, checked_in_by) VALUES ($1, $2, $3) ON CONFLICT (booking_id) DO NOTHING',
    [bookingId, at, staffId],
  );
  return inserted.rowCount === 1;
}

export async function firstCheckIn(db: Queryable, bookingId: string): Promise<Date> {
  return (await db.query<{ at: Date }>('SELECT checked_in_at AS at FROM ticket_checkins WHERE booking_id = $1', [bookingId])).rows[0]!.at;
}

/** The status and ticket version of the customer's own booking, for issuing its ticket; undefined when it is not theirs. */
export async function ownBookingStatus(
  db: Queryable,
  userId: string,
  bookingId: string,
): Promise<{ status: string; ticket_version: number } | undefined> {
  return (
    await db.query<{ status: string; ticket_version: number }>(
      'SELECT status, ticket_version FROM bookings WHERE id = $1 AND user_id = $2',
      [bookingId, userId],
    )
  ).rows[0];
}
