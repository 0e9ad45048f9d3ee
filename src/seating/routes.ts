// Staff routes over seats: hold seats of a show back and let them go, and a cinema's rule
// against lone seats. Thin HTTP over blocks.ts and settings.ts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { currentUser } from '../accounts/auth.ts';
import type { Context } from '../context.ts';
import { IdParams, problems } from '../http/schemas.ts';
import { at } from '../staff/access.ts';
import { blockShowSeats, releaseShowSeats, showBlocks } from './blocks.ts';
import { BlockBody, ReleaseBody, Seating, SeatingView, ShowBlocks } from './schemas.ts';
import { cinemaSeating, setCinemaSeating } from './settings.ts';

export function seatingRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  // A missing show or cinema is a 404 before the body is judged: the access check (staff/access.ts) looks it up first.
  return async (app) => {
    app.get(
      '/api/admin/shows/:id/blocks',
      {
        config: { access: { role: 'manager', at: at('show', 'params.id') } },
        schema: {
          tags: ['admin'],
          operationId: 'listShowBlocks',
          summary: "A show's seats held back by the cinema, with why",
          params: IdParams,
          response: { 200: ShowBlocks, ...problems(401, 403, 404) },
        },
      },
      async (request) => showBlocks(ctx, request.params.id),
    );

    app.post(
      '/api/admin/shows/:id/blocks',
      {
        config: { access: { role: 'manager', at: at('show', 'params.id') } },
        schema: {
          tags: ['admin'],
          operationId: 'blockShowSeats',
          summary: 'Hold seats of a show back (house seats, a broken seat, guests): all or none',
          description:
            'Blocked seats read `booked` with `blocked: true` and cannot be held. A seat someone holds or has bought is refused ' +
            'with 409 seats-unavailable naming it; seats of another show are a 400.',
          params: IdParams,
          body: BlockBody,
          response: { 200: ShowBlocks, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => blockShowSeats(ctx, currentUser(request).id, request.params.id, request.body),
    );

    app.post(
      '/api/admin/shows/:id/blocks/release',
      {
        config: { access: { role: 'manager', at: at('show', 'params.id') } },
        schema: {
          tags: ['admin'],
          operationId: 'releaseShowSeats',
          summary: 'Let blocked seats of a show go; seats not blocked are left as they are',
          params: IdParams,
          body: ReleaseBody,
          response: { 200: ShowBlocks, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => releaseShowSeats(ctx, currentUser(request).id, request.params.id, request.body),
    );

    app.get(
      '/api/admin/cinemas/:id/seating',
      {
        config: { access: { role: 'manager', at: at('cinema', 'params.id') } },
        schema: {
          tags: ['admin'],
          operationId: 'getCinemaSeating',
          summary: "A cinema's seating rule",
          params: IdParams,
          response: { 200: SeatingView, ...problems(401, 403, 404) },
        },
      },
      async (request) => cinemaSeating(ctx, request.params.id),
    );

    app.put(
      '/api/admin/cinemas/:id/seating',
      {
        config: { access: { role: 'manager', at: at('cinema', 'params.id') } },
        schema: {
          tags: ['admin'],
          operationId: 'setCinemaSeating',
          summary: 'Turn the rule against lone seats on or off',
          params: IdParams,
          body: Seating,
          response: { 200: SeatingView, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => setCinemaSeating(ctx, currentUser(request).id, request.params.id, request.body),
    );
  };
}
