// The checks a hold passes before and after its precheck, with no database of their own: what the
// request may ask for, whether the show takes holds, and the rules of seat kinds and lone seats.
import type { Context } from '../context.ts';
import { CompanionSeatReserved, InvalidInput, ShowNotUpcoming } from '../domain/errors.ts';
import { effectiveShowStatus } from '../domain/states.ts';
import type { SeatFacts, ShowBilling, ShowForHold } from './repository/hold-precheck.ts';

/** A hold names its seats, or asks for a number of the best (of one seat type, maybe). */
export interface SeatChoice {
  seatIds?: readonly string[] | undefined;
  quantity?: number | undefined;
  seatType?: string | undefined;
}

/** Why a seat choice is not one of the two: seatIds, or quantity (with seatType, maybe). */
export function seatChoiceProblem(choice: SeatChoice): InvalidInput | undefined {
  if (choice.quantity !== undefined && choice.seatIds !== undefined)
    return new InvalidInput('quantity', 'send either seatIds or quantity, not both');
  if (choice.quantity === undefined && choice.seatIds === undefined)
    return new InvalidInput('seatIds', 'is required (or quantity, for the best seats)');
  if (choice.seatType !== undefined && choice.quantity === undefined) return new InvalidInput('seatType', 'goes with quantity');
  return undefined;
}

/** The checks that need no database: some seats, none repeated, not too many. */
function seatListProblem(max: number, seatIds: readonly string[]): InvalidInput | undefined {
  if (seatIds.length === 0) return new InvalidInput('seatIds', 'must name at least one seat');
  if (new Set(seatIds).size !== seatIds.length) return new InvalidInput('seatIds', 'must not repeat a seat');
  if (seatIds.length > max) return new InvalidInput('seatIds', `at most ${max} seats per booking`);
  return undefined;
}

/**
 * What is wrong with a hold's request that no database is needed to see (the routes judge it after
 * looking up the show, so an unknown show is a 404 first: http/validation.ts).
 */
export function holdRequestProblem(config: Pick<Context['config'], 'maxSeatsPerBooking'>, asked: SeatChoice): InvalidInput | undefined {
  const max = config.maxSeatsPerBooking;
  const choice = seatChoiceProblem(asked);
  if (choice) return choice;
  if (asked.seatIds !== undefined) return seatListProblem(max, asked.seatIds);
  const quantity = asked.quantity!;
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > max)
    return new InvalidInput('quantity', `must be a whole number from 1 to ${max}`);
  return undefined;
}

/** Why a hold cannot be taken at all: seats not of this show, or a show that is not upcoming. */
export function showProblem(ctx: Context, show: ShowForHold, seatIds: readonly string[]): InvalidInput | ShowNotUpcoming | undefined {
  const known = new Set(show.known_seat_ids ?? []);
  const foreign = seatIds.filter((id) => !known.has(id));
  if (foreign.length > 0) return new InvalidInput('seatIds', `not seats of this show: ${foreign.join(', ')}`);
  const status = effectiveShowStatus(show.status, show.starts_at, show.ends_at, ctx.clock.now());
  if (status !== 'upcoming') return new ShowNotUpcoming(status);
  return undefined;
}

/**
 * The rules of seat kinds (docs/design.md, "Seats as halls really are"): a couple seat is held
 * only with its partner; a companion seat only with a wheelchair space, or once the show has no
 * wheelchair space free (then it sells like any seat rather than stay empty).
 */
export function seatRuleProblem(
  seats: readonly (SeatFacts & { partnerLabel: string | null })[],
  wheelchairFree: number | null,
): InvalidInput | CompanionSeatReserved | undefined {
  const wanted = new Set(seats.map((seat) => seat.id));
  const alone = seats.find((seat) => seat.kind === 'couple' && (seat.partnerId === null || !wanted.has(seat.partnerId)));
  if (alone)
    return new InvalidInput('seatIds', `${alone.label} is a couple seat, sold as a pair: hold it together with ${alone.partnerLabel}`);
  const companions = seats.filter((seat) => seat.kind === 'companion');
  const withWheelchair = seats.some((seat) => seat.kind === 'wheelchair');
  if (companions.length > 0 && !withWheelchair && (wheelchairFree ?? 0) > 0) {
    return new CompanionSeatReserved(companions.map((seat) => seat.id));
  }
  return undefined;
}

/**
 * Under the cinema's rule against lone seats, the advisory locks of the stretches the seats sit in
 * (sorted, so that two holds take them in the same order); null when the rule is off.
 */
export function strandLocksOf(showId: string, seats: readonly SeatFacts[], billing: ShowBilling): string[] | null {
  if (!billing.noSingleSeatGaps) return null;
  return [...new Set(seats.map((seat) => `stretch:${showId}:${seat.row}:${seat.stretch}`))].sort();
}
