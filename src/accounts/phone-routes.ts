// Phone routes: changing the account's phone, verifying it with a code by SMS, and signing in with
// a code sent to a verified phone (accounts/phone-codes.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../context.ts';
import { problems } from '../http/schemas.ts';
import { publicUser } from './accounts.ts';
import { authHooks, currentUser } from './auth.ts';
import { changePhone, confirmPhoneVerification, requestPhoneVerification, requestSignInCode, signInWithCode } from './phone-codes.ts';
import { Session, SignedInUser } from './routes.ts';

const Phone = Type.String({
  maxLength: 20,
  pattern: '^\\+?[0-9 ()-]{6,20}$',
  description: 'a mobile number; 10 digits alone are taken as Indian (+91)',
});
// Checked by normalisePhone, which says in words what a number an SMS can reach looks like.
const PhoneToReach = Type.String({
  minLength: 1,
  maxLength: 20,
  description: 'a mobile number; 10 digits alone are taken as Indian (+91)',
});
const Code = Type.String({ pattern: '^[0-9]{6}$', description: 'the 6 digits of the SMS' });

const CODE_RULES =
  'A code is 6 digits, works for 10 minutes and once; after 5 wrong tries it stops working and a new one must be asked for. ' +
  'Codes asked for are limited per phone (SMS_CODES_PER_PHONE_PER_HOUR) and per client address (SMS_CODES_PER_ADDRESS_PER_HOUR): ' +
  'past either, 429 `too-many-code-requests` with Retry-After. Without SMS_WEBHOOK_URL: 503 `sms-unavailable`.';

/** Per-client limit of @fastify/rate-limit on trying codes, or false for none. */
export interface PhoneRateLimits {
  tryCode: object | false;
}

export function phoneRoutes(ctx: Context, limits: PhoneRateLimits): FastifyPluginAsyncTypebox {
  const { requireUser } = authHooks(ctx);
  return async (app) => {
    app.patch(
      '/api/me',
      {
        onRequest: requireUser,
        schema: {
          tags: ['accounts'],
          operationId: 'updateMe',
          summary: 'Change my phone (null: none); a different number is no longer verified',
          body: Type.Object({ phone: Type.Optional(Type.Union([Phone, Type.Null()])) }, { additionalProperties: false }),
          response: { 200: SignedInUser, ...problems(400, 401) },
        },
      },
      async (request) => {
        const user = currentUser(request);
        const phone =
          request.body.phone === undefined
            ? { phone: user.phone, phoneVerified: user.phoneVerified }
            : await changePhone(ctx, user, request.body.phone);
        return { ...publicUser(user), role: user.role, ...phone };
      },
    );

    app.post(
      '/api/me/phone-verification',
      {
        onRequest: requireUser,
        schema: {
          tags: ['accounts'],
          operationId: 'requestPhoneVerification',
          summary: "Send a code by SMS to my account's phone, to verify it",
          description: `The SMS leaves through the outbox, moments after the answer. ${CODE_RULES}`,
          response: {
            202: Type.Null({ description: 'a code is on its way to the phone' }),
            ...problems(400, 401, 429, 503),
          },
        },
      },
      async (request, reply) => {
        await requestPhoneVerification(ctx, currentUser(request), request.ip);
        return reply.status(202).send(null);
      },
    );

    app.post(
      '/api/me/phone-verification/confirm',
      {
        onRequest: requireUser,
        config: { rateLimit: limits.tryCode },
        schema: {
          tags: ['accounts'],
          operationId: 'confirmPhoneVerification',
          summary: 'Verify my phone with the code the SMS brought',
          description: 'A wrong, used or lapsed code, or one sent before the phone changed: 400 `phone-code-invalid` naming `code`.',
          body: Type.Object({ code: Code }, { additionalProperties: false }),
          response: { 204: Type.Null({ description: 'the phone is verified' }), ...problems(400, 401, 429) },
        },
      },
      async (request, reply) => {
        await confirmPhoneVerification(ctx, currentUser(request), request.body.code);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/sessions/otp',
      {
        schema: {
          tags: ['accounts'],
          operationId: 'requestSignInCode',
          security: [],
          summary: 'Sign in by SMS, step 1: send a code to a verified phone',
          description:
            'The same 202 whether or not an account has verified this phone; when several have, the code signs in the one that ' +
            `verified it last. ${CODE_RULES}`,
          body: Type.Object({ phone: PhoneToReach }, { additionalProperties: false }),
          response: {
            202: Type.Null({ description: 'when an account has verified this phone, a code is on its way to it' }),
            ...problems(400, 429, 503),
          },
        },
      },
      async (request, reply) => {
        await requestSignInCode(ctx, request.body.phone, request.ip);
        return reply.status(202).send(null);
      },
    );

    app.post(
      '/api/sessions/otp/confirm',
      {
        config: { rateLimit: limits.tryCode },
        schema: {
          tags: ['accounts'],
          operationId: 'signInWithCode',
          security: [],
          summary: 'Sign in by SMS, step 2: the code opens a session, as POST /api/sessions does',
          description: 'A wrong, used or lapsed code: 400 `phone-code-invalid` naming `code`, the same whichever it is.',
          body: Type.Object({ phone: PhoneToReach, code: Code }, { additionalProperties: false }),
          response: { 201: Session, ...problems(400, 429) },
        },
      },
      async (request, reply) => reply.status(201).send(await signInWithCode(ctx, request.body.phone, request.body.code)),
    );
  };
}
