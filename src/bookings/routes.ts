// Booking routes: hold seats, read my bookings, and the limits a seat picker needs. Handlers only
// translate HTTP; the rules live beside. Paying is payments/pay-routes.ts, cancelling payments/refunds/routes.ts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { authHooks, currentUser } from '../accounts/auth.ts';
import type { Context } from '../context.ts';
import { existsIn } from '../db/exists.ts';
import { IdParams, problems } from '../http/schemas.ts';
import { lookUpBeforeRefusing } from '../http/validation.ts';
import { holdRequestProblem } from './hold-checks.ts';
import { hold } from './hold.ts';
import { requireVerifiedEmail } from './verified-email.ts';
import { getBooking, listBookings } from './read.ts';
import { Booking, BookingRules, HoldBody, type HoldBodyValue } from './schemas.ts';
import type { PromoFailureLimit } from '../promos/failure-limit.ts';

export function bookingRoutes(ctx: Context, holdRateLimit: object | false, promoFailures: PromoFailureLimit): FastifyPluginAsyncTypebox {
  const { requireUser } = authHooks(ctx);

  return async (app) => {
    app.addHook('onRequest', requireUser);

    app.post(
      '/api/bookings',
      {
        attachValidation: true,
        preHandler: lookUpBeforeRefusing({ 'body.showId': existsIn(ctx.db, 'shows') }, (request, invalid) =>
          invalid ? invalid : holdRequestProblem(ctx.config, request.body as HoldBodyValue),
        ),
        config: { rateLimit: holdRateLimit },
        schema: {
          tags: ['bookings'],
          operationId: 'holdSeats',
          summary: 'Hold seats: all of them or none; or, with quantity, the best block of adjacent seats',
          body: HoldBody,
          response: { 201: Booking, ...problems(400, 401, 403, 404, 409, 429) },
        },
      },
      async (request, reply) => {
        const customer = currentUser(request);
        await requireVerifiedEmail(ctx, customer, request.body.showId);
        const booking = await promoFailures.guard(request, request.body.promoCode, () =>
          hold(ctx, customer, { ...request.body, online: true }),
        );
        return reply.status(201).send(booking);
      },
    );

    app.get(
      '/api/bookings',
      {
        schema: {
          tags: ['bookings'],
          operationId: 'listMyBookings',
          summary: 'My bookings, newest first',
          response: { 200: Type.Array(Booking), ...problems(401) },
        },
      },
      async (request) => listBookings(ctx.db, ctx.clock, currentUser(request).id),
    );

    app.get(
      '/api/bookings/:id',
      {
        schema: {
          tags: ['bookings'],
          operationId: 'getBooking',
          summary: 'One of my bookings, with its payment once paid',
          params: IdParams,
          response: { 200: Booking, ...problems(401, 404) },
        },
      },
      async (request) => getBooking(ctx.db, ctx.clock, currentUser(request).id, request.params.id),
    );
  };
}

/** GET /api/booking-rules: public, so a seat picker knows the limits before anyone signs in. */
export function bookingRulesRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/booking-rules',
      {
        schema: {
          tags: ['bookings'],
          operationId: 'getBookingRules',
          security: [],
          summary: 'How many seats one booking may hold, and for how long',
          response: { 200: BookingRules, ...problems(400) },
        },
      },
      async () => ({ maxSeatsPerBooking: ctx.config.maxSeatsPerBooking, holdTtlSeconds: ctx.config.holdTtlSeconds }),
    );
  };
}
