// The wire shapes of the box office: a counter sale, its ticket, and cashiers' shifts.
import { Type, type Static } from 'typebox';
import { BillLine } from '../bookings/schemas.ts';
import { SeatType } from '../catalogue/schemas.ts';
import { Id, Money, Timestamp } from '../http/schemas.ts';
import { ItemsAsked, PickupCode } from '../items/schemas.ts';

export const CounterMethod = Type.Union([Type.Literal('cash'), Type.Literal('card-terminal'), Type.Literal('upi-qr')]);

export const NewCounterSale = Type.Object(
  {
    showId: Id,
    seatIds: Type.Optional(Type.Array(Id, { maxItems: 100, description: 'the seats chosen on the map; or send quantity' })),
    quantity: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100, description: 'instead of seatIds: sell the best block of this many adjacent seats' }),
    ),
    seatType: Type.Optional(SeatType),
    payment: Type.Object(
      {
        method: CounterMethod,
        reference: Type.Optional(Type.String({ maxLength: 64, description: "the card slip's or UPI payment's reference, if noted" })),
      },
      { additionalProperties: false },
    ),
    items: Type.Optional(ItemsAsked),
  },
  { additionalProperties: false },
);

export const CounterSale = Type.Object(
  {
    id: Type.String({ description: 'the booking' }),
    status: Type.String(),
    show: Type.Object({
      id: Type.String(),
      startsAt: Timestamp,
      movie: Type.Object({ id: Type.String(), title: Type.String() }),
      cinema: Type.Object({ id: Type.String(), name: Type.String(), address: Type.String() }),
      hall: Type.Object({ id: Type.String(), name: Type.String() }),
    }),
    seats: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), type: Type.String(), price: Money })),
    total: Money,
    lines: Type.Array(BillLine),
    payment: Type.Union([Type.Object({ id: Type.String(), method: Type.String(), status: Type.String(), amount: Money }), Type.Null()]),
    reference: Type.Union([Type.String(), Type.Null()]),
    soldAt: Timestamp,
    soldBy: Type.Object({ id: Type.String(), name: Type.String() }),
    shiftId: Type.String(),
    invoice: Type.Union([Type.Object({ number: Type.String(), issuedAt: Timestamp }), Type.Null()]),
    ticket: Type.Union([
      Type.Object({ token: Type.String({ description: 'what the QR code encodes; checked in at the door' }) }),
      Type.Null(),
    ]),
    pickupCode: Type.Union([PickupCode, Type.Null()]),
  },
  { title: 'CounterSale' },
);

export type CounterSaleView = Static<typeof CounterSale>;

export const Shift = Type.Object(
  {
    id: Type.String(),
    cinema: Type.Object({ id: Type.String(), name: Type.String() }),
    cashier: Type.Object({ id: Type.String(), name: Type.String() }),
    status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
    openedAt: Timestamp,
    closedAt: Type.Union([Timestamp, Type.Null()]),
    takings: Type.Array(
      Type.Object({ method: CounterMethod, sales: Type.Integer(), amount: Money, refunded: { ...Money, description: 'paid back since' } }),
      { description: 'by method: so far while open, as closed once closed' },
    ),
    total: { ...Money, description: 'taken less paid back, all methods' },
  },
  { title: 'Shift' },
);

export type ShiftView = Static<typeof Shift>;

export const NewShift = Type.Object({ cinemaId: Id }, { additionalProperties: false });

export const ShiftQuery = Type.Object({ cinemaId: Type.Optional(Id) }, { additionalProperties: false });
