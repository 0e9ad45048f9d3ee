// Hi.Events' approach: one advisory lock per show (event), so every hold on a show takes its
// turn; then check and write inside that lock. Safe, but a hot show is served one at a time.
import type { HoldPattern } from './pattern.ts';
import { NotAllSeats, attempt, claimSeats, countFree } from './transaction.ts';

export const advisoryLockPerShow: HoldPattern = {
  name: 'advisory lock per show',
  hold: (db, showId, seatIds, bookingId) =>
    attempt(db, async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`show:${showId}`]);
      if ((await countFree(tx, showId, seatIds)) !== seatIds.length) throw new NotAllSeats();
      await claimSeats(tx, showId, seatIds, bookingId);
    }),
};
