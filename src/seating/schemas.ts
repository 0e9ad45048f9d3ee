// The wire shapes of seats beyond their price: the kinds a seat is, seats held back from a show,
// and a cinema's rule against lone seats.
import { Type, type Static } from 'typebox';
import { Id, Timestamp } from '../http/schemas.ts';

/** The kinds a hall row may set on its seats; a seat not named is `standard`. */
export const SetSeatKind = Type.Union([
  Type.Literal('wheelchair'),
  Type.Literal('companion'),
  Type.Literal('couple'),
  Type.Literal('recliner'),
  Type.Literal('restricted-view'),
]);

/** What a seat is besides its price band. */
export const SeatKind = Type.Union([Type.Literal('standard'), ...SetSeatKind.anyOf], { title: 'SeatKind' });

export type SeatKindValue = Static<typeof SeatKind>;

/** Seat numbers (as strings, JSON keys) to the kind of that seat; seats not named are standard. */
export const RowKinds = Type.Record(Type.String({ maxLength: 3 }), SetSeatKind, {
  maxProperties: 100,
  description: 'seat number → kind, e.g. { "1": "wheelchair", "2": "companion" }; seats not named are standard',
});

const SeatIds = Type.Array(Id, { minItems: 1, maxItems: 500, description: 'seats of this show' });

export const BlockBody = Type.Object(
  {
    seatIds: SeatIds,
    reason: Type.String({ minLength: 1, maxLength: 300, description: 'why: house seats, a broken seat, guests …' }),
  },
  { additionalProperties: false },
);

export const ReleaseBody = Type.Object({ seatIds: SeatIds }, { additionalProperties: false });

export const ShowBlocks = Type.Object(
  {
    showId: Type.String(),
    blocked: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), reason: Type.String(), blockedAt: Timestamp })),
  },
  { description: 'the seats of a show held back by the cinema, in hall order' },
);

export type ShowBlocksView = Static<typeof ShowBlocks>;

export const Seating = Type.Object(
  {
    noSingleSeatGaps: Type.Boolean({
      description:
        'true: a hold that would leave one free seat alone beside taken seats, a row end or an aisle is refused (409 would-strand-seat)',
    }),
  },
  { additionalProperties: false },
);

export const SeatingView = Type.Object({ cinemaId: Type.String(), ...Seating.properties });
