// Admin read routes for the staff pages: catalogue lists, a show's bookings, clash checks and
// the dashboard. Reads only; the writes stay in catalogue/routes.ts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../context.ts';
import { InvalidInput } from '../domain/errors.ts';
import { authHooks } from '../http/auth.ts';
import { Id, IdParams, Money, Movie, problems } from '../http/schemas.ts';
import { clashingShows, dashboard, listCinemas, listHalls, listMovies, showBookings } from './read.ts';

const Row = Type.Object({ label: Type.String(), seatType: Type.String(), seats: Type.Integer(), aislesAfter: Type.Array(Type.Integer()) });
const Totals = { seatsTotal: Type.Integer(), seatsBooked: Type.Integer(), occupancy: Type.Number(), revenue: Money };
const DAY_MS = 86_400_000;
const MAX_DASHBOARD_DAYS = 366;

function instant(field: string, value: string): Date {
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new InvalidInput(field, 'must be an ISO 8601 date or date-time');
  return parsed;
}

export function adminReadRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  const { requireAdmin } = authHooks(ctx);
  return async (app) => {
    app.addHook('onRequest', requireAdmin);
    const errors = problems(400, 401, 403, 404);

    app.get(
      '/api/admin/cinemas',
      {
        schema: {
          tags: ['admin'],
          summary: 'Every cinema with its city',
          response: {
            200: Type.Array(
              Type.Object({
                id: Type.String(),
                cityId: Type.String(),
                cityName: Type.String(),
                name: Type.String(),
                address: Type.String(),
                timeZone: Type.String(),
              }),
            ),
            ...errors,
          },
        },
      },
      async () => listCinemas(ctx.db),
    );

    app.get(
      '/api/admin/halls',
      {
        schema: {
          tags: ['admin'],
          summary: 'Halls with their layouts, optionally of one cinema',
          querystring: Type.Object({ cinemaId: Type.Optional(Id) }, { additionalProperties: false }),
          response: {
            200: Type.Array(
              Type.Object({
                id: Type.String(),
                cinemaId: Type.String(),
                cinemaName: Type.String(),
                name: Type.String(),
                totalSeats: Type.Integer(),
                rows: Type.Array(Row),
              }),
            ),
            ...errors,
          },
        },
      },
      async (request) => listHalls(ctx.db, request.query.cinemaId),
    );

    app.get(
      '/api/admin/movies',
      {
        schema: {
          tags: ['admin'],
          summary: 'Every movie, showing or not',
          response: {
            200: Type.Array(Movie),
            ...errors,
          },
        },
      },
      async () => listMovies(ctx.db),
    );

    app.get(
      '/api/admin/shows/:id/bookings',
      {
        schema: {
          tags: ['admin'],
          summary: "A show's bookings and what cancelling the show would refund",
          params: IdParams,
          response: {
            200: Type.Object({
              bookings: Type.Array(
                Type.Object({
                  id: Type.String(),
                  status: Type.String(),
                  customer: Type.Object({ name: Type.String(), email: Type.String() }),
                  seats: Type.Array(Type.String()),
                  total: Money,
                  createdAt: Type.String(),
                  paymentMethod: Type.Union([Type.String(), Type.Null()]),
                }),
              ),
              refundOnCancel: Type.Object({ bookings: Type.Integer(), amount: Money }),
            }),
            ...errors,
          },
        },
      },
      async (request) => showBookings(ctx.db, ctx.clock, request.params.id),
    );

    app.get(
      '/api/admin/show-clashes',
      {
        schema: {
          tags: ['admin'],
          summary: 'Shows a new show would overlap, checked before saving it',
          querystring: Type.Object(
            { hallId: Id, movieId: Id, startsAt: Type.String({ minLength: 1, maxLength: 40 }) },
            { additionalProperties: false },
          ),
          response: {
            200: Type.Object({
              endsAt: Type.String(),
              clashes: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), startsAt: Type.String(), endsAt: Type.String() })),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        return clashingShows(ctx.db, request.query.hallId, request.query.movieId, instant('startsAt', request.query.startsAt));
      },
    );

    app.get(
      '/api/admin/dashboard',
      {
        schema: {
          tags: ['admin'],
          summary: 'Occupancy and revenue per show, day and cinema for shows starting in [from, to)',
          querystring: Type.Object(
            {
              from: Type.Optional(Type.String({ maxLength: 40, description: 'default: 7 days ago' })),
              to: Type.Optional(Type.String({ maxLength: 40, description: 'default: 14 days from now' })),
            },
            { additionalProperties: false },
          ),
          response: {
            200: Type.Object({
              shows: Type.Array(
                Type.Object({
                  showId: Type.String(),
                  title: Type.String(),
                  cinemaId: Type.String(),
                  cinemaName: Type.String(),
                  hallName: Type.String(),
                  startsAt: Type.String(),
                  date: Type.String(),
                  status: Type.String(),
                  seatsTotal: Type.Integer(),
                  seatsBooked: Type.Integer(),
                  revenue: Money,
                }),
              ),
              byDay: Type.Array(Type.Object({ date: Type.String(), ...Totals })),
              byCinema: Type.Array(Type.Object({ cinemaId: Type.String(), cinemaName: Type.String(), ...Totals })),
              totals: Type.Object(Totals),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const now = ctx.clock.now().getTime();
        const from = request.query.from === undefined ? new Date(now - 7 * DAY_MS) : instant('from', request.query.from);
        const to = request.query.to === undefined ? new Date(now + 14 * DAY_MS) : instant('to', request.query.to);
        if (to <= from) throw new InvalidInput('to', 'must be after from');
        if (to.getTime() - from.getTime() > MAX_DASHBOARD_DAYS * DAY_MS)
          throw new InvalidInput('to', `must be at most ${MAX_DASHBOARD_DAYS} days after from`);
        return dashboard(ctx.db, from, to);
      },
    );
  };
}
