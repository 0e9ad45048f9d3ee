// Holding seats: all requested seats or none, decided by one conditional statement under the
// customer's lock (docs/design.md rule 1; the statement is HOLD_STATEMENT in repository.ts).
import type { Context } from '../context.ts';
import type { User } from '../accounts/repository.ts';
import { HoldLimitReached, InvalidInput, NewAccountHoldLimit, NotFound, SeatsUnavailable, ShowNotUpcoming } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { effectiveShowStatus } from '../domain/states.ts';
import { computeBill, type Bill } from '../billing/bill.ts';
import { settingsOf, storedBill, taxRatesOf } from '../billing/stored.ts';
import { normalisePromoCode, offerOf, promoProblem, usedByYou, usedUp } from '../promos/promos.ts';
import { inr } from '../domain/money.ts';
import { inZone } from '../domain/zoned-time.ts';
import { orderItems, takeItems, type ItemOrder } from '../items/order.ts';
import type { ItemsAskedValue } from '../items/schemas.ts';
import {
  claimSeats,
  findShowForHold,
  holdingAlongside,
  precheckHold,
  type HoldOutcome,
  type HoldRequest,
  type ShowForHold,
} from './repository.ts';
import { linesView } from './read.ts';
import type { BookingView } from './schemas.ts';

/** Who holds: the account, and when it was made (the new-account cap), as the session lookup read them. */
type Customer = Pick<User, 'id' | 'createdAt'>;

/** The checks that need no database: some seats, none repeated, not too many. */
function seatListProblem(ctx: Context, seatIds: readonly string[]): InvalidInput | undefined {
  if (seatIds.length === 0) return new InvalidInput('seatIds', 'must name at least one seat');
  if (new Set(seatIds).size !== seatIds.length) return new InvalidInput('seatIds', 'must not repeat a seat');
  const max = ctx.config.maxSeatsPerBooking;
  if (seatIds.length > max) return new InvalidInput('seatIds', `at most ${max} seats per booking`);
  return undefined;
}

async function showForHold(ctx: Context, showId: string, seatIds: readonly string[]): Promise<ShowForHold> {
  const show = await findShowForHold(ctx.db, showId, seatIds);
  if (!show) throw new NotFound('show');
  return show;
}

/** Why a hold cannot be taken at all: seats not of this show, or a show that is not upcoming. */
function showProblem(ctx: Context, show: ShowForHold, seatIds: readonly string[]): InvalidInput | ShowNotUpcoming | undefined {
  const known = new Set(show.known_seat_ids ?? []);
  const foreign = seatIds.filter((id) => !known.has(id));
  if (foreign.length > 0) return new InvalidInput('seatIds', `not seats of this show: ${foreign.join(', ')}`);
  const status = effectiveShowStatus(show.status, show.starts_at, show.ends_at, ctx.clock.now());
  if (status !== 'upcoming') return new ShowNotUpcoming(status);
  return undefined;
}

/** When the hold lapses: HOLD_TTL_SECONDS from now, rounded up to a whole second. */
export function holdDeadline(now: Date, ttlSeconds: number): Date {
  return new Date(Math.ceil((now.getTime() + ttlSeconds * 1000) / 1000) * 1000);
}

/**
 * Whether the customer's account is new enough for the new-account cap (NEW_ACCOUNT_MINUTES): its
 * holds across all shows count together, so a batch of fresh accounts cannot take a whole show.
 * Off with the rate limits (RATE_LIMIT_PER_MINUTE=0).
 */
function isNewAccount(ctx: Context, createdAt: Date, now: Date): boolean {
  const minutes = ctx.config.newAccountMinutes;
  if (ctx.config.rateLimitPerMinute === 0 || minutes === 0) return false;
  return now.getTime() - createdAt.getTime() < minutes * 60_000;
}

/** The show is not upcoming, or a seat is not one of its seats: the statement refused before it locked anything. */
const SHOW_CHECKS_FAILED = Symbol('the show or its seats failed the checks');

/** The pending booking a granted hold made, as its customer is answered, from what the hold statement returned. */
function heldBooking(hold: HoldRequest, outcome: HoldOutcome, bill: Bill, order: ItemOrder | undefined): BookingView {
  const show = outcome.show!;
  const seats = outcome.seats ?? [];
  return {
    id: hold.bookingId,
    status: 'pending',
    showId: hold.showId,
    seats: seats.map((seat) => ({ id: seat.id, label: seat.label, type: seat.type, price: inr(seat.price) })),
    total: inr(bill.total),
    lines: linesView(bill),
    expiresAt: inZone(hold.heldUntil, show.timeZone),
    createdAt: inZone(hold.now, show.timeZone),
    show: {
      startsAt: inZone(new Date(show.startsAt), show.timeZone),
      movie: { id: show.movieId, title: show.title },
      cinema: { id: show.cinemaId, name: show.cinemaName },
      hall: { id: show.hallId, name: show.hallName },
    },
    ...(order ? { pickupCode: order.pickupCode } : {}),
  };
}

/**
 * Creates a pending booking holding every requested seat and returns it, or throws
 * SeatsUnavailable naming the seats someone else holds or has booked, or HoldLimitReached.
 * Returns SHOW_CHECKS_FAILED, writing nothing, when the show is not upcoming or a seat is not
 * one of its seats.
 */
async function tryHold(
  ctx: Context,
  customer: Customer,
  showId: string,
  seatIds: readonly string[],
  promoCode: string | undefined,
  online: boolean,
  order: ItemOrder | undefined,
): Promise<BookingView | typeof SHOW_CHECKS_FAILED> {
  const userId = customer.id;
  const now = ctx.clock.now();
  const limit = ctx.config.maxSeatsPerBooking;
  const seen = await precheckHold(ctx.db, { userId, showId, seatIds, now, promoCode });
  if (!seen.request_ok) return SHOW_CHECKS_FAILED;
  if (seen.free_ids.length < seatIds.length) {
    // The same order of reasons as below: the customer's limit first, then the seats.
    if (seen.mine + seatIds.length > limit) throw new HoldLimitReached(limit);
    const free = new Set(seen.free_ids);
    throw new SeatsUnavailable(seatIds.filter((id) => !free.has(id)));
  }

  // What it costs, from the precheck's prices and billing: the statement only stores it.
  const prices = new Map((seen.priced ?? []).map((seat) => [seat.id, seat]));
  const billing = {
    tickets: seatIds.map((id) => prices.get(id)!),
    settings: settingsOf(seen.billing?.settings),
    rates: taxRatesOf(seen.rates),
    at: now,
    online,
    ...(order ? { items: order.lines } : {}),
  };
  let bill = computeBill(billing);
  if (promoCode !== undefined) {
    // A code that does not apply is refused before anything is held.
    const where = { cinemaId: seen.billing!.cinemaId, movieId: seen.billing!.movieId, now, total: bill.total };
    const problem = promoProblem(promoCode, seen.promo, where);
    if (problem) throw problem;
    bill = computeBill({ ...billing, offer: offerOf(seen.promo!) });
  }
  const hold: HoldRequest = {
    bookingId: newId('bkg'),
    userId,
    showId,
    seatIds,
    heldUntil: holdDeadline(now, ctx.config.holdTtlSeconds),
    now,
    limit,
    newAccountCap: isNewAccount(ctx, customer.createdAt, now) ? ctx.config.newAccountMaxHeldSeats : null,
    total: bill.total,
    bill: storedBill(bill, promoCode),
    promoCode,
  };
  // Food and drink are taken in the hold's own transaction: both or neither.
  const outcome = await claimSeats(order ? holdingAlongside(ctx.db, (tx) => takeItems(tx, hold.bookingId, order)) : ctx.db, hold);
  if (!outcome.request_ok) return SHOW_CHECKS_FAILED;
  if (!outcome.within_cap) throw new NewAccountHoldLimit(ctx.config.newAccountMaxHeldSeats, ctx.config.newAccountMinutes);
  if (!outcome.within_limit) throw new HoldLimitReached(limit);
  if (!outcome.all_free) {
    const free = new Set(outcome.free_seat_ids);
    throw new SeatsUnavailable(seatIds.filter((id) => !free.has(id)));
  }
  // Everything else said yes, so the code's last use went to another hold meanwhile (or the customer's own).
  if (!outcome.promo_ok) throw seen.promo!.maxUses !== null ? usedUp(promoCode!) : usedByYou(promoCode!);
  return heldBooking(hold, outcome, bill, order);
}

/**
 * Holds the seats for the customer and returns the pending booking; `online: false` for a sale at
 * the box office, which carries no convenience fee; `items`, food and drink held with the seats. A well-formed request
 * goes straight to the hold, whose statement checks the show and its seats itself; only a
 * refused one is looked up, to say why: an unknown show (404) before anything else.
 */
export async function holdSeats(
  ctx: Context,
  customer: Customer,
  showId: string,
  seatIds: readonly string[],
  promo?: string,
  sale: { online: boolean; items?: ItemsAskedValue | undefined } = { online: true },
): Promise<BookingView> {
  const promoCode = promo === undefined || promo.trim() === '' ? undefined : normalisePromoCode(promo);
  const listProblem = seatListProblem(ctx, seatIds);
  if (listProblem) {
    await showForHold(ctx, showId, seatIds);
    throw listProblem;
  }
  const order = await orderItems(ctx.db, showId, sale.items).catch(async (refused: unknown) => {
    await showForHold(ctx, showId, seatIds);
    throw refused;
  });
  for (let attempt = 1; ; attempt++) {
    const held = await tryHold(ctx, customer, showId, seatIds, promoCode, sale.online, order);
    if (held !== SHOW_CHECKS_FAILED) return held;
    const problem = showProblem(ctx, await showForHold(ctx, showId, seatIds), seatIds);
    if (problem) throw problem;
    // The checks pass now but failed in the statement: the show changed in between; try again, a few times.
    if (attempt === 3) throw new ShowNotUpcoming('changing');
  }
}
