// Public browsing routes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../context.ts';
import { Id, IdParams, Money, Movie, problems, Timestamp } from '../http/schemas.ts';
import { cinemasInCity, getShow, listCities, listShows, moviesInCity, seatMap } from './read.ts';

const Show = Type.Object({
  id: Type.String(),
  movie: Type.Object({ id: Type.String(), title: Type.String() }),
  cinema: Type.Object({ id: Type.String(), name: Type.String(), timeZone: Type.String() }),
  hall: Type.Object({ id: Type.String(), name: Type.String() }),
  startsAt: Timestamp,
  endsAt: Timestamp,
  status: Type.String(),
  seatsAvailable: Type.Integer(),
  seatsTotal: Type.Integer(),
  prices: Type.Object({ regular: Money, premium: Money, vip: Money }),
});

const CityParams = Type.Object({ cityId: Id });

export function browsingRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/cities',
      {
        schema: {
          tags: ['browse'],
          response: { 200: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), state: Type.String() })) },
        },
      },
      async () => listCities(ctx.db),
    );

    app.get(
      '/api/cities/:cityId/movies',
      {
        schema: {
          tags: ['browse'],
          summary: 'Movies with upcoming shows in the city',
          params: CityParams,
          response: {
            200: Type.Array(Movie),
            ...problems(404),
          },
        },
      },
      async (request) => moviesInCity(ctx.db, ctx.clock, request.params.cityId),
    );

    app.get(
      '/api/cities/:cityId/cinemas',
      {
        schema: {
          tags: ['browse'],
          params: CityParams,
          response: {
            200: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), address: Type.String(), timeZone: Type.String() })),
            ...problems(404),
          },
        },
      },
      async (request) => cinemasInCity(ctx.db, request.params.cityId),
    );

    app.get(
      '/api/shows',
      {
        schema: {
          tags: ['browse'],
          summary: 'Shows, filtered; without a date, those not yet over',
          querystring: Type.Object(
            {
              cityId: Type.Optional(Id),
              movieId: Type.Optional(Id),
              cinemaId: Type.Optional(Id),
              date: Type.Optional(
                Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description: 'YYYY-MM-DD in the cinema zone' }),
              ),
            },
            { additionalProperties: false },
          ),
          response: { 200: Type.Array(Show), ...problems(400) },
        },
      },
      async (request) => listShows(ctx.db, ctx.clock, request.query),
    );

    app.get(
      '/api/shows/:id',
      { schema: { tags: ['browse'], params: IdParams, response: { 200: Show, ...problems(404) } } },
      async (request) => getShow(ctx.db, ctx.clock, request.params.id),
    );

    app.get(
      '/api/shows/:id/seats',
      {
        schema: {
          tags: ['browse'],
          summary: 'The seat map; a lapsed hold reads as available',
          params: IdParams,
          response: {
            200: Type.Object({
              showId: Type.String(),
              seats: Type.Array(
                Type.Object({
                  id: Type.String(),
                  label: Type.String(),
                  row: Type.String(),
                  number: Type.Integer(),
                  type: Type.String(),
                  price: Money,
                  status: Type.Union([Type.Literal('available'), Type.Literal('held'), Type.Literal('booked')]),
                }),
              ),
              rows: Type.Array(
                Type.Object({
                  label: Type.String(),
                  seatType: Type.String(),
                  seats: Type.Integer(),
                  aislesAfter: Type.Array(Type.Integer()),
                }),
              ),
            }),
            ...problems(404),
          },
        },
      },
      async (request) => seatMap(ctx.db, ctx.clock, request.params.id),
    );
  };
}
