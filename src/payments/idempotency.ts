// Idempotency-Key for payments: the same key and body gets the same answer and no second charge;
// the same key with another body is refused. Keys belong to the caller. A request that ended
// without a final answer (503 payment-pending, an outage) leaves its key open to a retry, which
// is given the outcome of the attempt made under that key once there is one, or runs again when
// no attempt was made. What a request asks for is kept only as an HMAC keyed with a server
// secret, over what may be kept of it: of a card, the last four digits and the expiry.
import { createHmac } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { DomainError, IdempotencyKeyInUse, IdempotencyKeyReused } from '../domain/errors.ts';
import {
  claimIdempotencyKey,
  findIdempotencyKey,
  markIdempotencyKeyInterrupted,
  storeIdempotentAnswer,
  takeOverIdempotencyKey,
} from './repository.ts';
import { cardNumber, type PaymentRequest } from '../gateways/methods.ts';

/** An answer as it is stored and replayed: an HTTP status and its body. */
export interface StoredAnswer {
  status: number;
  body: unknown;
}

export interface IdempotentRequest {
  userId: string;
  key: string;
  /** requestHash of what the request asks for; another request under the same key is refused. */
  hash: string;
  /** Does the work the first time. */
  run: () => Promise<StoredAnswer>;
  /** The outcome of what an earlier request under this key started, or undefined when it started nothing. */
  resume: () => Promise<StoredAnswer | undefined>;
  /** How a final domain error is answered (and stored). */
  answerFor: (error: DomainError) => StoredAnswer;
}

/** A key still running after this long belongs to a request whose process died; it may be taken over. */
const ABANDONED_AFTER_MS = 60_000;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What may be kept of a payment request: of a card only the last four digits and the expiry,
 * never the CVV or the full number (README, "Security").
 */
export function keptOfPayment(request: PaymentRequest): Record<string, unknown> {
  switch (request.method) {
    case 'credit_card':
    case 'debit_card':
      return { method: request.method, card: { last4: cardNumber(request).slice(-4), expiry: request.card.expiry } };
    case 'upi':
      return { method: request.method, upiId: request.upiId };
    case 'net_banking':
      return { method: request.method, bank: request.bank };
    case 'wallet':
      return { method: request.method, walletId: request.walletId };
  }
}

// The hash key is derived from the server secret, so it is never the key that signs tickets.
const hashKeys = new WeakMap<Buffer, Buffer>();

function hashKey(secret: Buffer): Buffer {
  let key = hashKeys.get(secret);
  if (!key) {
    key = createHmac('sha256', secret).update('houseful.idempotency-request').digest();
    hashKeys.set(secret, key);
  }
  return key;
}

/** HMAC-SHA256 of the canonical parts, keyed with a key derived from the server secret (ticketSecret). */
export function requestHash(secret: Buffer, parts: unknown): string {
  return createHmac('sha256', hashKey(secret)).update(canonical(parts)).digest('hex');
}

export async function withIdempotency(db: Queryable, clock: Clock, request: IdempotentRequest): Promise<StoredAnswer> {
  const { userId, key } = request;
  const now = clock.now();
  let work = request.run;
  if (!(await claimIdempotencyKey(db, userId, key, request.hash, now))) {
    const existing = await findIdempotencyKey(db, userId, key);
    if (!existing) return withIdempotency(db, clock, request); // purged between the two statements
    if (existing.request_hash !== request.hash) throw new IdempotencyKeyReused();
    if (existing.response_status !== null) return { status: existing.response_status, body: existing.response_body };
    const abandoned = now.getTime() - existing.created_at.getTime() > ABANDONED_AFTER_MS;
    if (!(existing.interrupted || abandoned) || !(await takeOverIdempotencyKey(db, userId, key, existing, now))) {
      throw new IdempotencyKeyInUse();
    }
    work = async () => (await request.resume()) ?? (await request.run());
  }

  let answer: StoredAnswer;
  try {
    answer = await work();
  } catch (error) {
    if (!(error instanceof DomainError) || !error.final) {
      // Not an answer (a crash, an outage, an outcome still unknown): a retry with this key may go on.
      await markIdempotencyKeyInterrupted(db, userId, key).catch(() => undefined);
      throw error;
    }
    answer = request.answerFor(error);
  }
  await storeIdempotentAnswer(db, userId, key, answer.status, answer.body);
  return answer;
}
