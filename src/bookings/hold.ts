// Holding seats: all requested seats or none, in one conditional UPDATE (DESIGN rule 1).
import type { Context } from '../context.ts';
import { HoldLimitReached, InvalidInput, NotFound, SeatsUnavailable, ShowNotUpcoming } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { SEAT_CHANNEL } from '../live/seat-events.ts';
import { effectiveShowStatus } from '../domain/states.ts';

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

/** The checks that need no database: some seats, none repeated, not too many. */
export function seatListProblem(ctx: Context, seatIds: readonly string[]): InvalidInput | undefined {
  if (seatIds.length === 0) return new InvalidInput('seatIds', 'must name at least one seat');
  if (new Set(seatIds).size !== seatIds.length) return new InvalidInput('seatIds', 'must not repeat a seat');
  const max = ctx.config.maxSeatsPerBooking;
  if (seatIds.length > max) return new InvalidInput('seatIds', `at most ${max} seats per booking`);
  return undefined;
}

export function checkSeatRequest(ctx: Context, show: ShowForHold, seatIds: readonly string[]): void {
  const problem = seatListProblem(ctx, seatIds);
  if (problem) throw problem;
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
 * The whole hold after the customer's lock, in one statement:
 * - `bookable` and `visible` re-check what findShowForHold checks (the show is upcoming, every
 *   seat is one of its seats), so a well-formed request needs no lookup before it: when
 *   `request_ok` is false nothing is locked or written and the caller looks the show up to
 *   say what is wrong.
 * - `mine` counts the seats the customer already holds in this show; the lock taken before
 *   this statement makes that count current. It starts from the customer's bookings (a few)
 *   rather than from the seats that have a booking (all of them, across every show).
 * - `visible` reads which wanted seats are free as of this statement. When one is visibly held
 *   or booked the answer is already no, and `claimable` locks nothing: on a hot show most
 *   requests are such refusals, and row locks taken only to be rolled back made every other
 *   request for those seats wait (`npm run bench`: about 1.5-2x the hold rate without them).
 * - `claimable` locks the wanted seats that are free, in seat-id order, so two overlapping
 *   requests cannot deadlock; READ COMMITTED re-checks each row it waited for on its latest
 *   version, so no seat is claimed twice (DESIGN rule 1).
 * - Only when every seat is free and the limit allows does `claimed` take them, and the
 *   booking and its seats get written; otherwise nothing is written at all.
 * - `notified` tells the live seat map (DESIGN rule 6) from inside this transaction, so the
 *   notice leaves only if the hold commits; a SELECT in WITH runs only when referenced, hence
 *   `notices` in the result.
 * $1 booking, $2 customer, $3 show, $4 held until, $5 now, $6 seat ids, $7 seat limit.
 */
export const HOLD_STATEMENT = `
  WITH mine AS (
    SELECT count(*)::int AS n FROM bookings b JOIN show_seats ss ON ss.booking_id = b.id
    WHERE b.user_id = $2 AND b.show_id = $3 AND ss.show_id = $3 AND ss.status = 'held' AND ss.held_until > $5),
  bookable AS (
    SELECT EXISTS (SELECT 1 FROM shows WHERE id = $3 AND status = 'upcoming' AND starts_at > $5) AS upcoming),
  visible AS (
    SELECT count(*) AS found,
      coalesce(array_agg(seat_id) FILTER (WHERE status = 'available' OR (status = 'held' AND held_until <= $5)), '{}') AS free_ids
    FROM show_seats WHERE show_id = $3 AND seat_id = ANY($6::text[])),
  claimable AS (
    SELECT seat_id FROM show_seats
    WHERE show_id = $3 AND seat_id = ANY($6::text[])
      AND (status = 'available' OR (status = 'held' AND held_until <= $5))
      AND cardinality((SELECT free_ids FROM visible)) = cardinality($6::text[])
      AND (SELECT upcoming FROM bookable)
    ORDER BY seat_id FOR UPDATE),
  decision AS (
    SELECT (SELECT upcoming FROM bookable) AND (SELECT found FROM visible) = cardinality($6::text[]) AS request_ok,
           (SELECT n FROM mine) + cardinality($6::text[]) <= $7 AS within_limit,
           (SELECT count(*) FROM claimable) = cardinality($6::text[]) AS all_free),
  claimed AS (
    UPDATE show_seats ss SET status = 'held', booking_id = $1, held_until = $4
    FROM claimable c, decision d
    WHERE d.request_ok AND d.within_limit AND d.all_free AND ss.show_id = $3 AND ss.seat_id = c.seat_id
    RETURNING ss.seat_id, ss.price),
  booking AS (
    INSERT INTO bookings (id, user_id, show_id, status, total, expires_at, created_at)
    SELECT $1, $2, $3, 'pending', (SELECT coalesce(sum(price), 0)::int FROM claimed), $4, $5
    FROM decision WHERE request_ok AND within_limit AND all_free),
  booking_seat_rows AS (
    INSERT INTO booking_seats (booking_id, seat_id, price) SELECT $1, seat_id, price FROM claimed),
  notified AS (
    SELECT pg_notify('${SEAT_CHANNEL}', json_build_object('showId', $3::text, 'seatIds', array_agg(seat_id ORDER BY seat_id), 'status', 'held')::text)
    FROM claimed HAVING count(*) > 0)
  SELECT d.request_ok, d.within_limit, d.all_free, (SELECT count(*) FROM notified) AS notices,
    CASE WHEN cardinality(v.free_ids) = cardinality($6::text[])
      THEN coalesce((SELECT array_agg(seat_id) FROM claimable), '{}')
      ELSE v.free_ids END AS free_seat_ids
  FROM decision d, visible v`;

/**
 * A plain read before any lock: on a hot show most requests name a seat that is already held
 * or booked, and the answer to those is no whatever happens next, so they are refused from
 * this read alone, in one round trip and without touching the customer's lock. A request
 * whose seats all look free goes on to HOLD_STATEMENT, which decides under its locks; this
 * read never grants anything. Refusing from a snapshot is what the statement's `visible` gate
 * does too: a seat freed a moment after the read is refused as if the request came a moment
 * earlier. $1 show, $2 seat ids, $3 now, $4 customer.
 */
export const HOLD_PRECHECK = `
  SELECT
    EXISTS (SELECT 1 FROM shows WHERE id = $1 AND status = 'upcoming' AND starts_at > $3)
      AND (SELECT count(*) FROM show_seats WHERE show_id = $1 AND seat_id = ANY($2::text[])) = cardinality($2::text[]) AS request_ok,
    coalesce((SELECT array_agg(seat_id) FROM show_seats WHERE show_id = $1 AND seat_id = ANY($2::text[])
      AND (status = 'available' OR (status = 'held' AND held_until <= $3))), '{}') AS free_ids,
    (SELECT count(*)::int FROM bookings b JOIN show_seats ss ON ss.booking_id = b.id
      WHERE b.user_id = $4 AND b.show_id = $1 AND ss.show_id = $1 AND ss.status = 'held' AND ss.held_until > $3) AS mine`;

/** The show is not upcoming, or a seat is not one of its seats: checkSeatRequest says which. */
export class ShowChecksFailed extends Error {}

/**
 * Creates a pending booking holding every requested seat, or throws SeatsUnavailable naming
 * the seats someone else holds or has booked, HoldLimitReached, or ShowChecksFailed when the
 * show or the seats would fail checkSeatRequest.
 */
export async function holdSeats(ctx: Context, userId: string, showId: string, seatIds: readonly string[]): Promise<string> {
  const now = ctx.clock.now();
  const until = holdDeadline(now, ctx.config.holdTtlSeconds);
  const bookingId = newId('bkg');
  const limit = ctx.config.maxSeatsPerBooking;
  const seen = (
    await ctx.db.query<{ request_ok: boolean; free_ids: string[]; mine: number }>(HOLD_PRECHECK, [showId, [...seatIds], now, userId], {
      prepareAs: 'houseful_hold_precheck',
    })
  ).rows[0]!;
  if (!seen.request_ok) throw new ShowChecksFailed();
  if (seen.free_ids.length < seatIds.length) {
    // The same order of reasons as below: the customer's limit first, then the seats.
    if (seen.mine + seatIds.length > limit) throw new HoldLimitReached(limit);
    const free = new Set(seen.free_ids);
    throw new SeatsUnavailable(seatIds.filter((id) => !free.has(id)));
  }

  // One customer's holds on one show take turns, so the per-customer limit cannot be raced past.
  const lock = { advisoryLock: `${userId}:${showId}` };
  await ctx.db.transaction(async (tx) => {
    const outcome = (
      await tx.query<{ request_ok: boolean; within_limit: boolean; all_free: boolean; free_seat_ids: string[] }>(
        HOLD_STATEMENT,
        [bookingId, userId, showId, until, now, [...seatIds], limit],
        // Parsing and planning this statement cost PostgreSQL more CPU than running it.
        { prepareAs: 'houseful_hold' },
      )
    ).rows[0]!;
    if (!outcome.request_ok) throw new ShowChecksFailed();
    if (!outcome.within_limit) throw new HoldLimitReached(limit);
    if (!outcome.all_free) {
      const free = new Set(outcome.free_seat_ids);
      throw new SeatsUnavailable(seatIds.filter((id) => !free.has(id)));
    }
  }, lock);
  return bookingId;
}
