// Routes of the payment gateway itself: which gateway takes the money, its webhooks, and the
// payments it took that matched no booking (payments/mismatches.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { applyRazorpayEvent } from './gateway-events.ts';
import type { Context } from '../context.ts';
import { NotFound } from '../domain/errors.ts';
import { problems } from '../http/schemas.ts';
import { mismatchesForStaff } from './mismatches.ts';
import { GatewayEvent, GatewayEventHeaders, GatewayMismatches, GatewayParams, PaymentGatewayInfo, WebhookReceipt } from './schemas.ts';

function header(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function paymentRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/payments/gateway',
      {
        schema: {
          tags: ['payments'],
          operationId: 'getPaymentGateway',
          summary: 'Which gateway takes the money: what the checkout page shows',
          security: [],
          response: { 200: PaymentGatewayInfo, ...problems(400) },
        },
      },
      async () =>
        ctx.gateway.checkout
          ? { gateway: ctx.gateway.checkout.name, checkoutScriptUrl: ctx.gateway.checkout.scriptUrl }
          : { gateway: 'test' as const },
    );

    app.get(
      '/api/admin/payments/mismatches',
      {
        config: { access: { role: 'admin' } },
        schema: {
          tags: ['admin'],
          operationId: 'listGatewayMismatches',
          summary: "Payments the gateway took that were not for their booking's order, amount or currency: refunded, or for staff",
          response: { 200: GatewayMismatches, ...problems(401, 403) },
        },
      },
      async () => ({ mismatches: await mismatchesForStaff(ctx) }),
    );

    // The signature is over the body's exact bytes: in this scope JSON bodies are kept raw.
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    app.post(
      '/api/payments/webhooks/:gateway',
      {
        // The body and signature are checked by the handler, on the raw bytes: they are only documented.
        config: {
          swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: GatewayEvent, headers: GatewayEventHeaders }, url }),
        },
        schema: {
          tags: ['payments'],
          operationId: 'receiveGatewayWebhook',
          summary: "The gateway's events, signed (X-Razorpay-Signature); each applied once, in any order",
          security: [],
          params: GatewayParams,
          response: { 200: WebhookReceipt, ...problems(400, 404, 503) },
        },
      },
      async (request) => {
        if (!ctx.gateway.checkout || request.params.gateway !== ctx.gateway.checkout.name) throw new NotFound('gateway');
        const raw = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
        const applied = await applyRazorpayEvent(ctx, {
          rawBody: raw,
          signature: header(request.headers['x-razorpay-signature']),
          eventId: header(request.headers['x-razorpay-event-id']),
        });
        return { received: true as const, ...applied };
      },
    );
  };
}
