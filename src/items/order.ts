// Food and drink with a booking: the items asked for are checked and priced before the hold, and
// their stock is taken inside the hold's own transaction (bookings/hold.ts), so a booking never
// holds seats without its items or items without its seats. Stock comes back when the booking
// ends unpaid (bookings/release.ts).
import { randomInt } from 'node:crypto';
import type { BillItem } from '../billing/bill.ts';
import type { Queryable } from '../db/database.ts';
import { HeldItemsLimitReached, InvalidInput, ItemsUnavailable } from '../domain/errors.ts';
import { insertItemOrder, itemsForHold, takeStock, type HeldItemsCap } from './repository.ts';
import type { ItemsAskedValue } from './schemas.ts';

export interface ItemOrder {
  lines: (BillItem & { itemId: string })[];
  /** What the customer says at the counter to collect them. */
  pickupCode: string;
}

// No 0/O or 1/I: read aloud and typed at a counter.
const PICKUP_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function newPickupCode(): string {
  return Array.from({ length: 6 }, () => PICKUP_ALPHABET[randomInt(PICKUP_ALPHABET.length)]).join('');
}

/** How many items one hold may ask for: `perSeat` (MAX_ITEMS_PER_SEAT) times its `seats`. */
export interface ItemsPerSeat {
  perSeat: number;
  seats: number;
}

/**
 * The items asked for with a hold on the show, priced; undefined when none were. Refuses, before
 * anything is held: an item repeated, more items than allowed for the seats (400 naming `items`, so
 * one seat cannot take the whole stock), an item unknown, of another cinema or no longer sold (400
 * naming it), and items of which fewer are left than asked for (409 naming them).
 */
export async function orderItems(
  db: Queryable,
  showId: string,
  asked: ItemsAskedValue | undefined,
  allowed: ItemsPerSeat,
): Promise<ItemOrder | undefined> {
  if (!asked || asked.length === 0) return undefined;
  const seen = new Set<string>();
  asked.forEach((line, i) => {
    if (seen.has(line.itemId)) throw new InvalidInput(`items[${i}].itemId`, 'must not repeat an item: ask for a quantity');
    seen.add(line.itemId);
  });
  const count = asked.reduce((sum, line) => sum + line.quantity, 0);
  if (count > allowed.perSeat * allowed.seats) {
    throw new InvalidInput('items', `at most ${allowed.perSeat} per seat: ${count} items asked for with ${allowed.seats} seat(s)`);
  }
  const found = new Map((await itemsForHold(db, showId, [...seen])).map((item) => [item.id, item]));
  const short: string[] = [];
  const lines = asked.map((line, i) => {
    const item = found.get(line.itemId);
    if (!item?.here) throw new InvalidInput(`items[${i}].itemId`, 'is not an item of this show’s cinema');
    if (!item.on_sale) throw new InvalidInput(`items[${i}].itemId`, 'is no longer sold');
    if (item.stock !== null && item.stock < line.quantity) short.push(item.id);
    return { itemId: item.id, name: item.name, price: item.price, rateBp: item.tax_bp, quantity: line.quantity };
  });
  if (short.length > 0) throw new ItemsUnavailable(short);
  return { lines, pickupCode: newPickupCode() };
}

/**
 * Takes the order's stock and records it against the booking, in the hold's transaction; throws
 * ItemsUnavailable when another hold took what was left meanwhile, and HeldItemsLimitReached when
 * the account's pending holds would hold more items than `cap` allows (null: no cap, at the
 * counter), either of which rolls the hold back.
 */
export async function takeItems(tx: Queryable, bookingId: string, order: ItemOrder, cap: HeldItemsCap | null): Promise<void> {
  const { taken: ids, withinCap } = await takeStock(tx, order.lines, cap);
  if (!withinCap) throw new HeldItemsLimitReached(cap!.limit);
  const taken = new Set(ids);
  const missing = order.lines.filter((line) => !taken.has(line.itemId)).map((line) => line.itemId);
  if (missing.length > 0) throw new ItemsUnavailable(missing);
  await insertItemOrder(tx, { bookingId, pickupCode: order.pickupCode, lines: order.lines });
}
