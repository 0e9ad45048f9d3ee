// A cinema's food and drink as its staff keep it: add, change, restock and retire items. Each
// change is in the audit log, at the item's cinema.
import { percentBp } from '../billing/bill.ts';
import { recordAudit } from '../audit/repository.ts';
import type { Context } from '../context.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { inr } from '../domain/money.ts';
import { insertItem, itemsOfCinema, retireItem, updateItem, type ItemRow } from './repository.ts';
import type { ItemChangeValue, ItemView, MenuItemView, NewItemValue } from './schemas.ts';

/** GST on food and drink served in a cinema, unless the cinema sets another rate for an item. */
export const DEFAULT_ITEM_TAX_PERCENT = 5;

function itemView(row: ItemRow): ItemView {
  return {
    id: row.id,
    cinemaId: row.cinema_id,
    name: row.name,
    price: inr(row.price),
    taxPercent: row.tax_bp / 100,
    stock: row.stock,
    retiredAt: row.retired_at ? row.retired_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}

function menuItemView(row: ItemRow): MenuItemView {
  return {
    id: row.id,
    name: row.name,
    price: inr(row.price),
    taxPercent: row.tax_bp / 100,
    soldOut: row.stock === 0,
    left: row.stock,
  };
}

function nameOf(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new InvalidInput('name', 'must not be empty');
  return trimmed;
}

export async function createItem(ctx: Context, staffId: string, cinemaId: string, input: NewItemValue): Promise<ItemView> {
  const row = {
    id: newId('itm'),
    cinema_id: cinemaId,
    name: nameOf(input.name),
    price: input.price,
    tax_bp: percentBp(input.taxPercent ?? DEFAULT_ITEM_TAX_PERCENT),
    stock: input.stock ?? null,
    created_at: ctx.clock.now(),
  };
  await ctx.db.transaction(async (tx) => {
    await insertItem(tx, row);
    await recordAudit(
      tx,
      staffId,
      'item.create',
      row.id,
      { name: row.name, price: row.price, taxBp: row.tax_bp, stock: row.stock },
      cinemaId,
    );
  });
  return itemView({ ...row, retired_at: null });
}

/** Every item of the cinema, retired ones last: what its staff manage. */
export async function cinemaItems(ctx: Context, cinemaId: string): Promise<ItemView[]> {
  return (await itemsOfCinema(ctx.db, cinemaId, 'all')).map(itemView);
}

/** What the cinema sells now: what a customer or cashier picks from. */
export async function menu(ctx: Context, cinemaId: string): Promise<MenuItemView[]> {
  return (await itemsOfCinema(ctx.db, cinemaId, 'on-sale')).map(menuItemView);
}

export async function changeItem(ctx: Context, staffId: string, itemId: string, input: ItemChangeValue): Promise<ItemView> {
  const change = {
    name: input.name === undefined ? undefined : nameOf(input.name),
    price: input.price,
    taxBp: input.taxPercent === undefined ? undefined : percentBp(input.taxPercent),
    stock: input.stock,
  };
  const row = await ctx.db.transaction(async (tx) => {
    const row = await updateItem(tx, itemId, change);
    if (!row) throw new NotFound('item');
    await recordAudit(tx, staffId, 'item.change', itemId, change, row.cinema_id);
    return row;
  });
  return itemView(row);
}

/** Stops selling the item; bookings that have it keep it. */
export async function retire(ctx: Context, staffId: string, itemId: string): Promise<ItemView> {
  const row = await ctx.db.transaction(async (tx) => {
    const row = await retireItem(tx, itemId, ctx.clock.now());
    if (!row) throw new NotFound('item');
    await recordAudit(tx, staffId, 'item.retire', itemId, { name: row.name }, row.cinema_id);
    return row;
  });
  return itemView(row);
}
