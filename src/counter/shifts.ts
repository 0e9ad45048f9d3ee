// Cashiers' shifts: opened at one cinema's counter, closed with what was taken by method. A cashier
// sees their own shifts; a manager every shift of their cinemas.
import { recordAudit } from '../audit/repository.ts';
import type { Context } from '../context.ts';
import { InvalidTransition, NotFound, ShiftAlreadyOpen } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { inr } from '../domain/money.ts';
import { inZone } from '../domain/zoned-time.ts';
import { mayActAt, type StaffScope } from '../staff/access.ts';
import {
  closeShiftRow,
  findShift,
  insertShift,
  listShifts,
  lockOpenShift,
  openShiftOf,
  shiftTakings,
  type ShiftRow,
} from './repository.ts';
import type { ShiftView } from './schemas.ts';

async function toView(ctx: Context, row: ShiftRow): Promise<ShiftView> {
  const zone = row.time_zone;
  // An open shift shows what it has taken so far; a closed one what it had when it closed.
  const takings = row.takings ?? (await shiftTakings(ctx.db, row.id));
  const byMethod = takings.map((t) => ({ method: t.method, sales: t.sales, amount: inr(t.amount), refunded: inr(t.refunded) }));
  return {
    id: row.id,
    cinema: { id: row.cinema_id, name: row.cinema_name },
    cashier: { id: row.cashier_id, name: row.cashier_name },
    status: row.closed_at ? 'closed' : 'open',
    openedAt: inZone(row.opened_at, zone),
    closedAt: row.closed_at ? inZone(row.closed_at, zone) : null,
    takings: byMethod,
    total: inr(takings.reduce((sum, t) => sum + t.amount - t.refunded, 0)),
  };
}

/** Whether the caller may see this shift: their own, or any at a cinema they manage. */
function maySee(scope: StaffScope, row: ShiftRow): boolean {
  return row.cashier_id === scope.userId || mayActAt(scope, row.cinema_id, 'manager');
}

export async function openShift(ctx: Context, cashierId: string, cinemaId: string): Promise<ShiftView> {
  const id = newId('shf');
  await ctx.db.transaction(async (tx) => {
    if (!(await insertShift(tx, { id, cinemaId, cashierId, now: ctx.clock.now() }))) {
      throw new ShiftAlreadyOpen((await openShiftOf(tx, cashierId))?.id ?? 'unknown');
    }
    await recordAudit(tx, cashierId, 'shift.open', id, {}, cinemaId);
  });
  return toView(ctx, (await findShift(ctx.db, id))!);
}

/** The shift, when the caller may see it; NotFound otherwise, exactly as for one that does not exist. */
export async function getShift(ctx: Context, scope: StaffScope, shiftId: string): Promise<ShiftView> {
  const row = await findShift(ctx.db, shiftId);
  if (!row || !maySee(scope, row)) throw new NotFound('shift');
  return toView(ctx, row);
}

/** The caller's open shift; NotFound when none is open. */
export async function currentShift(ctx: Context, cashierId: string): Promise<ShiftView> {
  const row = await openShiftOf(ctx.db, cashierId);
  if (!row) throw new NotFound('open shift');
  return toView(ctx, row);
}

/** Closes the shift (the cashier's own, or as a manager of its cinema) and freezes its takings by method. */
export async function closeShift(ctx: Context, scope: StaffScope, shiftId: string): Promise<ShiftView> {
  const row = await findShift(ctx.db, shiftId);
  if (!row || !maySee(scope, row)) throw new NotFound('shift');
  await ctx.db.transaction(async (tx) => {
    // Under the shift's lock, so a sale being recorded into it is counted or refused, never lost.
    if (!(await lockOpenShift(tx, shiftId))) throw new InvalidTransition('shift', 'closed', 'closed again');
    const takings = await shiftTakings(tx, shiftId);
    await closeShiftRow(tx, shiftId, scope.userId, ctx.clock.now(), takings);
    await recordAudit(tx, scope.userId, 'shift.close', shiftId, { takings });
  });
  return toView(ctx, (await findShift(ctx.db, shiftId))!);
}

/** Shifts newest first: every shift of the cinemas the caller manages, and the caller's own elsewhere. */
export async function shifts(ctx: Context, scope: StaffScope, managed: readonly string[] | null, cinemaId?: string): Promise<ShiftView[]> {
  const limit = 200;
  const rows =
    cinemaId !== undefined
      ? await listShifts(ctx.db, { cinemaIds: [cinemaId], cashierId: mayActAt(scope, cinemaId, 'manager') ? null : scope.userId, limit })
      : [
          ...(managed === null || managed.length > 0 ? await listShifts(ctx.db, { cinemaIds: managed, cashierId: null, limit }) : []),
          ...(await listShifts(ctx.db, { cinemaIds: null, cashierId: scope.userId, limit })),
        ];
  const unique = [...new Map(rows.map((row) => [row.id, row])).values()].sort((a, b) => b.opened_at.getTime() - a.opened_at.getTime());
  return Promise.all(unique.slice(0, limit).map((row) => toView(ctx, row)));
}
