// Cancelling and its quote on the wire.
import { Type } from 'typebox';
import { Id, Money } from '../../http/schemas.ts';

export const CancelBody = Type.Union(
  [
    Type.Object(
      {
        seatIds: Type.Optional(
          Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
            minItems: 1,
            maxItems: 100,
            description: 'the seats to cancel; left out, every seat the booking still has',
          }),
        ),
        items: Type.Optional(
          Type.Array(
            Type.Object(
              { itemId: Id, quantity: Type.Integer({ minimum: 1, maximum: 20 }) },
              { additionalProperties: false, description: 'an item of the booking and how many of it to give back' },
            ),
            {
              maxItems: 20,
              description:
                'food and drink to give back with some seats, by the same policy; left out, the booking keeps them. With its last seats every item not yet handed over goes back anyway; items handed over never do',
            },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    Type.Null(),
  ],
  {
    title: 'CancelRequest',
    description: 'optional: which seats to cancel, and which food and drink to give back with them; send no body to cancel every seat left',
  },
);

export const CancellationQuery = Type.Object(
  {
    seatIds: Type.Optional(Type.String({ maxLength: 6_500, description: 'comma-separated seat ids; left out, every seat left' })),
  },
  { additionalProperties: false },
);

export const CancellationQuoteView = Type.Object(
  {
    cancellable: Type.Boolean(),
    refund: Money,
    reason: Type.Optional(Type.String({ description: 'why it cannot be cancelled now' })),
    seatIds: Type.Array(Type.String(), { description: 'the seats the quote is for' }),
    percent: Type.Optional(Type.Number({ description: "the percent of the refund policy's tier in force now" })),
    hoursBefore: Type.Optional(Type.Number({ description: 'that tier: from this many hours before the show' })),
    feesRefundable: Type.Optional(Type.Boolean()),
  },
  {
    title: 'CancellationQuote',
    description:
      'what cancelling now would give back; the cancel itself applies the tier in force at the moment it is made, which may differ by then',
  },
);
