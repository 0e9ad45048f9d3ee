// Health, readiness and metrics for whoever runs Houseful.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Registry } from 'prom-client';
import type { Context } from '../context.ts';
import { problem, sendProblem } from '../http/problems.ts';

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Whether the request carries `Authorization: Bearer <token>`, compared in constant time. */
function bearsToken(request: FastifyRequest, token: string): boolean {
  const given = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  return given !== undefined && timingSafeEqual(sha256(given), sha256(token));
}

export function opsRoutes(ctx: Context, registry: Registry, isReady: () => boolean) {
  return async (app: FastifyInstance) => {
    const hidden = { schema: { hide: true } };
    app.get('/healthz', hidden, async () => ({ status: 'ok' }));

    app.get('/readyz', hidden, async (request, reply) => {
      if (!isReady())
        return sendProblem(reply, problem('not-ready', 503, 'Not ready', 'starting: migrations or the admin account are not done yet'));
      try {
        await Promise.race([
          ctx.db.ping(),
          new Promise((_, reject) => setTimeout(() => reject(new Error('database did not answer within 2 s')), 2_000).unref()),
        ]);
      } catch (error) {
        // Why is for the log: a database's answer can name its host, user or version.
        request.log.warn({ err: error }, 'readiness: the database is not answering');
        return sendProblem(reply, problem('not-ready', 503, 'Not ready', 'the database is not answering'));
      }
      return { status: 'ready' };
    });

    // Figures, routes and versions are for whoever runs Houseful: only with METRICS_TOKEN, and only to its bearer.
    const token = ctx.config.metricsToken;
    app.get('/metrics', hidden, async (request, reply) => {
      if (token === undefined)
        return sendProblem(reply, problem('not-found', 404, 'Not found', 'metrics are off: set METRICS_TOKEN on the server to serve them'));
      if (!bearsToken(request, token)) {
        reply.header('www-authenticate', 'Bearer realm="metrics"');
        return sendProblem(reply, problem('unauthenticated', 401, 'Sign in required', 'send Authorization: Bearer <METRICS_TOKEN>'));
      }
      return reply.type(registry.contentType).send(await registry.metrics());
    });
  };
}
