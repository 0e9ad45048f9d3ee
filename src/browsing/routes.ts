// Public browsing routes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { City, Movie } from '../catalogue/schemas.ts';
import type { Context } from '../context.ts';
import { Id, IdParams, problems } from '../http/schemas.ts';
import { cinemasInCity, getShow, listCities, listShows, moviesInCity, seatMap } from './read.ts';
import { SeatMap, Show, ShowQuery } from './schemas.ts';

const CityParams = Type.Object({ cityId: Id });

export function browsingRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/cities',
      {
        schema: {
          tags: ['browse'],
          operationId: 'listCities',
          summary: 'Every city with cinemas',
          response: { 200: Type.Array(City), ...problems(400) },
        },
      },
      async () => listCities(ctx.db),
    );

    app.get(
      '/api/cities/:cityId/movies',
      {
        schema: {
          tags: ['browse'],
          operationId: 'listMoviesInCity',
          summary: 'Movies with upcoming shows in the city',
          params: CityParams,
          response: { 200: Type.Array(Movie), ...problems(404) },
        },
      },
      async (request) => moviesInCity(ctx.db, ctx.clock, request.params.cityId),
    );

    app.get(
      '/api/cities/:cityId/cinemas',
      {
        schema: {
          tags: ['browse'],
          operationId: 'listCinemasInCity',
          summary: 'The cinemas of a city',
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
          operationId: 'listShows',
          summary: 'Shows, filtered; without a date, those not yet over',
          querystring: ShowQuery,
          response: { 200: Type.Array(Show), ...problems(400) },
        },
      },
      async (request) => listShows(ctx.db, ctx.clock, request.query),
    );

    app.get(
      '/api/shows/:id',
      {
        schema: {
          tags: ['browse'],
          operationId: 'getShow',
          summary: 'One show',
          params: IdParams,
          response: { 200: Show, ...problems(404) },
        },
      },
      async (request) => getShow(ctx.db, ctx.clock, request.params.id),
    );

    app.get(
      '/api/shows/:id/seats',
      {
        schema: {
          tags: ['browse'],
          operationId: 'getSeatMap',
          summary: 'The seat map; a lapsed hold reads as available',
          params: IdParams,
          response: { 200: SeatMap, ...problems(404) },
        },
      },
      async (request) => seatMap(ctx.db, ctx.clock, request.params.id),
    );
  };
}
