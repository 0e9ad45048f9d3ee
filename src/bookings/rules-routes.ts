// GET /api/booking-rules: the limits a seat picker needs before it holds anything.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../context.ts';

export function bookingRulesRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/booking-rules',
      {
        schema: {
          tags: ['bookings'],
          summary: 'How many seats one booking may hold, and for how long',
          response: { 200: Type.Object({ maxSeatsPerBooking: Type.Integer(), holdTtlSeconds: Type.Integer() }) },
        },
      },
      async () => ({ maxSeatsPerBooking: ctx.config.maxSeatsPerBooking, holdTtlSeconds: ctx.config.holdTtlSeconds }),
    );
  };
}
