// Booking routes: hold, read, pay, cancel, and the limits a seat picker needs. Handlers only
// translate HTTP; the rules live beside.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { authHooks, currentUser } from '../accounts/auth.ts';
import { existsIn } from '../catalogue/admin.ts';
import type { Context } from '../context.ts';
import { InvalidInput } from '../domain/errors.ts';
import { inr } from '../domain/money.ts';
import { problemForDomainError, sendProblem, type Problem } from '../http/problems.ts';
import { IdParams, problems } from '../http/schemas.ts';
import { lookUpBeforeRefusing } from '../http/validation.ts';
import type { PaymentRequest } from '../payments/methods.ts';
import type { PromoFailureLimit } from '../promos/failure-limit.ts';
import { cancelBooking, quoteCancellation } from './cancel.ts';
import { completeCheckout, openCheckout } from './checkout.ts';
import { holdBestAvailable, holdSeats, seatChoiceProblem } from './hold.ts';
import { payIdempotently } from './pay.ts';
import { bookingState, getBooking, listBookings } from './read.ts';
import {
  Booking,
  BookingRules,
  CancelBody,
  CancellationQuery,
  CancellationQuoteView,
  Checkout,
  CheckoutAnswerBody,
  HoldBody,
  PaymentBody,
  type BookingView,
  type PaymentBodyValue,
} from './schemas.ts';

/** Narrows the flat body to one method's request, naming the detail the method needs when it is missing. */
function toPaymentRequest(body: PaymentBodyValue): PaymentRequest {
  switch (body.method) {
    case 'credit_card':
    case 'debit_card':
      if (!body.card) throw new InvalidInput('card', `is required for ${body.method}`);
      return { method: body.method, card: body.card };
    case 'upi':
      if (body.upiId === undefined) throw new InvalidInput('upiId', 'is required for upi');
      return { method: 'upi', upiId: body.upiId };
    case 'net_banking':
      if (body.bank === undefined) throw new InvalidInput('bank', 'is required for net_banking');
      return { method: 'net_banking', bank: body.bank };
    case 'wallet':
      if (body.walletId === undefined) throw new InvalidInput('walletId', 'is required for wallet');
      return { method: 'wallet', walletId: body.walletId };
  }
}

/** `?seatIds=a,b` as a list; undefined when left out. */
function seatIdsOf(query: string | undefined): string[] | undefined {
  if (query === undefined) return undefined;
  return query.split(',').map((id) => id.trim());
}

export function bookingRoutes(ctx: Context, holdRateLimit: object | false, promoFailures: PromoFailureLimit): FastifyPluginAsyncTypebox {
  const { requireUser } = authHooks(ctx);

  /** The order of refusals for a payment: an unknown booking (404), then the key header, then the body. */
  async function paymentPreconditions(request: FastifyRequest<{ Params: { id: string } }>): Promise<void> {
    await bookingState(ctx.db, currentUser(request).id, request.params.id);
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length === 0)
      throw new InvalidInput('Idempotency-Key', 'header is required: a unique string per payment attempt');
    if (key.length > 255) throw new InvalidInput('Idempotency-Key', 'must be at most 255 characters');
    if (request.validationError) throw request.validationError;
  }

  return async (app) => {
    app.addHook('onRequest', requireUser);

    app.post(
      '/api/bookings',
      {
        attachValidation: true,
        preHandler: lookUpBeforeRefusing({ showId: existsIn(ctx.db, 'shows') }),
        config: { rateLimit: holdRateLimit },
        schema: {
          tags: ['bookings'],
          operationId: 'holdSeats',
          summary: 'Hold seats: all of them or none; or, with quantity, the best block of adjacent seats',
          body: HoldBody,
          response: { 201: Booking, ...problems(400, 401, 404, 409, 429) },
        },
      },
      async (request, reply) => {
        const { showId, seatIds, quantity, seatType, promoCode, items } = request.body;
        const customer = currentUser(request);
        const problem = seatChoiceProblem(request.body);
        if (problem) {
          await existsIn(ctx.db, 'shows')(showId);
          throw problem;
        }
        const booking = await promoFailures.guard(request, promoCode, () =>
          quantity === undefined
            ? holdSeats(ctx, customer, showId, seatIds!, promoCode, { online: true, items })
            : holdBestAvailable(ctx, customer, { showId, quantity, seatType }, promoCode, { online: true, items }),
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

    app.post(
      '/api/bookings/:id/payment',
      {
        attachValidation: true,
        preHandler: paymentPreconditions,
        schema: {
          tags: ['bookings'],
          operationId: 'payForBooking',
          summary: 'Pay for a held booking (send an Idempotency-Key header)',
          params: IdParams,
          headers: Type.Object({
            'idempotency-key': Type.String({
              minLength: 1,
              maxLength: 255,
              description: 'one per payment attempt, the same on its retries',
            }),
          }),
          body: PaymentBody,
          response: { 200: Booking, ...problems(400, 401, 402, 404, 409, 422, 503) },
        },
      },
      async (request, reply) => {
        const answer = await payIdempotently(
          ctx,
          {
            userId: currentUser(request).id,
            bookingId: request.params.id,
            key: String(request.headers['idempotency-key']),
            request: toPaymentRequest(request.body),
          },
          (error) => {
            const body = problemForDomainError(error);
            return { status: body.status, body };
          },
        );
        if (answer.status >= 400) return sendProblem(reply, answer.body as Problem);
        return reply.status(200).send(answer.body as BookingView);
      },
    );

    app.post(
      '/api/bookings/:id/checkout',
      {
        schema: {
          tags: ['bookings'],
          operationId: 'openCheckout',
          summary: "Pay on the gateway's checkout (PAYMENT_GATEWAY=razorpay): the booking's order, made once",
          params: IdParams,
          response: { 200: Checkout, ...problems(401, 404, 409, 503) },
        },
      },
      async (request) => openCheckout(ctx, currentUser(request), request.params.id),
    );

    app.post(
      '/api/bookings/:id/checkout/complete',
      {
        schema: {
          tags: ['bookings'],
          operationId: 'completeCheckout',
          summary: "The checkout's signed answer: the booking confirmed (200), declined (402), too late (409) or still pending (503)",
          params: IdParams,
          body: CheckoutAnswerBody,
          response: { 200: Booking, ...problems(400, 401, 402, 404, 409, 503) },
        },
      },
      async (request) => {
        const user = currentUser(request);
        await completeCheckout(ctx, user.id, request.params.id, {
          paymentId: request.body.razorpay_payment_id,
          orderId: request.body.razorpay_order_id,
          signature: request.body.razorpay_signature,
        });
        return getBooking(ctx.db, ctx.clock, user.id, request.params.id);
      },
    );

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
        // A missing booking is a 404 before the body is judged.
        preHandler: async (request: FastifyRequest<{ Params: { id: string } }>) => {
          await bookingState(ctx.db, currentUser(request).id, request.params.id);
          if (request.validationError) throw request.validationError;
        },
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
        await cancelBooking(ctx, user.id, request.params.id, request.body?.seatIds);
        return getBooking(ctx.db, ctx.clock, user.id, request.params.id);
      },
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
          summary: 'How many seats one booking may hold, and for how long',
          response: { 200: BookingRules, ...problems(400) },
        },
      },
      async () => ({ maxSeatsPerBooking: ctx.config.maxSeatsPerBooking, holdTtlSeconds: ctx.config.holdTtlSeconds }),
    );
  };
}
