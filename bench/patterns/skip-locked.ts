// alf.io's approach: lock the pre-made seat rows FOR UPDATE SKIP LOCKED, so nobody waits; a
// seat locked by someone else is skipped, which for specific seats means "not all of them".
import type { HoldPattern } from './pattern.ts';
import { NotAllSeats, attempt, claimSeats } from './transaction.ts';

export const skipLocked: HoldPattern = {
  name: 'FOR UPDATE SKIP LOCKED',
  hold: (db, showId, seatIds, bookingId) =>
    attempt(db, async (tx) => {
      const locked = await tx.query(
        `SELECT seat_id FROM show_seats WHERE show_id = $1 AND seat_id = ANY($2::text[])
           AND (status = 'available' OR (status = 'held' AND held_until <= now()))
         FOR UPDATE SKIP LOCKED`,
        [showId, seatIds],
      );
      if (locked.rowCount !== seatIds.length) throw new NotAllSeats();
      await claimSeats(tx, showId, seatIds, bookingId);
    }),
};
