// The wire shapes of what staff set about seats: seats held back from a show, and a cinema's
// rule against lone seats.
import { Type, type Static } from 'typebox';
import { Id, Timestamp } from '../http/schemas.ts';

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
