// GET /api/admin/dashboard: occupancy and revenue per show, day and cinema, for staff.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../context.ts';
import { InvalidInput } from '../domain/errors.ts';
import { parseInstant } from '../domain/zoned-time.ts';
import { Money, problems, Timestamp } from '../http/schemas.ts';
import { cinemasWhere, staffOf } from '../staff/access.ts';
import { dashboard } from './dashboard.ts';

const Split = {
  net: { ...Money, description: 'revenue less GST and convenience fees' },
  gst: { ...Money, description: 'CGST + SGST charged' },
  fees: { ...Money, description: 'convenience fees before GST' },
  discounts: { ...Money, description: 'taken off by promo codes, before GST' },
};
const Totals = { seatsTotal: Type.Integer(), seatsBooked: Type.Integer(), occupancy: Type.Number(), revenue: Money, ...Split };
const DAY_MS = 86_400_000;
const MAX_DASHBOARD_DAYS = 366;

const Dashboard = Type.Object({
  shows: Type.Array(
    Type.Object({
      showId: Type.String(),
      title: Type.String(),
      cinemaId: Type.String(),
      cinemaName: Type.String(),
      hallName: Type.String(),
      startsAt: Timestamp,
      date: Type.String(),
      status: Type.String(),
      seatsTotal: Type.Integer(),
      seatsBooked: Type.Integer(),
      revenue: Money,
      ...Split,
    }),
  ),
  byDay: Type.Array(Type.Object({ date: Type.String(), ...Totals })),
  byCinema: Type.Array(Type.Object({ cinemaId: Type.String(), cinemaName: Type.String(), ...Totals })),
  totals: Type.Object(Totals),
});

export function reportRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/admin/dashboard',
      {
        config: { access: { role: 'manager' } },
        schema: {
          tags: ['admin'],
          operationId: 'getDashboard',
          summary: "Occupancy and revenue per show, day and cinema for shows starting in [from, to), of the caller's cinemas",
          querystring: Type.Object(
            {
              from: Type.Optional(Type.String({ maxLength: 40, description: 'default: 7 days ago' })),
              to: Type.Optional(Type.String({ maxLength: 40, description: 'default: 14 days from now' })),
            },
            { additionalProperties: false },
          ),
          response: { 200: Dashboard, ...problems(400, 401, 403) },
        },
      },
      async (request) => {
        const now = ctx.clock.now().getTime();
        const from = request.query.from === undefined ? new Date(now - 7 * DAY_MS) : parseInstant('from', request.query.from);
        const to = request.query.to === undefined ? new Date(now + 14 * DAY_MS) : parseInstant('to', request.query.to);
        if (to <= from) throw new InvalidInput('to', 'must be after from');
        if (to.getTime() - from.getTime() > MAX_DASHBOARD_DAYS * DAY_MS)
          throw new InvalidInput('to', `must be at most ${MAX_DASHBOARD_DAYS} days after from`);
        return dashboard(ctx.db, from, to, cinemasWhere(staffOf(request), 'manager'));
      },
    );
  };
}
