// Booking routes: hold, read, pay, cancel. Handlers only translate HTTP; the rules live beside.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import type { Context } from '../context.ts';
import { InvalidInput } from '../domain/errors.ts';
import { authHooks, currentUser } from '../http/auth.ts';
import { requestHash, withIdempotency } from '../http/idempotency.ts';
import { sendProblem, type Problem } from '../http/problems.ts';
import { requireValid } from '../http/validation.ts';
import { Id, IdParams, Money, problems, Timestamp } from '../http/schemas.ts';
import type { PaymentRequest } from '../payments/methods.ts';
import { cancelBooking } from './cancel.ts';
import { checkSeatRequest, findShowForHold, holdSeats, seatListProblem, ShowChecksFailed } from './hold.ts';
import { payForBooking } from './pay.ts';
import { bookingState, getBooking, listBookings } from './read.ts';

const Booking = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('confirmed'), Type.Literal('expired'), Type.Literal('cancelled')]),
  showId: Type.String(),
  seats: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), type: Type.String(), price: Money })),
  total: Money,
  expiresAt: Timestamp,
  createdAt: Timestamp,
  show: Type.Object({
    startsAt: Timestamp,
    movie: Type.Object({ id: Type.String(), title: Type.String() }),
    cinema: Type.Object({ id: Type.String(), name: Type.String() }),
    hall: Type.Object({ id: Type.String(), name: Type.String() }),
  }),
  payment: Type.Optional(Type.Object({ id: Type.String(), method: Type.String(), status: Type.String(), amount: Money })),
  refund: Type.Optional(Type.Object({ amount: Money, status: Type.String() })),
});

const PaymentBody = Type.Object(
  {
    method: Type.Union([
      Type.Literal('credit_card'),
      Type.Literal('debit_card'),
      Type.Literal('upi'),
      Type.Literal('net_banking'),
      Type.Literal('wallet'),
    ]),
    card: Type.Optional(
      Type.Object(
        {
          number: Type.String({ maxLength: 30 }),
          expiry: Type.String({ maxLength: 5, description: 'MM/YY' }),
          cvv: Type.String({ maxLength: 4 }),
        },
        { additionalProperties: false },
      ),
    ),
    upiId: Type.Optional(Type.String({ maxLength: 100 })),
    bank: Type.Optional(Type.String({ maxLength: 100 })),
    walletId: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false, description: 'method plus the one detail it needs: card, upiId, bank or walletId' },
);

/** Narrows the flat body to one method's request, naming the detail the method needs when it is missing. */
function toPaymentRequest(body: Static<typeof PaymentBody>): PaymentRequest {
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

export function bookingRoutes(ctx: Context, holdRateLimit: object | false): FastifyPluginAsyncTypebox {
  const { requireUser } = authHooks(ctx);
  return async (app) => {
    app.addHook('onRequest', requireUser);

    app.post(
      '/api/bookings',
      {
        attachValidation: true,
        config: { rateLimit: holdRateLimit },
        schema: {
          tags: ['bookings'],
          summary: 'Hold seats: all of them or none',
          body: Type.Object(
            { showId: Id, seatIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 100 }) },
            { additionalProperties: false },
          ),
          response: { 201: Booking, ...problems(400, 401, 404, 409, 429) },
        },
      },
      async (request, reply) => {
        const user = currentUser(request);
        // A well-formed request goes straight to the hold, whose statement re-checks the show
        // and its seats itself; one database round trip fewer on the busiest route.
        if (!request.validationError && !seatListProblem(ctx, request.body.seatIds)) {
          const bookingId = await holdSeats(ctx, user.id, request.body.showId, request.body.seatIds).catch((error: unknown) => {
            if (error instanceof ShowChecksFailed) return undefined;
            throw error;
          });
          if (bookingId) return reply.status(201).send(await getBooking(ctx.db, ctx.clock, user.id, bookingId));
        }
        // The body is not validated yet (attachValidation): an unknown show is a 404 before any 400.
        const raw = request.body as { showId?: unknown; seatIds?: unknown } | null;
        const seatIds = Array.isArray(raw?.seatIds) ? raw.seatIds.filter((id): id is string => typeof id === 'string') : [];
        const show = typeof raw?.showId === 'string' ? await findShowForHold(ctx, raw.showId, seatIds) : undefined;
        await requireValid(request, {}, ctx);
        if (!show) throw new InvalidInput('showId', 'is required');
        checkSeatRequest(ctx, show, request.body.seatIds);
        // The checks passed here but failed in the statement: the show changed in between
        // (cancelled or started); looking again says how.
        const bookingId = await holdSeats(ctx, user.id, request.body.showId, request.body.seatIds).catch(async (error: unknown) => {
          if (!(error instanceof ShowChecksFailed)) throw error;
          checkSeatRequest(ctx, await findShowForHold(ctx, request.body.showId, request.body.seatIds), request.body.seatIds);
          throw error;
        });
        return reply.status(201).send(await getBooking(ctx.db, ctx.clock, user.id, bookingId));
      },
    );

    app.get(
      '/api/bookings',
      { schema: { tags: ['bookings'], summary: 'My bookings, newest first', response: { 200: Type.Array(Booking), ...problems(401) } } },
      async (request) => listBookings(ctx.db, ctx.clock, currentUser(request).id),
    );

    app.get(
      '/api/bookings/:id',
      { schema: { tags: ['bookings'], params: IdParams, response: { 200: Booking, ...problems(401, 404) } } },
      async (request) => getBooking(ctx.db, ctx.clock, currentUser(request).id, request.params.id),
    );

    app.post(
      '/api/bookings/:id/payment',
      {
        attachValidation: true,
        schema: {
          tags: ['bookings'],
          summary: 'Pay for a held booking (send an Idempotency-Key header)',
          params: IdParams,
          headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255 })) }),
          body: PaymentBody,
          response: { 200: Booking, ...problems(400, 401, 402, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        const user = currentUser(request);
        await bookingState(ctx.db, user.id, request.params.id); // 404 before any other check
        const key = request.headers['idempotency-key'];
        if (typeof key !== 'string' || key.length === 0)
          throw new InvalidInput('Idempotency-Key', 'header is required: a unique string per payment attempt');
        if (key.length > 255) throw new InvalidInput('Idempotency-Key', 'must be at most 255 characters');
        await requireValid(request, {}, ctx);
        const payment = toPaymentRequest(request.body);
        const hash = requestHash({ booking: request.params.id, body: request.body });
        const response = await withIdempotency(ctx, user.id, key, hash, async () => {
          await payForBooking(ctx, user.id, request.params.id, payment);
          return { status: 200, body: await getBooking(ctx.db, ctx.clock, user.id, request.params.id) };
        });
        if (response.status >= 400) return sendProblem(reply, response.body as Problem);
        return reply.status(200).send(response.body as Static<typeof Booking>);
      },
    );

    app.post(
      '/api/bookings/:id/cancel',
      {
        schema: {
          tags: ['bookings'],
          summary: 'Cancel: a confirmed booking before its show is refunded in full; a pending one frees its seats',
          params: IdParams,
          response: { 200: Booking, ...problems(401, 404, 409) },
        },
      },
      async (request) => {
        const user = currentUser(request);
        await cancelBooking(ctx, user.id, request.params.id);
        return getBooking(ctx.db, ctx.clock, user.id, request.params.id);
      },
    );
  };
}
