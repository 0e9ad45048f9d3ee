// The wire shapes of the payment gateway's own routes.
import { Type, type Static } from 'typebox';
import { Money, Timestamp } from '../http/schemas.ts';

export const PaymentGatewayInfo = Type.Object(
  {
    gateway: Type.Union([Type.Literal('test'), Type.Literal('razorpay')], {
      description:
        'test: send payment details to POST /api/bookings/{id}/payment; razorpay: open its checkout (POST /api/bookings/{id}/checkout)',
    }),
    checkoutScriptUrl: Type.Optional(Type.String({ description: "the gateway's checkout script, for a hosted checkout" })),
  },
  { title: 'PaymentGateway', description: 'who takes the money on this server' },
);

export const GatewayParams = Type.Object({ gateway: Type.String({ maxLength: 32 }) });

export const WebhookReceipt = Type.Object(
  {
    received: Type.Literal(true),
    event: Type.String(),
    duplicate: Type.Boolean({ description: 'this event was applied before, and is not applied again' }),
  },
  { title: 'WebhookReceipt', description: 'the event is applied (or was before); anything but 2xx makes the gateway deliver it again' },
);

/** A gateway event as Razorpay sends it. Documented only: the route reads the raw bytes, which the signature is over. */
export const GatewayEvent = Type.Object(
  {
    event: Type.String({ description: 'e.g. payment.captured, payment.failed, order.paid, refund.processed, refund.failed' }),
    payload: Type.Object({}, { additionalProperties: true, description: 'the entities of the event (payment, order, refund)' }),
  },
  { title: 'GatewayEvent', additionalProperties: true, description: "the gateway's event, exactly as it sent it" },
);

export const GatewayEventHeaders = Type.Object({
  'x-razorpay-signature': Type.String({ description: 'HMAC-SHA256 of the raw body with the webhook secret' }),
  'x-razorpay-event-id': Type.Optional(Type.String({ description: 'the event id: an event is applied once per id' })),
});

export const PaymentBody = Type.Object(
  {
    method: Type.Union([
      Type.Literal('credit_card'),
      Type.Literal('debit_card'),
      Type.Literal('upi'),
      Type.Literal('net_banking'),
      Type.Literal('wallet'),
    ]),
    card: Type.Optional(
      Type.Object(
        {
          number: Type.String({ maxLength: 30 }),
          expiry: Type.String({ maxLength: 5, description: 'MM/YY' }),
          cvv: Type.String({ maxLength: 4 }),
        },
        { additionalProperties: false },
      ),
    ),
    upiId: Type.Optional(Type.String({ maxLength: 100 })),
    bank: Type.Optional(Type.String({ maxLength: 100 })),
    walletId: Type.Optional(Type.String({ maxLength: 100 })),
  },
  {
    title: 'PaymentRequest',
    additionalProperties: false,
    description: 'method plus the one detail it needs: card, upiId, bank or walletId',
  },
);

export type PaymentBodyValue = Static<typeof PaymentBody>;

export const Checkout = Type.Object(
  {
    gateway: Type.Literal('razorpay'),
    keyId: Type.String({ description: "the gateway's public key id the checkout is opened with" }),
    scriptUrl: Type.String({ description: "the gateway's checkout script" }),
    orderId: Type.String({ description: "the booking's order at the gateway: the same on every call" }),
    amount: Money,
    bookingId: Type.String(),
    expiresAt: Timestamp,
    description: Type.String(),
    prefill: Type.Object({ name: Type.String(), email: Type.String(), contact: Type.Optional(Type.String()) }),
  },
  { title: 'Checkout', description: "what the gateway's checkout is opened with" },
);

export const CheckoutAnswerBody = Type.Object(
  {
    razorpay_payment_id: Type.String({ minLength: 1, maxLength: 64 }),
    razorpay_order_id: Type.String({ minLength: 1, maxLength: 64 }),
    razorpay_signature: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { title: 'CheckoutAnswer', additionalProperties: false, description: "the checkout's answer, exactly as it gave it to the page" },
);

export const GatewayMismatches = Type.Object(
  {
    mismatches: Type.Array(
      Type.Object({
        gateway: Type.String(),
        gatewayPaymentId: Type.String({ description: "the payment's id at the gateway: look it up on its dashboard" }),
        orderId: Type.String({ description: 'the order the gateway says it paid' }),
        paymentId: Type.String({ description: "Houseful's attempt it was reported for" }),
        bookingId: Type.String(),
        amount: Type.Integer({ description: "what the gateway took, in the currency's minor unit" }),
        currency: Type.String(),
        reason: Type.String({ description: 'why it confirms nothing' }),
        status: Type.Union([Type.Literal('refund-pending'), Type.Literal('refunded'), Type.Literal('needs-staff')], {
          description: 'refund-pending, refunded: given back whole by Houseful; needs-staff: for staff to settle with the customer',
        }),
        seenAt: Type.String({ description: 'ISO 8601, UTC' }),
      }),
    ),
  },
  { description: 'payments the gateway took that matched no booking: newest first' },
);
