// One READ COMMITTED transaction on a pooled connection, for the patterns that need more than one statement.
import type pg from 'pg';

export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const value = await fn(client);
    await client.query('COMMIT');
    return value;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw error;
  } finally {
    client.release(broken);
  }
}

/** Thrown inside a transaction to roll it back when not every seat could be had. */
export class NotAllSeats extends Error {}

/** Runs a hold attempt; false (rolled back) when it threw NotAllSeats. */
export async function attempt(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<void>): Promise<boolean> {
  try {
    await inTransaction(pool, fn);
    return true;
  } catch (error) {
    if (error instanceof NotAllSeats) return false;
    throw error;
  }
}

/** The claim every locking pattern makes once it believes the seats are free. */
export async function claimSeats(client: pg.PoolClient, showId: string, seatIds: string[], bookingId: string): Promise<void> {
  await client.query(
    `UPDATE show_seats SET status = 'held', booking_id = $3, held_until = now() + interval '5 minutes'
     WHERE show_id = $1 AND seat_id = ANY($2::text[])`,
    [showId, seatIds, bookingId],
  );
}

/** How many of the seats are free now: available, or held by a hold that has lapsed. */
export async function countFree(client: pg.PoolClient, showId: string, seatIds: string[]): Promise<number> {
  const result = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM show_seats WHERE show_id = $1 AND seat_id = ANY($2::text[])
       AND (status = 'available' OR (status = 'held' AND held_until <= now()))`,
    [showId, seatIds],
  );
  return result.rows[0]!.n;
}
