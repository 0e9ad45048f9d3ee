// Staff give money back: a show cancelled with every booking in it, or one booking refunded in full.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { currentUser } from '../../accounts/auth.ts';
import { getShow } from '../../browsing/read.ts';
import { Show } from '../../browsing/schemas.ts';
import type { Context } from '../../context.ts';
import { inr } from '../../domain/money.ts';
import { IdParams, Money, problems, Timestamp } from '../../http/schemas.ts';
import { at } from '../../staff/access.ts';
import { cancelShow, refundByStaff } from './cancel.ts';

export function staffRefundRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/admin/shows/:id/cancel',
      {
        config: { access: { role: 'manager', at: at('show', 'params.id') } },
        schema: {
          tags: ['admin'],
          operationId: 'cancelShow',
          summary: 'Cancel a show: confirmed bookings are cancelled and refunded in full, pending ones released',
          params: IdParams,
          response: {
            200: Type.Object({ ...Show.properties, bookingsCancelled: Type.Integer(), refunded: Money }),
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

    app.post(
      '/api/admin/bookings/:id/refund',
      {
        config: { access: { role: 'manager', at: at('booking', 'params.id') } },
        schema: {
          tags: ['admin'],
          operationId: 'refundBooking',
          summary: 'Cancel and refund one confirmed booking in full, with a reason (audited); also once its ticket was checked in',
          params: IdParams,
          body: Type.Object(
            { reason: Type.String({ minLength: 1, maxLength: 500, description: 'why: kept in the audit log' }) },
            { additionalProperties: false },
          ),
          response: {
            200: Type.Object({
              bookingId: Type.String(),
              status: Type.Literal('cancelled'),
              refunded: Money,
              checkedInAt: Type.Union([Timestamp, Type.Null()]),
            }),
            ...problems(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        const result = await refundByStaff(ctx, currentUser(request).id, request.params.id, request.body.reason);
        return {
          bookingId: result.bookingId,
          status: 'cancelled' as const,
          refunded: inr(result.refundedAmount),
          checkedInAt: result.checkedInAt,
        };
      },
    );
  };
}
