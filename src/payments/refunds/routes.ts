// A customer cancels some seats of a booking or all, after reading what it would give back.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { authHooks, currentUser } from '../../accounts/auth.ts';
import { getBooking, ownBooking } from '../../bookings/read.ts';
import { Booking } from '../../bookings/schemas.ts';
import type { Context } from '../../context.ts';
import { inr } from '../../domain/money.ts';
import { IdParams, problems } from '../../http/schemas.ts';
import { lookUpBeforeRefusing } from '../../http/validation.ts';
import { cancelBooking, quoteCancellation } from './cancel.ts';
import { CancelBody, CancellationQuery, CancellationQuoteView } from './schemas.ts';

/** `?seatIds=a,b` as a list; undefined when left out. */
function seatIdsOf(query: string | undefined): string[] | undefined {
  if (query === undefined) return undefined;
  return query.split(',').map((id) => id.trim());
}

export function cancelRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  const { requireUser } = authHooks(ctx);

  return async (app) => {
    app.addHook('onRequest', requireUser);

    app.get(
      '/api/bookings/:id/cancellation',
      {
        schema: {
          tags: ['bookings'],
          operationId: 'quoteCancellation',
          summary: 'What cancelling some or all seats now would give back, by the cinema’s refund policy',
          params: IdParams,
          querystring: CancellationQuery,
          response: { 200: CancellationQuoteView, ...problems(400, 401, 404) },
        },
      },
      async (request) => {
        const quote = await quoteCancellation(ctx, currentUser(request).id, request.params.id, seatIdsOf(request.query.seatIds));
        return { ...quote, refund: inr(quote.refund) };
      },
    );

    app.post(
      '/api/bookings/:id/cancel',
      {
        attachValidation: true,
        preHandler: lookUpBeforeRefusing({ 'params.id': ownBooking(ctx) }),
        schema: {
          tags: ['bookings'],
          operationId: 'cancelBooking',
          summary:
            'Cancel some seats or all: a confirmed booking gives them back by the cinema’s refund policy at this moment; a pending one frees its seats',
          params: IdParams,
          body: CancelBody,
          response: { 200: Booking, ...problems(400, 401, 404, 409) },
        },
      },
      async (request) => {
        const user = currentUser(request);
        await cancelBooking(ctx, user.id, request.params.id, request.body?.seatIds, request.body?.items);
        return getBooking(ctx.db, ctx.clock, user.id, request.params.id);
      },
    );
  };
}
