// Staff routes over a cinema's billing settings.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { currentUser } from '../accounts/auth.ts';
import type { Context } from '../context.ts';
import { IdParams, problems } from '../http/schemas.ts';
import { at } from '../staff/access.ts';
import { BillingSettingsBody, BillingSettingsView } from './schemas.ts';
import { billingSettings, setBillingSettings } from './settings.ts';

export function billingRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/admin/cinemas/:id/billing',
      {
        config: { access: { role: 'manager', at: at('cinema', 'params.id') } },
        schema: {
          tags: ['admin'],
          operationId: 'getCinemaBilling',
          summary: "A cinema's billing settings (the defaults until set)",
          params: IdParams,
          response: { 200: BillingSettingsView, ...problems(401, 403, 404) },
        },
      },
      async (request) => billingSettings(ctx.db, request.params.id),
    );

    app.put(
      '/api/admin/cinemas/:id/billing',
      {
        // A missing cinema is a 404 before the body is judged: the access check (staff/access.ts) looks it up first.
        config: { access: { role: 'manager', at: at('cinema', 'params.id') } },
        schema: {
          tags: ['admin'],
          operationId: 'setCinemaBilling',
          summary: "Set a cinema's legal name, GSTIN, whether prices include GST, convenience fee and refund policy",
          params: IdParams,
          body: BillingSettingsBody,
          response: { 200: BillingSettingsView, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => setBillingSettings(ctx, currentUser(request).id, request.params.id, request.body),
    );
  };
}
