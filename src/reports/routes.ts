// GET /api/admin/dashboard (JSON) and /api/admin/dashboard.csv: occupancy and revenue per show, day
// and cinema, for staff, of the cinemas they manage.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import type { Context } from '../context.ts';
import { InvalidInput } from '../domain/errors.ts';
import { parseInstant } from '../domain/zoned-time.ts';
import { Id, Money, problems, Timestamp } from '../http/schemas.ts';
import { at, cinemasWhere, staffOf, type StaffScope } from '../staff/access.ts';
import { dashboardCsv } from './csv.ts';
import { dashboard } from './dashboard.ts';

const Figures = {
  seatsTotal: Type.Integer(),
  seatsBooked: Type.Integer(),
  itemsSold: Type.Integer({ description: 'food and drink sold, in units' }),
  revenue: { ...Money, description: 'what paid bookings were charged, less the refunds made (not those still pending)' },
  net: { ...Money, description: 'revenue less GST and convenience fees' },
  gst: { ...Money, description: 'CGST + SGST charged' },
  fees: { ...Money, description: 'convenience fees before GST' },
  discounts: { ...Money, description: 'taken off by promo codes, before GST' },
  tickets: { ...Money, description: 'of the revenue, tickets with their GST' },
  items: { ...Money, description: 'of the revenue, food and drink with their GST' },
  counter: { ...Money, description: 'of the revenue, sold at the box office' },
  online: { ...Money, description: 'of the revenue, sold online' },
};
const Totals = { ...Figures, occupancy: Type.Number() };
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
      ...Figures,
    }),
  ),
  byDay: Type.Array(Type.Object({ date: Type.String(), ...Totals })),
  byCinema: Type.Array(Type.Object({ cinemaId: Type.String(), cinemaName: Type.String(), ...Totals })),
  totals: Type.Object(Totals),
});

const Period = {
  from: Type.Optional(Type.String({ maxLength: 40, description: 'default: 7 days ago' })),
  to: Type.Optional(Type.String({ maxLength: 40, description: 'default: 14 days from now' })),
  cinemaId: Type.Optional({ ...Id, description: "one cinema's figures; default: every cinema the caller manages" }),
};
const DashboardQuery = Type.Object(Period, { additionalProperties: false });
const DashboardCsvQuery = Type.Object(
  {
    ...Period,
    by: Type.Optional(
      Type.Union([Type.Literal('show'), Type.Literal('day'), Type.Literal('cinema')], { description: 'one row per; default show' }),
    ),
  },
  { additionalProperties: false },
);

export function reportRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  /** The figures the query asks for: its period, at its cinema (which access control has let the caller read) or all the caller's. */
  function figures(scope: StaffScope, query: Static<typeof DashboardQuery>) {
    const now = ctx.clock.now().getTime();
    const from = query.from === undefined ? new Date(now - 7 * DAY_MS) : parseInstant('from', query.from);
    const to = query.to === undefined ? new Date(now + 14 * DAY_MS) : parseInstant('to', query.to);
    if (to <= from) throw new InvalidInput('to', 'must be after from');
    if (to.getTime() - from.getTime() > MAX_DASHBOARD_DAYS * DAY_MS)
      throw new InvalidInput('to', `must be at most ${MAX_DASHBOARD_DAYS} days after from`);
    return dashboard(ctx.db, from, to, query.cinemaId === undefined ? cinemasWhere(scope, 'manager') : [query.cinemaId]);
  }

  // Without cinemaId, the caller's cinemas; with one, it must be theirs (404 as if missing otherwise).
  const access = { role: 'manager', at: at('cinema', 'query.cinemaId') } as const;

  return async (app) => {
    app.get(
      '/api/admin/dashboard',
      {
        config: { access },
        schema: {
          tags: ['admin'],
          operationId: 'getDashboard',
          summary: "Occupancy and revenue per show, day and cinema for shows starting in [from, to), of the caller's cinemas",
          querystring: DashboardQuery,
          response: { 200: Dashboard, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => figures(staffOf(request), request.query),
    );

    app.get(
      '/api/admin/dashboard.csv',
      {
        config: { access },
        schema: {
          tags: ['admin'],
          operationId: 'getDashboardCsv',
          summary: 'The dashboard’s figures as CSV, one row per show, day or cinema (amounts in rupees)',
          querystring: DashboardCsvQuery,
          response: {
            200: { description: 'the same figures as the dashboard', content: { 'text/csv': { schema: Type.String() } } },
            ...problems(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const { by = 'show', ...query } = request.query;
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="dashboard-by-${by}.csv"`)
          .send(dashboardCsv(await figures(staffOf(request), query), by));
      },
    );
  };
}
