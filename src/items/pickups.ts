// Food and drink handed over at the counter: the customer says the pickup code on their ticket, the
// cashier hands over what it names, once. The mark is one conditional statement, so two cashiers
// given the same code at once hand it over once between them.
import { recordAudit } from '../audit/repository.ts';
import type { Context } from '../context.ts';
import { InvalidInput, InvalidTransition, ItemsAlreadyCollected, NotFound } from '../domain/errors.ts';
import { inZone } from '../domain/zoned-time.ts';
import { collectedAt, findPickup, markCollected, type PickupRow } from './repository.ts';
import type { PickupAskedValue, PickupView } from './schemas.ts';

/** The code as stored: read aloud and typed, so case and spaces do not matter. */
function pickupCodeOf(typed: string): string {
  const code = typed.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z0-9]{6}$/.test(code)) throw new InvalidInput('pickupCode', 'is six letters and digits, as on the ticket');
  return code;
}

function pickupView(row: PickupRow, collectedAt: Date, collectedBy: { id: string; name: string }): PickupView {
  return {
    bookingId: row.booking_id,
    pickupCode: row.pickup_code,
    show: {
      id: row.show_id,
      startsAt: inZone(row.starts_at, row.time_zone),
      movie: { title: row.title },
      hall: { name: row.hall_name },
    },
    items: row.lines,
    collectedAt: inZone(collectedAt, row.time_zone),
    collectedBy,
  };
}

/**
 * Marks the food and drink of the pickup code, at the cinema's counter, as handed over by the staff
 * member and returns what to hand over; 404 for a code unknown at the cinema, 409 for a booking
 * not paid (or cancelled) and for items handed over already.
 */
export async function collectPickup(ctx: Context, staff: { id: string; name: string }, asked: PickupAskedValue): Promise<PickupView> {
  const code = pickupCodeOf(asked.pickupCode);
  const row = await findPickup(ctx.db, asked.cinemaId, code);
  if (!row) throw new NotFound('pickup code');
  if (row.booking_status !== 'confirmed') throw new InvalidTransition('booking', row.booking_status, 'collected');
  if (row.collected_at) throw new ItemsAlreadyCollected(inZone(row.collected_at, row.time_zone));
  const now = ctx.clock.now();
  const marked = await ctx.db.transaction(async (tx) => {
    if (!(await markCollected(tx, row.booking_id, staff.id, now))) return false;
    await recordAudit(tx, staff.id, 'pickup.collect', row.booking_id, { pickupCode: code, items: row.lines }, asked.cinemaId);
    return true;
  });
  // Another cashier handed it over just now.
  if (!marked) throw new ItemsAlreadyCollected(inZone((await collectedAt(ctx.db, row.booking_id)) ?? now, row.time_zone));
  return pickupView(row, now, staff);
}
