// Health, readiness and metrics for whoever runs Houseful.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Registry } from 'prom-client';
import { Type } from 'typebox';
import type { Context } from '../context.ts';
import { problem, sendProblem } from '../http/problems.ts';
import { problems } from '../http/schemas.ts';

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
    const health = {
      schema: {
        tags: ['operations'],
        operationId: 'getHealth',
        summary: 'Whether the process runs',
        security: [],
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    };
    app.get('/healthz', health, async () => ({ status: 'ok' }));

    const readiness = {
      schema: {
        tags: ['operations'],
        operationId: 'getReadiness',
        summary: 'Whether the server may take traffic: migrations done, the admin account made, the database answering within 2 s',
        security: [],
        response: { 200: Type.Object({ status: Type.Literal('ready') }), ...problems(503) },
      },
    };
    app.get('/readyz', readiness, async (request, reply) => {
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
    const metrics = {
      schema: {
        tags: ['operations'],
        operationId: 'getMetrics',
        summary: 'Prometheus figures: only with METRICS_TOKEN on the server (else 404), only to its bearer (else 401)',
        security: [{ metricsToken: [] }],
        response: {
          200: { description: 'the Prometheus text format', content: { 'text/plain': { schema: Type.String() } } },
          ...problems(401, 404),
        },
      },
    };
    app.get('/metrics', metrics, async (request, reply) => {
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
