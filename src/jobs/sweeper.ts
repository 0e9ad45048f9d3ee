// Housekeeping for lapsed holds (DESIGN rule 4): reads already treat them as free; this moves
// their bookings to expired and frees the rows. SKIP LOCKED lets every instance run it at once.
import type { Context } from '../context.ts';
import { notifySeatChange } from '../live/seat-events.ts';
import { queueBookingMessages, queueWaitlistMessages } from '../notifications/outbox.ts';

const BATCH = 500;
/** Idempotency keys are kept at least 24 hours (CONTRACT); they are purged after 48. */
const KEY_RETENTION_MS = 48 * 3_600_000;
/** Delivered messages are kept a while for support questions ("did the mail go out?"), then purged. */
const SENT_MESSAGE_RETENTION_DAYS = 30;

export async function sweepExpiredHolds(ctx: Context): Promise<number> {
  let total = 0;
  for (;;) {
    const expired = await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const ids = (
        await tx.query<{ id: string }>(
          `UPDATE bookings SET status = 'expired'
           WHERE id IN (SELECT id FROM bookings WHERE status = 'pending' AND expires_at <= $1
                        ORDER BY expires_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
           RETURNING id`,
          [now],
        )
      ).rows.map((row) => row.id);
      if (ids.length > 0) {
        const freed = (
          await tx.query<{ show_id: string; seat_id: string }>(
            `UPDATE show_seats SET status = 'available', booking_id = NULL, held_until = NULL
             WHERE booking_id = ANY($1::text[]) AND status = 'held' RETURNING show_id, seat_id`,
            [ids],
          )
        ).rows;
        // Seats that came free are announced, and the waitlists of their shows told (a hold lapsing nobody read).
        const byShow = new Map<string, string[]>();
        for (const seat of freed) {
          const seatIds = byShow.get(seat.show_id) ?? [];
          seatIds.push(seat.seat_id);
          byShow.set(seat.show_id, seatIds);
        }
        for (const [showId, seatIds] of byShow) {
          await notifySeatChange(tx, showId, seatIds, 'available');
          await queueWaitlistMessages(tx, showId);
        }
        if (ctx.config.mailOnHoldExpiry) await queueBookingMessages(tx, 'hold-expired', ids, { sms: false });
      }
      return ids.length;
    });
    total += expired;
    if (expired < BATCH) break;
  }
  await ctx.db.query('DELETE FROM idempotency_keys WHERE created_at < $1', [new Date(ctx.clock.now().getTime() - KEY_RETENTION_MS)]);
  await ctx.db.query("DELETE FROM outbox WHERE status = 'sent' AND sent_at < now() - make_interval(days => $1)", [
    SENT_MESSAGE_RETENTION_DAYS,
  ]);
  return total;
}
