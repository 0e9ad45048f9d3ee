// The wire shapes of bookings: one TypeBox schema each, which validates requests, shapes
// responses, documents the routes in /openapi.json, and gives the server its types (Static).
import { Type, type Static } from 'typebox';
import { SeatKind, SeatType } from '../catalogue/schemas.ts';
import { Id, Money, Timestamp } from '../http/schemas.ts';
import { ItemsAsked, PickupCode } from '../items/schemas.ts';

export const BookingStatus = Type.Union([
  Type.Literal('pending'),
  Type.Literal('confirmed'),
  Type.Literal('expired'),
  Type.Literal('cancelled'),
]);

export const BillLine = Type.Object(
  {
    kind: Type.Union([Type.Literal('ticket'), Type.Literal('fee'), Type.Literal('tax'), Type.Literal('discount'), Type.Literal('item')]),
    label: Type.String(),
    amount: Money,
  },
  { description: "one line of what a booking costs; a discount's amount is negative" },
);

export const TaxDocumentRef = Type.Object(
  {
    number: Type.String({ description: 'its number in the cinema’s series for the financial year, e.g. INV/2627/000042' }),
    issuedAt: Timestamp,
    url: Type.String({ description: 'where its PDF is' }),
  },
  { description: 'a tax invoice or credit note' },
);

export const Booking = Type.Object(
  {
    id: Type.String(),
    status: BookingStatus,
    showId: Type.String(),
    seats: Type.Array(
      Type.Object({
        id: Type.String(),
        label: Type.String(),
        type: Type.String(),
        kind: Type.Optional(SeatKind),
        price: Money,
        note: Type.Optional(Type.String({ description: 'what to know about the seat before paying, e.g. a restricted view' })),
      }),
    ),
    total: Money,
    lines: Type.Array(BillLine, { description: 'what the total is made of: the amounts sum to total exactly' }),
    expiresAt: Timestamp,
    createdAt: Timestamp,
    show: Type.Object({
      startsAt: Timestamp,
      movie: Type.Object({ id: Type.String(), title: Type.String() }),
      cinema: Type.Object({ id: Type.String(), name: Type.String() }),
      hall: Type.Object({ id: Type.String(), name: Type.String() }),
    }),
    payment: Type.Optional(Type.Object({ id: Type.String(), method: Type.String(), status: Type.String(), amount: Money })),
    refund: Type.Optional(
      Type.Object(
        { amount: Money, status: Type.Union([Type.Literal('refunded'), Type.Literal('pending')]) },
        { description: 'once the booking is cancelled: the sum of its refunds' },
      ),
    ),
    refunds: Type.Optional(
      Type.Array(
        Type.Object(
          {
            amount: Money,
            seatIds: Type.Array(Type.String(), { description: 'the seats it gave back' }),
            seatLabels: Type.Array(Type.String(), { description: 'their labels, as on the seat map' }),
            status: Type.Union([Type.Literal('pending'), Type.Literal('refunded')], {
              description: 'pending until the gateway has made it',
            }),
            percent: Type.Number({ description: "the refund policy's percent applied (100 for a cancelled show or a staff refund)" }),
            createdAt: Timestamp,
            creditNote: Type.Optional(TaxDocumentRef),
          },
          { description: 'seats given back and what was refunded for them' },
        ),
        { description: 'every refund of the booking, oldest first; absent until there is one' },
      ),
    ),
    invoice: Type.Optional(TaxDocumentRef),
    creditNote: Type.Optional({ ...TaxDocumentRef, description: 'its latest credit note' }),
    pickupCode: Type.Optional(PickupCode),
  },
  { description: 'a booking as its customer sees it' },
);

export type BookingView = Static<typeof Booking>;

export const HoldBody = Type.Object(
  {
    showId: Id,
    seatIds: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 100, description: 'the seats to hold; or send quantity' }),
    ),
    quantity: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100, description: 'instead of seatIds: hold the best block of this many adjacent seats' }),
    ),
    seatType: Type.Optional(SeatType),
    promoCode: Type.Optional(
      Type.String({ maxLength: 64, description: 'an offer code; refused with 409 promo-code-not-applicable and a reason' }),
    ),
    items: Type.Optional(ItemsAsked),
  },
  { additionalProperties: false },
);

export type HoldBodyValue = Static<typeof HoldBody>;

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
  { additionalProperties: false, description: 'method plus the one detail it needs: card, upiId, bank or walletId' },
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
  { description: "what the gateway's checkout is opened with" },
);

export const CheckoutAnswerBody = Type.Object(
  {
    razorpay_payment_id: Type.String({ minLength: 1, maxLength: 64 }),
    razorpay_order_id: Type.String({ minLength: 1, maxLength: 64 }),
    razorpay_signature: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false, description: "the checkout's answer, exactly as it gave it to the page" },
);

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
  { description: 'optional: which seats to cancel, and which food and drink to give back with them' },
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
    description:
      'what cancelling now would give back; the cancel itself applies the tier in force at the moment it is made, which may differ by then',
  },
);

export const BookingRules = Type.Object({ maxSeatsPerBooking: Type.Integer(), holdTtlSeconds: Type.Integer() });

export const ShowBookings = Type.Object({
  bookings: Type.Array(
    Type.Object({
      id: Type.String(),
      status: BookingStatus,
      customer: Type.Object({ name: Type.String(), email: Type.String() }),
      seats: Type.Array(Type.String()),
      total: Money,
      createdAt: Timestamp,
      paymentMethod: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  refundOnCancel: Type.Object({ bookings: Type.Integer(), amount: Money }),
});

export type ShowBookingsView = Static<typeof ShowBookings>;
