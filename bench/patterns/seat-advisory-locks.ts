// pretix's approach: an advisory lock per seat, taken in sorted order so two overlapping
// requests cannot deadlock; then check and write while holding them.
import type { HoldPattern } from './pattern.ts';
import { NotAllSeats, attempt, claimSeats, countFree } from './transaction.ts';

export const sortedSeatAdvisoryLocks: HoldPattern = {
  name: 'sorted per-seat advisory locks',
  hold: (db, showId, seatIds, bookingId) =>
    attempt(db, async (tx) => {
      const keys = seatIds.map((seat) => `seat:${showId}:${seat}`).sort();
      // One statement takes the locks one after another, in the order given.
      await tx.query(
        'SELECT pg_advisory_xact_lock(hashtextextended(key, 0)) FROM unnest($1::text[]) WITH ORDINALITY AS k (key, n) ORDER BY n',
        [keys],
      );
      if ((await countFree(tx, showId, seatIds)) !== seatIds.length) throw new NotAllSeats();
      await claimSeats(tx, showId, seatIds, bookingId);
    }),
};
