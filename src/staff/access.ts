// Who may do what on the staff routes, decided in one place. Every /api/admin route declares in
// its config the least role it needs and, when it acts at one cinema, where the request names
// what it acts on; the hooks below check that before any handler runs, and a route that declares
// nothing cannot be registered at all.
//
// Roles rank door < box-office < manager < admin. Admins have every cinema; the others have the
// cinemas they were granted. Something at a cinema where the caller's role is too low (or none)
// answers exactly as if it did not exist; a route beyond the caller's highest role is a 403.
// What belongs to the whole chain (a promo code of every cinema) only an admin may change.
// Lists declare no place: they read only the caller's cinemas (cinemasWhere), so another cinema's
// things are absent from them as missing ones are.
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { authHooks, currentUser } from '../accounts/auth.ts';
import type { Context } from '../context.ts';
import type { User } from '../domain/user.ts';
import { Forbidden, NotFound, TicketInvalid, type DomainError } from '../domain/errors.ts';
import { cinemaOf, rolesOf, type CinemaRole, type Subject } from './repository.ts';

export type { CinemaRole } from './repository.ts';
export type StaffRole = 'admin' | CinemaRole;

export const STAFF_ROLES: readonly StaffRole[] = ['door', 'box-office', 'manager', 'admin'];
const rank = (role: StaffRole | undefined): number => (role === undefined ? 0 : STAFF_ROLES.indexOf(role) + 1);

/** Where a request names what it acts on: a field of its params, body or query. */
export interface Place {
  subject: Subject | 'ticket';
  in: 'params' | 'body' | 'query';
  field: string;
  /**
   * `chain`: when the request names nothing there it acts on the whole chain, which only an admin
   * may. Unset: the route's schema requires the field.
   */
  absent?: 'chain';
}

export interface Access {
  /** The least role the route needs; `admin` is the chain's own (cities, movies, staff). */
  role: StaffRole;
  /** Set when the route acts at one cinema: the caller's role is judged there. */
  at?: Place;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Every staff route as registered, `METHOD /url`, with the access it declares. */
    staffAccess: ReadonlyMap<string, Access>;
  }
  interface FastifyRequest {
    staff: StaffScope | null;
  }
}

/** The caller's roles, as the access hooks read them for this request. */
export interface StaffScope {
  userId: string;
  admin: boolean;
  roles: ReadonlyMap<string, CinemaRole>;
  /** The cinema the request acts at, once its place was read. */
  cinemaId?: string;
}

/** A place at a subject named by `params.id`, `body.showId`, `query.cinemaId`…, for a route's access.at. */
export function at(subject: Place['subject'], where: `${Place['in']}.${string}`, absent?: Place['absent']): Place {
  const [source, field] = where.split('.') as [Place['in'], string];
  return { subject, in: source, field, ...(absent ? { absent } : {}) };
}

export function roleAt(scope: StaffScope, cinemaId: string): StaffRole | undefined {
  return scope.admin ? 'admin' : scope.roles.get(cinemaId);
}

export function mayActAt(scope: StaffScope, cinemaId: string, least: StaffRole): boolean {
  return rank(roleAt(scope, cinemaId)) >= rank(least);
}

/** The cinemas where the caller has at least `least`; null for all of them (an admin). */
export function cinemasWhere(scope: StaffScope, least: StaffRole): string[] | null {
  if (scope.admin) return null;
  return [...scope.roles].filter(([, role]) => rank(role) >= rank(least)).map(([cinemaId]) => cinemaId);
}

function highestRole(scope: StaffScope): StaffRole | undefined {
  if (scope.admin) return 'admin';
  return [...scope.roles.values()].sort((a, b) => rank(b) - rank(a))[0];
}

export async function staffScope(ctx: Context, user: { id: string; role: string; hasCinemaRoles: boolean }): Promise<StaffScope> {
  const admin = user.role === 'admin';
  // Known with the session (and forgotten with it when a role is granted), so a customer costs no read here.
  const roles = admin || !user.hasCinemaRoles ? [] : await rolesOf(ctx.db, user.id);
  return { userId: user.id, admin, roles: new Map(roles.map((r) => [r.cinema_id, r.role])) };
}

/** The cinemas where the account has a role, as /api/me shows them. */
export async function cinemaRolesOf(ctx: Context, user: User): Promise<{ cinemaId: string; role: CinemaRole }[]> {
  const scope = await staffScope(ctx, user);
  return [...scope.roles].map(([cinemaId, role]) => ({ cinemaId, role }));
}

/** The scope the access hooks set; only called on routes that declare access. */
export function staffOf(request: FastifyRequest): StaffScope {
  if (!request.staff) throw new Forbidden('this route is for cinema staff only');
  return request.staff;
}

/** What the request names at its place; undefined when it names nothing there or nothing an id could be. */
function readPlace(request: FastifyRequest, place: Place): string | undefined | 'absent' {
  const source = place.in === 'params' ? request.params : place.in === 'body' ? request.body : request.query;
  const value = source && typeof source === 'object' ? (source as Record<string, unknown>)[place.field] : undefined;
  if (value === undefined || value === null || value === '') return 'absent';
  const longest = place.subject === 'ticket' ? 200 : 64;
  return typeof value === 'string' && value.length <= longest ? value : undefined;
}

/** The cinema of what the request names, and what the caller is told when it is missing or not theirs to see. */
async function locate(
  ctx: Context,
  bookingOfTicket: BookingOfTicket,
  subject: Place['subject'],
  id: string,
): Promise<{ cinemaId?: string | null; hidden: DomainError } | 'unreadable'> {
  if (subject !== 'ticket') {
    const cinemaId = await cinemaOf(ctx.db, subject, id);
    return { ...(cinemaId !== undefined ? { cinemaId } : {}), hidden: new NotFound(subject) };
  }
  // A malformed or forged ticket is the check-in's own answer; a genuine one at another cinema reads as no ticket.
  const bookingId = await bookingOfTicket(id);
  if (!bookingId) return 'unreadable';
  const cinemaId = await cinemaOf(ctx.db, 'booking', bookingId);
  return { ...(cinemaId ? { cinemaId } : {}), hidden: new TicketInvalid() };
}

/** The booking a genuine ticket token names; undefined for a malformed or forged one (tickets/ reads them). */
export type BookingOfTicket = (token: string) => Promise<string | undefined>;

/** The hooks app.ts installs once for every route. */
export function accessHooks(ctx: Context, bookingOfTicket: BookingOfTicket) {
  const { requireUser } = authHooks(ctx);

  const declared = new Map<string, Access>();

  /** At start: a staff route that declares no access rule is a mistake, refused before the server listens. */
  function onRoute(route: RouteOptions): void {
    if (!route.url.startsWith('/api/admin')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`${String(route.method)} ${route.url} declares no access rule (config.access)`);
    for (const method of [route.method].flat()) declared.set(`${method} ${route.url}`, access);
  }

  async function onRequest(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const access = request.routeOptions.config.access;
    if (!access) return;
    await requireUser(request, reply);
    const scope = await staffScope(ctx, currentUser(request));
    const highest = highestRole(scope);
    if (highest === undefined) throw new Forbidden('this route is for cinema staff only');
    if (rank(highest) < rank(access.role)) {
      throw new Forbidden(access.role === 'admin' ? 'only an admin may do this' : `this needs the role ${access.role} or above`);
    }
    request.staff = scope;
  }

  // After the body is parsed and before it is validated: a foreign cinema's thing is a 404 before any 400.
  async function preValidation(request: FastifyRequest): Promise<void> {
    const access = request.routeOptions.config.access;
    const scope = request.staff;
    if (!access?.at || !scope) return;
    const place = access.at;
    const value = readPlace(request, place);
    if (value === undefined) return;
    if (value === 'absent') {
      if (place.absent === 'chain' && !scope.admin)
        throw new Forbidden(`without ${place.field} this acts on every cinema: only an admin may`);
      return;
    }
    const found = await locate(ctx, bookingOfTicket, place.subject, value);
    if (found === 'unreadable') return;
    if (found.cinemaId === null) {
      if (!scope.admin) throw new Forbidden(`this ${place.subject} belongs to the whole chain: only an admin may change it`);
      return;
    }
    if (found.cinemaId === undefined || !mayActAt(scope, found.cinemaId, access.role)) throw found.hidden;
    scope.cinemaId = found.cinemaId;
  }

  return { onRoute, onRequest, preValidation, declared: declared as ReadonlyMap<string, Access> };
}
