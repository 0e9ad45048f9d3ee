// Bookings rows for patterns that hold seats outside Houseful's API (show_seats.booking_id
// must name a booking), all owned by one stand-in customer.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';

export async function makeBookingRows(pool: pg.Pool, showId: string, count: number): Promise<string[]> {
  const userId = `usr_pattern_${randomBytes(6).toString('hex')}`;
  await pool.query("INSERT INTO users (id, name, email, password_hash) VALUES ($1, 'Pattern', $2, 'x')", [userId, `${userId}@example.com`]);
  const ids = Array.from({ length: count }, () => `bkg_pattern_${randomBytes(9).toString('hex')}`);
  await pool.query(
    `INSERT INTO bookings (id, user_id, show_id, status, total, expires_at, created_at)
     SELECT id, $2, $3, 'pending', 0, now() + interval '1 hour', now() FROM unnest($1::text[]) AS id`,
    [ids, userId, showId],
  );
  return ids;
}

/** Seats told "yours" more than once: the sum of seats over winners less the distinct seats among them. */
export function oversold(winners: string[][]): number {
  const all = winners.flat();
  return all.length - new Set(all).size;
}
