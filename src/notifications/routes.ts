// POST /api/shows/{id}/watch: be told by mail when seats of a sold-out show come free again.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../context.ts';
import { authHooks, currentUser } from '../accounts/auth.ts';
import { IdParams, problems, Timestamp } from '../http/schemas.ts';
import { watchShow } from './waitlist.ts';

export function waitlistRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  const { requireUser } = authHooks(ctx);
  return async (app) => {
    app.post(
      '/api/shows/:id/watch',
      {
        onRequest: requireUser,
        schema: {
          tags: ['bookings'],
          operationId: 'watchShow',
          summary: 'Join the waitlist: one mail when seats of this show come free again',
          params: IdParams,
          response: { 201: Type.Object({ showId: Type.String(), since: Timestamp }), ...problems(401, 404, 409) },
        },
      },
      async (request, reply) => reply.status(201).send(await watchShow(ctx, currentUser(request).id, request.params.id)),
    );
  };
}
