// GET /api/me: who the bearer token belongs to, so the web app can restore a session and
// show staff pages only to admins.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../context.ts';
import { authHooks, currentUser } from '../http/auth.ts';
import { problems } from '../http/schemas.ts';
import { publicUser } from './accounts.ts';

export function meRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  const { requireUser } = authHooks(ctx);
  return async (app) => {
    app.get(
      '/api/me',
      {
        onRequest: requireUser,
        schema: {
          tags: ['accounts'],
          summary: 'The signed-in user',
          response: {
            200: Type.Object({
              id: Type.String(),
              name: Type.String(),
              email: Type.String(),
              phone: Type.Union([Type.String(), Type.Null()]),
              role: Type.String(),
            }),
            ...problems(401),
          },
        },
      },
      async (request) => {
        const user = currentUser(request);
        return { ...publicUser(user), role: user.role };
      },
    );
  };
}
