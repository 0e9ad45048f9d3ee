// Deciding a cancellation: which seats, whether the refund policy the booking was sold under allows
// it now, and what it gives back (docs/design.md, "Refunds"). The same decision quotes a cancellation and makes it; making
// it decides again under the booking's lock with the clock read then, so the tier applied is the
// one in force at the moment of cancelling, not the one quoted a moment before.
import type { Bill } from '../../billing/bill.ts';
import { itemSupplies, refundFor, tierInForce, type ItemUnits, type Refund } from './amounts.ts';
import type { TaxRateJson } from '../../billing/repository.ts';
import { billOfBooking, refundPolicyOf, type StoredBill } from '../../billing/stored.ts';
import {
  InvalidInput,
  InvalidTransition,
  ItemsAlreadyCollected,
  NoRefundNow,
  SeatsAlreadyCancelled,
  ShowStarted,
  TicketCheckedIn,
} from '../../domain/errors.ts';
import { effectiveBookingStatus } from '../../domain/states.ts';
import { inZone } from '../../domain/zoned-time.ts';
import type { CancellationFacts } from './repository.ts';

export interface CancellationPlan {
  /** The seats given back, in id order. */
  seatIds: string[];
  /** True when they are the booking's last: the booking becomes cancelled. */
  last: boolean;
  /** The food and drink given back: so many units of each item, after the `from` given back before. */
  items: { itemId: string; quantity: number; from: number }[];
  percent: number;
  feesRefundable: boolean;
  /** The policy tier applied; null for a refund in full (staff, a cancelled show). */
  hoursBefore: number | null;
  refund: Refund;
}

/**
 * The customer's own cancellation follows the cinema's policy; a staff refund gives back in full
 * what is left, food and drink handed over excepted; a show the cinema cancelled gives back
 * everything, food and drink handed over too: it is the cinema's doing.
 */
export type Terms = 'policy' | 'in-full' | 'show-cancelled';

/** Food and drink asked back with some seats: each item once, of the booking's, no more than it has left. */
export interface ItemsAsked {
  itemId: string;
  quantity: number;
}

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
 * The food and drink given back: with the booking's last seats, all it has left; with some seats,
 * those asked for (none unless asked). Items handed over at the counter are kept, except when the
 * cinema cancelled the show. 400 for items that are not the booking's, repeated, or more than it
 * has left; 409 for asking back items already handed over.
 */
function itemsToGiveBack(
  facts: CancellationFacts,
  asked: readonly ItemsAsked[] | undefined,
  last: boolean,
  terms: Terms,
): CancellationPlan['items'] {
  const sold = new Map(facts.items.map((item) => [item.itemId, item]));
  const seen = new Set<string>();
  (asked ?? []).forEach((line, i) => {
    const item = sold.get(line.itemId);
    if (!item) throw new InvalidInput(`items[${i}].itemId`, 'is not an item of this booking');
    if (seen.has(line.itemId)) throw new InvalidInput(`items[${i}].itemId`, 'must not repeat an item: give a quantity');
    seen.add(line.itemId);
    const left = item.quantity - item.refunded;
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > left) {
      throw new InvalidInput(`items[${i}].quantity`, `must be from 1 to the ${left} of it not yet given back`);
    }
  });
  const collected = facts.items_collected_at !== null;
  if (collected && terms !== 'show-cancelled') {
    if (asked && asked.length > 0) throw new ItemsAlreadyCollected(inZone(facts.items_collected_at!, facts.time_zone), 'items');
    return [];
  }
  if (last) {
    return facts.items
      .filter((item) => item.quantity > item.refunded)
      .map((item) => ({ itemId: item.itemId, quantity: item.quantity - item.refunded, from: item.refunded }));
  }
  return (asked ?? []).map((line) => ({ itemId: line.itemId, quantity: line.quantity, from: sold.get(line.itemId)!.refunded }));
}

/** The units of the bill's item supplies that `items` gives back. */
function unitsOf(bill: Bill, facts: CancellationFacts, items: CancellationPlan['items']): ItemUnits[] {
  if (items.length === 0) return [];
  const supplyOf = itemSupplies(bill, facts.items);
  return items.map((item) => ({ supply: supplyOf.get(item.itemId)!, from: item.from, count: item.quantity }));
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
  askedItems?: readonly ItemsAsked[],
): CancellationPlan {
  const status = effectiveBookingStatus(facts.status, facts.expires_at, now);
  const { seatIds, last } = seatsToCancel(facts, wanted);
  if (status !== 'confirmed' || !facts.payment) throw new InvalidTransition('booking', status, 'cancelled');
  if (seatIds.length === 0) throw new InvalidTransition('booking', 'emptied', 'cancelled');
  const bill = billOfBooking(facts.bill as StoredBill | null, facts.seats, facts.legacy_rates as TaxRateJson[] | null, facts.created_at);
  if (terms !== 'policy') {
    const items = itemsToGiveBack(facts, undefined, last, terms);
    return {
      seatIds,
      last,
      items,
      percent: 100,
      feesRefundable: true,
      hoursBefore: null,
      refund: refundFor(bill, facts.seats, seatIds, 100, true, unitsOf(bill, facts, items)),
    };
  }
  const items = itemsToGiveBack(facts, askedItems, last, terms);
  if (facts.starts_at <= now) throw new ShowStarted();
  if (facts.checked_in_at) throw new TicketCheckedIn(inZone(facts.checked_in_at, facts.time_zone));
  // The policy it was sold under: a change of the cinema's since applies to later sales only.
  const policy = refundPolicyOf(facts.bill as StoredBill | null, facts.settings);
  const tier = tierInForce(policy.tiers, facts.starts_at, now);
  if (!tier || tier.percent === 0) throw new NoRefundNow(inZone(facts.starts_at, facts.time_zone));
  return {
    seatIds,
    last,
    items,
    percent: tier.percent,
    feesRefundable: policy.feesRefundable,
    hoursBefore: tier.hoursBefore,
    refund: refundFor(bill, facts.seats, seatIds, tier.percent, policy.feesRefundable, unitsOf(bill, facts, items)),
  };
}
