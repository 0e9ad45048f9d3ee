// The box office: cashiers' shifts and counter sales, with each sale's printable ticket.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { currentUser } from '../accounts/auth.ts';
import type { Context } from '../context.ts';
import { InvalidTransition } from '../domain/errors.ts';
import { IdParams, problems } from '../http/schemas.ts';
import { at, cinemasWhere, staffOf } from '../staff/access.ts';
import { Pickup, PickupAsked } from '../items/schemas.ts';
import { collectPickup } from './pickups.ts';
import { counterSale, sellAtCounter } from './sale.ts';
import { CounterSale, NewCounterSale, NewShift, Shift, ShiftQuery } from './schemas.ts';
import { closeShift, currentShift, getShift, openShift, shifts } from './shifts.ts';
import { counterTicketPdf } from './ticket-pdf.ts';

export function counterRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/admin/shifts',
      {
        config: { access: { role: 'box-office', at: at('cinema', 'body.cinemaId') } },
        schema: {
          tags: ['box office'],
          operationId: 'openShift',
          summary: "Open the caller's shift at a cinema's counter (one open shift per cashier)",
          body: NewShift,
          response: { 201: Shift, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => reply.status(201).send(await openShift(ctx, currentUser(request).id, request.body.cinemaId)),
    );

    app.get(
      '/api/admin/shifts',
      {
        config: { access: { role: 'box-office' } },
        schema: {
          tags: ['box office'],
          operationId: 'listShifts',
          summary: "Shifts, newest first: a manager's every shift of their cinemas, a cashier's own",
          querystring: ShiftQuery,
          response: { 200: Type.Array(Shift), ...problems(400, 401, 403) },
        },
      },
      async (request) => {
        const scope = staffOf(request);
        return shifts(ctx, scope, cinemasWhere(scope, 'manager'), request.query.cinemaId);
      },
    );

    app.get(
      '/api/admin/shifts/current',
      {
        config: { access: { role: 'box-office' } },
        schema: {
          tags: ['box office'],
          operationId: 'getCurrentShift',
          summary: "The caller's open shift, with what it has taken so far; 404 when none is open",
          response: { 200: Shift, ...problems(401, 403, 404) },
        },
      },
      async (request) => currentShift(ctx, currentUser(request).id),
    );

    app.get(
      '/api/admin/shifts/:id',
      {
        config: { access: { role: 'box-office', at: at('shift', 'params.id') } },
        schema: {
          tags: ['box office'],
          operationId: 'getShift',
          summary: 'A shift and its takings by method',
          params: IdParams,
          response: { 200: Shift, ...problems(401, 403, 404) },
        },
      },
      async (request) => getShift(ctx, staffOf(request), request.params.id),
    );

    app.post(
      '/api/admin/shifts/:id/close',
      {
        config: { access: { role: 'box-office', at: at('shift', 'params.id') } },
        schema: {
          tags: ['box office'],
          operationId: 'closeShift',
          summary: 'Close a shift (the cashier, or a manager of its cinema): its takings by method are frozen as its report',
          params: IdParams,
          response: { 200: Shift, ...problems(401, 403, 404, 409) },
        },
      },
      async (request) => closeShift(ctx, staffOf(request), request.params.id),
    );

    app.post(
      '/api/admin/counter-sales',
      {
        config: { access: { role: 'box-office', at: at('show', 'body.showId') } },
        schema: {
          tags: ['box office'],
          operationId: 'sellAtCounter',
          summary:
            "Sell seats at the counter into the cashier's open shift: a confirmed booking with no customer account and no convenience fee, invoiced",
          body: NewCounterSale,
          response: { 201: CounterSale, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const cinemaId = staffOf(request).cinemaId!;
        return reply.status(201).send(await sellAtCounter(ctx, currentUser(request), cinemaId, request.body));
      },
    );

    app.get(
      '/api/admin/counter-sales/:id',
      {
        config: { access: { role: 'box-office', at: at('booking', 'params.id') } },
        schema: {
          tags: ['box office'],
          operationId: 'getCounterSale',
          summary: 'A counter sale, with its ticket token for printing',
          params: IdParams,
          response: { 200: CounterSale, ...problems(401, 403, 404) },
        },
      },
      async (request) => counterSale(ctx, request.params.id),
    );

    app.get(
      '/api/admin/counter-sales/:id/ticket.pdf',
      {
        config: { access: { role: 'box-office', at: at('booking', 'params.id') } },
        schema: {
          tags: ['box office'],
          operationId: 'getCounterTicketPdf',
          summary: "A counter sale's ticket as a PDF to print, with the QR code the door scans; 409 unless confirmed",
          params: IdParams,
          response: {
            200: {
              description: 'the PDF',
              content: { 'application/pdf': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } },
            },
            ...problems(401, 403, 404, 409),
          },
        },
      },
      async (request, reply) => {
        const sale = await counterSale(ctx, request.params.id);
        if (!sale.ticket) throw new InvalidTransition('sale', sale.status, 'a ticket');
        const pdf = await counterTicketPdf({ ...sale, ticket: sale.ticket });
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="ticket-${sale.id}.pdf"`)
          .header('cache-control', 'private, no-store')
          .send(pdf);
      },
    );

    app.post(
      '/api/admin/pickups',
      {
        config: { access: { role: 'box-office', at: at('cinema', 'body.cinemaId') } },
        schema: {
          tags: ['food and drink'],
          operationId: 'collectPickup',
          summary: "Hand over a booking's food and drink at the cinema's counter by its pickup code, once: what to hand over",
          body: PickupAsked,
          response: { 200: Pickup, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => collectPickup(ctx, currentUser(request), request.body),
    );
  };
}
