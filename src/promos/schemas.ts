// The wire shapes of promo codes.
import { Type, type Static, type TSchema } from 'typebox';
import { Id, Timestamp } from '../http/schemas.ts';

const Paise = Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'integer paise' });

export const NewPromoCode = Type.Object(
  {
    code: Type.String({ minLength: 3, maxLength: 32, description: 'what customers type; matched without regard to case' }),
    percentOff: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 100, description: "percent off the tickets' price" })),
    amountOff: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000, description: "paise off the tickets' price" })),
    maxDiscount: Type.Optional({ ...Paise, description: 'the most a booking gets off, in paise' }),
    minTotal: Type.Optional({ ...Paise, description: 'the least a booking must cost for the code to apply, in paise' }),
    validFrom: Type.Optional(Timestamp),
    validUntil: Type.Optional(Timestamp),
    maxUses: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000_000 })),
    maxUsesPerCustomer: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    cinemaId: Type.Optional(Id),
    movieId: Type.Optional(Id),
  },
  { additionalProperties: false, description: 'percentOff or amountOff, exactly one' },
);

export type NewPromoCodeValue = Static<typeof NewPromoCode>;

const orNone = <T extends TSchema>(schema: T, none: string) =>
  Type.Optional(Type.Union([schema, Type.Null()], { description: `null: ${none}` }));

export const PromoCodeChange = Type.Object(
  {
    validUntil: orNone(Timestamp, 'no end'),
    maxUses: orNone(Type.Integer({ minimum: 1, maximum: 10_000_000 }), 'no limit'),
    maxUsesPerCustomer: orNone(Type.Integer({ minimum: 1, maximum: 1000 }), 'no limit'),
    minTotal: orNone(Paise, 'no minimum'),
    maxDiscount: orNone(Paise, 'no cap'),
    active: Type.Optional(Type.Literal(false, { description: 'false ends the code now (its validUntil becomes now)' })),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description: 'only the fields given change; what a code takes off and where it applies stay',
  },
);

export type PromoCodeChangeValue = Static<typeof PromoCodeChange>;

export const PromoCode = Type.Object(
  {
    code: Type.String(),
    percentOff: Type.Optional(Type.Number()),
    amountOff: Type.Optional(Type.Integer()),
    maxDiscount: Type.Optional(Type.Integer()),
    minTotal: Type.Optional(Type.Integer()),
    validFrom: Type.Optional(Timestamp),
    validUntil: Type.Optional(Timestamp),
    maxUses: Type.Optional(Type.Integer()),
    maxUsesPerCustomer: Type.Optional(Type.Integer()),
    cinemaId: Type.Optional(Type.String()),
    movieId: Type.Optional(Type.String()),
    uses: Type.Integer({ description: 'uses taken by live holds and paid bookings' }),
    createdAt: Timestamp,
  },
  { title: 'PromoCode' },
);

export type PromoCodeView = Static<typeof PromoCode>;
