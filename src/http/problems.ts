// Every error leaves as application/problem+json (RFC 9457), mapped here and nowhere else.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  CheckInClosed,
  CheckInNotOpen,
  CheckoutRequired,
  CompanionSeatReserved,
  DocumentNotIssued,
  PromoCodeNotApplicable,
  PromoCodeTaken,
  PromoCodeUsesTaken,
  DomainError,
  EmailTaken,
  Forbidden,
  GatewayUnavailable,
  HoldExpired,
  HeldItemsLimitReached,
  HoldLimitReached,
  IdempotencyKeyInUse,
  IdempotencyKeyReused,
  InvalidInput,
  InvalidTransition,
  ItemsAlreadyCollected,
  ItemsRefunded,
  ReholdCooldown,
  DailyHoldBudgetSpent,
  ItemsUnavailable,
  NewAccountHoldLimit,
  NoOpenShift,
  NoHostedCheckout,
  NoRefundNow,
  NotFound,
  PaymentDeclined,
  PaymentPending,
  SeatsAlreadyCancelled,
  SeatsUnavailable,
  ShowNotUpcoming,
  ShowOverlap,
  ShowStarted,
  ShowStartedBeforePayment,
  ShiftAlreadyOpen,
  TicketAlreadyUsed,
  TicketCheckedIn,
  TicketInvalid,
  TicketNotValid,
  TicketReissued,
  TooManyAttempts,
  TooManyPromoCodeAttempts,
  Unauthenticated,
  WouldStrandSeat,
  ResetCodeInvalid,
  VerificationCodeInvalid,
  EmailNotVerified,
  TooManyMails,
  AccountHasOpenBookings,
  AccountIsAdmin,
  PhoneCodeInvalid,
  TooManyCodeRequests,
  SmsUnavailable,
} from '../domain/errors.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  [member: string]: unknown;
}

const PROBLEM_BASE = '/problems/';

/** Each domain error's status and title; a test checks that every error in domain/errors.ts is here. */
export const domainProblems: [new (...args: never[]) => DomainError, number, string][] = [
  [NotFound, 404, 'Not found'],
  [InvalidInput, 400, 'Invalid input'],
  [Unauthenticated, 401, 'Sign in required'],
  [Forbidden, 403, 'Forbidden'],
  [SeatsUnavailable, 409, 'Seats unavailable'],
  [HoldLimitReached, 409, 'Too many seats held'],
  [HoldExpired, 409, 'Hold expired'],
  [PaymentDeclined, 402, 'Payment declined'],
  [PaymentPending, 503, 'Payment pending'],
  [ShowNotUpcoming, 409, 'Show not upcoming'],
  [InvalidTransition, 409, 'Not allowed in this state'],
  [ShowStarted, 409, 'Show already started'],
  [EmailTaken, 409, 'Email already registered'],
  [ShowOverlap, 409, 'Show overlaps another'],
  [IdempotencyKeyReused, 422, 'Idempotency key reused'],
  [IdempotencyKeyInUse, 409, 'Idempotency key in use'],
  [TicketInvalid, 422, 'Not a valid ticket'],
  [TicketNotValid, 409, 'Ticket not valid'],
  [TicketAlreadyUsed, 409, 'Ticket already used'],
  [TooManyAttempts, 429, 'Too many attempts'],
  [TooManyPromoCodeAttempts, 429, 'Too many promo code attempts'],
  [NewAccountHoldLimit, 409, 'Too many seats held by a new account'],
  [TicketCheckedIn, 409, 'Ticket already checked in'],
  [ShowStartedBeforePayment, 409, 'Show started before payment'],
  [CheckInNotOpen, 409, 'Check-in not open yet'],
  [CheckInClosed, 409, 'Check-in closed'],
  [DocumentNotIssued, 409, 'Not issued yet'],
  [PromoCodeNotApplicable, 409, 'Promo code not applicable'],
  [PromoCodeTaken, 409, 'Promo code exists'],
  [PromoCodeUsesTaken, 409, 'Uses already taken'],
  [NoOpenShift, 409, 'No open shift'],
  [ShiftAlreadyOpen, 409, 'Shift already open'],
  [GatewayUnavailable, 503, 'Payment gateway unavailable'],
  [CheckoutRequired, 409, 'Pay on the checkout'],
  [NoHostedCheckout, 409, 'No checkout to open'],
  [WouldStrandSeat, 409, 'Would leave a seat alone'],
  [CompanionSeatReserved, 409, 'Companion seat kept for a wheelchair user'],
  [NoRefundNow, 409, 'No cancellation now'],
  [SeatsAlreadyCancelled, 409, 'Seats already cancelled'],
  [TicketReissued, 409, 'Ticket reissued'],
  [ItemsUnavailable, 409, 'Items unavailable'],
  [HeldItemsLimitReached, 409, 'Too many items held'],
  [ItemsAlreadyCollected, 409, 'Items already collected'],
  [ItemsRefunded, 409, 'Items refunded'],
  [ResetCodeInvalid, 400, 'Reset code not valid'],
  [VerificationCodeInvalid, 400, 'Verification code not valid'],
  [EmailNotVerified, 403, 'Email not verified'],
  [TooManyMails, 429, 'Too many mails'],
  [AccountHasOpenBookings, 409, 'Bookings still open'],
  [AccountIsAdmin, 409, 'Admin account'],
  [ReholdCooldown, 409, 'Seats let go a moment ago'],
  [DailyHoldBudgetSpent, 409, 'Too many unpaid holds today'],
  [PhoneCodeInvalid, 400, 'Code not valid'],
  [TooManyCodeRequests, 429, 'Too many codes asked for'],
  [SmsUnavailable, 503, 'SMS not available'],
];

export function problem(name: string, status: number, title: string, detail: string, extra: Record<string, unknown> = {}): Problem {
  return { type: PROBLEM_BASE + name, title, status, detail, ...extra };
}

export function problemForDomainError(error: DomainError): Problem {
  const entry = domainProblems.find(([type]) => error instanceof type);
  // An error missing from the table is a bug here, not the client's fault: never a silent 400.
  if (!entry) return problem('internal-error', 500, 'Internal error', 'something went wrong on our side; it has been logged');
  const [, status, title] = entry;
  return problem(error.problem, status, title, error.message, error.extra());
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** "/card/number" → "card.number", "/seatIds/2" → "seatIds[2]"; a missing or unknown property is named too. */
function fieldOf(error: AjvError, context: string | undefined): string {
  let path = error.instancePath;
  if (error.keyword === 'required') path += `/${String(error.params.missingProperty)}`;
  if (error.keyword === 'additionalProperties') path += `/${String(error.params.additionalProperty)}`;
  const field = path
    .split('/')
    .filter(Boolean)
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
  return field || (context === 'body' ? 'body' : (context ?? 'body'));
}

function messageOf(error: AjvError): string {
  if (error.keyword === 'additionalProperties') return 'is not a field this request accepts';
  if (error.keyword === 'required') return 'is required';
  return error.message ?? 'is invalid';
}

export function validationProblem(errors: AjvError[], context: string | undefined): Problem {
  const list = errors.map((error) => ({ field: fieldOf(error, context), message: messageOf(error) }));
  const unique = list.filter((item, i) => list.findIndex((other) => other.field === item.field) === i);
  const detail = unique.map((item) => `${item.field}: ${item.message}`).join('; ');
  return problem('invalid-input', 400, 'Invalid input', detail, { field: unique[0]?.field ?? 'body', errors: unique });
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  // A problem that says when to come back says it in the header too.
  if (typeof body.retryAfterSeconds === 'number') reply.header('retry-after', String(body.retryAfterSeconds));
  return reply.status(body.status).type('application/problem+json').send(body);
}

/** Fastify's own errors (parsing, limits, validation) and ours, all as problems; a 5xx never shows its cause. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof DomainError) {
    const body = problemForDomainError(error);
    if (body.status >= 500) request.log.error({ err: error }, 'a domain error has no problem status');
    return sendProblem(reply, body);
  }
  if (error.validation) return sendProblem(reply, validationProblem(error.validation as AjvError[], error.validationContext));
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return sendProblem(reply, problem('invalid-input', 400, 'Invalid input', 'body: is not valid JSON', { field: 'body' }));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendProblem(reply, problem('invalid-input', 400, 'Invalid input', 'body: is empty; send a JSON object', { field: 'body' }));
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendProblem(
        reply,
        problem('body-too-large', 413, 'Body too large', 'body: is larger than this server accepts', { field: 'body' }),
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendProblem(
        reply,
        problem('unsupported-media-type', 415, 'Unsupported media type', 'body: send application/json', { field: 'Content-Type' }),
      );
  }
  const status = error.statusCode ?? 500;
  if (status === 429) {
    return sendProblem(reply, problem('rate-limited', 429, 'Too many requests', error.message));
  }
  if (status >= 400 && status < 500) {
    return sendProblem(reply, problem('bad-request', status, 'Bad request', error.message));
  }
  request.log.error({ err: error }, 'request failed');
  const unavailable = isDatabaseOutage(error);
  return sendProblem(
    reply,
    unavailable
      ? problem('service-unavailable', 503, 'Service unavailable', 'the database is not answering; try again shortly', {
          retryAfterSeconds: DATABASE_OUTAGE_RETRY_AFTER_SECONDS,
        })
      : problem('internal-error', 500, 'Internal error', 'something went wrong on our side; it has been logged'),
  );
}

/** A database outage (a restart, a failover) lasts seconds: clients are told to try again after this. */
const DATABASE_OUTAGE_RETRY_AFTER_SECONDS = 1;

/** A lost or refused database connection is an outage (503, retry), not a bug. */
function isDatabaseOutage(error: Error & { code?: string }): boolean {
  const code = error.code ?? '';
  return [
    ...['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'], // the socket's
    ...['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT'], // the driver's
    ...['57P01', '57P02', '57P03', '08006', '08001', '08003'], // the server's
    '25006', // a write refused by a server that is read-only for now: a primary still being promoted
    '53300', // a connection refused by a server with no slot left, for longer than a request waits (postgres-database.ts)
  ].includes(code);
}
