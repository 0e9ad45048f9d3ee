// Deciding a cancellation: which seats, whether the cinema's policy allows it now, and what it gives
// back (docs/design.md, "Refunds"). The same decision quotes a cancellation and makes it; making
// it decides again under the booking's lock with the clock read then, so the tier applied is the
// one in force at the moment of cancelling, not the one quoted a moment before.
import { refundFor, tierInForce, type Refund } from './amounts.ts';
import { billOfBooking, settingsOf, type StoredBill } from '../../billing/stored.ts';
import type { TaxRateJson } from '../../billing/repository.ts';
import { InvalidInput, InvalidTransition, NoRefundNow, SeatsAlreadyCancelled, ShowStarted, TicketCheckedIn } from '../../domain/errors.ts';
import { effectiveBookingStatus } from '../../domain/states.ts';
import { inZone } from '../../domain/zoned-time.ts';
import type { CancellationFacts } from './repository.ts';

export interface CancellationPlan {
  /** The seats given back, in id order. */
  seatIds: string[];
  /** True when they are the booking's last: the booking becomes cancelled. */
  last: boolean;
  percent: number;
  feesRefundable: boolean;
  /** The policy tier applied; null for a refund in full (staff, a cancelled show). */
  hoursBefore: number | null;
  refund: Refund;
}

/** The customer's own cancellation follows the cinema's policy; staff refunds and cancelled shows give everything back. */
export type Terms = 'policy' | 'in-full';

/** The seats asked for, checked against the booking: 400 for seats that are not its own, 409 for seats already given back. */
function seatsToCancel(facts: CancellationFacts, wanted: readonly string[] | undefined): { seatIds: string[]; last: boolean } {
  const kept = facts.seats.filter((seat) => seat.refund_id === null).map((seat) => seat.id);
  if (wanted === undefined) return { seatIds: kept, last: true };
  if (wanted.length === 0) throw new InvalidInput('seatIds', 'must name at least one seat, or be left out to cancel every seat');
  if (new Set(wanted).size !== wanted.length) throw new InvalidInput('seatIds', 'must not repeat a seat');
  const own = new Set(facts.seats.map((seat) => seat.id));
  const foreign = wanted.filter((id) => !own.has(id));
  if (foreign.length > 0) throw new InvalidInput('seatIds', `${foreign.join(', ')} is not a seat of this booking`);
  const keptSet = new Set(kept);
  const gone = wanted.filter((id) => !keptSet.has(id));
  if (gone.length > 0) throw new SeatsAlreadyCancelled(gone);
  return { seatIds: [...wanted].sort(), last: wanted.length === kept.length };
}

/**
 * What cancelling `wanted` (every seat left when undefined) of a confirmed booking gives back at
 * `now`, or the domain error that refuses it.
 */
export function planCancellation(
  facts: CancellationFacts,
  wanted: readonly string[] | undefined,
  now: Date,
  terms: Terms,
): CancellationPlan {
  const status = effectiveBookingStatus(facts.status, facts.expires_at, now);
  const { seatIds, last } = seatsToCancel(facts, wanted);
  if (status !== 'confirmed' || !facts.payment) throw new InvalidTransition('booking', status, 'cancelled');
  if (seatIds.length === 0) throw new InvalidTransition('booking', 'emptied', 'cancelled');
  const bill = billOfBooking(facts.bill as StoredBill | null, facts.seats, facts.legacy_rates as TaxRateJson[] | null, facts.created_at);
  if (terms === 'in-full') {
    return {
      seatIds,
      last,
      percent: 100,
      feesRefundable: true,
      hoursBefore: null,
      refund: refundFor(bill, facts.seats, seatIds, 100, true),
    };
  }
  if (facts.starts_at <= now) throw new ShowStarted();
  if (facts.checked_in_at) throw new TicketCheckedIn(inZone(facts.checked_in_at, facts.time_zone));
  const policy = settingsOf(facts.settings).refundPolicy;
  const tier = tierInForce(policy.tiers, facts.starts_at, now);
  if (!tier || tier.percent === 0) throw new NoRefundNow(inZone(facts.starts_at, facts.time_zone));
  return {
    seatIds,
    last,
    percent: tier.percent,
    feesRefundable: policy.feesRefundable,
    hoursBefore: tier.hoursBefore,
    refund: refundFor(bill, facts.seats, seatIds, tier.percent, policy.feesRefundable),
  };
}
