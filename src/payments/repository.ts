// Every SQL statement about payments: payment attempts and their status, Idempotency-Keys and
// the gateway's events. Every status write goes through movePayment(s), which
// checks the transition table in domain/states.ts and guards the UPDATE with the old status.
import type { Queryable } from '../db/database.ts';
import { assertPaymentTransition, type PaymentStatus } from '../domain/states.ts';

export interface PaymentAttempt {
  id: string;
  bookingId: string;
  method: string;
  amount: number;
  idempotencyKey: string | undefined;
  now: Date;
}

/**
 * Records an attempt as pending; false when the booking already has a payment in flight or
 * completed (the partial unique index payments_one_live), so a booking is never charged twice.
 */
export async function insertPendingPayment(db: Queryable, attempt: PaymentAttempt): Promise<boolean> {
  const inserted = await db.query(
    `INSERT INTO payments (id, booking_id, method, amount, status, idempotency_key, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'pending', $5, $6, $6) ON CONFLICT DO NOTHING`,
    [attempt.id, attempt.bookingId, attempt.method, attempt.amount, attempt.idempotencyKey ?? null, attempt.now],
  );
  return inserted.rowCount === 1;
}

/**
 * Moves one payment from `from` to `to`; false when it was no longer in `from`. Reaching
 * `refunded` records the whole amount as refunded; `gatewayRef` is kept when given.
 */
export async function movePayment(
  db: Queryable,
  paymentId: string,
  from: PaymentStatus,
  to: PaymentStatus,
  change: { now: Date; gatewayRef?: string },
): Promise<boolean> {
  assertPaymentTransition(from, to);
  const moved = await db.query(
    `UPDATE payments SET status = $3, updated_at = $4, gateway_ref = coalesce($5, gateway_ref),
       refunded_amount = CASE WHEN $3 = 'refunded' THEN amount ELSE refunded_amount END
     WHERE id = $1 AND status = $2`,
    [paymentId, from, to, change.now, change.gatewayRef ?? null],
  );
  return moved.rowCount === 1;
}

/** Marks the completed payments of these (cancelled) bookings refund_pending: they wait on their refunds (payments/refunds/send.ts). */
export async function markCompletedPaymentsForRefund(tx: Queryable, bookingIds: readonly string[], now: Date): Promise<void> {
  assertPaymentTransition('completed', 'refund_pending');
  if (bookingIds.length === 0) return;
  await tx.query(
    `UPDATE payments SET status = 'refund_pending', updated_at = $2 WHERE booking_id = ANY($1::text[]) AND status = 'completed'`,
    [[...bookingIds], now],
  );
}

/** Takes the payment's row lock, so refunds of it settled at once take turns. */
export async function lockPayment(tx: Queryable, paymentId: string): Promise<void> {
  await tx.query('SELECT 1 FROM payments WHERE id = $1 FOR UPDATE', [paymentId]);
}

/**
 * Adds a refund the gateway made to the payment's refunded amount; `last` when no other refund of
 * it is pending, which makes a payment awaiting its refunds (refund_pending) refunded.
 */
export async function addRefunded(tx: Queryable, paymentId: string, amount: number, last: boolean, now: Date): Promise<void> {
  assertPaymentTransition('refund_pending', 'refunded');
  await tx.query(
    `UPDATE payments SET refunded_amount = refunded_amount + $2, updated_at = $4,
       status = CASE WHEN status = 'refund_pending' AND $3::boolean THEN 'refunded' ELSE status END
     WHERE id = $1`,
    [paymentId, amount, last, now],
  );
}

export interface UnsettledPayment {
  id: string;
  booking_id: string;
  amount: number;
  status: 'pending' | 'refund_pending';
  method: string;
  /** Set for a payment on a hosted checkout: its order at the gateway. */
  gateway_order_id: string | null;
}

/**
 * Leases up to `limit` payments left pending or refund_pending since before `olderThan` by
 * bumping updated_at to `now`, so two instances recovering at once never take the same row.
 * A payment given back by refunds of its own (refunds table) is recovered by those refunds.
 */
export async function leaseUnsettledPayments(db: Queryable, now: Date, olderThan: Date, limit: number): Promise<UnsettledPayment[]> {
  return (
    await db.query<UnsettledPayment>(
      `UPDATE payments SET updated_at = $1
       WHERE id IN (SELECT id FROM payments WHERE status IN ('pending', 'refund_pending') AND updated_at < $2
                      AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.payment_id = payments.id)
                    ORDER BY updated_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, booking_id, amount, status, method, gateway_order_id`,
      [now, olderThan, limit],
    )
  ).rows;
}

/** The newest payment of the booking made under this Idempotency-Key. */
export async function findPaymentForKey(
  db: Queryable,
  bookingId: string,
  idempotencyKey: string,
): Promise<{ id: string; status: PaymentStatus } | undefined> {
  return (
    await db.query<{ id: string; status: PaymentStatus }>(
      `SELECT id, status FROM payments WHERE booking_id = $1 AND idempotency_key = $2 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [bookingId, idempotencyKey],
    )
  ).rows[0];
}

/** A payment attempt as a hosted checkout's settlement reads it. */
export interface CheckoutAttempt {
  id: string;
  booking_id: string;
  amount: number;
  status: PaymentStatus;
  gateway_order_id: string | null;
  gateway_ref: string | null;
}

const CHECKOUT_ATTEMPT = 'SELECT id, booking_id, amount, status, gateway_order_id, gateway_ref FROM payments';

/** The booking's payment in flight, completed or being refunded (at most one: payments_one_live). */
export async function findLivePayment(db: Queryable, bookingId: string): Promise<CheckoutAttempt | undefined> {
  return (
    await db.query<CheckoutAttempt>(`${CHECKOUT_ATTEMPT} WHERE booking_id = $1 AND status IN ('pending', 'completed', 'refund_pending')`, [
      bookingId,
    ])
  ).rows[0];
}

export async function findPaymentByOrder(db: Queryable, orderId: string): Promise<CheckoutAttempt | undefined> {
  return (await db.query<CheckoutAttempt>(`${CHECKOUT_ATTEMPT} WHERE gateway_order_id = $1`, [orderId])).rows[0];
}

/** The hosted-checkout attempt the gateway's payment paid for (refund events name only the payment). */
export async function findPaymentByGatewayRef(db: Queryable, gatewayRef: string): Promise<CheckoutAttempt | undefined> {
  return (await db.query<CheckoutAttempt>(`${CHECKOUT_ATTEMPT} WHERE gateway_ref = $1 AND gateway_order_id IS NOT NULL`, [gatewayRef]))
    .rows[0];
}

export async function findPayment(db: Queryable, paymentId: string): Promise<CheckoutAttempt | undefined> {
  return (await db.query<CheckoutAttempt>(`${CHECKOUT_ATTEMPT} WHERE id = $1`, [paymentId])).rows[0];
}

/** Gives the attempt its order at the gateway; of two racing, the first order stays and is returned. */
export async function attachOrder(db: Queryable, paymentId: string, orderId: string, now: Date): Promise<string> {
  const attached = await db.query<{ gateway_order_id: string }>(
    `UPDATE payments SET gateway_order_id = $2, updated_at = $3 WHERE id = $1 AND gateway_order_id IS NULL RETURNING gateway_order_id`,
    [paymentId, orderId, now],
  );
  if (attached.rows[0]) return attached.rows[0].gateway_order_id;
  return (await db.query<{ gateway_order_id: string }>('SELECT gateway_order_id FROM payments WHERE id = $1', [paymentId])).rows[0]!
    .gateway_order_id;
}

/** Keeps the gateway's payment id on the attempt it paid for, once known. */
export async function recordGatewayRef(db: Queryable, paymentId: string, gatewayRef: string): Promise<void> {
  await db.query('UPDATE payments SET gateway_ref = $2 WHERE id = $1 AND gateway_ref IS NULL', [paymentId, gatewayRef]);
}

/** Whether the gateway's event of this type about this payment or refund (its id) was applied before. */
export async function gatewayEventApplied(db: Queryable, gateway: string, subjectId: string, event: string): Promise<boolean> {
  return (
    (await db.query('SELECT 1 FROM gateway_events WHERE gateway = $1 AND subject_id = $2 AND event = $3', [gateway, subjectId, event])).rows
      .length > 0
  );
}

export async function recordGatewayEvent(
  db: Queryable,
  gateway: string,
  applied: { subjectId: string; event: string; eventId: string | undefined },
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO gateway_events (gateway, subject_id, event, event_id, applied_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (gateway, subject_id, event) DO NOTHING`,
    [gateway, applied.subjectId, applied.event, applied.eventId ?? null, now],
  );
}

export type MismatchStatus = 'refund-pending' | 'refunded' | 'needs-staff';

/** A payment the gateway took that matched no attempt (migration 015): refunded whole, or left to staff. */
export interface GatewayMismatch {
  gateway: string;
  gateway_payment_id: string;
  payment_id: string;
  gateway_order_id: string;
  amount: number;
  currency: string;
  reason: string;
  status: MismatchStatus;
  created_at: Date;
}

const MISMATCH = 'gateway, gateway_payment_id, payment_id, gateway_order_id, amount, currency, reason, status, created_at';

/** Keeps the mismatch once per gateway payment; the row as kept, and whether this call added it. */
export async function recordMismatch(
  db: Queryable,
  mismatch: Omit<GatewayMismatch, 'created_at'>,
  now: Date,
): Promise<{ row: GatewayMismatch; added: boolean }> {
  const added = await db.query<GatewayMismatch>(
    `INSERT INTO gateway_mismatches (${MISMATCH}, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
     ON CONFLICT (gateway, gateway_payment_id) DO NOTHING RETURNING ${MISMATCH}`,
    [
      mismatch.gateway,
      mismatch.gateway_payment_id,
      mismatch.payment_id,
      mismatch.gateway_order_id,
      mismatch.amount,
      mismatch.currency,
      mismatch.reason,
      mismatch.status,
      now,
    ],
  );
  if (added.rows[0]) return { row: added.rows[0], added: true };
  const kept = await db.query<GatewayMismatch>(
    `SELECT ${MISMATCH} FROM gateway_mismatches WHERE gateway = $1 AND gateway_payment_id = $2`,
    [mismatch.gateway, mismatch.gateway_payment_id],
  );
  return { row: kept.rows[0]!, added: false };
}

export async function markMismatchRefunded(db: Queryable, gateway: string, gatewayPaymentId: string, now: Date): Promise<void> {
  await db.query(
    "UPDATE gateway_mismatches SET status = 'refunded', updated_at = $3 WHERE gateway = $1 AND gateway_payment_id = $2 AND status = 'refund-pending'",
    [gateway, gatewayPaymentId, now],
  );
}

/** Leases mismatches still to be refunded since before `olderThan`, as leaseUnsettledPayments does payments. */
export async function leaseMismatchRefunds(db: Queryable, now: Date, olderThan: Date, limit: number): Promise<GatewayMismatch[]> {
  return (
    await db.query<GatewayMismatch>(
      `UPDATE gateway_mismatches SET updated_at = $1
       WHERE (gateway, gateway_payment_id) IN (SELECT gateway, gateway_payment_id FROM gateway_mismatches
         WHERE status = 'refund-pending' AND updated_at < $2 ORDER BY updated_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING ${MISMATCH}`,
      [now, olderThan, limit],
    )
  ).rows;
}

/** Every mismatch with the booking it was reported for, newest first. */
export async function listMismatches(db: Queryable): Promise<(GatewayMismatch & { booking_id: string })[]> {
  return (
    await db.query<GatewayMismatch & { booking_id: string }>(
      `SELECT m.gateway, m.gateway_payment_id, m.payment_id, m.gateway_order_id, m.amount, m.currency, m.reason, m.status,
         m.created_at, p.booking_id
       FROM gateway_mismatches m JOIN payments p ON p.id = m.payment_id ORDER BY m.created_at DESC, m.gateway_payment_id`,
    )
  ).rows;
}

export interface StoredKey {
  request_hash: string;
  response_status: number | null;
  response_body: unknown;
  interrupted: boolean;
  created_at: Date;
}

/** Takes the key for a first request; false when the caller has used it before. */
export async function claimIdempotencyKey(db: Queryable, userId: string, key: string, hash: string, now: Date): Promise<boolean> {
  const claimed = await db.query(
    `INSERT INTO idempotency_keys (user_id, key, request_hash, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, key) DO NOTHING`,
    [userId, key, hash, now],
  );
  return claimed.rowCount === 1;
}

export async function findIdempotencyKey(db: Queryable, userId: string, key: string): Promise<StoredKey | undefined> {
  return (
    await db.query<StoredKey>(
      'SELECT request_hash, response_status, response_body, interrupted, created_at FROM idempotency_keys WHERE user_id = $1 AND key = $2',
      [userId, key],
    )
  ).rows[0];
}

/** Takes over a key whose request ended without an answer (or whose process died); false when another retry took it first. */
export async function takeOverIdempotencyKey(db: Queryable, userId: string, key: string, seen: StoredKey, now: Date): Promise<boolean> {
  const taken = await db.query(
    `UPDATE idempotency_keys SET created_at = $3, interrupted = false
     WHERE user_id = $1 AND key = $2 AND response_status IS NULL AND created_at = $4 AND interrupted = $5`,
    [userId, key, now, seen.created_at, seen.interrupted],
  );
  return taken.rowCount === 1;
}

/** The request under this key ended without a final answer: a retry may take the key over at once. */
export async function markIdempotencyKeyInterrupted(db: Queryable, userId: string, key: string): Promise<void> {
  await db.query('UPDATE idempotency_keys SET interrupted = true WHERE user_id = $1 AND key = $2 AND response_status IS NULL', [
    userId,
    key,
  ]);
}

export async function storeIdempotentAnswer(db: Queryable, userId: string, key: string, status: number, body: unknown): Promise<void> {
  await db.query('UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE user_id = $1 AND key = $2', [
    userId,
    key,
    status,
    JSON.stringify(body),
  ]);
}

export async function purgeIdempotencyKeys(db: Queryable, createdBefore: Date): Promise<void> {
  await db.query('DELETE FROM idempotency_keys WHERE created_at < $1', [createdBefore]);
}
