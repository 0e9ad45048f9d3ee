// Staff routes over the ledger: a cinema's daily settlement, as JSON and as CSV.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../context.ts';
import { inr } from '../domain/money.ts';
import { inZone } from '../domain/zoned-time.ts';
import { Id, Money, problems, Timestamp } from '../http/schemas.ts';
import { at } from '../staff/access.ts';
import { settlement, settlementCsv } from './settlement.ts';

const SettlementQuery = Type.Object(
  {
    cinemaId: Id,
    date: Type.String({ maxLength: 10, description: "YYYY-MM-DD, a day in the cinema's time zone" }),
  },
  { additionalProperties: false },
);

const Settlement = Type.Object({
  cinemaId: Type.String(),
  date: Type.String(),
  timeZone: Type.String(),
  charges: Type.Object({ count: Type.Integer(), amount: Money }),
  refunds: Type.Object({ count: Type.Integer(), amount: Money }),
  payout: { ...Money, description: 'charges less refunds: what the gateway should pay out for the day' },
  byMethod: Type.Array(Type.Object({ method: Type.String(), charges: Money, refunds: Money, payout: Money })),
  entries: Type.Array(
    Type.Object({
      at: Timestamp,
      kind: Type.Union([Type.Literal('charge'), Type.Literal('refund')]),
      bookingId: Type.String(),
      paymentId: Type.String(),
      refundId: Type.Union([Type.String(), Type.Null()]),
      method: Type.String(),
      amount: Money,
    }),
  ),
});

export function ledgerRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/admin/reports/settlement',
      {
        config: { access: { role: 'manager', at: at('cinema', 'query.cinemaId') } },
        schema: {
          tags: ['admin'],
          operationId: 'getSettlement',
          summary: "A cinema's charges and refunds of one day, and what the gateway should pay out for it",
          querystring: SettlementQuery,
          response: { 200: Settlement, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const report = await settlement(ctx.db, request.query.cinemaId, request.query.date);
        return {
          ...report,
          charges: { count: report.charges.count, amount: inr(report.charges.amount) },
          refunds: { count: report.refunds.count, amount: inr(report.refunds.amount) },
          payout: inr(report.payout),
          byMethod: report.byMethod.map((m) => ({
            method: m.method,
            charges: inr(m.charges),
            refunds: inr(m.refunds),
            payout: inr(m.payout),
          })),
          entries: report.entries.map((e) => ({ ...e, at: inZone(e.at, report.timeZone), amount: inr(e.amount) })),
        };
      },
    );

    app.get(
      '/api/admin/reports/settlement.csv',
      {
        config: { access: { role: 'manager', at: at('cinema', 'query.cinemaId') } },
        schema: {
          tags: ['admin'],
          operationId: 'settlementCsv',
          summary: "A cinema's charges and refunds of one day as CSV, with the payout",
          querystring: SettlementQuery,
          response: {
            200: { description: 'one row per charge or refund', content: { 'text/csv': { schema: Type.String() } } },
            ...problems(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const report = await settlement(ctx.db, request.query.cinemaId, request.query.date);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="settlement-${report.cinemaId}-${report.date}.csv"`)
          .send(settlementCsv(report));
      },
    );
  };
}
