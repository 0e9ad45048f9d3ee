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
