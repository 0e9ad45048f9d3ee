// Admin routes: thin HTTP over catalogue/admin.ts and the show cancellation rule.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { cancelShow } from '../bookings/cancel.ts';
import { getShow } from '../browsing/read.ts';
import type { Context } from '../context.ts';
import { inr } from '../domain/money.ts';
import { inZone } from '../domain/zoned-time.ts';
import { authHooks, currentUser } from '../http/auth.ts';
import { requireValid } from '../http/validation.ts';
import { Id, IdParams, Money, Movie, problems, Text } from '../http/schemas.ts';
import { createCinema, createCity, createHall, createMovie, createShow } from './admin.ts';

const SeatType = Type.Union([Type.Literal('regular'), Type.Literal('premium'), Type.Literal('vip')]);
const Price = Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'paise' });
const adminErrors = problems(400, 401, 403, 404);

export function catalogueRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  const { requireAdmin } = authHooks(ctx);
  return async (app) => {
    app.addHook('onRequest', requireAdmin);

    app.post(
      '/api/admin/cities',
      {
        schema: {
          tags: ['admin'],
          body: Type.Object({ name: Text(100), state: Text(100) }, { additionalProperties: false }),
          response: { 201: Type.Object({ id: Type.String(), name: Type.String(), state: Type.String() }), ...adminErrors },
        },
      },
      async (request, reply) => reply.status(201).send(await createCity(ctx, currentUser(request).id, request.body)),
    );

    app.post(
      '/api/admin/cinemas',
      {
        attachValidation: true,
        schema: {
          tags: ['admin'],
          body: Type.Object(
            { cityId: Id, name: Text(100), address: Text(300), timeZone: Type.Optional(Type.String({ maxLength: 64 })) },
            { additionalProperties: false },
          ),
          response: {
            201: Type.Object({
              id: Type.String(),
              cityId: Type.String(),
              name: Type.String(),
              address: Type.String(),
              timeZone: Type.String(),
            }),
            ...adminErrors,
          },
        },
      },
      async (request, reply) => {
        await requireValid(request, { cityId: 'cities' }, ctx);
        return reply.status(201).send(await createCinema(ctx, currentUser(request).id, request.body));
      },
    );

    app.post(
      '/api/admin/halls',
      {
        attachValidation: true,
        schema: {
          tags: ['admin'],
          body: Type.Object(
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
                  },
                  { additionalProperties: false },
                ),
                { minItems: 1, maxItems: 52 },
              ),
            },
            { additionalProperties: false },
          ),
          response: {
            201: Type.Object({
              id: Type.String(),
              cinemaId: Type.String(),
              name: Type.String(),
              totalSeats: Type.Integer(),
              rows: Type.Array(
                Type.Object({
                  label: Type.String(),
                  seatType: Type.String(),
                  seats: Type.Integer(),
                  aislesAfter: Type.Array(Type.Integer()),
                }),
              ),
            }),
            ...adminErrors,
          },
        },
      },
      async (request, reply) => {
        await requireValid(request, { cinemaId: 'cinemas' }, ctx);
        return reply.status(201).send(await createHall(ctx, currentUser(request).id, request.body));
      },
    );

    app.post(
      '/api/admin/movies',
      {
        schema: {
          tags: ['admin'],
          body: Type.Object(
            {
              title: Text(200),
              durationMinutes: Type.Integer({ minimum: 1, maximum: 1000 }),
              language: Text(50),
              genre: Text(50),
              description: Type.Optional(Type.String({ maxLength: 5000 })),
              releaseDate: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
            },
            { additionalProperties: false },
          ),
          response: {
            201: Movie,
            ...adminErrors,
          },
        },
      },
      async (request, reply) => reply.status(201).send(await createMovie(ctx, currentUser(request).id, request.body)),
    );

    app.post(
      '/api/admin/shows',
      {
        attachValidation: true,
        schema: {
          tags: ['admin'],
          body: Type.Object(
            {
              movieId: Id,
              hallId: Id,
              startsAt: Type.String({ maxLength: 40 }),
              prices: Type.Object({ regular: Price, premium: Price, vip: Price }, { additionalProperties: false }),
            },
            { additionalProperties: false },
          ),
          response: {
            201: Type.Object({ id: Type.String(), startsAt: Type.String(), endsAt: Type.String(), status: Type.Literal('upcoming') }),
            ...problems(400, 401, 403, 404, 409),
          },
        },
      },
      async (request, reply) => {
        await requireValid(request, { movieId: 'movies', hallId: 'halls' }, ctx);
        const show = await createShow(ctx, currentUser(request).id, request.body);
        return reply.status(201).send({
          id: show.id,
          startsAt: inZone(show.startsAt, show.timeZone),
          endsAt: inZone(show.endsAt, show.timeZone),
          status: 'upcoming',
        });
      },
    );

    app.post(
      '/api/admin/shows/:id/cancel',
      {
        schema: {
          tags: ['admin'],
          summary: 'Cancel a show: confirmed bookings are cancelled and refunded in full, pending ones released',
          params: IdParams,
          response: {
            200: Type.Object(
              { id: Type.String(), status: Type.String(), bookingsCancelled: Type.Integer(), refunded: Money },
              { additionalProperties: true },
            ),
            ...problems(401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        const result = await cancelShow(ctx, currentUser(request).id, request.params.id);
        const show = await getShow(ctx.db, ctx.clock, request.params.id);
        return { ...show, bookingsCancelled: result.bookingsCancelled, refunded: inr(result.refundedAmount) };
      },
    );
  };
}
