// The wire shapes of food and drink: a cinema's items as staff manage them and customers see them,
// and the items asked for with a booking.
import { Type, type Static } from 'typebox';
import { Id, Money, Text, Timestamp } from '../http/schemas.ts';

const Price = Type.Integer({
  minimum: 1,
  maximum: 10_000_000,
  description: 'paise; with or without GST as the cinema enters its ticket prices',
});
const TaxPercent = Type.Number({ minimum: 0, maximum: 28, multipleOf: 0.01, description: 'GST, CGST + SGST; 5 unless set' });
const Stock = Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'how many are left to sell; leave out (or null) to not count' });

export const NewItem = Type.Object(
  { name: Text(100), price: Price, taxPercent: Type.Optional(TaxPercent), stock: Type.Optional(Type.Union([Stock, Type.Null()])) },
  { additionalProperties: false },
);

export type NewItemValue = Static<typeof NewItem>;

export const ItemChange = Type.Object(
  {
    name: Type.Optional(Text(100)),
    price: Type.Optional(Price),
    taxPercent: Type.Optional(TaxPercent),
    stock: Type.Optional(Type.Union([Stock, Type.Null()], { description: 'what is on the shelf now; null to stop counting' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export type ItemChangeValue = Static<typeof ItemChange>;

export const Item = Type.Object(
  {
    id: Type.String(),
    cinemaId: Type.String(),
    name: Type.String(),
    price: Money,
    taxPercent: Type.Number(),
    stock: Type.Union([Type.Integer(), Type.Null()], { description: 'left to sell; null when not counted' }),
    retiredAt: Type.Union([Timestamp, Type.Null()], { description: 'when it stopped being sold' }),
    createdAt: Timestamp,
  },
  { title: 'Item' },
);

export type ItemView = Static<typeof Item>;

export const MenuItem = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    price: Money,
    taxPercent: Type.Number(),
    soldOut: Type.Boolean(),
    left: Type.Union([Type.Integer(), Type.Null()], { description: 'how many are left when counted; null when not' }),
  },
  { title: 'MenuItem' },
);

export type MenuItemView = Static<typeof MenuItem>;

export const ItemsAsked = Type.Array(
  Type.Object(
    { itemId: Id, quantity: Type.Integer({ minimum: 1, maximum: 20 }) },
    { additionalProperties: false, description: 'an item of the show’s cinema and how many' },
  ),
  { maxItems: 20, description: 'food and drink with the seats: billed as lines of kind item, held with the seats or not at all' },
);

export type ItemsAskedValue = Static<typeof ItemsAsked>;

export const PickupCode = Type.String({ description: 'what the customer says at the counter to collect the food and drink' });

export const PickupAsked = Type.Object(
  {
    cinemaId: { ...Id, description: 'the cinema whose counter hands the food and drink over' },
    pickupCode: Type.String({ minLength: 1, maxLength: 20, description: 'as the customer says it: case and spaces do not matter' }),
  },
  { additionalProperties: false },
);

export type PickupAskedValue = Static<typeof PickupAsked>;

export const Pickup = Type.Object({
  bookingId: Type.String(),
  pickupCode: PickupCode,
  show: Type.Object({
    id: Type.String(),
    startsAt: Timestamp,
    movie: Type.Object({ title: Type.String() }),
    hall: Type.Object({ name: Type.String() }),
  }),
  items: Type.Array(Type.Object({ itemId: Type.String(), name: Type.String(), quantity: Type.Integer() }), {
    description: 'what to hand over',
  }),
  collectedAt: Timestamp,
  collectedBy: Type.Object({ id: Type.String(), name: Type.String() }),
});

export type PickupView = Static<typeof Pickup>;
