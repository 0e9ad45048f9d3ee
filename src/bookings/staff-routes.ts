// Staff routes over a show's bookings: who booked what, and what cancelling the show would refund.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Context } from '../context.ts';
import { IdParams, problems } from '../http/schemas.ts';
import { at } from '../staff/access.ts';
import { ShowBookings } from './schemas.ts';
import { showBookings } from './staff.ts';

export function staffBookingRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/admin/shows/:id/bookings',
      {
        config: { access: { role: 'manager', at: at('show', 'params.id') } },
        schema: {
          tags: ['admin'],
          operationId: 'listShowBookings',
          summary: "A show's bookings and what cancelling the show would refund",
          params: IdParams,
          response: { 200: ShowBookings, ...problems(401, 403, 404) },
        },
      },
      async (request) => showBookings(ctx.db, ctx.clock, request.params.id),
    );
  };
}
