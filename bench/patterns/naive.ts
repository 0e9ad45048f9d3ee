// The control: read availability, then write. Between the two, another customer reads the
// same "available" seats, and both are told they have them. Never do this.
import { setTimeout as sleep } from 'node:timers/promises';
import type { HoldPattern } from './pattern.ts';

export const naiveCheckThenWrite: HoldPattern = {
  name: 'naive check-then-write',
  async hold(db, showId, seatIds, bookingId) {
    const free = await db.query(
      `SELECT seat_id FROM show_seats WHERE show_id = $1 AND seat_id = ANY($2::text[]) AND status = 'available'`,
      [showId, seatIds],
    );
    if (free.rowCount !== seatIds.length) return false;
    await sleep(5); // the work an application does between reading and writing
    await db.query(
      `UPDATE show_seats SET status = 'held', booking_id = $3, held_until = now() + interval '5 minutes' WHERE show_id = $1 AND seat_id = ANY($2::text[])`,
      [showId, seatIds, bookingId],
    );
    return true;
  },
};
