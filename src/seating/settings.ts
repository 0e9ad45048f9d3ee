// A cinema's seating rule: whether a hold may leave one seat alone (noSingleSeatGaps). The hold
// reads it with its precheck, so a change applies to the next hold with no cache to drop.
import type { Context } from '../context.ts';
import { recordAudit } from '../audit/repository.ts';
import { NotFound } from '../domain/errors.ts';
import { seatingOf, setSeatingOf } from './repository.ts';

export async function cinemaSeating(ctx: Context, cinemaId: string) {
  const seating = await seatingOf(ctx.db, cinemaId);
  if (!seating) throw new NotFound('cinema');
  return { cinemaId, ...seating };
}

export async function setCinemaSeating(ctx: Context, adminId: string, cinemaId: string, input: { noSingleSeatGaps: boolean }) {
  await ctx.db.transaction(async (tx) => {
    if (!(await seatingOf(tx, cinemaId))) throw new NotFound('cinema');
    await setSeatingOf(tx, cinemaId, input.noSingleSeatGaps);
    await recordAudit(tx, adminId, 'cinema.seating', cinemaId, input);
  });
  return { cinemaId, noSingleSeatGaps: input.noSingleSeatGaps };
}
