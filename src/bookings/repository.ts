// Every SQL statement about bookings and the seats they hold. The rules in this folder call
// these; nothing else in Houseful reads or writes bookings, booking_seats or show_seats.
import type { Database, Queryable, TransactionOptions } from '../db/database.ts';
import { seatIsFree, seatIsHeldLive } from '../db/seat-predicates.ts';
import { assertBookingTransition, type BookingStatus } from '../domain/states.ts';
import { TAX_RATES_IN_FORCE, type TaxRateJson } from '../billing/repository.ts';
import type { PromoJson } from '../promos/repository.ts';
import { SEAT_CHANNEL } from '../db/seat-notices.ts';

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
 * - `everywhere` counts the seats a new account holds across every show, for the new-account cap
 *   ($8, null for an account past NEW_ACCOUNT_MINUTES); its own lock, taken first, makes it current.
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
 * $1 booking, $2 customer, $3 show, $4 held until, $5 now, $6 seat ids, $7 seat limit, $8 new-account cap or null,
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

/** The precheck saw every wanted seat free: only then are prices, billing and the promo code read. */
const ALL_LOOK_FREE = 'cardinality(wanted.free_ids) = cardinality($2::text[])';

/** The seats the customer holds in the show at `now`, starting from the customer's bookings of it (a few). */
const heldBy = (
  customer: string,
  show: string,
  now: string,
) => `(SELECT count(*)::int FROM bookings b JOIN show_seats ss ON ss.booking_id = b.id
      WHERE b.user_id = ${customer} AND b.show_id = ${show} AND ss.show_id = ${show} AND ${seatIsHeldLive('ss', now)})`;

/** A seat of the show (`ss` joined to `se`) as the hold's rules read it: SeatFacts's members. */
const SEAT_FACTS = `'id', ss.seat_id, 'label', se.label, 'type', se.seat_type, 'price', ss.price, 'kind', se.kind,
  'partnerId', se.partner_id, 'row', se.row_index, 'number', se.number, 'stretch', se.stretch`;

/** The show's cinema and movie, the cinema's billing settings as stored and its rule against lone seats. */
const showBilling = (show: string) => `(SELECT json_build_object('cinemaId', h.cinema_id, 'movieId', s.movie_id, 'settings', cb.settings,
      'noSingleSeatGaps', ci.no_single_seat_gaps)
    FROM shows s JOIN halls h ON h.id = s.hall_id JOIN cinemas ci ON ci.id = h.cinema_id
    LEFT JOIN cinema_billing cb ON cb.cinema_id = h.cinema_id WHERE s.id = ${show})`;

/** The promo code `code` (null: none) with how many uses `customer` holds of it. */
const promoFor = (code: string, customer: string) => `(SELECT json_build_object('code', p.code, 'percentOff', p.percent_off,
      'amountOff', p.amount_off, 'maxDiscount', p.max_discount, 'minTotal', p.min_total, 'validFrom', p.valid_from,
      'validUntil', p.valid_until, 'maxUses', p.max_uses, 'maxUsesPerCustomer', p.max_uses_per_customer, 'cinemaId', p.cinema_id,
      'movieId', p.movie_id, 'uses', p.uses,
      'mine', (SELECT count(*) FROM promo_code_uses u WHERE u.code = p.code AND u.user_id = ${customer} AND u.released_at IS NULL))
    FROM promo_codes p WHERE ${code}::text IS NOT NULL AND p.code = ${code}::text)`;

/**
 * A plain read before any lock: on a hot show most requests name a seat that is already held
 * or booked, and the answer to those is no whatever happens next, so they are refused from
 * this read alone, in one round trip and without touching the customer's lock. A request
 * whose seats all look free goes on to HOLD_STATEMENT, which decides under its locks; this
 * read never grants anything. Refusing from a snapshot is what the statement's `visible` gate
 * does too: a seat freed a moment after the read is refused as if the request came a moment
 * earlier. It also reads what the bill needs (the seats' types and prices, the cinema's billing
 * settings and the GST rates in force), so that the hold computes the bill without another
 * round trip and with settings as fresh as the read, and the promo code $5 (null: none) with how
 * many uses the customer holds of it, to say why it does not apply before anything is held.
 * The seats' kinds, rows and stretches, the cinema's rule against lone seats and, when a companion
 * seat is wanted, how many wheelchair spaces are free, are what the seat rules need (hold.ts).
 * Those are read only when every wanted seat looks free: a refusal, the common answer on a hot
 * show, reads nothing more than it must.
 * $1 show, $2 seat ids, $3 now, $4 customer, $5 promo code.
 */
export const HOLD_PRECHECK = `
  SELECT
    EXISTS (SELECT 1 FROM shows WHERE id = $1 AND status = 'upcoming' AND starts_at > $3)
      AND wanted.found = cardinality($2::text[]) AS request_ok,
    wanted.free_ids,
    ${heldBy('$4', '$1', '$3')} AS mine,
    CASE WHEN ${ALL_LOOK_FREE} THEN (SELECT json_agg(json_build_object(${SEAT_FACTS},
        'partnerLabel', (SELECT p.label FROM seats p WHERE p.id = se.partner_id)))
      FROM show_seats ss JOIN seats se ON se.id = ss.seat_id WHERE ss.show_id = $1 AND ss.seat_id = ANY($2::text[])) END AS priced,
    CASE WHEN ${ALL_LOOK_FREE} THEN ${showBilling('$1')} END AS billing,
    CASE WHEN ${ALL_LOOK_FREE} THEN (${TAX_RATES_IN_FORCE.replaceAll('$1', '$3')}) END AS rates,
    CASE WHEN ${ALL_LOOK_FREE} THEN ${promoFor('$5', '$4')} END AS promo,
    CASE WHEN ${ALL_LOOK_FREE} AND EXISTS (SELECT 1 FROM seats WHERE id = ANY($2::text[]) AND kind = 'companion')
      THEN (SELECT count(*)::int FROM shows s JOIN seats se ON se.hall_id = s.hall_id AND se.kind = 'wheelchair'
        JOIN show_seats ss ON ss.show_id = s.id AND ss.seat_id = se.id WHERE s.id = $1 AND ${seatIsFree('ss', '$3')}) END AS wheelchair_free
  FROM (SELECT count(*) AS found, coalesce(array_agg(seat_id) FILTER (WHERE ${seatIsFree('show_seats', '$3')}), '{}') AS free_ids
        FROM show_seats WHERE show_id = $1 AND seat_id = ANY($2::text[])) AS wanted`;

/**
 * What best available chooses from, in one read before any lock: every seat of the show with
 * whether it is free at $2, in hall order, and the rest of what HOLD_PRECHECK reads for the bill
 * and the rules. The chosen seats are then held by HOLD_STATEMENT exactly as seats named by id.
 * $1 show, $2 now, $3 customer, $4 promo code.
 */
export const BEST_AVAILABLE_PRECHECK = `
  SELECT
    EXISTS (SELECT 1 FROM shows WHERE id = $1 AND status = 'upcoming' AND starts_at > $2) AS request_ok,
    ${heldBy('$3', '$1', '$2')} AS mine,
    (SELECT json_agg(json_build_object(${SEAT_FACTS}, 'free', ${seatIsFree('ss', '$2')}) ORDER BY se.row_index, se.number)
      FROM show_seats ss JOIN seats se ON se.id = ss.seat_id WHERE ss.show_id = $1) AS seats,
    ${showBilling('$1')} AS billing,
    (${TAX_RATES_IN_FORCE.replaceAll('$1', '$2')}) AS rates,
    ${promoFor('$4', '$3')} AS promo`;

export interface HoldRequest {
  bookingId: string;
  userId: string;
  showId: string;
  seatIds: readonly string[];
  heldUntil: Date;
  now: Date;
  limit: number;
  /** The most seats a new account may hold across every show; null for an account past that age. */
  newAccountCap: number | null;
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
  /** Take the account's lock (the new-account cap's) for this hold too: it holds items, counted across the account's holds. */
  lockAccount?: boolean;
}

/** A seat of a show as the hold's rules read it (SEAT_FACTS). */
export interface SeatFacts {
  id: string;
  label: string;
  type: string;
  price: number;
  kind: string;
  /** A couple seat's partner. */
  partnerId: string | null;
  /** The row's index, front to back. */
  row: number;
  number: number;
  /** The stretch of the row between aisles. */
  stretch: number;
}

/** The show's cinema and movie, the cinema's billing settings as stored (null: the defaults) and its rule against lone seats. */
export interface ShowBilling {
  cinemaId: string;
  movieId: string;
  settings: object | null;
  noSingleSeatGaps: boolean;
}

export interface HoldPrecheck {
  request_ok: boolean;
  free_ids: string[];
  mine: number;
  /** The requested seats of this show, read when all look free, with a couple seat's partner's label. */
  priced: (SeatFacts & { partnerLabel: string | null })[] | null;
  billing: ShowBilling | null;
  rates: TaxRateJson[];
  /** The promo code asked for; null when none was, or there is no such code. */
  promo: PromoJson | null;
  /** Wheelchair spaces of the show free now, read when a companion seat is wanted. */
  wheelchair_free: number | null;
}

export async function precheckHold(
  db: Queryable,
  hold: Pick<HoldRequest, 'userId' | 'showId' | 'seatIds' | 'now' | 'promoCode'>,
): Promise<HoldPrecheck> {
  return (await db.query<HoldPrecheck>(HOLD_PRECHECK, [hold.showId, [...hold.seatIds], hold.now, hold.userId, hold.promoCode ?? null]))
    .rows[0]!;
}

export interface BestAvailablePrecheck {
  request_ok: boolean;
  mine: number;
  /** Every seat of the show in hall order, and whether it is free; null for a show with none (or no show). */
  seats: (SeatFacts & { free: boolean })[] | null;
  billing: ShowBilling | null;
  rates: TaxRateJson[];
  promo: PromoJson | null;
}

export async function precheckBestAvailable(
  db: Queryable,
  hold: Pick<HoldRequest, 'userId' | 'showId' | 'now' | 'promoCode'>,
): Promise<BestAvailablePrecheck> {
  return (await db.query<BestAvailablePrecheck>(BEST_AVAILABLE_PRECHECK, [hold.showId, hold.now, hold.userId, hold.promoCode ?? null]))
    .rows[0]!;
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
        hold.newAccountCap,
        hold.total,
        JSON.stringify(hold.bill),
        hold.promoCode ?? null,
        hold.strandLocks !== null,
      ],
      {
        advisoryLocks: [
          ...(hold.newAccountCap === null && !hold.lockAccount ? [] : [`holds:${hold.userId}`]),
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

export interface ShowForHold {
  status: 'upcoming' | 'cancelled';
  starts_at: Date;
  ends_at: Date;
  known_seat_ids: string[] | null;
}

/** The show and which of the seat ids are its seats; undefined when there is no such show. */
export async function findShowForHold(db: Queryable, showId: string, seatIds: readonly string[]): Promise<ShowForHold | undefined> {
  return (
    await db.query<ShowForHold>(
      `SELECT s.status, s.starts_at, s.ends_at,
         (SELECT array_agg(ss.seat_id) FROM show_seats ss WHERE ss.show_id = s.id AND ss.seat_id = ANY($2::text[])) AS known_seat_ids
       FROM shows s WHERE s.id = $1`,
      [showId, [...seatIds]],
    )
  ).rows[0];
}

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

/** Moves a booking from one status to another; false when it was no longer in `from`. */
export async function moveBooking(tx: Queryable, bookingId: string, from: BookingStatus, to: BookingStatus, now: Date): Promise<boolean> {
  return (await moveBookings(tx, [bookingId], from, to, now)).length === 1;
}

/** Moves each of the bookings still in `from` to `to`; returns the ids that moved. */
export async function moveBookings(
  tx: Queryable,
  bookingIds: readonly string[],
  from: BookingStatus,
  to: BookingStatus,
  now: Date,
): Promise<string[]> {
  assertBookingTransition(from, to);
  if (bookingIds.length === 0) return [];
  const result = await tx.query<{ id: string }>(
    `UPDATE bookings SET status = $3,
       confirmed_at = CASE WHEN $3 = 'confirmed' THEN $4::timestamptz ELSE confirmed_at END,
       cancelled_at = CASE WHEN $3 = 'cancelled' THEN $4::timestamptz ELSE cancelled_at END
     WHERE id = ANY($1::text[]) AND status = $2 RETURNING id`,
    [[...bookingIds], from, to, now],
  );
  return result.rows.map((row) => row.id);
}

/**
 * Claims up to `limit` pending bookings whose hold lapsed by `now` and moves them to expired.
 * SKIP LOCKED: a booking another instance (or a payment) is working on is left for later.
 */
export async function expireLapsedBookings(tx: Queryable, now: Date, limit: number): Promise<string[]> {
  assertBookingTransition('pending', 'expired');
  return (
    await tx.query<{ id: string }>(
      `UPDATE bookings SET status = 'expired'
       WHERE status = 'pending' AND id IN (SELECT id FROM bookings WHERE status = 'pending' AND expires_at <= $1
                    ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [now, limit],
    )
  ).rows.map((row) => row.id);
}

export interface ShowSeat {
  show_id: string;
  seat_id: string;
}

/**
 * Frees the seats these bookings still hold or own (only `seatIds` of them when given); seats
 * someone else holds now are left alone.
 */
export async function releaseSeatsOf(tx: Queryable, bookingIds: readonly string[], seatIds?: readonly string[]): Promise<ShowSeat[]> {
  if (bookingIds.length === 0) return [];
  return (
    await tx.query<ShowSeat>(
      `UPDATE show_seats SET status = 'available', booking_id = NULL, held_until = NULL
       WHERE booking_id = ANY($1::text[]) AND ($2::text[] IS NULL OR seat_id = ANY($2::text[])) RETURNING show_id, seat_id`,
      [[...bookingIds], seatIds ? [...seatIds] : null],
    )
  ).rows;
}

/** Records that a refund gave these seats of the booking back; they stay listed as its record. */
export async function markSeatsRefunded(tx: Queryable, bookingId: string, seatIds: readonly string[], refundId: string): Promise<void> {
  await tx.query('UPDATE booking_seats SET refund_id = $3 WHERE booking_id = $1 AND seat_id = ANY($2::text[]) AND refund_id IS NULL', [
    bookingId,
    [...seatIds],
    refundId,
  ]);
}

/** The booking's ticket is reissued: tokens of earlier versions are refused at the door. */
export async function raiseTicketVersion(tx: Queryable, bookingId: string): Promise<void> {
  await tx.query('UPDATE bookings SET ticket_version = ticket_version + 1 WHERE id = $1', [bookingId]);
}

/** Turns the booking's seats from held to booked where its hold is still live at `now` (docs/design.md rule 2). */
export async function bookHeldSeats(tx: Queryable, bookingId: string, now: Date): Promise<ShowSeat[]> {
  return (
    await tx.query<ShowSeat>(
      `UPDATE show_seats ss SET status = 'booked', held_until = NULL
       WHERE ss.booking_id = $1 AND ${seatIsHeldLive('ss', '$2')} RETURNING ss.show_id, ss.seat_id`,
      [bookingId, now],
    )
  ).rows;
}

export async function countBookingSeats(db: Queryable, bookingId: string): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM booking_seats WHERE booking_id = $1', [bookingId])).rows[0]!.n;
}

/** A booking's row, locked for a change (a cancel or a refund waits here for a check-in, and the other way round). */
export interface LockedBooking {
  id: string;
  /** Null for a counter sale. */
  user_id: string | null;
  status: BookingStatus;
  show_id: string;
  expires_at: Date;
  time_zone: string;
}

export async function lockBooking(tx: Queryable, bookingId: string): Promise<LockedBooking | undefined> {
  return (
    await tx.query<LockedBooking>(
      `SELECT b.id, b.user_id, b.status, b.show_id, b.expires_at, c.time_zone
       FROM bookings b JOIN shows s ON s.id = b.show_id JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id
       WHERE b.id = $1 FOR UPDATE OF b`,
      [bookingId],
    )
  ).rows[0];
}

/**
 * When the booking's ticket was checked in; undefined when it was not. Read in its own statement after
 * lockBooking, so it sees a check-in that committed while the lock was awaited.
 */
export async function checkedInAt(tx: Queryable, bookingId: string): Promise<Date | undefined> {
  return (await tx.query<{ at: Date }>('SELECT checked_in_at AS at FROM ticket_checkins WHERE booking_id = $1', [bookingId])).rows[0]?.at;
}

/** The show's pending and confirmed bookings, locked, in id order. */
export async function lockLiveBookingsOfShow(tx: Queryable, showId: string): Promise<{ id: string; status: 'pending' | 'confirmed' }[]> {
  return (
    await tx.query<{ id: string; status: 'pending' | 'confirmed' }>(
      "SELECT id, status FROM bookings WHERE show_id = $1 AND status IN ('pending', 'confirmed') ORDER BY id FOR UPDATE",
      [showId],
    )
  ).rows;
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
