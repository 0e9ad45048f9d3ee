// Food and drink: what a cinema sells (public), its staff's routes to manage it, and handing it over at the counter.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { currentUser } from '../accounts/auth.ts';
import { mustExist } from '../db/exists.ts';
import type { Context } from '../context.ts';
import { IdParams, problems } from '../http/schemas.ts';
import { at } from '../staff/access.ts';
import { changeItem, cinemaItems, createItem, menu, retire } from './items.ts';
import { Item, ItemChange, MenuItem, NewItem } from './schemas.ts';

export function itemRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/cinemas/:id/items',
      {
        schema: {
          tags: ['browse'],
          operationId: 'listCinemaMenu',
          security: [],
          summary: 'The food and drink a cinema sells now, to add to a booking',
          params: IdParams,
          response: { 200: Type.Array(MenuItem), ...problems(404) },
        },
      },
      async (request) => {
        await mustExist(ctx.db, 'cinemas', request.params.id);
        return menu(ctx, request.params.id);
      },
    );

    app.post(
      '/api/admin/cinemas/:id/items',
      {
        // A missing cinema is a 404 before the body is judged: the access check (staff/access.ts) looks it up first.
        config: { access: { role: 'manager', at: at('cinema', 'params.id') } },
        schema: {
          tags: ['food and drink'],
          operationId: 'createItem',
          summary: 'Add food or drink to a cinema’s menu: price, GST (5% unless set) and, when counted, stock',
          params: IdParams,
          body: NewItem,
          response: { 201: Item, ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => reply.status(201).send(await createItem(ctx, currentUser(request).id, request.params.id, request.body)),
    );

    app.get(
      '/api/admin/cinemas/:id/items',
      {
        config: { access: { role: 'box-office', at: at('cinema', 'params.id') } },
        schema: {
          tags: ['food and drink'],
          operationId: 'listItems',
          summary: 'Every item of a cinema with its stock, retired ones last',
          params: IdParams,
          response: { 200: Type.Array(Item), ...problems(401, 403, 404) },
        },
      },
      async (request) => cinemaItems(ctx, request.params.id),
    );

    app.patch(
      '/api/admin/items/:id',
      {
        config: { access: { role: 'manager', at: at('item', 'params.id') } },
        schema: {
          tags: ['food and drink'],
          operationId: 'changeItem',
          summary: 'Change an item’s name, price or GST, or set its stock to what is on the shelf',
          params: IdParams,
          body: ItemChange,
          response: { 200: Item, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => changeItem(ctx, currentUser(request).id, request.params.id, request.body),
    );

    app.post(
      '/api/admin/items/:id/retire',
      {
        config: { access: { role: 'manager', at: at('item', 'params.id') } },
        schema: {
          tags: ['food and drink'],
          operationId: 'retireItem',
          summary: 'Stop selling an item; bookings that have it keep it',
          params: IdParams,
          response: { 200: Item, ...problems(401, 403, 404) },
        },
      },
      async (request) => retire(ctx, currentUser(request).id, request.params.id),
    );
  };
}
