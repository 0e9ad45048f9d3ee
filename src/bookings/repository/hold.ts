// The hold itself (docs/design.md rule 1): HOLD_STATEMENT, which claims every seat or none and
// writes the booking, and how it is sent: after the customer's locks, in one round trip.
import type { Database, Queryable, TransactionOptions } from '../../db/database.ts';
import { seatIsFree, seatIsHeldLive } from '../../db/seat-predicates.ts';
import { SEAT_CHANNEL } from '../../db/seat-notices.ts';

/**
 * A seat of `segment` left alone at `when` ('before' or 'after' the hold): free, with a taken seat
 * on one side and a taken seat, the row's end or an aisle (no neighbour: NULL) on the other.
 */
function loneSeat(when: 'before' | 'after'): string {
  const [free, left, right] = [`free_${when}`, `left_${when}`, `right_${when}`];
  return `(${free} AND ${left} IS NOT TRUE AND ${right} IS NOT TRUE AND (${left} IS FALSE OR ${right} IS FALSE))`;
}

/**
 * The whole hold after the customer's locks, in one statement (docs/design.md rule 1), sent with
 * BEGIN, the locks and COMMIT as one pipeline (Database.lockedStatement): a granted hold's only
 * round trip after the precheck. It writes nothing unless it grants, so COMMIT is always right.
 * - `bookable` and `visible` re-check what findShowForHold checks (the show is upcoming, every
 *   seat is one of its seats), so a well-formed request needs no lookup before it: when
 *   `request_ok` is false nothing is locked or written and the caller looks the show up to
 *   say what is wrong.
 * - `mine` counts the seats the customer already holds in this show; the lock taken before
 *   this statement makes that count current. It starts from the customer's bookings (a few)
 *   rather than from the seats that have a booking (all of them, across every show).
 * - `everywhere` counts the seats the account holds across every show, for its cap ($8: the lower of
 *   MAX_HELD_SEATS_PER_ACCOUNT and, for a new account, NEW_ACCOUNT_MAX_HELD_SEATS; null at the
 *   counter); the account's own lock, taken first in the same pipeline, makes it current.
 * - `visible` reads which wanted seats are free as of this statement. When one is visibly held
 *   or booked the answer is already no, and `claimable` locks nothing: on a hot show most
 *   requests are such refusals, and row locks taken only to be rolled back made every other
 *   request for those seats wait (`npm run bench`: about 1.5-2x the hold rate without them).
 * - `claimable` locks the wanted seats that are free, in seat-id order, so two overlapping
 *   requests cannot deadlock; READ COMMITTED re-checks each row it waited for on its latest
 *   version, so no seat is claimed twice.
 * - Only when every seat is free and the limits allow does `claimed` take them, and the
 *   booking and its seats get written; otherwise nothing is written at all.
 * - `notified` tells the live seat map (rule 6) from inside this transaction, so the notice
 *   leaves only if the hold commits; a SELECT in WITH runs only when referenced, hence
 *   `notices` in the result.
 * - A granted hold's `seats` and `show` are what the answer shows, so the booking need not be
 *   read again after the hold.
 * - The booking's total and bill ($9, $10) were worked out from the precheck's prices and billing
 *   (billing/bill.ts); null for either falls back to the seats' prices and no bill.
 * $1 booking, $2 customer, $3 show, $4 held until, $5 now, $6 seat ids, $7 seat limit, $8 the account's cap or null,
 * - `promo` takes a use of the promo code $11 (null: none) once everything else says yes, with the
 *   seats already locked: `uses < max_uses` is checked again on the row's latest version after
 *   waiting for its lock, so of many holds racing for a code's last use exactly one gets it; the
 *   customer's own count is current under the customer's promo lock (claimSeats). When it gets no
 *   use, `granted` is false and nothing is written.
 * - `strands` applies the cinema's rule against lone seats ($12, as the precheck read it): the
 *   free seats of the wanted seats' stretches (a row between aisles), before and after this hold,
 *   and which would be left alone by it (free, with a taken seat on one side and a taken seat, the
 *   row's end or an aisle on the other) that were not alone before. Every hold under the rule
 *   first takes an advisory lock per stretch it touches (claimSeats), so this statement's snapshot,
 *   taken after those locks, holds every committed hold of those stretches: two overlapping holds
 *   take turns and the second sees the first, so together they cannot leave a seat alone either.
 *   When the hold would strand a seat nothing is locked or written, and the seats are named.
 * $9 total, $10 bill, $11 promo code or null, $12 whether the rule against lone seats applies.
 */
export const HOLD_STATEMENT = `
  WITH mine AS (
    SELECT count(*)::int AS n FROM bookings b JOIN show_seats ss ON ss.booking_id = b.id
    WHERE b.user_id = $2 AND b.show_id = $3 AND ss.show_id = $3 AND ${seatIsHeldLive('ss', '$5')}),
  everywhere AS (
    SELECT $8::int IS NULL OR (
      SELECT count(*) FROM bookings b JOIN show_seats ss ON ss.booking_id = b.id
      WHERE b.user_id = $2 AND b.status = 'pending' AND ${seatIsHeldLive('ss', '$5')}) + cardinality($6::text[]) <= $8::int AS within_cap),
  bookable AS (
    SELECT EXISTS (SELECT 1 FROM shows WHERE id = $3 AND status = 'upcoming' AND starts_at > $5) AS upcoming),
  visible AS (
    SELECT count(*) AS found,
      coalesce(array_agg(seat_id) FILTER (WHERE ${seatIsFree('show_seats', '$5')}), '{}') AS free_ids
    FROM show_seats WHERE show_id = $3 AND seat_id = ANY($6::text[])),
  segment AS (
    SELECT ss.seat_id, se.row_index, se.stretch, se.number,
      ${seatIsFree('ss', '$5')} AS free_before,
      ${seatIsFree('ss', '$5')} AND ss.seat_id <> ALL($6::text[]) AS free_after
    FROM show_seats ss JOIN seats se ON se.id = ss.seat_id
    WHERE $12::boolean AND ss.show_id = $3 AND cardinality((SELECT free_ids FROM visible)) = cardinality($6::text[])
      AND (se.row_index, se.stretch) IN (SELECT w.row_index, w.stretch FROM seats w WHERE w.id = ANY($6::text[]))),
  strands AS (
    SELECT array_agg(seat_id ORDER BY row_index, number) FILTER (WHERE ${loneSeat('after')} AND NOT ${loneSeat('before')}) AS ids
    FROM (SELECT seat_id, row_index, number, free_before, free_after,
            lag(free_before) OVER w AS left_before, lead(free_before) OVER w AS right_before,
            lag(free_after) OVER w AS left_after, lead(free_after) OVER w AS right_after
          FROM segment WINDOW w AS (PARTITION BY row_index, stretch ORDER BY number)) neighbours),
  claimable AS (
    SELECT seat_id FROM show_seats
    WHERE show_id = $3 AND seat_id = ANY($6::text[])
      AND ${seatIsFree('show_seats', '$5')}
      AND cardinality((SELECT free_ids FROM visible)) = cardinality($6::text[])
      AND (SELECT upcoming FROM bookable) AND (SELECT within_cap FROM everywhere) AND (SELECT ids FROM strands) IS NULL
    ORDER BY seat_id FOR UPDATE),
  decision AS (
    SELECT (SELECT upcoming FROM bookable) AND (SELECT found FROM visible) = cardinality($6::text[]) AS request_ok,
           (SELECT n FROM mine) + cardinality($6::text[]) <= $7 AS within_limit,
           (SELECT within_cap FROM everywhere) AS within_cap,
           (SELECT ids FROM strands) IS NULL AS no_strand,
           (SELECT count(*) FROM claimable) = cardinality($6::text[]) AS all_free),
  promo AS (
    UPDATE promo_codes p SET uses = p.uses + 1
    FROM decision d
    WHERE $11::text IS NOT NULL AND p.code = $11::text AND d.request_ok AND d.within_limit AND d.within_cap AND d.no_strand AND d.all_free
      AND (p.max_uses IS NULL OR p.uses < p.max_uses)
      AND (p.valid_from IS NULL OR p.valid_from <= $5) AND (p.valid_until IS NULL OR p.valid_until > $5)
      AND (p.max_uses_per_customer IS NULL OR (SELECT count(*) FROM promo_code_uses u
        WHERE u.code = $11::text AND u.user_id = $2 AND u.released_at IS NULL) < p.max_uses_per_customer)
    RETURNING p.code),
  promo_taken AS (
    SELECT $11::text IS NULL OR EXISTS (SELECT 1 FROM promo) AS yes),
  granted AS (
    SELECT request_ok AND within_limit AND within_cap AND no_strand AND all_free AND (SELECT yes FROM promo_taken) AS yes FROM decision),
  promo_use AS (
    INSERT INTO promo_code_uses (booking_id, code, user_id, taken_at)
    SELECT $1, code, $2, $5 FROM promo, granted WHERE granted.yes),
  claimed AS (
    UPDATE show_seats ss SET status = 'held', booking_id = $1, held_until = $4
    FROM claimable c, granted g
    WHERE g.yes AND ss.show_id = $3 AND ss.seat_id = c.seat_id
    RETURNING ss.seat_id, ss.price),
  booking AS (
    INSERT INTO bookings (id, user_id, show_id, status, total, expires_at, created_at, bill)
    SELECT $1, $2, $3, 'pending', coalesce($9::int, (SELECT coalesce(sum(price), 0)::int FROM claimed)), $4, $5, $10::jsonb
    FROM granted WHERE yes),
  booking_seat_rows AS (
    INSERT INTO booking_seats (booking_id, seat_id, price) SELECT $1, seat_id, price FROM claimed),
  notified AS (
    SELECT pg_notify('${SEAT_CHANNEL}', json_build_object('showId', $3::text, 'seatIds', array_agg(seat_id ORDER BY seat_id), 'status', 'held')::text)
    FROM claimed HAVING count(*) > 0)
  SELECT d.request_ok, d.within_limit, d.within_cap, d.all_free, d.no_strand, (SELECT yes FROM promo_taken) AS promo_ok,
    (SELECT ids FROM strands) AS stranded_seat_ids,
    (SELECT count(*) FROM notified) AS notices,
    CASE WHEN cardinality(v.free_ids) = cardinality($6::text[])
      THEN coalesce((SELECT array_agg(seat_id) FROM claimable), '{}')
      ELSE v.free_ids END AS free_seat_ids,
    (SELECT json_agg(json_build_object('id', se.id, 'label', se.label, 'type', se.seat_type, 'kind', se.kind, 'price', c.price)
       ORDER BY se.row_index, se.number)
     FROM claimed c JOIN seats se ON se.id = c.seat_id) AS seats,
    (SELECT json_build_object('startsAt', s.starts_at, 'timeZone', ci.time_zone, 'movieId', m.id, 'title', m.title,
       'cinemaId', ci.id, 'cinemaName', ci.name, 'hallId', h.id, 'hallName', h.name)
     FROM shows s JOIN movies m ON m.id = s.movie_id JOIN halls h ON h.id = s.hall_id JOIN cinemas ci ON ci.id = h.cinema_id
     WHERE s.id = $3 AND (SELECT yes FROM granted)) AS show
  FROM decision d, visible v`;

export interface HoldRequest {
  bookingId: string;
  userId: string;
  showId: string;
  seatIds: readonly string[];
  heldUntil: Date;
  now: Date;
  limit: number;
  /** The most seats the account may hold across every show (the lower cap, for a new account); null: none (counter sales). */
  accountCap: number | null;
  /** What the booking costs, and its bill as stored (billing/bill.ts). */
  total: number;
  bill: object;
  /** The promo code whose use the hold takes, upper case; undefined for none. */
  promoCode?: string | undefined;
  /**
   * With the cinema's rule against lone seats on (as the precheck read it): the stretches of rows
   * the wanted seats sit in, each taken as an advisory lock before the statement. Null: rule off.
   */
  strandLocks: string[] | null;
  /** Take the account's lock (the account cap's) for this hold too: it holds items, counted across the account's holds. */
  lockAccount?: boolean;
}

export interface HoldOutcome {
  request_ok: boolean;
  within_limit: boolean;
  within_cap: boolean;
  all_free: boolean;
  /** False when the hold would leave a seat alone under the cinema's rule; stranded_seat_ids names them. */
  no_strand: boolean;
  stranded_seat_ids: string[] | null;
  /** False when a promo code was given and no use of it could be taken (used up meanwhile). */
  promo_ok: boolean;
  free_seat_ids: string[];
  /** Set when the hold was granted: the seats held, in hall order, at their prices. */
  seats: { id: string; label: string; type: string; kind: string; price: number }[] | null;
  /** Set when the hold was granted: the show as the booking shows it. */
  show: {
    startsAt: string;
    timeZone: string;
    movieId: string;
    title: string;
    cinemaId: string;
    cinemaName: string;
    hallId: string;
    hallName: string;
  } | null;
}

/**
 * A database for claimSeats that runs the hold in a transaction of its own and, when it grants the
 * hold, `alongside` in the same transaction (what else the booking takes: its food and drink). When
 * that throws, the hold is rolled back with it, so the booking has both or neither.
 */
export function holdingAlongside(
  db: Pick<Database, 'transaction'>,
  alongside: (tx: Queryable) => Promise<void>,
): Pick<Database, 'lockedStatement'> {
  return {
    lockedStatement: <Row>(sql: string, params: unknown[], options: TransactionOptions) =>
      db.transaction(async (tx) => {
        const result = await tx.query<Row>(sql, params);
        // A granted hold's row has its seats; a refused one wrote nothing.
        if ((result.rows[0] as Pick<HoldOutcome, 'seats'> | undefined)?.seats) await alongside(tx);
        return result;
      }, options),
  };
}

/** The customer's locks (and the stretches' under the rule against lone seats), then HOLD_STATEMENT, in one round trip. */
export async function claimSeats(db: Pick<Database, 'lockedStatement'>, hold: HoldRequest): Promise<HoldOutcome> {
  const perShow = `${hold.userId}:${hold.showId}`;
  return (
    await db.lockedStatement<HoldOutcome>(
      HOLD_STATEMENT,
      [
        hold.bookingId,
        hold.userId,
        hold.showId,
        hold.heldUntil,
        hold.now,
        [...hold.seatIds],
        hold.limit,
        hold.accountCap,
        hold.total,
        JSON.stringify(hold.bill),
        hold.promoCode ?? null,
        hold.strandLocks !== null,
      ],
      {
        advisoryLocks: [
          ...(hold.accountCap === null && !hold.lockAccount ? [] : [`holds:${hold.userId}`]),
          perShow,
          // The customer's holds with this code take turns, so their count of its uses is current.
          ...(hold.promoCode ? [`promo:${hold.promoCode}:${hold.userId}`] : []),
          // Holds touching a stretch take turns, so the lone-seat check sees every hold of it (HOLD_STATEMENT's strands).
          ...(hold.strandLocks ?? []),
        ],
      },
    )
  ).rows[0]!;
}
