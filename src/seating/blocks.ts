// Seats staff hold back from a show (house seats, a broken seat, guests), and let go again. A
// blocked seat reads `booked` with `blocked: true`, so no hold can take it (docs/design.md,
// "Seats as halls really are"); a seat someone holds or has bought cannot be blocked.
import type { Context } from '../context.ts';
import { recordAudit } from '../audit/repository.ts';
import { InvalidInput, NotFound, SeatsUnavailable, ShowNotUpcoming } from '../domain/errors.ts';
import { effectiveShowStatus } from '../domain/states.ts';
import { inZone } from '../domain/zoned-time.ts';
import { notifySeatChange } from '../db/seat-notices.ts';
import { queueWaitlistMessages } from '../outbox/repository.ts';
import { blockedSeatsOf, blockSeats, findShowForBlocks, lockShowSeats, unblockSeats, type ShowForBlocks } from './repository.ts';
import type { ShowBlocksView } from './schemas.ts';

async function showOf(ctx: Context, showId: string): Promise<ShowForBlocks> {
  const show = await findShowForBlocks(ctx.db, showId);
  if (!show) throw new NotFound('show');
  return show;
}

function mustBeUpcoming(ctx: Context, show: ShowForBlocks): void {
  const status = effectiveShowStatus(show.status, show.starts_at, show.ends_at, ctx.clock.now());
  if (status !== 'upcoming') throw new ShowNotUpcoming(status);
}

function unique(seatIds: readonly string[]): string[] {
  if (new Set(seatIds).size !== seatIds.length) throw new InvalidInput('seatIds', 'must not repeat a seat');
  return [...seatIds];
}

/** The show's blocked seats, as staff see them. */
export async function showBlocks(ctx: Context, showId: string): Promise<ShowBlocksView> {
  const show = await showOf(ctx, showId);
  return blocksView(ctx, showId, show.time_zone);
}

async function blocksView(ctx: Context, showId: string, timeZone: string): Promise<ShowBlocksView> {
  const blocked = await blockedSeatsOf(ctx.db, showId);
  return {
    showId,
    blocked: blocked.map((seat) => ({ id: seat.id, label: seat.label, reason: seat.reason, blockedAt: inZone(seat.blocked_at, timeZone) })),
  };
}

/**
 * Blocks every seat or none: the seats are locked (in seat-id order, as a hold locks them) and
 * read at their latest version, so a seat held a moment ago is seen held and the block refused,
 * naming it; a seat blocked already stays blocked, with the new reason.
 */
export async function blockShowSeats(ctx: Context, adminId: string, showId: string, input: { seatIds: string[]; reason: string }) {
  const show = await showOf(ctx, showId);
  const seatIds = unique(input.seatIds);
  const reason = input.reason.trim();
  if (reason === '') throw new InvalidInput('reason', 'must say why the seats are held back');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const seats = await lockShowSeats(tx, showId, seatIds, now);
    const known = new Set(seats.map((seat) => seat.seat_id));
    const foreign = seatIds.filter((id) => !known.has(id));
    if (foreign.length > 0) throw new InvalidInput('seatIds', `not seats of this show: ${foreign.join(', ')}`);
    mustBeUpcoming(ctx, show);
    const taken = seats.filter((seat) => !seat.blockable);
    if (taken.length > 0) throw new SeatsUnavailable(taken.map((seat) => seat.seat_id));
    await blockSeats(tx, showId, seatIds, reason, now);
    await recordAudit(tx, adminId, 'show.block-seats', showId, { seatIds, reason });
    const newly = seats.filter((seat) => !seat.blocked).map((seat) => seat.seat_id);
    if (newly.length > 0) await notifySeatChange(tx, showId, newly, 'booked');
  });
  return blocksView(ctx, showId, show.time_zone);
}

/** Lets blocked seats go: they read `available` again, and the show's waitlist hears of it. Seats not blocked are left as they are. */
export async function releaseShowSeats(ctx: Context, adminId: string, showId: string, input: { seatIds: string[] }) {
  const show = await showOf(ctx, showId);
  const seatIds = unique(input.seatIds);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const seats = await lockShowSeats(tx, showId, seatIds, now);
    const known = new Set(seats.map((seat) => seat.seat_id));
    const foreign = seatIds.filter((id) => !known.has(id));
    if (foreign.length > 0) throw new InvalidInput('seatIds', `not seats of this show: ${foreign.join(', ')}`);
    const freed = await unblockSeats(tx, showId, seatIds);
    await recordAudit(tx, adminId, 'show.release-seats', showId, { seatIds: freed });
    if (freed.length > 0) {
      await notifySeatChange(tx, showId, freed, 'available');
      await queueWaitlistMessages(tx, showId, now);
    }
  });
  return blocksView(ctx, showId, show.time_zone);
}
