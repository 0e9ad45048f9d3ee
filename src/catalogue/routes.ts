// Staff routes over the catalogue: what they write (cities, cinemas, halls, movies, shows) and
// what they read to write it (every cinema, hall and movie; the clashes of a show before saving).
// Thin HTTP over admin.ts and read.ts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { currentUser } from '../accounts/auth.ts';
import type { Context } from '../context.ts';
import { inZone, parseInstant } from '../domain/zoned-time.ts';
import { Id, problems } from '../http/schemas.ts';
import { lookUpBeforeRefusing } from '../http/validation.ts';
import { at, cinemasWhere, staffOf } from '../staff/access.ts';
import { createCinema, createCity, createHall, createMovie, createShow } from './admin.ts';
import { existsIn } from '../db/exists.ts';
import { clashingShows, listCinemas, listHalls, listMovies } from './read.ts';
import {
  Cinema,
  CinemaWithCity,
  City,
  ClashQuery,
  Clashes,
  Hall,
  HallWithCinema,
  Movie,
  NewCinema,
  NewCity,
  NewHall,
  NewMovie,
  NewShow,
  ScheduledShow,
} from './schemas.ts';

const adminErrors = problems(400, 401, 403, 404);

export function catalogueRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/admin/cities',
      {
        config: { access: { role: 'admin' } },
        schema: {
          tags: ['admin'],
          operationId: 'createCity',
          summary: 'Add a city',
          body: NewCity,
          response: { 201: City, ...adminErrors },
        },
      },
      async (request, reply) => reply.status(201).send(await createCity(ctx, currentUser(request).id, request.body)),
    );

    app.post(
      '/api/admin/cinemas',
      {
        config: { access: { role: 'admin' } },
        attachValidation: true,
        preHandler: lookUpBeforeRefusing({ 'body.cityId': existsIn(ctx.db, 'cities') }),
        schema: {
          tags: ['admin'],
          operationId: 'createCinema',
          summary: 'Add a cinema to a city',
          body: NewCinema,
          response: { 201: Cinema, ...adminErrors },
        },
      },
      async (request, reply) => reply.status(201).send(await createCinema(ctx, currentUser(request).id, request.body)),
    );

    app.post(
      '/api/admin/halls',
      {
        config: { access: { role: 'manager', at: at('cinema', 'body.cinemaId') } },
        attachValidation: true,
        preHandler: lookUpBeforeRefusing({ 'body.cinemaId': existsIn(ctx.db, 'cinemas') }),
        schema: {
          tags: ['admin'],
          operationId: 'createHall',
          summary: 'Lay out a hall row by row; seats are labelled A1, A2, …',
          body: NewHall,
          response: { 201: Hall, ...adminErrors },
        },
      },
      async (request, reply) => reply.status(201).send(await createHall(ctx, currentUser(request).id, request.body)),
    );

    app.post(
      '/api/admin/movies',
      {
        config: { access: { role: 'admin' } },
        schema: {
          tags: ['admin'],
          operationId: 'createMovie',
          summary: 'Add a movie',
          body: NewMovie,
          response: { 201: Movie, ...adminErrors },
        },
      },
      async (request, reply) => reply.status(201).send(await createMovie(ctx, currentUser(request).id, request.body)),
    );

    app.post(
      '/api/admin/shows',
      {
        config: { access: { role: 'manager', at: at('hall', 'body.hallId') } },
        attachValidation: true,
        preHandler: lookUpBeforeRefusing({ 'body.movieId': existsIn(ctx.db, 'movies'), 'body.hallId': existsIn(ctx.db, 'halls') }),
        schema: {
          tags: ['admin'],
          operationId: 'scheduleShow',
          summary: 'Schedule a show with a price per seat type; 409 when it overlaps another show in the hall',
          body: NewShow,
          response: { 201: ScheduledShow, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const show = await createShow(ctx, currentUser(request).id, request.body);
        const scheduled = { id: show.id, startsAt: inZone(show.startsAt, show.timeZone), endsAt: inZone(show.endsAt, show.timeZone) };
        return reply.status(201).send({ ...scheduled, status: 'upcoming' as const });
      },
    );

    app.get(
      '/api/admin/cinemas',
      {
        config: { access: { role: 'door' } },
        schema: {
          tags: ['admin'],
          operationId: 'listAllCinemas',
          summary: 'Every cinema with its city (for staff other than admins: their own cinemas)',
          response: { 200: Type.Array(CinemaWithCity), ...adminErrors },
        },
      },
      async (request) => listCinemas(ctx.db, cinemasWhere(staffOf(request), 'door')),
    );

    app.get(
      '/api/admin/halls',
      {
        config: { access: { role: 'manager' } },
        schema: {
          tags: ['admin'],
          operationId: 'listHalls',
          summary: 'Halls with their layouts, optionally of one cinema',
          querystring: Type.Object({ cinemaId: Type.Optional(Id) }, { additionalProperties: false }),
          response: { 200: Type.Array(HallWithCinema), ...adminErrors },
        },
      },
      async (request) => listHalls(ctx.db, request.query.cinemaId, cinemasWhere(staffOf(request), 'manager')),
    );

    app.get(
      '/api/admin/movies',
      {
        config: { access: { role: 'manager' } },
        schema: {
          tags: ['admin'],
          operationId: 'listAllMovies',
          summary: 'Every movie, showing or not',
          response: { 200: Type.Array(Movie), ...adminErrors },
        },
      },
      async () => listMovies(ctx.db),
    );

    app.get(
      '/api/admin/show-clashes',
      {
        config: { access: { role: 'manager', at: at('hall', 'query.hallId') } },
        schema: {
          tags: ['admin'],
          operationId: 'findShowClashes',
          summary: 'Shows a new show would overlap, checked before saving it',
          querystring: ClashQuery,
          response: { 200: Clashes, ...adminErrors },
        },
      },
      async (request) =>
        clashingShows(
          ctx.db,
          request.query.hallId,
          request.query.movieId,
          parseInstant('startsAt', request.query.startsAt, { offsetRequired: true }),
        ),
    );
  };
}
