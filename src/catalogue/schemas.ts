// The wire shapes of the catalogue staff write and read: cities, cinemas, halls with their rows,
// movies and shows. One TypeBox schema each; the server's types come from them with Static.
import { Type, type Static } from 'typebox';
import { Id, Text, Timestamp } from '../http/schemas.ts';
import { RowKinds, SeatKind } from '../seating/schemas.ts';

export const SeatType = Type.Union([Type.Literal('regular'), Type.Literal('premium'), Type.Literal('vip')], { title: 'SeatType' });

export const Price = Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'paise' });

export const City = Type.Object({ id: Type.String(), name: Type.String(), state: Type.String() }, { title: 'City' });

export const NewCity = Type.Object({ name: Text(100), state: Text(100) }, { additionalProperties: false });

export const Cinema = Type.Object({
  id: Type.String(),
  cityId: Type.String(),
  name: Type.String(),
  address: Type.String(),
  timeZone: Type.String(),
});

export const NewCinema = Type.Object(
  { cityId: Id, name: Text(100), address: Text(300), timeZone: Type.Optional(Type.String({ maxLength: 64 })) },
  { additionalProperties: false },
);

export const CinemaWithCity = Type.Object({ ...Cinema.properties, cityName: Type.String() });

/** A hall row as laid out: its label, seat type, seat count and the seat numbers an aisle follows. */
export const HallRow = Type.Object(
  {
    label: Type.String(),
    seatType: Type.String(),
    seats: Type.Integer(),
    aislesAfter: Type.Array(Type.Integer()),
    kinds: Type.Optional(Type.Record(Type.String(), SeatKind)),
  },
  { title: 'HallRow' },
);

export type HallRowView = Static<typeof HallRow>;

export const NewHall = Type.Object(
  {
    cinemaId: Id,
    name: Text(100),
    rows: Type.Array(
      Type.Object(
        {
          label: Type.String({ minLength: 1, maxLength: 3 }),
          seatType: SeatType,
          seats: Type.Integer({ minimum: 1, maximum: 100 }),
          aislesAfter: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 99 }), { maxItems: 10 })),
          kinds: Type.Optional(RowKinds),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 52 },
    ),
  },
  { additionalProperties: false },
);

export type NewHallValue = Static<typeof NewHall>;

export const Hall = Type.Object({
  id: Type.String(),
  cinemaId: Type.String(),
  name: Type.String(),
  totalSeats: Type.Integer(),
  rows: Type.Array(HallRow),
});

export const HallWithCinema = Type.Object({ ...Hall.properties, cinemaName: Type.String() });

export const Movie = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    durationMinutes: Type.Integer(),
    language: Type.String(),
    genre: Type.String(),
    description: Type.Union([Type.String(), Type.Null()]),
    releaseDate: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'Movie' },
);

export const NewMovie = Type.Object(
  {
    title: Text(200),
    durationMinutes: Type.Integer({ minimum: 1, maximum: 1000 }),
    language: Text(50),
    genre: Text(50),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    releaseDate: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  },
  { additionalProperties: false },
);

export const NewShow = Type.Object(
  {
    movieId: Id,
    hallId: Id,
    startsAt: Type.String({ maxLength: 40 }),
    prices: Type.Object({ regular: Price, premium: Price, vip: Price }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

export const ScheduledShow = Type.Object({ id: Type.String(), startsAt: Timestamp, endsAt: Timestamp, status: Type.Literal('upcoming') });

export const ClashQuery = Type.Object(
  { hallId: Id, movieId: Id, startsAt: Type.String({ minLength: 1, maxLength: 40 }) },
  { additionalProperties: false },
);

export const Clashes = Type.Object({
  endsAt: Timestamp,
  clashes: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), startsAt: Timestamp, endsAt: Timestamp })),
});
