// Housekeeping for lapsed holds (docs/design.md rule 4): reads already treat them as free; this
// moves their bookings to expired and frees the rows. SKIP LOCKED lets every instance run it at
// once. It also purges what is kept only for a while: Idempotency-Keys, delivered messages and
// old sign-in failures.
import { purgeSignInFailures } from '../accounts/repository.ts';
import { FAILURE_MEMORY_MS } from '../accounts/sign-in-backoff.ts';
import { CODE_REQUEST_WINDOW_MS } from '../accounts/phone-codes.ts';
import { purgePhoneCodes } from '../accounts/repository/phone-codes.ts';
import { releaseSeats } from '../bookings/release.ts';
import { expireLapsedBookings } from '../bookings/repository/lifecycle.ts';
import type { Context } from '../context.ts';
import { purgeSentMessages } from '../outbox/repository.ts';
import { purgeIdempotencyKeys } from '../payments/repository.ts';

const BATCH = 500;
/** Idempotency keys are kept at least 24 hours (docs/api.md); they are purged after 48. */
const KEY_RETENTION_MS = 48 * 3_600_000;
/** Delivered messages are kept a while for support questions ("did the mail go out?"), then purged. */
const SENT_MESSAGE_RETENTION_DAYS = 30;

export async function sweepExpiredHolds(ctx: Context): Promise<number> {
  let total = 0;
  for (;;) {
    const expired = await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const ids = await expireLapsedBookings(tx, now, BATCH);
      // Seats that came free are announced, and the waitlists of their shows told (a hold lapsing nobody read).
      await releaseSeats(tx, ids, now);
      // No message to the customer: a hold that ends unpaid sends no mail or SMS (docs/notifications.md).
      return ids.length;
    });
    total += expired;
    if (expired < BATCH) break;
  }
  await purgeIdempotencyKeys(ctx.db, new Date(ctx.clock.now().getTime() - KEY_RETENTION_MS));
  await purgeSentMessages(ctx.db, SENT_MESSAGE_RETENTION_DAYS);
  await purgeSignInFailures(ctx.db, new Date(ctx.clock.now().getTime() - FAILURE_MEMORY_MS), ctx.clock.now());
  await purgePhoneCodes(ctx.db, new Date(ctx.clock.now().getTime() - CODE_REQUEST_WINDOW_MS));
  return total;
}
