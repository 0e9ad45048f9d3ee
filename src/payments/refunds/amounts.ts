// What cancelling seats gives back (docs/design.md, "Refunds"). Plain functions over a booking's
// bill: what each seat was paid, what each unit of food and drink was paid, the tier of the refund
// policy in force, and a refund as the supplies of its credit note.
//
// The rounding rule: each supply is shared out once, by largest remainder: tickets equally among
// the seats of their supply, the convenience fee among the seats by seat price, and each item of
// food and drink equally among its units (never among the seats: a seat given back does not give
// back the popcorn). Its whole amount, CGST, SGST and discount each, the value before tax being the
// rest of a share's whole. So two ₹250 seats are worth ₹250 each, and seats and units together
// sum to the booking's total exactly, whatever the order they are given back in. A refund takes,
// per supply, the shares summed and multiplied by the tier's percent, rounded half up to the paisa
// (the whole, the CGST and the SGST each; the value before tax is the rest, so half of a ₹250 seat
// is ₹125): never more than was paid for what it gives back, and exactly that at 100%.
import { apportion, billOf, percentBp, roundHalfUp, TYPE_NAMES, type Bill, type RefundTier, type Supply } from '../../billing/bill.ts';

export interface BookedSeat {
  id: string;
  type: string;
  price: number;
}

/** One seat's part of one supply of the bill. */
export interface SeatShare {
  supply: number;
  listed: number;
  taxable: number;
  cgst: number;
  sgst: number;
}

/** Which ticket supply each group of seats (same type and price) was billed under, as computeBill groups them. */
function ticketSupplyOfGroups(bill: Bill, groups: Map<string, BookedSeat[]>): Map<string, number> {
  const found = new Map<string, number>();
  const used = new Set<number>();
  for (const [key, seats] of groups) {
    const prefix = `${TYPE_NAMES[seats[0]!.type] ?? seats[0]!.type} ticket × ${seats.length}`;
    const candidates = bill.supplies.map((supply, i) => [supply, i] as const).filter(([s, i]) => s.kind === 'ticket' && !used.has(i));
    const gross = seats[0]!.price * seats.length;
    // Seats of one type share a price in a show; were there two, the one billed at this very price comes first.
    const named = candidates.filter(([s]) => s.label === prefix);
    const match = named.find(([s]) => s.listed === gross) ?? named[0] ?? candidates.find(([s]) => s.quantity === seats.length);
    if (!match) throw new Error(`no ticket supply in the bill for ${seats.length} seat(s) of ${key}`);
    used.add(match[1]);
    found.set(key, match[1]);
  }
  return found;
}

/**
 * Shares `supply`'s amounts by `weights`: its whole amount, its CGST, its SGST and its
 * discount each by largest remainder, the value before tax being the rest of each seat's whole
 * share, so seats of one price are worth that price. Where amounts are so small that the rest
 * would be negative, the value before tax is shared out like the others.
 */
function shareOut(supply: Supply, index: number, weights: readonly number[]): SeatShare[] {
  const w = weights.some((x) => x > 0) ? weights : weights.map(() => 1);
  const whole = apportion(supply.taxable + supply.cgst + supply.sgst, w);
  const cgst = apportion(supply.cgst, w);
  const sgst = apportion(supply.sgst, w);
  const discount = apportion(supply.listed - supply.taxable, w);
  let taxable = whole.map((amount, i) => amount - cgst[i]! - sgst[i]!);
  if (taxable.some((amount) => amount < 0)) taxable = apportion(supply.taxable, w);
  return w.map((_, i) => ({
    supply: index,
    listed: taxable[i]! + discount[i]!,
    taxable: taxable[i]!,
    cgst: cgst[i]!,
    sgst: sgst[i]!,
  }));
}

/** Pushes each seat's share of one supply onto its list. */
function shareAmongSeats(
  supply: Supply,
  index: number,
  seats: readonly BookedSeat[],
  weights: readonly number[],
  into: Map<string, SeatShare[]>,
) {
  shareOut(supply, index, weights).forEach((share, i) => into.get(seats[i]!.id)!.push(share));
}

/**
 * Each seat's shares of the bill: the supply its ticket was billed under and its part of the
 * convenience fee; food and drink are no seat's. `seats` are all the seats the booking was billed
 * for, cancelled or not.
 */
export function seatShares(bill: Bill, seats: readonly BookedSeat[]): Map<string, SeatShare[]> {
  const ordered = [...seats].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shares = new Map<string, SeatShare[]>(ordered.map((seat) => [seat.id, []]));
  const groups = new Map<string, BookedSeat[]>();
  for (const seat of ordered) {
    const key = `${seat.type}:${seat.price}`;
    groups.set(key, [...(groups.get(key) ?? []), seat]);
  }
  const supplyOf = ticketSupplyOfGroups(bill, groups);
  for (const [key, group] of groups) {
    const index = supplyOf.get(key)!;
    shareAmongSeats(
      bill.supplies[index]!,
      index,
      group,
      group.map(() => 1),
      shares,
    );
  }
  bill.supplies.forEach((supply, index) => {
    if (supply.kind === 'fee')
      shareAmongSeats(
        supply,
        index,
        ordered,
        ordered.map((seat) => seat.price),
        shares,
      );
  });
  return shares;
}

/** What was paid for one seat: its shares' values before tax and their GST. */
export function shareValue(shares: readonly SeatShare[]): number {
  return shares.reduce((sum, s) => sum + s.taxable + s.cgst + s.sgst, 0);
}

/** Each unit's share of each item supply of the bill, by supply index, in unit order. */
export function itemUnitShares(bill: Bill): Map<number, SeatShare[]> {
  const units = new Map<number, SeatShare[]>();
  bill.supplies.forEach((supply, index) => {
    if (supply.kind === 'item')
      units.set(
        index,
        shareOut(
          supply,
          index,
          Array.from({ length: supply.quantity }, () => 1),
        ),
      );
  });
  return units;
}

/** Units of one item supply given back: `count` of them, after the `from` given back before. */
export interface ItemUnits {
  supply: number;
  from: number;
  count: number;
}

/** What was paid for these units of food and drink. */
export function unitsValue(units: Map<number, SeatShare[]>, given: ItemUnits): number {
  const shares = units.get(given.supply);
  if (!shares || given.from < 0 || given.count < 0 || given.from + given.count > shares.length) {
    throw new Error(`units ${given.from}..${given.from + given.count} are not units of supply ${given.supply}`);
  }
  return shareValue(shares.slice(given.from, given.from + given.count));
}

/** An item of food and drink a booking took: what it is called now and how many were sold. */
export interface SoldItem {
  itemId: string;
  name: string;
  quantity: number;
}

/**
 * The supply each item sold was billed under: by the item id the bill keeps, and for a bill that
 * keeps none, by its label (the item's name and quantity), else by quantity, in bill order.
 */
export function itemSupplies(bill: Bill, sold: readonly SoldItem[]): Map<string, number> {
  const found = new Map<string, number>();
  const used = new Set<number>();
  const candidates = bill.supplies.map((supply, i) => [supply, i] as const).filter(([supply]) => supply.kind === 'item');
  for (const item of sold) {
    const byId = candidates.find(([s]) => s.itemId === item.itemId);
    if (byId) {
      found.set(item.itemId, byId[1]);
      used.add(byId[1]);
    }
  }
  for (const item of sold.filter((x) => !found.has(x.itemId))) {
    const free = candidates.filter(([s, i]) => s.itemId === undefined && !used.has(i));
    const match = free.find(([s]) => s.label === `${item.name} × ${item.quantity}`) ?? free.find(([s]) => s.quantity === item.quantity);
    if (!match) throw new Error(`no item supply in the bill for ${item.quantity} of ${item.itemId}`);
    used.add(match[1]);
    found.set(item.itemId, match[1]);
  }
  return found;
}

/**
 * The policy's tier in force `now` for a show starting at `startsAt`: the one with the most
 * hours before the show that are still ahead; none once the show has started or before the
 * first tier applies.
 */
export function tierInForce(tiers: readonly RefundTier[], startsAt: Date, now: Date): RefundTier | undefined {
  const hoursLeft = (startsAt.getTime() - now.getTime()) / 3_600_000;
  if (hoursLeft <= 0) return undefined;
  return tiers.filter((tier) => hoursLeft >= tier.hoursBefore).sort((a, b) => b.hoursBefore - a.hoursBefore)[0];
}

export interface Refund {
  /** What is given back: the sum of the credit note's lines. */
  amount: number;
  /** What was paid for the seats given back, fees and taxes included. */
  seatsValue: number;
  /** What was paid for the food and drink given back, taxes included. */
  itemsValue: number;
  /** The credit note: each supply's part given back. */
  supplies: Supply[];
}

/**
 * What giving back `seatIds` and the `items` units at `percent` returns, the fee's part only when
 * `feesRefundable`. `seats` are all the seats the booking was billed for.
 */
export function refundFor(
  bill: Bill,
  seats: readonly BookedSeat[],
  seatIds: readonly string[],
  percent: number,
  feesRefundable: boolean,
  items: readonly ItemUnits[] = [],
): Refund {
  const shares = seatShares(bill, seats);
  const bp = percentBp(percent);
  const summed = bill.supplies.map(() => ({ listed: 0, taxable: 0, cgst: 0, sgst: 0, count: 0 }));
  const add = (share: SeatShare) => {
    const sum = summed[share.supply]!;
    sum.listed += share.listed;
    sum.taxable += share.taxable;
    sum.cgst += share.cgst;
    sum.sgst += share.sgst;
    sum.count += 1;
  };
  let seatsValue = 0;
  for (const id of seatIds) {
    const mine = shares.get(id);
    if (!mine) throw new Error(`seat ${id} is not one of the booking's`);
    seatsValue += shareValue(mine);
    mine.forEach(add);
  }
  const units = itemUnitShares(bill);
  let itemsValue = 0;
  for (const given of items) {
    itemsValue += unitsValue(units, given);
    units
      .get(given.supply)!
      .slice(given.from, given.from + given.count)
      .forEach(add);
  }
  const back = (amount: number) => roundHalfUp(amount * bp, 10_000);
  const supplies: Supply[] = [];
  bill.supplies.forEach((supply, i) => {
    const sum = summed[i]!;
    if (sum.count === 0 || (supply.kind === 'fee' && !feesRefundable)) return;
    const quantity = supply.kind === 'fee' ? 1 : sum.count;
    const cgst = back(sum.cgst);
    const sgst = back(sum.sgst);
    let taxable = back(sum.taxable + sum.cgst + sum.sgst) - cgst - sgst;
    if (taxable < 0) taxable = back(sum.taxable);
    supplies.push({
      ...supply,
      label: supply.kind === 'fee' ? supply.label : supply.label.replace(/× \d+$/, `× ${quantity}`),
      quantity,
      listed: taxable + back(sum.listed - sum.taxable),
      taxable,
      cgst,
      sgst,
    });
  });
  return { amount: billOf(supplies).total, seatsValue, itemsValue, supplies };
}
