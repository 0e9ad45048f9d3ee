// A person's own data: a copy of all of it (GET /api/me/export), and erasing the account (DELETE /api/me).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { authHooks, currentUser } from '../accounts/auth.ts';
import type { Context } from '../context.ts';
import { problems } from '../http/schemas.ts';
import { eraseAccount } from './erase.ts';
import { exportAccount } from './export.ts';
import { AccountExport, EraseBody } from './schemas.ts';

export function privacyRoutes(ctx: Context, passwordLimit: object | false): FastifyPluginAsyncTypebox {
  const { requireUser } = authHooks(ctx);
  return async (app) => {
    app.get(
      '/api/me/export',
      {
        onRequest: requireUser,
        schema: {
          tags: ['accounts'],
          operationId: 'exportMyData',
          summary: 'Download my data: everything Houseful holds about the signed-in account, as a JSON attachment',
          response: { 200: AccountExport, ...problems(401) },
        },
      },
      async (request, reply) => {
        const data = await exportAccount(ctx, currentUser(request).id);
        const day = data.exportedAt.slice(0, 10);
        return reply.header('content-disposition', `attachment; filename="houseful-data-${day}.json"`).send(data);
      },
    );

    app.delete(
      '/api/me',
      {
        onRequest: requireUser,
        config: { rateLimit: passwordLimit },
        schema: {
          tags: ['accounts'],
          operationId: 'eraseMe',
          summary: 'Erase my account: name, email and phone anonymised, every session ended; bookings and tax documents are kept',
          description:
            'The password confirms it (400 naming `password` when wrong or missing, and nothing changes). Refused with 409 ' +
            '`account-has-open-bookings` (naming them in `bookingIds`) while the account holds seats, has a paid show not over yet, or a payment or refund still under way, ' +
            'and with 409 `account-is-admin` for an admin. The email may be signed up with again at once.',
          body: Type.Union([EraseBody, Type.Null()], { description: 'the password; a request without it is refused, naming it' }),
          response: { 204: Type.Null({ description: 'erased; the token is refused from now on' }), ...problems(400, 401, 409, 429) },
        },
      },
      async (request, reply) => {
        await eraseAccount(ctx, currentUser(request).id, request.body?.password);
        return reply.status(204).send(null);
      },
    );
  };
}
