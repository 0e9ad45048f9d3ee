// Paying for a held booking: by sending the payment's details (the test gateway), or on the gateway's
// own checkout (Razorpay). Handlers only translate HTTP; the rules are in pay.ts and checkout.ts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { authHooks, currentUser } from '../accounts/auth.ts';
import { getBooking, ownBooking } from '../bookings/read.ts';
import { Booking, type BookingView } from '../bookings/schemas.ts';
import type { Context } from '../context.ts';
import { InvalidInput } from '../domain/errors.ts';
import type { PaymentRequest } from '../gateways/methods.ts';
import { problemForDomainError, sendProblem, type Problem } from '../http/problems.ts';
import { IdParams, problems } from '../http/schemas.ts';
import { lookUpBeforeRefusing } from '../http/validation.ts';
import { completeCheckout, openCheckout } from './checkout.ts';
import { payIdempotently } from './pay.ts';
import { Checkout, CheckoutAnswerBody, PaymentBody, type PaymentBodyValue } from './schemas.ts';

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

export function payRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  const { requireUser } = authHooks(ctx);

  /** The order of refusals for a payment: an unknown booking (404), then the key header, then the body. */
  const paymentPreconditions = lookUpBeforeRefusing({ 'params.id': ownBooking(ctx) }, (request, invalid) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length === 0)
      return new InvalidInput('Idempotency-Key', 'header is required: a unique string per payment attempt');
    if (key.length > 255) return new InvalidInput('Idempotency-Key', 'must be at most 255 characters');
    return invalid;
  });

  return async (app) => {
    app.addHook('onRequest', requireUser);

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
  };
}
