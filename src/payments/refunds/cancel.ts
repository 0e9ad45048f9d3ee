// Cancelling: some or all seats of a customer's booking, a staff refund, or a whole show by the
// cinema. Seats are freed and refunds written pending in one transaction, under the booking's
// lock; the refunds are sent to the gateway after it (docs/design.md, "Refunds").
import { findShowTimes, markShowCancelled } from '../../catalogue/repository.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { Context } from '../../context.ts';
import type { Queryable } from '../../db/database.ts';
import { DomainError, InvalidInput, InvalidTransition, NotFound } from '../../domain/errors.ts';
import { newId } from '../../domain/ids.ts';
import { effectiveBookingStatus, effectiveShowStatus } from '../../domain/states.ts';
import { inZone } from '../../domain/zoned-time.ts';
import { issueCreditNote } from '../../invoices/issue.ts';
import { queueBookingMessages } from '../../outbox/repository.ts';
import { markItemsRefunded } from '../../items/repository.ts';
import { markCompletedPaymentsForRefund } from '../repository.ts';
import { planCancellation, type CancellationPlan, type ItemsAsked } from './cancellation.ts';
import { cancellationFacts, insertRefund, type CancellationFacts, type PendingRefund } from './repository.ts';
import { sendRefunds } from './send.ts';
import { bookingState } from '../../bookings/read.ts';
import { cancelBookings, giveSeatsBack, lockForChange, lockLiveBookings } from '../../bookings/changes.ts';

type RefundReason = 'customer' | 'staff' | 'show-cancelled';

/**
 * Gives the planned seats and food and drink of a confirmed booking back, in the caller's
 * transaction with the booking locked: the refund written pending with its credit note, the items
 * counted as given back (the counter hands over only the rest), the seats freed (and announced on
 * the live seat map), and either the booking cancelled (its last seats) or its ticket reissued.
 */
async function giveBack(
  tx: Queryable,
  facts: CancellationFacts,
  plan: CancellationPlan,
  reason: RefundReason,
  now: Date,
): Promise<PendingRefund> {
  const refund = { id: newId('ref'), payment_id: facts.payment!.id, amount: plan.refund.amount };
  await insertRefund(tx, {
    id: refund.id,
    bookingId: facts.id,
    paymentId: refund.payment_id,
    seatIds: plan.seatIds,
    seatsValue: plan.refund.seatsValue,
    items: plan.items,
    itemsValue: plan.refund.itemsValue,
    amount: refund.amount,
    percent: plan.percent,
    reason,
    now,
  });
  await markItemsRefunded(tx, facts.id, plan.items);
  await giveSeatsBack(tx, { bookingId: facts.id, seatIds: plan.seatIds, refundId: refund.id, last: plan.last }, now);
  // The payment now waits on its refunds; the last one to be made marks it refunded (payments/refunds/send.ts).
  if (plan.last) await markCompletedPaymentsForRefund(tx, [facts.id], now);
  await issueCreditNote(tx, { bookingId: facts.id, refundId: refund.id, supplies: plan.refund.supplies, total: refund.amount }, now);
  return refund;
}

/** The booking's facts under its lock, with the clock read after the lock was granted. */
async function lockedFacts(tx: Queryable, ctx: Context, bookingId: string): Promise<{ facts: CancellationFacts; now: Date }> {
  if (!(await lockForChange(tx, bookingId))) throw new NotFound('booking');
  const facts = await cancellationFacts(tx, bookingId);
  if (!facts) throw new NotFound('booking');
  return { facts, now: ctx.clock.now() };
}

export interface CancellationQuote {
  cancellable: boolean;
  /** What cancelling now gives back, in paise. */
  refund: number;
  /** Why not, when it cannot be cancelled now. */
  reason?: string;
  seatIds: string[];
  /** The policy's percent and tier that would apply now; absent for a booking not yet paid. */
  percent?: number;
  hoursBefore?: number;
  feesRefundable?: boolean;
}

/**
 * What cancelling `seatIds` (every seat left when undefined) of the customer's booking gives back
 * if done now. Seats that are not the booking's are a 400; every other refusal is a quote of
 * nothing with its reason. The cancel itself decides again at its own moment.
 */
export async function quoteCancellation(
  ctx: Context,
  userId: string,
  bookingId: string,
  seatIds?: readonly string[],
): Promise<CancellationQuote> {
  const facts = await cancellationFacts(ctx.db, bookingId);
  if (!facts || facts.user_id !== userId) throw new NotFound('booking');
  const now = ctx.clock.now();
  const status = effectiveBookingStatus(facts.status, facts.expires_at, now);
  const all = facts.seats.filter((seat) => seat.refund_id === null).map((seat) => seat.id);
  if (status === 'pending') {
    if (seatIds !== undefined && !sameSeats(seatIds, all)) {
      return { cancellable: false, refund: 0, reason: 'a booking not yet paid for is cancelled whole', seatIds: [...seatIds] };
    }
    return { cancellable: true, refund: 0, seatIds: all };
  }
  try {
    const plan = planCancellation(facts, seatIds, now, 'policy');
    return {
      cancellable: true,
      refund: plan.refund.amount,
      seatIds: plan.seatIds,
      percent: plan.percent,
      hoursBefore: plan.hoursBefore ?? 0,
      feesRefundable: plan.feesRefundable,
    };
  } catch (error) {
    if (error instanceof InvalidInput || !(error instanceof DomainError)) throw error;
    return { cancellable: false, refund: 0, reason: error.message, seatIds: seatIds ? [...seatIds] : all };
  }
}

function sameSeats(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && new Set([...a, ...b]).size === b.length;
}

/**
 * The customer cancels `seatIds` of their booking (every seat left when undefined). A pending
 * booking is cancelled whole, its seats freed, nothing to refund. A confirmed one gives those seats
 * back by the cinema's refund policy at this moment, with the food and drink in `items` (all not
 * handed over, with its last seats); the booking stays confirmed with the rest, or becomes
 * cancelled with its last seats.
 */
export async function cancelBooking(
  ctx: Context,
  userId: string,
  bookingId: string,
  seatIds?: readonly string[],
  items?: readonly ItemsAsked[],
): Promise<void> {
  const booking = await bookingState(ctx.db, userId, bookingId);
  const status = effectiveBookingStatus(booking.status, booking.expires_at, ctx.clock.now());
  if (status === 'pending') return cancelPending(ctx, userId, bookingId, seatIds);

  const refunds = await ctx.db.transaction(async (tx) => {
    // Under the booking's lock, which a check-in and every other cancel take too: of two racing, one decides first.
    const { facts, now } = await lockedFacts(tx, ctx, bookingId);
    const plan = planCancellation(facts, seatIds, now, 'policy', items);
    const refund = await giveBack(tx, facts, plan, 'customer', now);
    // Mail, as a receipt with the refund: the booking cancelled, or some seats with the reissued ticket.
    if (plan.last) await queueBookingMessages(tx, 'booking-cancelled', [bookingId], { sms: ctx.config.smsWebhookUrl !== undefined });
    else await queueBookingMessages(tx, 'seats-cancelled', [bookingId], { sms: false });
    return [refund];
  });
  await sendRefunds(ctx, refunds);
}

async function cancelPending(ctx: Context, userId: string, bookingId: string, seatIds?: readonly string[]): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { facts, now } = await lockedFacts(tx, ctx, bookingId);
    const all = facts.seats.map((seat) => seat.id);
    if (seatIds !== undefined && !sameSeats(seatIds, all)) throw new InvalidTransition('booking', 'pending', 'partly cancelled');
    if ((await cancelBookings(tx, [bookingId], 'pending', now)).length === 0) {
      // Changed under us (paid, swept or cancelled meanwhile): report what it is now.
      const current = await bookingState(tx, userId, bookingId);
      throw new InvalidTransition('booking', effectiveBookingStatus(current.status, current.expires_at, now), 'cancelled');
    }
    // No receipt: a hold that ends unpaid sends no mail or SMS (docs/notifications.md), so a stranger's email
    // given at sign-up cannot be mailed at will by holding and letting go.
  });
}

export interface StaffRefund {
  bookingId: string;
  refundedAmount: number;
  /** When its ticket was checked in, in the cinema's time zone; null when it never was. */
  checkedInAt: string | null;
}

/**
 * Staff cancel a confirmed booking and refund what is left of it in full, deliberately and with a
 * reason: also once its ticket was checked in, or its show started, which a customer's own cancel
 * refuses. Food and drink already handed over were had, and are not refunded. The seats are freed and the customer told; who did it, why, and what was refunded go
 * into admin_audit.
 */
export async function refundByStaff(ctx: Context, adminId: string, bookingId: string, reason: string): Promise<StaffRefund> {
  const why = reason.trim();
  if (!why) throw new InvalidInput('reason', 'must say why the booking is refunded');
  const { refund, admitted } = await ctx.db.transaction(async (tx) => {
    const { facts, now } = await lockedFacts(tx, ctx, bookingId);
    const status = effectiveBookingStatus(facts.status, facts.expires_at, now);
    if (status !== 'confirmed') throw new InvalidTransition('booking', status, 'refunded');
    const refund = await giveBack(tx, facts, planCancellation(facts, undefined, now, 'in-full'), 'staff', now);
    await queueBookingMessages(tx, 'booking-cancelled', [bookingId], { sms: ctx.config.smsWebhookUrl !== undefined });
    const admitted = facts.checked_in_at ? inZone(facts.checked_in_at, facts.time_zone) : null;
    await recordAudit(tx, adminId, 'booking.refund', bookingId, {
      reason: why,
      showId: facts.show_id,
      customerId: facts.user_id,
      checkedInAt: admitted,
      refunded: refund.amount,
    });
    return { refund, admitted };
  });
  await sendRefunds(ctx, [refund]);
  return { bookingId, refundedAmount: refund.amount, checkedInAt: admitted };
}

export interface ShowCancellation {
  bookingsCancelled: number;
  refundedAmount: number;
}

/**
 * The cinema cancels a show: every confirmed booking is cancelled and what is left of it refunded
 * in full, fees and food and drink included (handed over or not), whatever the refund policy;
 * every pending one is released.
 */
export async function cancelShow(ctx: Context, adminId: string, showId: string): Promise<ShowCancellation> {
  const now = ctx.clock.now();
  const { bookings, refunds } = await ctx.db.transaction(async (tx) => {
    const show = await findShowTimes(tx, showId, { lock: true });
    if (!show) throw new NotFound('show');
    const status = effectiveShowStatus(show.status, show.starts_at, show.ends_at, now);
    if (status === 'cancelled' || status === 'completed') throw new InvalidTransition('show', status, 'cancelled');
    await markShowCancelled(tx, showId);

    const live = await lockLiveBookings(tx, showId);
    await cancelBookings(
      tx,
      live.filter((b) => b.status === 'pending').map((b) => b.id),
      'pending',
      now,
    );
    const refunds: PendingRefund[] = [];
    for (const booking of live.filter((b) => b.status === 'confirmed')) {
      const facts = await cancellationFacts(tx, booking.id);
      if (facts?.payment) {
        refunds.push(await giveBack(tx, facts, planCancellation(facts, undefined, now, 'show-cancelled'), 'show-cancelled', now));
      } else {
        // Nothing was paid for it: nothing to give back but the seats.
        await cancelBookings(tx, [booking.id], 'confirmed', now);
      }
    }
    // Each customer with a booking told: mail, and SMS where they gave a phone number. Holds released unpaid are not.
    const liveIds = live.filter((b) => b.status === 'confirmed').map((b) => b.id);
    await queueBookingMessages(tx, 'show-cancelled', liveIds, { sms: ctx.config.smsWebhookUrl !== undefined });
    await recordAudit(tx, adminId, 'show.cancel', showId, { bookingsCancelled: live.length, refunds: refunds.length });
    return { bookings: live.length, refunds };
  });
  await sendRefunds(ctx, refunds);
  return { bookingsCancelled: bookings, refundedAmount: refunds.reduce((sum, r) => sum + r.amount, 0) };
}
