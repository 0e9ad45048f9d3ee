// The pieces the locking patterns share: a transaction that rolls back when not every seat could
// be had, the claim, and the count of free seats.
import type { Queryable } from '../../src/db/database.ts';
import type { PatternDatabase } from './pattern.ts';

/** Thrown inside a transaction to roll it back when not every seat could be had. */
export class NotAllSeats extends Error {}

/** Runs a hold attempt in one READ COMMITTED transaction; false (rolled back) when it threw NotAllSeats. */
export async function attempt(db: PatternDatabase, fn: (tx: Queryable) => Promise<void>): Promise<boolean> {
  try {
    await db.transaction(fn);
    return true;
  } catch (error) {
    if (error instanceof NotAllSeats) return false;
    throw error;
  }
}

/** The claim every locking pattern makes once it believes the seats are free. */
export async function claimSeats(tx: Queryable, showId: string, seatIds: string[], bookingId: string): Promise<void> {
  await tx.query(
    `UPDATE show_seats SET status = 'held', booking_id = $3, held_until = now() + interval '5 minutes'
     WHERE show_id = $1 AND seat_id = ANY($2::text[])`,
    [showId, seatIds, bookingId],
  );
}

/** How many of the seats are free now: available, or held by a hold that has lapsed. */
export async function countFree(tx: Queryable, showId: string, seatIds: string[]): Promise<number> {
  const result = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM show_seats WHERE show_id = $1 AND seat_id = ANY($2::text[])
       AND (status = 'available' OR (status = 'held' AND held_until <= now()))`,
    [showId, seatIds],
  );
  return result.rows[0]!.n;
}
