// Checking a ticket in at the door: once. A second scan is refused and says when the ticket was
// first used; a forged token, or one whose booking is no longer confirmed, is refused.
import type { Context } from '../context.ts';
import { TicketAlreadyUsed, TicketInvalid, TicketNotValid } from '../domain/errors.ts';
import { inZone } from '../domain/zoned-time.ts';
import { signTicket, ticketSecret, verifyTicket } from './tokens.ts';

export interface CheckIn {
  bookingId: string;
  checkedInAt: string;
  movie: string;
  cinema: string;
  hall: string;
  startsAt: string;
  seats: string[];
  customer: string;
}

interface TicketRow {
  status: string;
  title: string;
  cinema_name: string;
  hall_name: string;
  time_zone: string;
  starts_at: Date;
  customer: string;
  seats: string[] | null;
}

export async function checkInTicket(ctx: Context, staffId: string, token: string): Promise<CheckIn> {
  const bookingId = verifyTicket(await ticketSecret(ctx), token);
  if (!bookingId) throw new TicketInvalid();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // The booking row is locked so a cancellation cannot slip between this check and the check-in.
    const ticket = (
      await tx.query<TicketRow>(
        `SELECT b.status, m.title, c.name AS cinema_name, h.name AS hall_name, c.time_zone, s.starts_at, u.name AS customer,
           (SELECT array_agg(se.label ORDER BY se.row_index, se.number) FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id
            WHERE bs.booking_id = b.id) AS seats
         FROM bookings b JOIN shows s ON s.id = b.show_id JOIN movies m ON m.id = s.movie_id
         JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id JOIN users u ON u.id = b.user_id
         WHERE b.id = $1 FOR UPDATE OF b`,
        [bookingId],
      )
    ).rows[0];
    // A genuine signature over a booking that is gone can only come from a leaked secret: refused the same way.
    if (!ticket) throw new TicketInvalid();
    if (ticket.status !== 'confirmed') throw new TicketNotValid(ticket.status);
    const inserted = await tx.query(
      'INSERT INTO ticket_checkins (booking_id, checked_in_at, checked_in_by) VALUES ($1, $2, $3) ON CONFLICT (booking_id) DO NOTHING',
      [bookingId, now, staffId],
    );
    if (inserted.rowCount === 0) {
      const first = (await tx.query<{ at: Date }>('SELECT checked_in_at AS at FROM ticket_checkins WHERE booking_id = $1', [bookingId]))
        .rows[0]!;
      throw new TicketAlreadyUsed(inZone(first.at, ticket.time_zone));
    }
    return {
      bookingId,
      checkedInAt: inZone(now, ticket.time_zone),
      movie: ticket.title,
      cinema: ticket.cinema_name,
      hall: ticket.hall_name,
      startsAt: inZone(ticket.starts_at, ticket.time_zone),
      seats: ticket.seats ?? [],
      customer: ticket.customer,
    };
  });
}

/** The token of a customer's own confirmed booking, for showing the ticket in the app. */
export async function ticketToken(ctx: Context, bookingId: string): Promise<string> {
  return signTicket(await ticketSecret(ctx), bookingId);
}
