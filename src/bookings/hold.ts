// Holding seats: all requested seats or none, in one conditional UPDATE (DESIGN rule 1).
import type { Context } from '../context.ts';
import { HoldLimitReached, InvalidInput, NotFound, SeatsUnavailable, ShowNotUpcoming } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { SEAT_CHANNEL, seatChangePayloads } from '../live/seat-events.ts';
import { effectiveShowStatus } from './states.ts';

interface ShowForHold {
  status: 'upcoming' | 'cancelled';
  starts_at: Date;
  ends_at: Date;
  known_seat_ids: string[] | null;
}

/** Looks the show up and which of the seat ids are its seats; NotFound when there is no such show. */
export async function findShowForHold(ctx: Context, showId: string, seatIds: readonly string[]): Promise<ShowForHold> {
  const show = (
    await ctx.db.query<ShowForHold>(
      `SELECT s.status, s.starts_at, s.ends_at,
         (SELECT array_agg(ss.seat_id) FROM show_seats ss WHERE ss.show_id = s.id AND ss.seat_id = ANY($2::text[])) AS known_seat_ids
       FROM shows s WHERE s.id = $1`,
      [showId, [...seatIds]],
    )
  ).rows[0];
  if (!show) throw new NotFound('show');
  return show;
}

export function checkSeatRequest(ctx: Context, show: ShowForHold, seatIds: readonly string[]): void {
  if (seatIds.length === 0) throw new InvalidInput('seatIds', 'must name at least one seat');
  if (new Set(seatIds).size !== seatIds.length) throw new InvalidInput('seatIds', 'must not repeat a seat');
  const max = ctx.config.maxSeatsPerBooking;
  if (seatIds.length > max) throw new InvalidInput('seatIds', `at most ${max} seats per booking`);
  const known = new Set(show.known_seat_ids ?? []);
  const foreign = seatIds.filter((id) => !known.has(id));
  if (foreign.length > 0) throw new InvalidInput('seatIds', `not seats of this show: ${foreign.join(', ')}`);
  const status = effectiveShowStatus(show.status, show.starts_at, show.ends_at, ctx.clock.now());
  if (status !== 'upcoming') throw new ShowNotUpcoming(status);
}

/** When the hold lapses: HOLD_TTL_SECONDS from now, rounded up to a whole second. */
export function holdDeadline(now: Date, ttlSeconds: number): Date {
  return new Date(Math.ceil((now.getTime() + ttlSeconds * 1000) / 1000) * 1000);
}

/**
 * Creates a pending booking holding every requested seat, or throws SeatsUnavailable naming
 * the seats someone else holds or has booked. The caller has run checkSeatRequest.
 */
export async function holdSeats(ctx: Context, userId: string, showId: string, seatIds: readonly string[]): Promise<string> {
  const now = ctx.clock.now();
  const until = holdDeadline(now, ctx.config.holdTtlSeconds);
  const bookingId = newId('bkg');
  const limit = ctx.config.maxSeatsPerBooking;
  await ctx.db.transaction(async (tx) => {
    // One customer's holds on one show take turns, so the per-customer limit cannot be raced past.
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${userId}:${showId}`]);
    const alreadyHeld = (
      await tx.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM show_seats ss JOIN bookings b ON b.id = ss.booking_id
         WHERE ss.show_id = $1 AND b.user_id = $2 AND ss.status = 'held' AND ss.held_until > $3`,
        [showId, userId, now],
      )
    ).rows[0]!.n;
    if (alreadyHeld + seatIds.length > limit) throw new HoldLimitReached(limit);

    // The booking row and the claim in one statement. Seats are locked in seat-id order, so two
    // overlapping requests cannot deadlock; READ COMMITTED re-checks availability on the latest
    // version of a row another transaction changed while we waited, so no seat is claimed twice.
    const claimed = (
      await tx.query<{ seat_id: string; price: number }>(
        `WITH booking AS (
           INSERT INTO bookings (id, user_id, show_id, status, total, expires_at, created_at)
           VALUES ($1, $2, $3, 'pending', 0, $4, $5)),
         claimable AS (
           SELECT seat_id FROM show_seats
           WHERE show_id = $3 AND seat_id = ANY($6::text[])
             AND (status = 'available' OR (status = 'held' AND held_until <= $5))
           ORDER BY seat_id FOR UPDATE)
         UPDATE show_seats ss SET status = 'held', booking_id = $1, held_until = $4
         FROM claimable c WHERE ss.show_id = $3 AND ss.seat_id = c.seat_id
         RETURNING ss.seat_id, ss.price`,
        [bookingId, userId, showId, until, now, [...seatIds]],
      )
    ).rows;
    if (claimed.length < seatIds.length) {
      const got = new Set(claimed.map((row) => row.seat_id));
      throw new SeatsUnavailable(seatIds.filter((id) => !got.has(id)));
    }
    const total = claimed.reduce((sum, row) => sum + row.price, 0);
    const claimedIds = claimed.map((row) => row.seat_id);
    // The live seat map's NOTIFY (DESIGN rule 6) rides on this statement, so a hold costs no extra
    // round trip. A SELECT in WITH only runs when referenced, hence the count in the WHERE clause.
    await tx.query(
      `WITH seats AS (INSERT INTO booking_seats (booking_id, seat_id, price)
         SELECT $1, seat_id, price FROM unnest($2::text[], $3::int[]) AS t (seat_id, price)),
       notified AS (SELECT pg_notify('${SEAT_CHANNEL}', payload) FROM unnest($5::text[]) AS notice (payload))
       UPDATE bookings SET total = $4 WHERE id = $1 AND (SELECT count(*) FROM notified) >= 0`,
      [bookingId, claimedIds, claimed.map((row) => row.price), total, seatChangePayloads(showId, claimedIds, 'held')],
    );
  });
  return bookingId;
}
