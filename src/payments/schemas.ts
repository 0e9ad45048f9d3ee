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
