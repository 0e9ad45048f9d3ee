// Checking a ticket in at the door: once. A second scan is refused and says when the ticket was
// first used; a forged token, or one whose booking is no longer confirmed, is refused. The door opens
// CHECKIN_OPENS_MINUTES_BEFORE a show starts and closes when it ends.
import type { Context } from '../context.ts';
import {
  CheckInClosed,
  CheckInNotOpen,
  InvalidTransition,
  NotFound,
  TicketAlreadyUsed,
  TicketInvalid,
  TicketNotValid,
  TicketReissued,
} from '../domain/errors.ts';
import { inZone } from '../domain/zoned-time.ts';
import { recordAudit } from '../audit/repository.ts';
import { firstCheckIn, insertCheckIn, lockTicket, ownBookingStatus } from './repository.ts';
import { readTicket, signTicket, ticketSecret } from './tokens.ts';

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

export async function checkInTicket(ctx: Context, staffId: string, token: string): Promise<CheckIn> {
  const ticketRead = readTicket(await ticketSecret(ctx), token);
  if (!ticketRead) throw new TicketInvalid();
  const { bookingId } = ticketRead;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const ticket = await lockTicket(tx, bookingId);
    // A genuine signature over a booking that is gone can only come from a leaked secret: refused the same way.
    if (!ticket) throw new TicketInvalid();
    if (ticket.status !== 'confirmed') throw new TicketNotValid(ticket.status);
    // A ticket from before some of its seats were cancelled would let the cancelled seats in.
    if (ticketRead.issue !== ticket.ticket_version) throw new TicketReissued();
    const opensAt = new Date(ticket.starts_at.getTime() - ctx.config.checkInOpensMinutesBefore * 60_000);
    if (now < opensAt) throw new CheckInNotOpen(inZone(opensAt, ticket.time_zone));
    if (now >= ticket.ends_at) throw new CheckInClosed(inZone(ticket.ends_at, ticket.time_zone));
    if (!(await insertCheckIn(tx, bookingId, now, staffId))) {
      throw new TicketAlreadyUsed(inZone(await firstCheckIn(tx, bookingId), ticket.time_zone));
    }
    await recordAudit(tx, staffId, 'ticket.checkin', bookingId, {});
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

/** The ticket of the customer's own confirmed booking: the token its QR code shows. */
export async function ticketFor(ctx: Context, userId: string, bookingId: string): Promise<{ bookingId: string; token: string }> {
  const booking = await ownBookingStatus(ctx.db, userId, bookingId);
  if (booking === undefined) throw new NotFound('booking');
  if (booking.status !== 'confirmed') throw new InvalidTransition('booking', booking.status, 'a ticket');
  return { bookingId, token: signTicket(await ticketSecret(ctx), bookingId, booking.ticket_version) };
}
