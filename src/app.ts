// Builds the HTTP application around a Context. No listening, no jobs: main.ts and tests do that.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger } from 'fastify';
import { accountRoutes } from './accounts/routes.ts';
import { phoneRoutes } from './accounts/phone-routes.ts';
import { billingRoutes } from './billing/routes.ts';
import { invoiceRoutes } from './invoices/routes.ts';
import { ledgerRoutes } from './ledger/routes.ts';
import { promoRoutes } from './promos/routes.ts';
import { NO_PROMO_FAILURE_LIMIT, promoFailureLimit } from './promos/failure-limit.ts';
import { API_DOCS_CONTENT_SECURITY_POLICY } from './web/api-docs-policy.ts';
import { fastifyTrustProxy } from './domain/trust-proxy.ts';
import { bookingRoutes, bookingRulesRoutes } from './bookings/routes.ts';
import { ReadCache, mayHaveChangedReads } from './browsing/read-cache.ts';
import { openReadReplicas } from './db/read-replicas.ts';
import { browsingRoutes } from './browsing/routes.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import type { Context } from './context.ts';
import { clientErrorHandler } from './http/client-errors.ts';
import { refuseControlCharacters } from './http/control-characters.ts';
import { logSerializers } from './http/logging.ts';
import { completeDocument } from './http/openapi.ts';
import { errorHandler, problem, sendProblem } from './http/problems.ts';
import { seatEventRoutes } from './live/routes.ts';
import { SeatEventHub } from './live/seat-events.ts';
import { waitlistRoutes } from './notifications/routes.ts';
import { browsingReadsMetric, readCacheMetric, registerMetrics } from './ops/metrics.ts';
import { opsRoutes } from './ops/routes.ts';
import { payRoutes } from './payments/pay-routes.ts';
import { cancelRoutes } from './payments/refunds/routes.ts';
import { staffRefundRoutes } from './payments/refunds/staff-routes.ts';
import { paymentRoutes } from './payments/routes.ts';
import { ticketRoutes } from './tickets/routes.ts';
import { staffBookingRoutes } from './bookings/staff-routes.ts';
import { reportRoutes } from './reports/routes.ts';
import { accessHooks, cinemaRolesOf } from './staff/access.ts';
import { bookingOfTicket } from './tickets/tokens.ts';
import { staffRoutes } from './staff/routes.ts';
import { counterRoutes } from './counter/routes.ts';
import { itemRoutes } from './items/routes.ts';
import { privacyRoutes } from './privacy/routes.ts';
import { seatingRoutes } from './seating/routes.ts';
import { isPageRequest, registerWebApp } from './web/serve-web-app.ts';

export interface AppOptions {
  loggerInstance: FastifyBaseLogger;
  /** Readiness: true once migrations ran and the admin account exists. */
  isReady?: () => boolean;
  /** Where the built web app is; defaults to web/dist beside src. */
  webDist?: string;
}

const BODY_LIMIT_BYTES = 64 * 1024;

/** Another instance (or this one, restarted) answers by then. */
const SHUTDOWN_RETRY_AFTER_SECONDS = 1;

export async function buildApp(ctx: Context, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Errors and requests are logged without the values they carry (http/logging.ts).
    loggerInstance: options.loggerInstance.child({}, { serializers: logSerializers }),
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    // Behind a proxy named in TRUST_PROXY, request.ip is the client it forwarded for; every per-address limit keys on it.
    trustProxy: fastifyTrustProxy(ctx.config.trustProxy),
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: true, useDefaults: true } },
    routerOptions: { ignoreTrailingSlash: true },
    // A request that arrives while this instance closes gets a 503 problem of ours (below), not fastify's plain one.
    return503OnClosing: false,
    clientErrorHandler,
    // A request must arrive whole (headers and body) within REQUEST_TIMEOUT_MS; Node checks this
    // often enough to close a silent or trickling client soon after. It does not limit how long an
    // answer takes or a live seat stream stays open: those are sent after the request arrived.
    requestTimeout: ctx.config.requestTimeoutMs,
    http: {
      headersTimeout: ctx.config.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, Math.max(50, Math.floor(ctx.config.requestTimeoutMs / 4))),
    },
    // Malformed or overlong URLs are refused before routing; they get problem+json too.
    frameworkErrors: (error, _request, reply) =>
      sendProblem(
        reply,
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? problem('uri-too-long', 414, 'URI too long', 'a path segment is longer than any id', { field: 'path' })
          : problem('invalid-input', 400, 'Invalid input', 'the URL is malformed', { field: 'path' }),
      ),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorateRequest('user', null);
  app.decorateRequest('staff', null);
  app.setErrorHandler(errorHandler);
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!closing) return;
    reply.header('connection', 'close');
    return sendProblem(
      reply,
      problem('service-unavailable', 503, 'Service unavailable', 'this instance is shutting down; try again', {
        retryAfterSeconds: SHUTDOWN_RETRY_AFTER_SECONDS,
      }),
    );
  });
  app.addHook('preValidation', refuseControlCharacters);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, { contentSecurityPolicy: false });
  const limitsOn = ctx.config.rateLimitPerMinute > 0;
  if (limitsOn) await app.register(rateLimit, { global: false, hook: 'preHandler' });
  const perClient = (key: 'ip' | 'user', max = ctx.config.rateLimitPerMinute, timeWindow = '1 minute') =>
    limitsOn
      ? {
          max,
          timeWindow,
          keyGenerator: (request: { ip: string; user: { id: string } | null }) =>
            key === 'user' && request.user ? request.user.id : request.ip,
        }
      : false;

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Houseful',
        version: '1',
        description: 'Movie ticket booking: browse, hold seats, pay, cancel.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // Relative: the API is served by whichever host serves this document.
      servers: [{ url: '/', description: 'The Houseful server that serves this document' }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'the token of POST /api/sessions' },
          metricsToken: { type: 'http', scheme: 'bearer', description: 'the METRICS_TOKEN the server was started with' },
        },
      },
      // Every route needs a signed-in user unless its schema says `security: []` (public) or names another scheme.
      security: [{ bearer: [] }],
    },
    // Named shapes, optional bodies and the refusals every route may answer (http/openapi.ts).
    transformObject: (built) =>
      'openapiObject' in built ? completeDocument(built.openapiObject as Record<string, unknown>) : built.swaggerObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: API_DOCS_CONTENT_SECURITY_POLICY });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // Sessions are kept in memory only while the database's notices about them are heard.
  await ctx.sessions.start(ctx.db);
  app.addHook('onClose', async () => ctx.sessions.stop());

  const registry = registerMetrics(app);
  // Seat maps, shows and listings from what this instance already knows (browsing/read-cache.ts):
  // it LISTENs for seat changes before the app takes requests, and drops everything before the
  // answer to a request that may have written leaves, so a client always reads its own writes.
  // Its hook comes before every route is registered, so it sees every write.
  // What is not kept there is read from a read replica (DATABASE_READ_URL) that has every change
  // this instance knows of, else from the primary (db/read-replicas.ts).
  const replicas = openReadReplicas(ctx.db, ctx.config.databaseReadUrl, {
    poolSize: ctx.config.databasePoolSize,
    preparedStatements: ctx.config.databasePreparedStatements,
    onError: (error) => ctx.log.warn({ err: error }, 'read replica connection error'),
    counted: browsingReadsMetric(registry),
    onChange: (replica, used, why) =>
      used
        ? ctx.log.info({ replica }, `read replica ${replica} in use: ${why}`)
        : ctx.log.warn({ replica, why }, `read replica ${replica} not used, reads go to the primary: ${why}`),
  });
  const reads = new ReadCache(ctx.db, { counted: readCacheMetric(registry), replicas });
  await reads.start();
  app.addHook('onClose', async () => {
    await reads.stop();
    await replicas.close();
  });
  app.addHook('onSend', async (request, reply) => {
    if (mayHaveChangedReads(request.method, request.routeOptions.url, reply.statusCode)) reads.dropAll();
  });
  // Every staff route's declared access is checked here, once (staff/access.ts); one that declares none is refused at start.
  const access = accessHooks(ctx, (token) => bookingOfTicket(ctx, token));
  app.addHook('onRoute', access.onRoute);
  app.addHook('onRequest', access.onRequest);
  app.addHook('preValidation', access.preValidation);
  app.decorate('staffAccess', access.declared);
  await app.register(opsRoutes(ctx, registry, options.isReady ?? (() => true)));
  await app.register(
    accountRoutes(
      ctx,
      {
        signUp: perClient('ip', ctx.config.signUpLimitPerHour, '1 hour'),
        signIn: perClient('ip', ctx.config.signInLimitPerMinute),
      },
      (user) => cinemaRolesOf(ctx, user),
    ),
  );
  await app.register(phoneRoutes(ctx, { tryCode: perClient('ip', ctx.config.signInLimitPerMinute) }));
  await app.register(browsingRoutes(ctx, reads, replicas));
  await app.register(catalogueRoutes(ctx));
  await app.register(billingRoutes(ctx));
  await app.register(invoiceRoutes(ctx));
  await app.register(promoRoutes(ctx));
  await app.register(bookingRoutes(ctx, perClient('user'), limitsOn ? promoFailureLimit(app, ctx.config) : NO_PROMO_FAILURE_LIMIT));
  await app.register(bookingRulesRoutes(ctx));
  await app.register(staffBookingRoutes(ctx));
  await app.register(payRoutes(ctx));
  await app.register(cancelRoutes(ctx));
  await app.register(staffRefundRoutes(ctx));
  await app.register(paymentRoutes(ctx));
  await app.register(seatingRoutes(ctx));
  await app.register(reportRoutes(ctx));
  await app.register(ledgerRoutes(ctx));
  await app.register(waitlistRoutes(ctx));
  await app.register(ticketRoutes(ctx));
  await app.register(staffRoutes(ctx));
  await app.register(counterRoutes(ctx));
  await app.register(itemRoutes(ctx));
  await app.register(privacyRoutes(ctx, perClient('ip', ctx.config.signInLimitPerMinute)));

  // Every instance LISTENs for seat changes once, before it takes requests (docs/design.md rule 6).
  const seatEvents = new SeatEventHub((payload) => ctx.log.warn({ payload: payload.slice(0, 200) }, 'ignored a malformed seat event'));
  await seatEvents.start(ctx.db);
  app.addHook('onClose', async () => seatEvents.stop());
  await app.register(seatEventRoutes(ctx, seatEvents, ctx.config.sseHeartbeatSeconds));

  // Browsers asking for a page the server does not know get the web app, which routes it itself.
  const razorpay = ctx.config.razorpay;
  const gatewayOrigins = razorpay ? [...new Set([new URL(razorpay.checkoutUrl).origin, new URL(razorpay.apiUrl).origin])] : [];
  const sendWebPage = await registerWebApp(app, options.webDist, gatewayOrigins);
  app.setNotFoundHandler((request, reply) => {
    if (isPageRequest(request)) return sendWebPage(reply);
    return sendProblem(reply, problem('not-found', 404, 'Not found', `no route ${request.method} ${request.url.split('?')[0]}`));
  });
  return app;
}
