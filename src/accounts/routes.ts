import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../context.ts';
import { problems, Text } from '../http/schemas.ts';
import { createUser, publicUser, signIn } from './accounts.ts';

const PublicUser = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
});

export function accountRoutes(ctx: Context, rateLimit: object | false): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/users',
      {
        config: { rateLimit },
        schema: {
          tags: ['accounts'],
          summary: 'Sign up',
          body: Type.Object(
            {
              name: Text(100),
              email: Type.String({ minLength: 3, maxLength: 254 }),
              password: Type.String({ maxLength: 200 }),
              phone: Type.Optional(Type.Union([Type.String({ maxLength: 20, pattern: '^\\+?[0-9 ()-]{6,20}$' }), Type.Null()])),
            },
            { additionalProperties: false },
          ),
          response: { 201: PublicUser, ...problems(400, 409) },
        },
      },
      async (request, reply) => {
        const user = await createUser(ctx.db, request.body);
        return reply.status(201).send(publicUser(user));
      },
    );

    app.post(
      '/api/sessions',
      {
        config: { rateLimit },
        schema: {
          tags: ['accounts'],
          summary: 'Sign in: returns a bearer token',
          body: Type.Object(
            { email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 200 }) },
            { additionalProperties: false },
          ),
          response: {
            201: Type.Object({ token: Type.String(), user: Type.Object({ ...PublicUser.properties, role: Type.String() }) }),
            ...problems(400, 401),
          },
        },
      },
      async (request, reply) => {
        const session = await signIn(ctx.db, ctx.clock, ctx.config.sessionTtlHours, request.body.email, request.body.password);
        return reply.status(201).send(session);
      },
    );
  };
}
