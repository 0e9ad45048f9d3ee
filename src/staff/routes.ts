// Staff routes about staff: granting roles, the list of staff, and the audit log.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { currentUser } from '../accounts/auth.ts';
import type { Context } from '../context.ts';
import { Id, IdParams, problems } from '../http/schemas.ts';
import { cinemasWhere, staffOf } from './access.ts';
import { readAudit } from '../audit/audit.ts';
import { NewStaffRole, StaffMember } from './schemas.ts';
import { AuditEntry, AuditQuery } from '../audit/schemas.ts';
import { grantRole, listStaff, revokeAllRoles, revokeRole } from './staff.ts';

export function staffRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/admin/staff',
      {
        config: { access: { role: 'admin' } },
        schema: {
          tags: ['staff'],
          operationId: 'grantStaffRole',
          summary: 'Give an existing account a role: admin (every cinema), or manager, box-office or door at the cinemas named',
          body: NewStaffRole,
          response: { 201: StaffMember, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => reply.status(201).send(await grantRole(ctx, currentUser(request).id, request.body)),
    );

    app.get(
      '/api/admin/staff',
      {
        config: { access: { role: 'admin' } },
        schema: {
          tags: ['staff'],
          operationId: 'listStaff',
          summary: 'Every admin and every account with a role at a cinema',
          response: { 200: Type.Array(StaffMember), ...problems(401, 403) },
        },
      },
      async () => listStaff(ctx),
    );

    app.delete(
      '/api/admin/staff/:id/cinemas/:cinemaId',
      {
        config: { access: { role: 'admin' } },
        schema: {
          tags: ['staff'],
          operationId: 'revokeStaffRole',
          summary: "Take an account's role at one cinema away",
          params: Type.Object({ id: Id, cinemaId: Id }),
          response: { 204: Type.Null(), ...problems(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await revokeRole(ctx, currentUser(request).id, request.params.id, request.params.cinemaId);
        return reply.status(204).send(null);
      },
    );

    app.delete(
      '/api/admin/staff/:id',
      {
        config: { access: { role: 'admin' } },
        schema: {
          tags: ['staff'],
          operationId: 'revokeAllStaffRoles',
          summary: 'Take every role an account has away (at every cinema, and admin): it is a customer again; not your own',
          params: IdParams,
          response: { 204: Type.Null(), ...problems(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await revokeAllRoles(ctx, currentUser(request).id, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/admin/audit',
      {
        config: { access: { role: 'manager' } },
        schema: {
          tags: ['staff'],
          operationId: 'readAuditLog',
          summary: "Who did what, when and at which cinema, newest first: all of it for an admin, a manager's cinemas for a manager",
          querystring: AuditQuery,
          response: { 200: Type.Array(AuditEntry), ...problems(400, 401, 403) },
        },
      },
      async (request) => readAudit(ctx.db, cinemasWhere(staffOf(request), 'manager'), request.query),
    );
  };
}
