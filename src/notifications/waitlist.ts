// The waitlist of a sold-out show: a customer asks to be told when seats come free again. The
// telling happens where seats are freed (bookings/release.ts) through queueWaitlistMessages, in
// the same transaction; each watch is told once.
import { findShowTimes } from '../catalogue/repository.ts';
import type { Context } from '../context.ts';
import { NotFound, ShowNotUpcoming } from '../domain/errors.ts';
import { effectiveShowStatus } from '../domain/states.ts';
import { upsertWatch } from './repository.ts';

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
  const show = await findShowTimes(ctx.db, showId);
  if (!show) throw new NotFound('show');
  const status = effectiveShowStatus(show.status, show.starts_at, show.ends_at, now);
  if (status !== 'upcoming') throw new ShowNotUpcoming(status);
  return { showId, since: (await upsertWatch(ctx.db, showId, userId, now)).toISOString() };
}
