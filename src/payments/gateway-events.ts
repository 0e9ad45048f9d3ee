// The gateway's webhooks (POST /api/payments/webhooks/razorpay): trusted only with a valid
// signature over the raw body, applied once per event type and payment (or refund) the signed body
// names (the event id header is not signed), and each applied by asking the gateway
// what the payment is now (checkout.ts), so a late, repeated or reordered event settles nothing
// twice and never moves a payment back. An event that cannot be applied now (the gateway does not
// answer) is refused with 503, and the gateway delivers it again.
import { createHash } from 'node:crypto';
import type { Context } from '../context.ts';
import { InvalidInput } from '../domain/errors.ts';
import { findPaymentByGatewayRef, findPaymentByOrder, gatewayEventApplied, recordGatewayEvent } from './repository.ts';
import { hostedCheckout, settleCheckoutPayment } from './checkout.ts';
import { refundPayment } from './refunds/captures.ts';

interface RazorpayEvent {
  event: string;
  payload: {
    payment?: { entity?: { id?: string; order_id?: string } };
    order?: { entity?: { id?: string } };
    refund?: { entity?: { id?: string; payment_id?: string } };
  };
}

export interface WebhookDelivery {
  rawBody: string;
  signature: string | undefined;
  /** The gateway's id for the event (X-Razorpay-Event-Id): unsigned, so kept only to trace the delivery. */
  eventId: string | undefined;
}

function parseEvent(rawBody: string): RazorpayEvent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    throw new InvalidInput('body', 'is not valid JSON');
  }
  const event = parsed as Partial<RazorpayEvent> | null;
  if (!event || typeof event.event !== 'string' || typeof event.payload !== 'object' || event.payload === null) {
    throw new InvalidInput('body', 'is not a Razorpay event: it needs event and payload');
  }
  return event as RazorpayEvent;
}

/**
 * What the event is about, from the signed body: the refund of a refund event, otherwise the
 * payment; an event about neither (one Houseful does not act on) is known by its body's hash.
 */
function subjectOf(event: RazorpayEvent, rawBody: string): string {
  const id = event.event.startsWith('refund.') ? event.payload.refund?.entity?.id : event.payload.payment?.entity?.id;
  return typeof id === 'string' && id.length > 0 ? id : createHash('sha256').update(rawBody).digest('hex');
}

/** Applies one delivery; `duplicate` when this event was applied before. */
export async function applyRazorpayEvent(ctx: Context, delivery: WebhookDelivery): Promise<{ event: string; duplicate: boolean }> {
  const checkout = hostedCheckout(ctx);
  if (!delivery.signature) throw new InvalidInput('X-Razorpay-Signature', 'header is required');
  if (!checkout.webhookSignatureValid(delivery.rawBody, delivery.signature)) {
    throw new InvalidInput('X-Razorpay-Signature', 'does not match the body: the event is not from the gateway');
  }
  const event = parseEvent(delivery.rawBody);
  const subjectId = subjectOf(event, delivery.rawBody);
  if (await gatewayEventApplied(ctx.db, checkout.name, subjectId, event.event)) return { event: event.event, duplicate: true };

  const { payload } = event;
  if (event.event.startsWith('payment.') || event.event === 'order.paid') {
    const paymentId = payload.payment?.entity?.id;
    const orderId = payload.payment?.entity?.order_id ?? payload.order?.entity?.id;
    // Not an order of Houseful's (another integration on the same account): nothing to do.
    const attempt = orderId ? await findPaymentByOrder(ctx.db, orderId) : undefined;
    if (attempt && paymentId) await settleCheckoutPayment(ctx, attempt, await checkout.fetchPayment(paymentId));
  } else if (event.event.startsWith('refund.')) {
    const paymentId = payload.refund?.entity?.payment_id;
    const attempt = paymentId ? await findPaymentByGatewayRef(ctx.db, paymentId) : undefined;
    // A refund Houseful asked for: processed, it is done; failed, another is asked for (of the
    // seats given back, under that refund's own id; or of the whole charge).
    if (attempt) await refundPayment(ctx, attempt.id);
  }
  await recordGatewayEvent(ctx.db, checkout.name, { subjectId, event: event.event, eventId: delivery.eventId }, ctx.clock.now());
  return { event: event.event, duplicate: false };
}
