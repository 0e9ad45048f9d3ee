// Holding seats: all requested seats or none, decided by one conditional statement under the
// customer's lock (docs/design.md rule 1; the statement is HOLD_STATEMENT in repository/hold.ts).
import type { Context } from '../context.ts';
import type { User } from '../domain/user.ts';
import { HoldLimitReached, NewAccountHoldLimit, NotFound, SeatsUnavailable, ShowNotUpcoming, WouldStrandSeat } from '../domain/errors.ts';
import { mustExist } from '../db/exists.ts';
import { newId } from '../domain/ids.ts';
import { computeBill, type Bill } from '../billing/bill.ts';
import { settingsOf, storedBill, taxRatesOf } from '../billing/stored.ts';
import { normalisePromoCode, offerOf, promoProblem, usedByYou, usedUp } from '../promos/promos.ts';
import { inr } from '../domain/money.ts';
import { inZone } from '../domain/zoned-time.ts';
import { orderItems, takeItems, type ItemOrder } from '../items/order.ts';
import type { ItemsAskedValue } from '../items/schemas.ts';
import { bestBlocks, type Block } from '../seating/best-available.ts';
import {
  findShowForHold,
  precheckBestAvailable,
  precheckHold,
  type SeatFacts,
  type ShowBilling,
  type ShowForHold,
} from './repository/hold-precheck.ts';
import { claimSeats, holdingAlongside, type HoldOutcome, type HoldRequest } from './repository/hold.ts';
import type { PromoJson } from '../promos/repository.ts';
import type { TaxRateJson } from '../billing/repository.ts';
import { bookedSeatView, linesView } from './read.ts';
import type { BookingView } from './schemas.ts';
import { holdRequestProblem, seatRuleProblem, showProblem, strandLocksOf, type SeatChoice } from './hold-checks.ts';
import { budgetProblem, cooldownProblem, paceWindows } from './hold-pace.ts';

/** Who holds: the account, and when it was made (the new-account cap), as the session lookup read them. */
type Customer = Pick<User, 'id' | 'createdAt'>;

/** What a hold asks for, online or at the counter: one object, whoever asks. */
export interface HoldAsked extends SeatChoice {
  showId: string;
  promoCode?: string | undefined;
  /** Food and drink held with the seats. */
  items?: ItemsAskedValue | undefined;
  /** Sold online, with the cinema's convenience fee; false at the box office, which charges none. */
  online: boolean;
}

/** One hold as it is tried, once its request passed the checks that need no database. */
interface Attempt {
  customer: Customer;
  showId: string;
  promoCode: string | undefined;
  online: boolean;
  order: ItemOrder | undefined;
}

async function showForHold(ctx: Context, showId: string, seatIds: readonly string[]): Promise<ShowForHold> {
  const show = await findShowForHold(ctx.db, showId, seatIds);
  if (!show) throw new NotFound('show');
  return show;
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

/**
 * The most seats the account may hold at once across all shows, and the refusal past it: MAX_HELD_SEATS_PER_ACCOUNT,
 * or NEW_ACCOUNT_MAX_HELD_SEATS while the account is new, whichever is lower. Online only: a cashier's counter sale
 * is held for a moment and confirmed at once, so it is bound by neither.
 */
function accountCapOf(ctx: Context, customer: Customer, now: Date): { limit: number; refusal: () => Error } {
  const { maxHeldSeatsPerAccount, newAccountMaxHeldSeats, newAccountMinutes } = ctx.config;
  if (isNewAccount(ctx, customer.createdAt, now) && newAccountMaxHeldSeats <= maxHeldSeatsPerAccount)
    return { limit: newAccountMaxHeldSeats, refusal: () => new NewAccountHoldLimit(newAccountMaxHeldSeats, newAccountMinutes) };
  return { limit: maxHeldSeatsPerAccount, refusal: () => new HoldLimitReached(maxHeldSeatsPerAccount, 'account') };
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
    seats: seats.map(bookedSeatView),
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

/** What the precheck read about the seats about to be held, for the bill and the seat rules. */
interface HoldFacts {
  /** The seats to hold, as read. */
  seats: SeatFacts[];
  billing: ShowBilling;
  rates: TaxRateJson[];
  promo: PromoJson | null;
}

/** The hold statement refused because seats were taken meanwhile, or because it would leave a seat alone. */
type Refused = { taken: string[] } | { stranded: string[] };

/**
 * Holds exactly these seats, whose precheck found them all free, and returns the pending booking;
 * or what refused it. Throws for a promo code that does not apply and for the customer's limits.
 */
async function claim(
  ctx: Context,
  attempt: Attempt,
  seatIds: readonly string[],
  facts: HoldFacts,
): Promise<BookingView | Refused | typeof SHOW_CHECKS_FAILED> {
  const { customer, showId, promoCode, online, order } = attempt;
  const now = ctx.clock.now();
  const limit = ctx.config.maxSeatsPerBooking;
  // What it costs, from the precheck's prices and billing: the statement only stores it.
  const prices = new Map(facts.seats.map((seat) => [seat.id, seat]));
  const billing = {
    tickets: seatIds.map((id) => prices.get(id)!),
    settings: settingsOf(facts.billing.settings),
    rates: taxRatesOf(facts.rates),
    at: now,
    online,
    ...(order ? { items: order.lines } : {}),
  };
  let bill = computeBill(billing);
  if (promoCode !== undefined) {
    // A code that does not apply is refused before anything is held.
    const where = { cinemaId: facts.billing.cinemaId, movieId: facts.billing.movieId, now, total: bill.total };
    const problem = promoProblem(promoCode, facts.promo, where);
    if (problem) throw problem;
    bill = computeBill({ ...billing, offer: offerOf(facts.promo!) });
  }
  const hold: HoldRequest = {
    bookingId: newId('bkg'),
    userId: customer.id,
    showId,
    seatIds,
    heldUntil: holdDeadline(now, ctx.config.holdTtlSeconds),
    now,
    limit,
    accountCap: online ? accountCapOf(ctx, customer, now).limit : null,
    total: bill.total,
    bill: storedBill(bill, promoCode, billing.settings.refundPolicy),
    promoCode,
    strandLocks: strandLocksOf(showId, facts.seats, facts.billing),
    // Holds with items online take the account's lock, so the count of its items held unpaid is current.
    lockAccount: order !== undefined && online,
  };
  // Food and drink are taken in the hold's own transaction: both or neither.
  const cap = online ? { userId: customer.id, limit: ctx.config.maxHeldItemsPerAccount, now } : null;
  const outcome = await claimSeats(order ? holdingAlongside(ctx.db, (tx) => takeItems(tx, hold.bookingId, order, cap)) : ctx.db, hold);
  if (!outcome.request_ok) return SHOW_CHECKS_FAILED;
  if (!outcome.within_limit) throw new HoldLimitReached(limit);
  if (!outcome.within_cap) throw accountCapOf(ctx, customer, now).refusal();
  if (!outcome.no_strand) return { stranded: outcome.stranded_seat_ids ?? [] };
  if (!outcome.all_free) {
    const free = new Set(outcome.free_seat_ids);
    return { taken: seatIds.filter((id) => !free.has(id)) };
  }
  // Everything else said yes, so the code's last use went to another hold meanwhile (or the customer's own).
  if (!outcome.promo_ok) throw facts.promo!.maxUses !== null ? usedUp(promoCode!) : usedByYou(promoCode!);
  return heldBooking(hold, outcome, bill, order);
}

/**
 * Creates a pending booking holding every requested seat and returns it, or throws
 * SeatsUnavailable naming the seats someone else holds or has booked, WouldStrandSeat, or a
 * limit. Returns SHOW_CHECKS_FAILED, writing nothing, when the show is not upcoming or a seat is
 * not one of its seats.
 */
async function tryHold(ctx: Context, attempt: Attempt, seatIds: readonly string[]): Promise<BookingView | typeof SHOW_CHECKS_FAILED> {
  const { customer, showId, promoCode } = attempt;
  const now = ctx.clock.now();
  const limit = ctx.config.maxSeatsPerBooking;
  const seen = await precheckHold(
    ctx.db,
    { userId: customer.id, showId, seatIds, now, promoCode },
    paceWindows(ctx.config, now, attempt.online),
  );
  if (!seen.request_ok) return SHOW_CHECKS_FAILED;
  if (seen.free_ids.length < seatIds.length) {
    // The same order of reasons as below: the customer's limit first, then the seats.
    if (seen.mine + seatIds.length > limit) throw new HoldLimitReached(limit);
    const free = new Set(seen.free_ids);
    throw new SeatsUnavailable(seatIds.filter((id) => !free.has(id)));
  }
  const paceProblem = budgetProblem(ctx.config, seen.unpaid_holds, now) ?? cooldownProblem(ctx.config, seen.released, now);
  if (paceProblem) throw paceProblem;
  const seats = seen.priced ?? [];
  const ruleProblem = seatRuleProblem(seats, seen.wheelchair_free);
  if (ruleProblem) throw ruleProblem;
  const facts = { seats, billing: seen.billing!, rates: seen.rates, promo: seen.promo };
  const held = await claim(ctx, attempt, seatIds, facts);
  if (held === SHOW_CHECKS_FAILED) return held;
  if ('stranded' in held) throw new WouldStrandSeat(held.stranded);
  if ('taken' in held) throw new SeatsUnavailable(held.taken);
  return held;
}

/** The promo code as stored (upper case), or undefined for none. */
function promoCodeOf(promo: string | undefined): string | undefined {
  return promo === undefined || promo.trim() === '' ? undefined : normalisePromoCode(promo);
}

/**
 * The food and drink asked for with a hold of `seats` seats on the show, priced (items/order.ts);
 * refused before anything is held. Only this read can find an unknown item, so it says an unknown
 * show's 404 first itself, through the one "does this exist" (db/exists.ts).
 */
async function itemOrder(ctx: Context, showId: string, items: ItemsAskedValue | undefined, seats: number): Promise<ItemOrder | undefined> {
  return orderItems(ctx.db, showId, items, { perSeat: ctx.config.maxItemsPerSeat, seats }).catch(async (refused: unknown) => {
    await mustExist(ctx.db, 'shows', showId);
    throw refused;
  });
}

/**
 * Holds what the request asks for, seats named by id or the best block of a number, and returns the
 * pending booking. A well-formed request goes straight to the hold, whose statement checks the show
 * and its seats itself; only a refused one is looked up, to say why.
 */
export async function hold(ctx: Context, customer: Customer, asked: HoldAsked): Promise<BookingView> {
  const problem = holdRequestProblem(ctx.config, asked);
  if (problem) throw problem;
  const seats = asked.seatIds?.length ?? asked.quantity!;
  const attempt: Attempt = {
    customer,
    showId: asked.showId,
    promoCode: promoCodeOf(asked.promoCode),
    online: asked.online,
    order: await itemOrder(ctx, asked.showId, asked.items, seats),
  };
  return asked.seatIds !== undefined
    ? holdSeatsById(ctx, attempt, asked.seatIds)
    : holdBestAvailable(ctx, attempt, { quantity: asked.quantity!, seatType: asked.seatType });
}

/** Holds exactly these seats, or throws why not. */
async function holdSeatsById(ctx: Context, attempt: Attempt, seatIds: readonly string[]): Promise<BookingView> {
  for (let tries = 1; ; tries++) {
    const held = await tryHold(ctx, attempt, seatIds);
    if (held !== SHOW_CHECKS_FAILED) return held;
    const problem = showProblem(ctx, await showForHold(ctx, attempt.showId, seatIds), seatIds);
    if (problem) throw problem;
    // The checks pass now but failed in the statement: the show changed in between; try again, a few times.
    if (tries === 3) throw new ShowNotUpcoming('changing');
  }
}

/**
 * How often best available reads the seats again and picks anew when the block it chose was taken
 * by another hold meanwhile; after the first, each pick is drawn from more of the best blocks, so
 * requests that collided on one block spread out instead of colliding again.
 */
const BEST_AVAILABLE_ATTEMPTS = 5;

/** The blocks the attempt-th pick is drawn from: the best alone first, then the best 4, 8, 16 … */
function pickOf(blocks: readonly Block[], attempt: number): Block {
  const among = attempt === 1 ? 1 : Math.min(blocks.length, 2 ** attempt);
  return blocks[Math.floor(Math.random() * among)]!;
}

/** One pick and hold; undefined when the block was taken (or would now strand a seat) meanwhile. */
async function tryBestAvailable(
  ctx: Context,
  attempt: Attempt,
  request: BestAvailableRequest,
  pick: number,
): Promise<BookingView | typeof SHOW_CHECKS_FAILED | undefined> {
  const { customer, showId, promoCode } = attempt;
  const { quantity } = request;
  const now = ctx.clock.now();
  const limit = ctx.config.maxSeatsPerBooking;
  const seen = await precheckBestAvailable(
    ctx.db,
    { userId: customer.id, showId, now, promoCode },
    paceWindows(ctx.config, now, attempt.online),
  );
  if (!seen.request_ok || !seen.billing) return SHOW_CHECKS_FAILED;
  if (seen.mine + quantity > limit) throw new HoldLimitReached(limit);
  const budget = budgetProblem(ctx.config, seen.unpaid_holds, now);
  if (budget) throw budget;
  // Seats the customer let go a moment ago are not theirs to choose yet (bookings/hold-pace.ts).
  const cooling = new Set(seen.released?.seatIds ?? []);
  const seats = (seen.seats ?? []).map((seat) => (seat.free && cooling.has(seat.id) ? { ...seat, free: false } : seat));
  const blocks = bestBlocks(seats, { quantity, seatType: request.seatType, noSingleSeatGaps: seen.billing.noSingleSeatGaps });
  if (blocks.length === 0) throw new SeatsUnavailable([]);
  const chosen = new Set(pickOf(blocks, pick).seatIds);
  const wanted = seats.filter((seat) => chosen.has(seat.id));
  const facts = { seats: wanted, billing: seen.billing, rates: seen.rates, promo: seen.promo };
  const held = await claim(ctx, attempt, [...chosen], facts);
  if (held === SHOW_CHECKS_FAILED) return held;
  if ('stranded' in held || 'taken' in held) return undefined;
  return held;
}

interface BestAvailableRequest {
  quantity: number;
  seatType?: string | undefined;
}

/**
 * Holds the best block of `quantity` adjacent free seats (seating/best-available.ts) for the
 * customer, sold online or at the counter and with food and drink as holdSeats is, through the
 * same statement and locks as a hold by seat ids; 409 seats-unavailable with no seat ids when there
 * is no such block, or none could be had in BEST_AVAILABLE_ATTEMPTS.
 */
async function holdBestAvailable(ctx: Context, attempt: Attempt, request: BestAvailableRequest): Promise<BookingView> {
  let showChanges = 0;
  for (let pick = 1; pick <= BEST_AVAILABLE_ATTEMPTS; pick++) {
    const held = await tryBestAvailable(ctx, attempt, request, pick);
    if (held === undefined) continue;
    if (held !== SHOW_CHECKS_FAILED) return held;
    const problem = showProblem(ctx, await showForHold(ctx, attempt.showId, []), []);
    if (problem) throw problem;
    if (++showChanges === 3) throw new ShowNotUpcoming('changing');
  }
  throw new SeatsUnavailable([]);
}
