// Paying on a hosted checkout (PAYMENT_GATEWAY=razorpay; docs/design.md, "Real gateways"): an
// order is made at the gateway for the booking's total and kept with a pending payment attempt;
// the customer pays on the gateway's page; whichever word of it arrives first (the checkout's
// signed answer, a webhook, recovery asking the gateway) settles the attempt under the same rules
// as a direct charge (rules 2 and 3). Every settlement reads what the gateway says the payment is
// now, and every status write is guarded by the old status, so the order they arrive in, and how
// often, changes nothing.
import type { User } from '../domain/user.ts';
import type { Context } from '../context.ts';
import {
  GatewayUnavailable,
  HoldExpired,
  InvalidInput,
  InvalidTransition,
  NoHostedCheckout,
  PaymentDeclined,
  PaymentPending,
} from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { inr, type Money } from '../domain/money.ts';
import { effectiveBookingStatus } from '../domain/states.ts';
import type { GatewayPayment, HostedCheckout } from '../gateways/gateway.ts';
import { mismatchOf, setAsideMismatch, type Mismatch } from './mismatches.ts';
import {
  attachOrder,
  findLivePayment,
  findPayment,
  findPaymentByOrder,
  insertPendingPayment,
  movePayment,
  recordGatewayRef,
  type CheckoutAttempt,
} from './repository.ts';
import { expireBooking, mustBePayable, settleCapturedPayment } from './pay.ts';
import { markCaptureForRefund, markRefundedAtGateway, refundPayment } from './refunds/captures.ts';
import { bookingState, getBooking } from '../bookings/read.ts';
import { endPendingBooking } from '../bookings/release.ts';
import { bookingForPayment } from '../bookings/changes.ts';

/** What the web app opens the gateway's checkout with. */
export interface CheckoutView {
  gateway: 'razorpay';
  keyId: string;
  scriptUrl: string;
  orderId: string;
  amount: Money;
  bookingId: string;
  /** The hold lapses then: the checkout is closed by that time. */
  expiresAt: string;
  description: string;
  prefill: { name: string; email: string; contact?: string };
}

/** What became of a payment on the checkout, as far as Houseful has settled it. */
export type CheckoutOutcome = 'confirmed' | 'lapsed' | 'declined' | 'refunded' | 'waiting';

export function hostedCheckout(ctx: Context): HostedCheckout {
  if (!ctx.gateway.checkout) throw new NoHostedCheckout();
  return ctx.gateway.checkout;
}

/** POST /api/bookings/{id}/checkout: the booking's order at the gateway, made once and given again on every call. */
export async function openCheckout(ctx: Context, user: User, bookingId: string): Promise<CheckoutView> {
  const now = ctx.clock.now();
  const booking = await bookingState(ctx.db, user.id, bookingId);
  const checkout = hostedCheckout(ctx);
  await mustBePayable(ctx, bookingId, booking, now);

  let attempt = await findLivePayment(ctx.db, bookingId);
  if (!attempt) {
    const id = newId('pay');
    await insertPendingPayment(ctx.db, { id, bookingId, method: 'razorpay', amount: booking.total, idempotencyKey: undefined, now });
    // Of two calls racing, one attempt is recorded (payments_one_live) and both use it.
    attempt = await findLivePayment(ctx.db, bookingId);
  }
  if (!attempt || attempt.status !== 'pending') throw new InvalidTransition('booking', 'being paid', 'paid again');
  const orderId =
    attempt.gateway_order_id ??
    (await attachOrder(
      ctx.db,
      attempt.id,
      await checkout.createOrder(attempt.amount, bookingId, { bookingId, paymentId: attempt.id }),
      ctx.clock.now(),
    ));
  const view = await getBooking(ctx.db, ctx.clock, user.id, bookingId);
  return {
    gateway: checkout.name,
    keyId: checkout.keyId,
    scriptUrl: checkout.scriptUrl,
    orderId,
    amount: inr(attempt.amount),
    bookingId,
    expiresAt: view.expiresAt,
    description: `${view.show.movie.title}, ${view.seats.map((s) => s.label).join(', ')}`,
    prefill: { name: user.name, email: user.email, ...(user.phone ? { contact: user.phone } : {}) },
  };
}

export interface CheckoutAnswer {
  paymentId: string;
  orderId: string;
  signature: string;
}

/**
 * The checkout's answer, posted back by the customer's browser: trusted only with the gateway's
 * signature, and settled by what the gateway says the payment is now.
 */
export async function completeCheckout(ctx: Context, userId: string, bookingId: string, answer: CheckoutAnswer): Promise<void> {
  const booking = await bookingState(ctx.db, userId, bookingId);
  const checkout = hostedCheckout(ctx);
  const attempt = await findPaymentByOrder(ctx.db, answer.orderId);
  if (!attempt || attempt.booking_id !== bookingId) throw new InvalidInput('razorpay_order_id', "is not this booking's order");
  if (!checkout.checkoutSignatureValid(answer.orderId, answer.paymentId, answer.signature)) {
    throw new InvalidInput('razorpay_signature', 'does not match: this answer did not come from the checkout');
  }
  let outcome: CheckoutOutcome;
  try {
    const payment = await checkout.fetchPayment(answer.paymentId);
    const mismatch = mismatchOf(attempt, payment);
    if (mismatch) {
      await settleCheckoutPayment(ctx, attempt, payment);
      throw new InvalidInput('razorpay_payment_id', `${mismatch.reason}: it confirms nothing`);
    }
    outcome = await settleCheckoutPayment(ctx, attempt, payment);
  } catch (error) {
    // The gateway will tell by webhook, or recovery will ask it: the customer waits on the booking.
    if (error instanceof GatewayUnavailable) throw new PaymentPending();
    throw error;
  }
  switch (outcome) {
    case 'confirmed':
      return;
    case 'declined':
      throw new PaymentDeclined('the bank refused it on the checkout');
    case 'waiting':
      throw new PaymentPending();
    case 'refunded':
      // Paid, confirmed and since cancelled: the booking says so. Otherwise the charge came too late.
      if (booking.confirmed_at !== null || (await bookingState(ctx.db, userId, bookingId)).confirmed_at !== null) return;
      throw new HoldExpired();
    case 'lapsed':
      throw new HoldExpired();
  }
}

/**
 * Settles the attempt by one of its order's payments as the gateway reports it: an authorized one
 * is captured; a captured one confirms the booking while its hold is live and whole and its show
 * has not started, and is refunded at once otherwise (also when the attempt was declined or given
 * up before); a failed one declines a pending attempt and releases the seats. A payment not for
 * the attempt's order, amount and currency settles nothing of it (settleMismatch).
 */
export async function settleCheckoutPayment(ctx: Context, attempt: CheckoutAttempt, seen: GatewayPayment): Promise<CheckoutOutcome> {
  const mismatch = mismatchOf(attempt, seen);
  if (mismatch) return settleMismatch(ctx, attempt, seen, mismatch);
  const payment = seen.status === 'authorized' ? await hostedCheckout(ctx).capture(seen) : seen;
  if (payment.status === 'captured') return settleCapture(ctx, attempt, payment);
  const current = (await findPayment(ctx.db, attempt.id)) ?? attempt;
  if (payment.status === 'failed' && current.status === 'pending') {
    const declined = await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      if (!(await movePayment(tx, attempt.id, 'pending', 'declined', { now }))) return false;
      await endPendingBooking(tx, attempt.booking_id, 'expired', now);
      return true;
    });
    if (declined) return 'declined';
  }
  if (payment.status === 'refunded' && current.status === 'pending') {
    // Refunded at the gateway itself (its dashboard) before Houseful settled it: nothing is owed.
    await markRefundedAtGateway(ctx, { id: attempt.id, amount: attempt.amount, gatewayRef: payment.id });
    await expireBooking(ctx, attempt.booking_id);
    return 'lapsed';
  }
  return outcomeOf((await findPayment(ctx.db, attempt.id)) ?? current);
}

/**
 * A payment of another of Houseful's orders is that order's attempt's to settle, by the same rules;
 * any other that does not match is set aside (refunded or left to staff). This attempt stays as it was.
 */
async function settleMismatch(
  ctx: Context,
  attempt: CheckoutAttempt,
  payment: GatewayPayment,
  mismatch: Mismatch,
): Promise<CheckoutOutcome> {
  const owner = mismatch.kind === 'order' ? await findPaymentByOrder(ctx.db, payment.orderId) : undefined;
  if (owner) await settleCheckoutPayment(ctx, owner, payment);
  else await setAsideMismatch(ctx, hostedCheckout(ctx), attempt, payment, mismatch);
  return outcomeOf((await findPayment(ctx.db, attempt.id)) ?? attempt);
}

async function settleCapture(ctx: Context, attempt: CheckoutAttempt, payment: GatewayPayment): Promise<CheckoutOutcome> {
  // Kept before anything else, so a refund of it can always be made.
  await recordGatewayRef(ctx.db, attempt.id, payment.id);
  const current = (await findPayment(ctx.db, attempt.id)) ?? attempt;
  const now = ctx.clock.now();
  switch (current.status) {
    case 'pending': {
      const booking = await bookingForPayment(ctx.db, attempt.booking_id);
      if (booking && booking.starts_at > now) {
        return settleCapturedPayment(ctx, {
          paymentId: attempt.id,
          bookingId: attempt.booking_id,
          amount: attempt.amount,
          gatewayRef: payment.id,
        });
      }
      // Paid once the show had started: no ticket into a running show, the charge goes back.
      await refundLateCapture(ctx, attempt, 'pending', payment.id);
      await expireBooking(ctx, attempt.booking_id);
      return 'lapsed';
    }
    case 'declined':
    case 'failed':
      // Paid after the attempt was declined or given up: nobody pays for seats they did not get.
      await refundLateCapture(ctx, attempt, current.status, payment.id);
      return 'lapsed';
    case 'refund_pending':
      await refundPayment(ctx, attempt.id);
      return outcomeOf((await findPayment(ctx.db, attempt.id)) ?? current);
    default:
      return outcomeOf(current);
  }
}

async function refundLateCapture(
  ctx: Context,
  attempt: CheckoutAttempt,
  from: 'pending' | 'declined' | 'failed',
  gatewayRef: string,
): Promise<void> {
  if (await markCaptureForRefund(ctx, { id: attempt.id, amount: attempt.amount, gatewayRef }, from)) await refundPayment(ctx, attempt.id);
}

function outcomeOf(attempt: CheckoutAttempt): CheckoutOutcome {
  switch (attempt.status) {
    case 'pending':
      return 'waiting';
    case 'completed':
      return 'confirmed';
    case 'declined':
      return 'declined';
    case 'failed':
      return 'lapsed';
    case 'refund_pending':
    case 'refunded':
      return 'refunded';
  }
}

/**
 * Recovery of an attempt no word came about (docs/design.md rule 3): the gateway is asked for
 * its order's payments and the attempt settled by the one that counts most. An attempt whose
 * order was never paid stays open while its hold is live (the customer may still be paying) and
 * is given up once it lapsed; a payment that still comes later is refunded at once.
 */
export async function recoverCheckout(ctx: Context, attempt: CheckoutAttempt): Promise<CheckoutOutcome> {
  const checkout = hostedCheckout(ctx);
  const all = attempt.gateway_order_id ? await checkout.paymentsOfOrder(attempt.gateway_order_id) : [];
  // A payment not for the order's amount (or currency) is set aside, and counts for nothing here.
  for (const payment of all.filter((p) => mismatchOf(attempt, p))) await settleCheckoutPayment(ctx, attempt, payment);
  const payments = all.filter((p) => !mismatchOf(attempt, p));
  const rank: GatewayPayment['status'][] = ['captured', 'authorized', 'refunded', 'failed'];
  for (const status of rank) {
    const payment = payments.find((p) => p.status === status);
    // One failed try of several is no decline while another is still going.
    if (payment && (status !== 'failed' || payments.every((p) => p.status === 'failed'))) {
      return settleCheckoutPayment(ctx, attempt, payment);
    }
  }
  const booking = await bookingForPayment(ctx.db, attempt.booking_id);
  const now = ctx.clock.now();
  if (booking && effectiveBookingStatus(booking.status, booking.expires_at, now) === 'pending') return 'waiting';
  await movePayment(ctx.db, attempt.id, 'pending', 'failed', { now });
  return 'lapsed';
}
