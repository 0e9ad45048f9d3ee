// The waitlist of a sold-out show: a customer asks to be told when seats come free again. The
// telling happens where seats are freed (bookings/seat-release.ts, jobs/sweeper.ts) through
// queueWaitlistMessages, in the same transaction; each watch is told once.
import type { Context } from '../context.ts';
import { effectiveShowStatus } from '../domain/states.ts';
import { NotFound, ShowNotUpcoming } from '../domain/errors.ts';

export interface Watch {
  showId: string;
  since: string;
}

/**
 * Starts (or, after it was told, re-arms) the caller's watch on a show. Watching again while
 * still waiting keeps the original place in the queue.
 */
export async function watchShow(ctx: Context, userId: string, showId: string): Promise<Watch> {
  const now = ctx.clock.now();
  const show = (
    await ctx.db.query<{ status: 'upcoming' | 'cancelled'; starts_at: Date; ends_at: Date }>(
      'SELECT status, starts_at, ends_at FROM shows WHERE id = $1',
      [showId],
    )
  ).rows[0];
  if (!show) throw new NotFound('show');
  const status = effectiveShowStatus(show.status, show.starts_at, show.ends_at, now);
  if (status !== 'upcoming') throw new ShowNotUpcoming(status);
  const watch = (
    await ctx.db.query<{ created_at: Date }>(
      `INSERT INTO show_watchers (show_id, user_id, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (show_id, user_id) DO UPDATE
         SET created_at = CASE WHEN show_watchers.notified_at IS NULL THEN show_watchers.created_at ELSE EXCLUDED.created_at END,
             notified_at = NULL
       RETURNING created_at`,
      [showId, userId, now],
    )
  ).rows[0]!;
  return { showId, since: watch.created_at.toISOString() };
}
