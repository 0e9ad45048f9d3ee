// Account routes: sign up, sign in and out, who the bearer token belongs to, and changing the password.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../context.ts';
import type { User } from '../domain/user.ts';
import { problems, Text } from '../http/schemas.ts';
import { changePassword, publicUser, signOut } from './accounts.ts';
import { accountMailRoutes } from './account-mail-routes.ts';
import { signUp } from './email-verification.ts';
import { authHooks, bearerToken, currentUser } from './auth.ts';
import { signInWithBackoff } from './sign-in-backoff.ts';

const PublicUser = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    email: Type.String(),
    phone: Type.Union([Type.String(), Type.Null()]),
    emailVerified: Type.Boolean({ description: 'whether the account confirmed its email with the mailed code' }),
  },
  { title: 'User' },
);

export const SignedInUser = Type.Object(
  {
    ...PublicUser.properties,
    role: Type.String(),
    phoneVerified: Type.Boolean({ description: 'the account proved, with a code sent by SMS, that its phone is its own' }),
  },
  { title: 'SignedInUser' },
);

/** What a sign-in answers, by password or by a code sent by SMS. */
export const Session = Type.Object({ token: Type.String(), user: SignedInUser }, { title: 'Session' });

const Me = Type.Object(
  {
    ...SignedInUser.properties,
    cinemaRoles: Type.Array(Type.Object({ cinemaId: Type.String(), role: Type.String() }), {
      description: 'the roles of a member of staff at cinemas (an admin has every cinema and needs none)',
    }),
  },
  { title: 'Me' },
);

/** Per-client limits of @fastify/rate-limit for each route, or false for none. */
export interface AccountRateLimits {
  signUp: object | false;
  signIn: object | false;
}

/** The cinemas where an account has a staff role (staff/ knows them; accounts only shows them). */
export type CinemaRolesOf = (user: User) => Promise<{ cinemaId: string; role: string }[]>;

export function accountRoutes(ctx: Context, limits: AccountRateLimits, cinemaRolesOf: CinemaRolesOf): FastifyPluginAsyncTypebox {
  const { requireUser } = authHooks(ctx);
  return async (app) => {
    app.post(
      '/api/users',
      {
        config: { rateLimit: limits.signUp },
        schema: {
          tags: ['accounts'],
          operationId: 'signUp',
          security: [],
          summary: 'Sign up: a mail "Confirm your email" carries the code for POST /api/me/email-verification',
          body: Type.Object(
            {
              name: Text(100),
              email: Type.String({ minLength: 3, maxLength: 254 }),
              password: Type.String({ maxLength: 200 }),
              phone: Type.Optional(Type.Union([Type.String({ maxLength: 20, pattern: '^\\+?[0-9 ()-]{6,20}$' }), Type.Null()])),
            },
            { additionalProperties: false },
          ),
          response: { 201: PublicUser, ...problems(400, 409, 429) },
        },
      },
      async (request, reply) => reply.status(201).send(publicUser(await signUp(ctx, request.body))),
    );

    app.post(
      '/api/sessions',
      {
        config: { rateLimit: limits.signIn },
        schema: {
          tags: ['accounts'],
          operationId: 'signIn',
          security: [],
          summary: 'Sign in: returns a bearer token',
          body: Type.Object(
            { email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 200 }) },
            { additionalProperties: false },
          ),
          description:
            'Limited per client address (SIGN_IN_LIMIT_PER_MINUTE) and per account: after SIGN_IN_BACKOFF_AFTER wrong passwords ' +
            'in a row each try must wait twice as long as the last (429 `too-many-attempts` with Retry-After), the right password too.',
          response: { 201: Session, ...problems(400, 401, 429) },
        },
      },
      async (request, reply) => reply.status(201).send(await signInWithBackoff(ctx, request.body.email, request.body.password)),
    );

    app.delete(
      '/api/sessions',
      {
        onRequest: requireUser,
        schema: {
          tags: ['accounts'],
          operationId: 'signOut',
          summary: 'Sign out: ends this session, or with ?all=true every session of the account',
          querystring: Type.Object(
            {
              all: Type.Optional(
                Type.Union([Type.Literal('true'), Type.Literal('false')], { description: 'true: sign out everywhere, on every device' }),
              ),
            },
            { additionalProperties: false },
          ),
          response: { 204: Type.Null({ description: 'signed out; the token is refused from now on' }), ...problems(400, 401) },
        },
      },
      async (request, reply) => {
        await signOut(ctx.db, ctx.sessions, currentUser(request), bearerToken(request) ?? '', { everywhere: request.query.all === 'true' });
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/me/password',
      {
        onRequest: requireUser,
        config: { rateLimit: limits.signIn },
        schema: {
          tags: ['accounts'],
          operationId: 'changePassword',
          summary: 'Change my password: every other session of the account ends, this one goes on',
          body: Type.Object(
            { currentPassword: Type.String({ maxLength: 200 }), newPassword: Type.String({ maxLength: 200 }) },
            { additionalProperties: false },
          ),
          response: { 204: Type.Null({ description: 'changed' }), ...problems(400, 401, 429) },
        },
      },
      async (request, reply) => {
        await changePassword(ctx.db, ctx.sessions, currentUser(request), bearerToken(request) ?? '', request.body);
        return reply.status(204).send(null);
      },
    );

    // So the web app can restore a session and show staff their pages.
    app.get(
      '/api/me',
      {
        onRequest: requireUser,
        schema: {
          tags: ['accounts'],
          operationId: 'getMe',
          summary: 'The signed-in user',
          response: { 200: Me, ...problems(401) },
        },
      },
      async (request) => {
        const user = currentUser(request);
        return { ...publicUser(user), role: user.role, phoneVerified: user.phoneVerified, cinemaRoles: await cinemaRolesOf(user) };
      },
    );

    await app.register(accountMailRoutes(ctx, limits));
  };
}
