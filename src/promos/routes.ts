// Staff routes over promo codes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { currentUser } from '../accounts/auth.ts';
import { existsIn } from '../db/exists.ts';
import type { Context } from '../context.ts';
import { problems } from '../http/schemas.ts';
import { lookUpBeforeRefusing } from '../http/validation.ts';
import { at, cinemasWhere, staffOf } from '../staff/access.ts';
import { changePromoCode, createPromoCode, listPromoCodes } from './promos.ts';
import { NewPromoCode, PromoCode, PromoCodeChange } from './schemas.ts';

export function promoRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/admin/promo-codes',
      {
        config: { access: { role: 'manager', at: at('cinema', 'body.cinemaId', 'chain') } },
        attachValidation: true,
        preHandler: lookUpBeforeRefusing({ 'body.cinemaId': existsIn(ctx.db, 'cinemas'), 'body.movieId': existsIn(ctx.db, 'movies') }),
        schema: {
          tags: ['admin'],
          operationId: 'createPromoCode',
          summary: 'Add a promo code: percent or amount off, a cap, a minimum, a window, limits, a cinema or film',
          body: NewPromoCode,
          response: { 201: PromoCode, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => reply.status(201).send(await createPromoCode(ctx, currentUser(request).id, request.body)),
    );

    app.patch(
      '/api/admin/promo-codes/:code',
      {
        config: { access: { role: 'manager', at: at('promo-code', 'params.code') } },
        schema: {
          tags: ['admin'],
          operationId: 'changePromoCode',
          summary: "Change a promo code's window and limits, or end it now; bookings already held with it keep their bill",
          params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 64 }) }),
          body: PromoCodeChange,
          response: { 200: PromoCode, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => changePromoCode(ctx, currentUser(request).id, request.params.code, request.body),
    );

    app.get(
      '/api/admin/promo-codes',
      {
        config: { access: { role: 'manager' } },
        schema: {
          tags: ['admin'],
          operationId: 'listPromoCodes',
          summary: 'Every promo code, newest first, with its uses (for a manager: those of their cinemas and of the whole chain)',
          response: { 200: Type.Array(PromoCode), ...problems(401, 403) },
        },
      },
      async (request) => listPromoCodes(ctx, cinemasWhere(staffOf(request), 'manager')),
    );
  };
}
