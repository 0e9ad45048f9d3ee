// What a hold reads before it is tried, outside any transaction: the seats, the show's billing,
// the rates and the promo code (HOLD_PRECHECK), or every seat of the show for best available; and
// the show's own checks when a hold was refused, to say why.
import type { HoldRequest } from './hold.ts';
import type { Queryable } from '../../db/database.ts';
import { seatIsFree, seatIsHeldLive } from '../../db/seat-predicates.ts';
import { TAX_RATES_IN_FORCE, type TaxRateJson } from '../../billing/repository.ts';
import type { PromoJson } from '../../promos/repository.ts';

/** The precheck saw every wanted seat free: only then are prices, billing and the promo code read. */
const ALL_LOOK_FREE = 'cardinality(wanted.free_ids) = cardinality($2::text[])';

/** The seats the customer holds in the show at `now`, starting from the customer's bookings of it (a few). */
const heldBy = (
  customer: string,
  show: string,
  now: string,
) => `(SELECT count(*)::int FROM bookings b JOIN show_seats ss ON ss.booking_id = b.id
      WHERE b.user_id = ${customer} AND b.show_id = ${show} AND ss.show_id = ${show} AND ${seatIsHeldLive('ss', now)})`;

/**
 * The customer's bookings of the show, their seats that pass `seatFilter`, that ended unpaid after `since` (null: not read): cancelled
 * then, or let lapse then; as { seatIds, at } with the last such end. A hold ended by a declined payment ends before
 * its lapse and is not counted until then: a customer whose card was declined may hold the same seats again at once.
 */
const released = (customer: string, show: string, seatFilter: string, since: string, now: string) => `(SELECT json_build_object(
      'seatIds', array_agg(DISTINCT bs.seat_id), 'at', max(CASE WHEN b.status = 'cancelled' THEN b.cancelled_at ELSE b.expires_at END))
    FROM bookings b JOIN booking_seats bs ON bs.booking_id = b.id
    WHERE ${since}::timestamptz IS NOT NULL AND b.user_id = ${customer} AND b.show_id = ${show} AND b.confirmed_at IS NULL
      AND ${seatFilter}
      AND ((b.status = 'cancelled' AND b.cancelled_at > ${since}::timestamptz)
        OR (b.status IN ('pending', 'expired') AND b.expires_at > ${since}::timestamptz AND b.expires_at <= ${now}))
    HAVING count(*) > 0)`;

/**
 * When the customer's holds made after `since` (null: not read) that ended unpaid were made, newest first, at most `budget`
 * of them: cancelled or lapsed (or ended by a declined payment) without being paid.
 */
const unpaidHolds = (customer: string, since: string, budget: string, now: string) => `(SELECT coalesce(array_agg(made_at), '{}')
    FROM (SELECT b.created_at AS made_at FROM bookings b
          WHERE ${since}::timestamptz IS NOT NULL AND b.user_id = ${customer} AND b.created_at > ${since}::timestamptz
            AND b.confirmed_at IS NULL AND (b.status IN ('cancelled', 'expired') OR (b.status = 'pending' AND b.expires_at <= ${now}))
          ORDER BY b.created_at DESC LIMIT ${budget}::int) recent)`;

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
 * show, reads nothing more than it must. So are the wanted seats the customer let go within the
 * re-hold cool-down and its holds that ended unpaid within the day, for the pace of holds
 * (bookings/hold-pace.ts), when those rules are on.
 * $1 show, $2 seat ids, $3 now, $4 customer, $5 promo code, $6 cool-down start or null, $7 budget window start or null,
 * $8 the daily budget of unpaid holds.
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
        JOIN show_seats ss ON ss.show_id = s.id AND ss.seat_id = se.id WHERE s.id = $1 AND ${seatIsFree('ss', '$3')}) END AS wheelchair_free,
    CASE WHEN ${ALL_LOOK_FREE} THEN ${released('$4', '$1', 'bs.seat_id = ANY($2::text[])', '$6', '$3')} END AS released,
    CASE WHEN ${ALL_LOOK_FREE} AND $7::timestamptz IS NOT NULL THEN ${unpaidHolds('$4', '$7', '$8', '$3')} END AS unpaid_holds
  FROM (SELECT count(*) AS found, coalesce(array_agg(seat_id) FILTER (WHERE ${seatIsFree('show_seats', '$3')}), '{}') AS free_ids
        FROM show_seats WHERE show_id = $1 AND seat_id = ANY($2::text[])) AS wanted`;

/**
 * What best available chooses from, in one read before any lock: every seat of the show with
 * whether it is free at $2, in hall order, and the rest of what HOLD_PRECHECK reads for the bill
 * and the rules. The chosen seats are then held by HOLD_STATEMENT exactly as seats named by id.
 * The seats the customer let go within the re-hold cool-down are not chosen for it; its holds that
 * ended unpaid within the day are read as HOLD_PRECHECK reads them.
 * $1 show, $2 now, $3 customer, $4 promo code, $5 cool-down start or null, $6 budget window start or null, $7 the budget.
 */
export const BEST_AVAILABLE_PRECHECK = `
  SELECT
    EXISTS (SELECT 1 FROM shows WHERE id = $1 AND status = 'upcoming' AND starts_at > $2) AS request_ok,
    ${heldBy('$3', '$1', '$2')} AS mine,
    (SELECT json_agg(json_build_object(${SEAT_FACTS}, 'free', ${seatIsFree('ss', '$2')}) ORDER BY se.row_index, se.number)
      FROM show_seats ss JOIN seats se ON se.id = ss.seat_id WHERE ss.show_id = $1) AS seats,
    ${showBilling('$1')} AS billing,
    (${TAX_RATES_IN_FORCE.replaceAll('$1', '$2')}) AS rates,
    ${promoFor('$4', '$3')} AS promo,
    ${released('$3', '$1', 'true', '$5', '$2')} AS released,
    CASE WHEN $6::timestamptz IS NOT NULL THEN ${unpaidHolds('$3', '$6', '$7', '$2')} END AS unpaid_holds`;

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
  /** Wanted seats the customer let go within the cool-down, and when the last was let go; null: none (or not read). */
  released: { seatIds: string[]; at: string } | null;
  /** When the customer's holds that ended unpaid within the day were made, newest first, at most the budget; null: not read. */
  unpaid_holds: string[] | null;
}

/** When the pace of holds is read (bookings/hold-pace.ts): null starts leave it unread. */
export interface PaceWindows {
  cooldownSince: Date | null;
  budgetSince: Date | null;
  budget: number;
}

export async function precheckHold(
  db: Queryable,
  hold: Pick<HoldRequest, 'userId' | 'showId' | 'seatIds' | 'now' | 'promoCode'>,
  pace: PaceWindows,
): Promise<HoldPrecheck> {
  return (
    await db.query<HoldPrecheck>(HOLD_PRECHECK, [
      hold.showId,
      [...hold.seatIds],
      hold.now,
      hold.userId,
      hold.promoCode ?? null,
      pace.cooldownSince,
      pace.budgetSince,
      pace.budget,
    ])
  ).rows[0]!;
}

export interface BestAvailablePrecheck {
  request_ok: boolean;
  mine: number;
  /** Every seat of the show in hall order, and whether it is free; null for a show with none (or no show). */
  seats: (SeatFacts & { free: boolean })[] | null;
  billing: ShowBilling | null;
  rates: TaxRateJson[];
  promo: PromoJson | null;
  /** Seats of the show the customer let go within the cool-down; null: none (or not read). */
  released: { seatIds: string[]; at: string } | null;
  unpaid_holds: string[] | null;
}

export async function precheckBestAvailable(
  db: Queryable,
  hold: Pick<HoldRequest, 'userId' | 'showId' | 'now' | 'promoCode'>,
  pace: PaceWindows,
): Promise<BestAvailablePrecheck> {
  return (
    await db.query<BestAvailablePrecheck>(BEST_AVAILABLE_PRECHECK, [
      hold.showId,
      hold.now,
      hold.userId,
      hold.promoCode ?? null,
      pace.cooldownSince,
      pace.budgetSince,
      pace.budget,
    ])
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
