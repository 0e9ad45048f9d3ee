// Bearer-token authentication as a route hook: who the caller is.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { userForToken, type User } from './accounts.ts';
import type { Context } from '../context.ts';
import { Unauthenticated } from '../domain/errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
  }
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

export function authHooks(ctx: Context) {
  async function requireUser(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const token = bearerToken(request);
    if (!token) throw new Unauthenticated('send Authorization: Bearer <token> from POST /api/sessions');
    const user = await userForToken(ctx.db, ctx.sessions, ctx.clock, token);
    if (!user) throw new Unauthenticated('the session token is unknown or has expired; sign in again');
    request.user = user;
  }

  // Staff routes are guarded by their declared access (staff/access.ts), which calls this first.
  return { requireUser };
}

/** The signed-in user; only called behind requireUser. */
export function currentUser(request: FastifyRequest): User {
  if (!request.user) throw new Unauthenticated('sign in first');
  return request.user;
}
