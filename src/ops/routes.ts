// Health, readiness and metrics for whoever runs Houseful.
import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import type { Context } from '../context.ts';
import { problem, sendProblem } from '../http/problems.ts';

export function opsRoutes(ctx: Context, registry: Registry, isReady: () => boolean) {
  return async (app: FastifyInstance) => {
    const hidden = { schema: { hide: true } };
    app.get('/healthz', hidden, async () => ({ status: 'ok' }));

    app.get('/readyz', hidden, async (_request, reply) => {
      if (!isReady())
        return sendProblem(reply, problem('not-ready', 503, 'Not ready', 'starting: migrations or the admin account are not done yet'));
      try {
        await Promise.race([
          ctx.db.ping(),
          new Promise((_, reject) => setTimeout(() => reject(new Error('database did not answer within 2 s')), 2_000).unref()),
        ]);
      } catch (error) {
        return sendProblem(reply, problem('not-ready', 503, 'Not ready', `the database is not answering: ${(error as Error).message}`));
      }
      return { status: 'ready' };
    });

    app.get('/metrics', hidden, async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()));
  };
}
