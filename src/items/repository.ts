// Every SQL statement about food and drink: the cinemas' items, their stock, and what bookings took.
import type { Queryable } from '../db/database.ts';

export interface ItemRow {
  id: string;
  cinema_id: string;
  name: string;
  price: number;
  tax_bp: number;
  stock: number | null;
  retired_at: Date | null;
  created_at: Date;
}

const ITEM_COLUMNS = 'id, cinema_id, name, price, tax_bp, stock, retired_at, created_at';

export async function insertItem(tx: Queryable, item: Omit<ItemRow, 'retired_at'>): Promise<void> {
  await tx.query('INSERT INTO items (id, cinema_id, name, price, tax_bp, stock, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    item.id,
    item.cinema_id,
    item.name,
    item.price,
    item.tax_bp,
    item.stock,
    item.created_at,
  ]);
}

/** The cinema's items by name: those on sale, or every one (`all`) with the retired ones last. */
export async function itemsOfCinema(db: Queryable, cinemaId: string, which: 'on-sale' | 'all'): Promise<ItemRow[]> {
  return (
    await db.query<ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM items WHERE cinema_id = $1 AND ($2::boolean OR retired_at IS NULL)
       ORDER BY retired_at IS NOT NULL, name, id LIMIT 500`,
      [cinemaId, which === 'all'],
    )
  ).rows;
}

export interface ItemChangeRow {
  name?: string | undefined;
  price?: number | undefined;
  taxBp?: number | undefined;
  /** Undefined: unchanged; null: no longer counted. */
  stock?: number | null | undefined;
}

/** Changes what is given; the item as it is now, undefined when there is no such item. */
export async function updateItem(tx: Queryable, itemId: string, change: ItemChangeRow): Promise<ItemRow | undefined> {
  return (
    await tx.query<ItemRow>(
      `UPDATE items SET name = coalesce($2, name), price = coalesce($3, price), tax_bp = coalesce($4, tax_bp),
         stock = CASE WHEN $5::boolean THEN $6::int ELSE stock END
       WHERE id = $1 RETURNING ${ITEM_COLUMNS}`,
      [itemId, change.name ?? null, change.price ?? null, change.taxBp ?? null, change.stock !== undefined, change.stock ?? null],
    )
  ).rows[0];
}

/** Stops selling the item (once); the item as it is now, undefined when there is no such item. */
export async function retireItem(tx: Queryable, itemId: string, now: Date): Promise<ItemRow | undefined> {
  return (
    await tx.query<ItemRow>(`UPDATE items SET retired_at = coalesce(retired_at, $2) WHERE id = $1 RETURNING ${ITEM_COLUMNS}`, [itemId, now])
  ).rows[0];
}

export interface ItemForHoldRow {
  id: string;
  name: string;
  price: number;
  tax_bp: number;
  stock: number | null;
  on_sale: boolean;
  /** Whether it is an item of the show's cinema. */
  here: boolean;
}

/** The items with these ids, each said whether it is on sale at the show's cinema. */
export async function itemsForHold(db: Queryable, showId: string, itemIds: readonly string[]): Promise<ItemForHoldRow[]> {
  return (
    await db.query<ItemForHoldRow>(
      `SELECT i.id, i.name, i.price, i.tax_bp, i.stock, i.retired_at IS NULL AS on_sale,
         i.cinema_id IS NOT DISTINCT FROM (SELECT h.cinema_id FROM shows s JOIN halls h ON h.id = s.hall_id WHERE s.id = $1) AS here
       FROM items i WHERE i.id = ANY($2::text[])`,
      [showId, [...itemIds]],
    )
  ).rows;
}

/** An account's allowance of items held unpaid: at most `limit` across its pending holds live at `now`. */
export interface HeldItemsCap {
  userId: string;
  limit: number;
  now: Date;
}

/**
 * Takes the quantities from stock where enough is left, each item row locked in id order first (so
 * two holds wanting the same items cannot deadlock); returns the ids taken. A row another hold
 * changed meanwhile is judged again on its latest version after its lock is had, so however many
 * race for the last one, one gets it. With a `cap`, nothing is taken (`withinCap` false) when the
 * account's pending holds, live at `now`, already hold so many items that these would pass it;
 * the caller holds the account's lock (bookings/repository/hold.ts, claimSeats), so this statement's
 * snapshot, taken after it, counts every hold of the account committed before.
 */
export async function takeStock(
  tx: Queryable,
  wanted: readonly { itemId: string; quantity: number }[],
  cap: HeldItemsCap | null,
): Promise<{ taken: string[]; withinCap: boolean }> {
  const row = (
    await tx.query<{ taken: string[]; within_cap: boolean }>(
      `WITH within AS (
         SELECT $5::int IS NULL OR (
           SELECT coalesce(sum(l.quantity), 0) FROM bookings b JOIN item_order_lines l ON l.booking_id = b.id
           WHERE b.user_id = $3 AND b.status = 'pending' AND b.expires_at > $4
         ) + (SELECT coalesce(sum(q), 0) FROM unnest($2::int[]) q) <= $5::int AS yes),
       taken AS (
         UPDATE items i SET stock = i.stock - w.quantity
         FROM (SELECT id FROM items WHERE id = ANY($1::text[]) AND (SELECT yes FROM within) ORDER BY id FOR UPDATE) l,
              unnest($1::text[], $2::int[]) AS w (item_id, quantity)
         WHERE i.id = l.id AND w.item_id = i.id AND i.retired_at IS NULL AND (i.stock IS NULL OR i.stock >= w.quantity)
         RETURNING i.id)
       SELECT coalesce((SELECT array_agg(id) FROM taken), '{}') AS taken, (SELECT yes FROM within) AS within_cap`,
      [wanted.map((w) => w.itemId), wanted.map((w) => w.quantity), cap?.userId ?? null, cap?.now ?? null, cap?.limit ?? null],
    )
  ).rows[0]!;
  return { taken: row.taken, withinCap: row.within_cap };
}

export async function insertItemOrder(
  tx: Queryable,
  order: { bookingId: string; pickupCode: string; lines: readonly { itemId: string; quantity: number; price: number }[] },
): Promise<void> {
  await tx.query(
    `WITH o AS (INSERT INTO item_orders (booking_id, pickup_code) VALUES ($1, $2) RETURNING booking_id)
     INSERT INTO item_order_lines (booking_id, item_id, quantity, price)
     SELECT o.booking_id, l.item_id, l.quantity, l.price FROM o, unnest($3::text[], $4::int[], $5::int[]) AS l (item_id, quantity, price)`,
    [
      order.bookingId,
      order.pickupCode,
      order.lines.map((l) => l.itemId),
      order.lines.map((l) => l.quantity),
      order.lines.map((l) => l.price),
    ],
  );
}

/**
 * Gives back the stock these bookings took where they were never paid (they expired, or were
 * cancelled while pending), once; a paid booking's items were sold, even when it is cancelled later.
 */
export async function giveStockBack(tx: Queryable, bookingIds: readonly string[], now: Date): Promise<void> {
  if (bookingIds.length === 0) return;
  await tx.query(
    `WITH back AS (
       UPDATE item_orders o SET stock_returned_at = $2
       WHERE o.booking_id = ANY($1::text[]) AND o.stock_returned_at IS NULL
         AND (SELECT b.confirmed_at FROM bookings b WHERE b.id = o.booking_id) IS NULL
       RETURNING o.booking_id),
     returned AS (
       SELECT l.item_id, sum(l.quantity)::int AS n FROM item_order_lines l JOIN back ON back.booking_id = l.booking_id GROUP BY l.item_id)
     UPDATE items i SET stock = i.stock + r.n
     FROM (SELECT id FROM items WHERE id IN (SELECT item_id FROM returned) ORDER BY id FOR UPDATE) l, returned r
     WHERE i.id = l.id AND r.item_id = i.id AND i.stock IS NOT NULL`,
    [[...bookingIds], now],
  );
}

/** Counts the units of food and drink a refund gave back, so the counter hands over only the rest. */
export async function markItemsRefunded(
  tx: Queryable,
  bookingId: string,
  items: readonly { itemId: string; quantity: number }[],
): Promise<void> {
  if (items.length === 0) return;
  await tx.query(
    `UPDATE item_order_lines l SET refunded_quantity = l.refunded_quantity + g.quantity
     FROM unnest($2::text[], $3::int[]) AS g (item_id, quantity)
     WHERE l.booking_id = $1 AND l.item_id = g.item_id`,
    [bookingId, items.map((i) => i.itemId), items.map((i) => i.quantity)],
  );
}

export interface PickupRow {
  booking_id: string;
  booking_status: string;
  pickup_code: string;
  show_id: string;
  starts_at: Date;
  title: string;
  hall_name: string;
  time_zone: string;
  collected_at: Date | null;
  lines: { itemId: string; name: string; quantity: number }[];
}

/**
 * The food and drink order with this pickup code among the bookings of the cinema's shows. Codes
 * are short, so an old order may share one: a confirmed one still to hand over comes first, then
 * the latest show's.
 */
export async function findPickup(db: Queryable, cinemaId: string, pickupCode: string): Promise<PickupRow | undefined> {
  return (
    await db.query<PickupRow>(
      `SELECT o.booking_id, b.status AS booking_status, o.pickup_code, s.id AS show_id, s.starts_at, m.title, h.name AS hall_name,
         c.time_zone, o.collected_at,
         (SELECT json_agg(json_build_object('itemId', i.id, 'name', i.name, 'quantity', l.quantity) ORDER BY i.name, i.id)
          FROM item_order_lines l JOIN items i ON i.id = l.item_id WHERE l.booking_id = o.booking_id) AS lines
       FROM item_orders o
       JOIN bookings b ON b.id = o.booking_id
       JOIN shows s ON s.id = b.show_id
       JOIN halls h ON h.id = s.hall_id
       JOIN cinemas c ON c.id = h.cinema_id
       JOIN movies m ON m.id = s.movie_id
       WHERE o.pickup_code = $2 AND h.cinema_id = $1
       ORDER BY (b.status = 'confirmed' AND o.collected_at IS NULL) DESC, s.starts_at DESC, o.booking_id
       LIMIT 1`,
      [cinemaId, pickupCode],
    )
  ).rows[0];
}

/** Records the booking's food and drink as handed over, once; false when they were already. */
export async function markCollected(tx: Queryable, bookingId: string, staffId: string, now: Date): Promise<boolean> {
  const marked = await tx.query(
    'UPDATE item_orders SET collected_at = $3, collected_by = $2 WHERE booking_id = $1 AND collected_at IS NULL',
    [bookingId, staffId, now],
  );
  return marked.rowCount === 1;
}

/**
 * The booking's food and drink as the counter finds them under the booking's lock: when they were
 * handed over, and what is left to hand over (what refunds did not give back), by name.
 */
export async function pickupLeft(
  tx: Queryable,
  bookingId: string,
): Promise<{ collected_at: Date | null; lines: { itemId: string; name: string; quantity: number }[] }> {
  const row = (
    await tx.query<{ collected_at: Date | null; lines: { itemId: string; name: string; quantity: number }[] | null }>(
      `SELECT o.collected_at,
         (SELECT json_agg(json_build_object('itemId', i.id, 'name', i.name, 'quantity', l.quantity - l.refunded_quantity) ORDER BY i.name, i.id)
          FROM item_order_lines l JOIN items i ON i.id = l.item_id
          WHERE l.booking_id = o.booking_id AND l.quantity > l.refunded_quantity) AS lines
       FROM item_orders o WHERE o.booking_id = $1`,
      [bookingId],
    )
  ).rows[0];
  return { collected_at: row?.collected_at ?? null, lines: row?.lines ?? [] };
}
