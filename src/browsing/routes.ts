// Public browsing routes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { City, Movie } from '../catalogue/schemas.ts';
import type { Context } from '../context.ts';
import type { ReadReplicas } from '../db/read-replicas.ts';
import { etagOf, noneMatch } from '../http/etag.ts';
import { Id, IdParams, problems } from '../http/schemas.ts';
import type { ReadCache, Render, Rendered } from './read-cache.ts';
import { cinemasInCity, listCities, moviesInCity } from './read.ts';
import { SeatMap, Show, ShowQuery } from './schemas.ts';

const CityParams = Type.Object({ cityId: Id });

// Reads answered from memory (read-cache.ts) carry an ETag, a hash of the body; a client sending
// it back in If-None-Match gets 304 with no body while the content is the same. `no-cache`: a
// shared cache may keep the answer but must ask again before serving it.
const Conditional = Type.Object({
  'if-none-match': Type.Optional(Type.String({ maxLength: 1_000, description: 'the ETag of an earlier answer: 304 while it is current' })),
});
const NotModified = Type.Null({ description: 'not modified: the If-None-Match tag is still current (no body)' });

/** The route's own serializer, and the tag of what it writes. */
function renderWith(reply: FastifyReply): Render {
  return (view) => {
    const body = reply.serialize(view) as string;
    return { body, etag: etagOf(body) };
  };
}

function answer(request: FastifyRequest, reply: FastifyReply, rendered: Rendered): FastifyReply {
  reply.header('etag', rendered.etag).header('cache-control', 'no-cache');
  if (noneMatch(request.headers['if-none-match'], rendered.etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(rendered.body);
}

/** Cities, cinemas and movies from a replica that is not far behind, else the primary; shows and seat maps through `reads`. */
export function browsingRoutes(ctx: Context, reads: ReadCache, replicas: ReadReplicas): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/cities',
      {
        schema: {
          tags: ['browse'],
          operationId: 'listCities',
          security: [],
          summary: 'Every city with cinemas',
          response: { 200: Type.Array(City), ...problems(400) },
        },
      },
      async () => replicas.read((db) => listCities(db)),
    );

    app.get(
      '/api/cities/:cityId/movies',
      {
        schema: {
          tags: ['browse'],
          operationId: 'listMoviesInCity',
          security: [],
          summary: 'Movies with upcoming shows in the city',
          params: CityParams,
          response: { 200: Type.Array(Movie), ...problems(404) },
        },
      },
      async (request) => replicas.read((db) => moviesInCity(db, ctx.clock, request.params.cityId)),
    );

    app.get(
      '/api/cities/:cityId/cinemas',
      {
        schema: {
          tags: ['browse'],
          operationId: 'listCinemasInCity',
          security: [],
          summary: 'The cinemas of a city',
          params: CityParams,
          response: {
            200: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), address: Type.String(), timeZone: Type.String() })),
            ...problems(404),
          },
        },
      },
      async (request) => replicas.read((db) => cinemasInCity(db, request.params.cityId)),
    );

    app.get(
      '/api/shows',
      {
        schema: {
          tags: ['browse'],
          operationId: 'listShows',
          security: [],
          summary: 'Shows, filtered; without a date, those not yet over; wheelchair=true: those with a wheelchair space free',
          description: 'Answers carry an ETag; send it back in If-None-Match to get 304 while the listing is unchanged.',
          querystring: ShowQuery,
          headers: Conditional,
          response: { 200: Type.Array(Show), 304: NotModified, ...problems(400) },
        },
      },
      async (request, reply) => {
        const filter = { ...request.query, wheelchair: request.query.wheelchair === 'true' };
        return answer(request, reply, await reads.listing(filter, ctx.clock.now(), renderWith(reply)));
      },
    );

    app.get(
      '/api/shows/:id',
      {
        schema: {
          tags: ['browse'],
          operationId: 'getShow',
          security: [],
          summary: 'One show',
          description: 'Answers carry an ETag; send it back in If-None-Match to get 304 while the show is unchanged.',
          params: IdParams,
          headers: Conditional,
          response: { 200: Show, 304: NotModified, ...problems(404) },
        },
      },
      async (request, reply) => answer(request, reply, await reads.show(request.params.id, ctx.clock.now(), renderWith(reply))),
    );

    app.get(
      '/api/shows/:id/seats',
      {
        schema: {
          tags: ['browse'],
          operationId: 'getSeatMap',
          security: [],
          summary: 'The seat map; a lapsed hold reads as available',
          description:
            'Answers carry an ETag; send it back in If-None-Match to get 304 while the map is unchanged. ' +
            'A seat change made through any instance shows within a second.',
          params: IdParams,
          headers: Conditional,
          response: { 200: SeatMap, 304: NotModified, ...problems(404) },
        },
      },
      async (request, reply) => answer(request, reply, await reads.seatMap(request.params.id, ctx.clock.now(), renderWith(reply))),
    );
  };
}
