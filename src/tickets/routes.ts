// Tickets: the customer's signed ticket token (what the QR code shows) and the door check-in.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { authHooks, currentUser } from '../accounts/auth.ts';
import type { Context } from '../context.ts';
import { IdParams, problems, Timestamp } from '../http/schemas.ts';
import { at } from '../staff/access.ts';
import { checkInTicket, ticketFor } from './checkin.ts';

export function ticketRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  const { requireUser } = authHooks(ctx);
  return async (app) => {
    app.get(
      '/api/bookings/:id/ticket',
      {
        onRequest: requireUser,
        schema: {
          tags: ['bookings'],
          operationId: 'getTicket',
          summary: 'The ticket of a confirmed booking: the token its QR code encodes',
          params: IdParams,
          response: {
            200: Type.Object({ bookingId: Type.String(), token: Type.String() }, { title: 'Ticket' }),
            ...problems(401, 404, 409),
          },
        },
      },
      async (request) => ticketFor(ctx, currentUser(request).id, request.params.id),
    );

    app.post(
      '/api/admin/checkins',
      {
        config: { access: { role: 'door', at: at('ticket', 'body.token') } },
        schema: {
          tags: ['admin'],
          operationId: 'checkInTicket',
          summary:
            "Check a ticket in at the door: accepted once; refused when forged, cancelled, already used or of another cinema than the caller's",
          body: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
          response: {
            201: Type.Object({
              bookingId: Type.String(),
              checkedInAt: Timestamp,
              movie: Type.String(),
              cinema: Type.String(),
              hall: Type.String(),
              startsAt: Timestamp,
              seats: Type.Array(Type.String()),
              customer: Type.String(),
            }),
            ...problems(400, 401, 403, 409, 422),
          },
        },
      },
      async (request, reply) => reply.status(201).send(await checkInTicket(ctx, currentUser(request).id, request.body.token)),
    );
  };
}
