// Routes of the codes Houseful mails to an account: password reset, and email verification.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../context.ts';
import { problems } from '../http/schemas.ts';
import { authHooks, currentUser } from './auth.ts';
import { resendVerification, verifyEmail } from './email-verification.ts';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.ts';

const Code = Type.String({ minLength: 1, maxLength: 32, description: 'the code from the mail (case, spaces and dashes do not matter)' });

/** Per-client limits of @fastify/rate-limit (routes.ts's AccountRateLimits), or false for none. */
interface Limits {
  signUp: object | false;
  signIn: object | false;
}

export function accountMailRoutes(ctx: Context, limits: Limits): FastifyPluginAsyncTypebox {
  const { requireUser } = authHooks(ctx);
  return async (app) => {
    app.post(
      '/api/password-resets',
      {
        // As many an hour per client address as sign-ups; and at most 3 mails an hour to one address, silently.
        config: { rateLimit: limits.signUp },
        schema: {
          tags: ['accounts'],
          operationId: 'requestPasswordReset',
          security: [],
          summary: 'Forgot password: mails a code to the address when an account has it',
          description:
            'Answers 202 alike whether or not an account has the address. When one has, a mail "Reset your password" ' +
            'carries a code that works once, for 30 minutes. At most 3 such mails go to one address an hour; further ' +
            'requests are answered alike and send nothing.',
          body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }) }, { additionalProperties: false }),
          response: {
            202: Type.Null({ description: 'accepted: a mail is on its way if an account has the address' }),
            ...problems(400, 429),
          },
        },
      },
      async (request, reply) => {
        await requestPasswordReset(ctx, request.body.email);
        return reply.status(202).send(null);
      },
    );

    app.post(
      '/api/password-resets/confirm',
      {
        config: { rateLimit: limits.signIn },
        schema: {
          tags: ['accounts'],
          operationId: 'confirmPasswordReset',
          security: [],
          summary: 'Set a new password with the mailed code: every session of the account ends',
          description:
            'A wrong, used or lapsed code: 400 `reset-code-invalid` and nothing changes. After 5 wrong codes the pending ' +
            'code stops working; ask for a new one.',
          body: Type.Object(
            { email: Type.String({ maxLength: 254 }), code: Code, password: Type.String({ maxLength: 200 }) },
            { additionalProperties: false },
          ),
          response: { 204: Type.Null({ description: 'the password is changed; sign in with it' }), ...problems(400, 429) },
        },
      },
      async (request, reply) => {
        await confirmPasswordReset(ctx, request.body);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/me/email-verification',
      {
        onRequest: requireUser,
        config: { rateLimit: limits.signIn },
        schema: {
          tags: ['accounts'],
          operationId: 'verifyEmail',
          summary: 'Confirm my email with the mailed code',
          description:
            'A wrong or lapsed code: 400 `verification-code-invalid`. After 5 wrong codes the pending code stops working; ask for a new one.',
          body: Type.Object({ code: Code }, { additionalProperties: false }),
          response: { 204: Type.Null({ description: 'verified: emailVerified is true' }), ...problems(400, 401, 429) },
        },
      },
      async (request, reply) => {
        await verifyEmail(ctx, currentUser(request), request.body.code);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/me/email-verification/resend',
      {
        onRequest: requireUser,
        schema: {
          tags: ['accounts'],
          operationId: 'resendEmailVerification',
          summary: 'Mail me a new email verification code',
          description:
            'At most 4 verification mails an hour per account (the sign-up’s and three more): past that, 429 `too-many-mails` with ' +
            'Retry-After. An account already verified is sent nothing.',
          response: { 202: Type.Null({ description: 'a mail with a new code is on its way' }), ...problems(401, 429) },
        },
      },
      async (request, reply) => {
        await resendVerification(ctx, currentUser(request));
        return reply.status(202).send(null);
      },
    );
  };
}
