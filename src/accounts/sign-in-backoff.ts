// Sign-in backoff per account (README, "Security"): after SIGN_IN_BACKOFF_AFTER wrong passwords
// in a row for one email, each further try must wait, twice as long as the one before, up to
// SIGN_IN_BACKOFF_MAX_SECONDS, whichever client it comes from; the right password is refused
// too while the wait runs. The count is kept in the database, so it holds across instances, and
// unknown emails are counted exactly like known ones, so the answers never tell which exist.
import type { Context } from '../context.ts';
import { TooManyAttempts, Unauthenticated } from '../domain/errors.ts';
import { signIn, type User } from './accounts.ts';
import { blockSignIn, clearSignInFailures, countSignInFailure, signInFailures } from './repository.ts';

/** Failures further apart than this do not add up; older rows are purged by the sweeper. */
export const FAILURE_MEMORY_MS = 24 * 3_600_000;

/** How long to wait after the given count of failures in a row: none before the threshold, then 1 s, 2 s, 4 s, … up to the cap. */
export function backoffSeconds(failures: number, after: number, maxSeconds: number): number {
  if (failures < after) return 0;
  return Math.min(maxSeconds, 2 ** Math.min(failures - after, 30));
}

export async function signInWithBackoff(ctx: Context, email: string, password: string): Promise<{ token: string; user: User }> {
  const { config } = ctx;
  if (config.rateLimitPerMinute === 0) return signIn(ctx.db, ctx.clock, config.sessionTtlHours, email, password);
  const account = email.trim().toLowerCase();
  const record = await signInFailures(ctx.db, account);
  const waitMs = record?.blocked_until ? record.blocked_until.getTime() - ctx.clock.now().getTime() : 0;
  if (waitMs > 0) throw new TooManyAttempts(Math.ceil(waitMs / 1000));
  try {
    const session = await signIn(ctx.db, ctx.clock, config.sessionTtlHours, email, password);
    if (record) await clearSignInFailures(ctx.db, account);
    return session;
  } catch (error) {
    if (error instanceof Unauthenticated) {
      const now = ctx.clock.now();
      const failures = await countSignInFailure(ctx.db, account, now, new Date(now.getTime() - FAILURE_MEMORY_MS));
      const wait = backoffSeconds(failures, config.signInBackoffAfter, config.signInBackoffMaxSeconds);
      if (wait > 0) await blockSignIn(ctx.db, account, new Date(now.getTime() + wait * 1000));
    }
    throw error;
  }
}
