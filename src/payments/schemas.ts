// The wire shapes of the payment gateway's own routes.
import { Type } from 'typebox';

export const PaymentGatewayInfo = Type.Object(
  {
    gateway: Type.Union([Type.Literal('test'), Type.Literal('razorpay')], {
      description:
        'test: send payment details to POST /api/bookings/{id}/payment; razorpay: open its checkout (POST /api/bookings/{id}/checkout)',
    }),
    checkoutScriptUrl: Type.Optional(Type.String({ description: "the gateway's checkout script, for a hosted checkout" })),
  },
  { description: 'who takes the money on this server' },
);

export const GatewayParams = Type.Object({ gateway: Type.String({ maxLength: 32 }) });

export const WebhookReceipt = Type.Object(
  {
    received: Type.Literal(true),
    event: Type.String(),
    duplicate: Type.Boolean({ description: 'this event was applied before, and is not applied again' }),
  },
  { description: 'the event is applied (or was before); anything but 2xx makes the gateway deliver it again' },
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
