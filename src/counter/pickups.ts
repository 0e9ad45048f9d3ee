// Food and drink handed over at the counter: the customer says the pickup code on their ticket, the
// cashier hands over what it names and no refund gave back, once. It is decided under the
// booking's lock, which a cancellation takes too, so items are either given back or handed over,
// never both, and two cashiers given the same code at once hand it over once between them.
import { recordAudit } from '../audit/repository.ts';
import type { Context } from '../context.ts';
import { lockForChange } from '../bookings/changes.ts';
import { InvalidInput, InvalidTransition, ItemsAlreadyCollected, ItemsRefunded, NotFound } from '../domain/errors.ts';
import { inZone } from '../domain/zoned-time.ts';
import { findPickup, markCollected, pickupLeft, type PickupRow } from '../items/repository.ts';
import type { PickupAskedValue, PickupView } from '../items/schemas.ts';

/** The code as stored: read aloud and typed, so case and spaces do not matter. */
function pickupCodeOf(typed: string): string {
  const code = typed.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z0-9]{6}$/.test(code)) throw new InvalidInput('pickupCode', 'is six letters and digits, as on the ticket');
  return code;
}

function pickupView(row: PickupRow, items: PickupRow['lines'], collectedAt: Date, collectedBy: { id: string; name: string }): PickupView {
  return {
    bookingId: row.booking_id,
    pickupCode: row.pickup_code,
    show: {
      id: row.show_id,
      startsAt: inZone(row.starts_at, row.time_zone),
      movie: { title: row.title },
      hall: { name: row.hall_name },
    },
    items,
    collectedAt: inZone(collectedAt, row.time_zone),
    collectedBy,
  };
}

/**
 * Marks the food and drink of the pickup code, at the cinema's counter, as handed over by the staff
 * member and returns what to hand over: what refunds did not give back. 404 for a code unknown at
 * the cinema; 409 for a booking not paid (or cancelled), for items handed over already, and for
 * items all given back.
 */
export async function collectPickup(ctx: Context, staff: { id: string; name: string }, asked: PickupAskedValue): Promise<PickupView> {
  const code = pickupCodeOf(asked.pickupCode);
  const row = await findPickup(ctx.db, asked.cinemaId, code);
  if (!row) throw new NotFound('pickup code');
  return ctx.db.transaction(async (tx) => {
    // The lock a cancellation takes: what it gave back is seen here, and it sees this hand-over.
    const booking = await lockForChange(tx, row.booking_id);
    const status = booking?.status ?? row.booking_status;
    if (status !== 'confirmed') throw new InvalidTransition('booking', status, 'collected');
    const now = ctx.clock.now();
    const left = await pickupLeft(tx, row.booking_id);
    if (left.collected_at) throw new ItemsAlreadyCollected(inZone(left.collected_at, row.time_zone));
    if (left.lines.length === 0) throw new ItemsRefunded();
    if (!(await markCollected(tx, row.booking_id, staff.id, now))) throw new ItemsAlreadyCollected(inZone(now, row.time_zone));
    await recordAudit(tx, staff.id, 'pickup.collect', row.booking_id, { pickupCode: code, items: left.lines }, asked.cinemaId);
    return pickupView(row, left.lines, now, staff);
  });
}
