// The wire shapes of what anyone may read: shows and seat maps (cities, cinemas and movies are
// the catalogue's own shapes).
import { Type, type Static } from 'typebox';
import { HallRow } from '../catalogue/schemas.ts';
import { SeatKind } from '../seating/schemas.ts';
import { Id, Money, Timestamp } from '../http/schemas.ts';

export const Show = Type.Object(
  {
    id: Type.String(),
    movie: Type.Object({ id: Type.String(), title: Type.String() }),
    cinema: Type.Object({ id: Type.String(), name: Type.String(), timeZone: Type.String() }),
    hall: Type.Object({ id: Type.String(), name: Type.String() }),
    startsAt: Timestamp,
    endsAt: Timestamp,
    status: Type.Union([Type.Literal('upcoming'), Type.Literal('ongoing'), Type.Literal('completed'), Type.Literal('cancelled')]),
    seatsAvailable: Type.Integer(),
    seatsTotal: Type.Integer(),
    prices: Type.Object({ regular: Money, premium: Money, vip: Money }),
  },
  { title: 'Show' },
);

export type ShowView = Static<typeof Show>;

export const ShowQuery = Type.Object(
  {
    cityId: Type.Optional(Id),
    movieId: Type.Optional(Id),
    cinemaId: Type.Optional(Id),
    date: Type.Optional(
      Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description: 'YYYY-MM-DD in the cinema zone' }),
    ),
    wheelchair: Type.Optional(
      Type.Union([Type.Literal('true'), Type.Literal('false')], { description: 'true: only shows with a wheelchair space free' }),
    ),
  },
  { additionalProperties: false },
);

export const SeatStatus = Type.Union([Type.Literal('available'), Type.Literal('held'), Type.Literal('booked')], { title: 'SeatStatus' });

export const SeatMap = Type.Object(
  {
    showId: Type.String(),
    seats: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          label: Type.String(),
          row: Type.String(),
          number: Type.Integer(),
          type: Type.String(),
          kind: SeatKind,
          price: Money,
          status: SeatStatus,
          blocked: Type.Optional(Type.Literal(true, { description: 'held back by the cinema: the seat reads booked' })),
          note: Type.Optional(Type.String({ description: 'what to know before buying it, e.g. a restricted view' })),
        },
        { title: 'Seat' },
      ),
    ),
    rows: Type.Array(HallRow),
  },
  { title: 'SeatMap' },
);

export type SeatMapView = Static<typeof SeatMap>;
