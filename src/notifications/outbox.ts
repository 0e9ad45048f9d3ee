// The outbox (DESIGN rule 5): messages are rows written in the transaction of the change they
// report, so a booking never waits for, or rolls back with, mail. The worker in
// src/jobs/outbox-worker.ts claims and delivers them. Every statement here runs inside a caller's
// transaction and writes a few small rows; subjects and bodies are rendered at delivery time.
import type { Queryable } from '../db/database.ts';

/** The worker LISTENs here so a new row leaves at once instead of at the next poll. */
export const OUTBOX_CHANNEL = 'houseful_outbox';

export type MessageKind = 'booking-confirmed' | 'booking-cancelled' | 'show-cancelled' | 'hold-expired' | 'seats-free';
export type MessageChannel = 'mail' | 'sms';

/** Kinds that also go as SMS to customers with a phone number, when SMS_WEBHOOK_URL is set. */
const SMS_KINDS: ReadonlySet<MessageKind> = new Set(['booking-confirmed', 'booking-cancelled', 'show-cancelled']);

export interface OutboxRow {
  id: number;
  kind: MessageKind;
  channel: MessageChannel;
  recipient: string;
  subject_id: string;
  attempts: number;
  created_at: Date;
}

// The wake-up NOTIFY rides on the INSERT: one statement, and only when a row was written.
const WAKE_WORKER = `SELECT pg_notify('${OUTBOX_CHANNEL}', '') FROM (SELECT 1 FROM queued LIMIT 1) AS any_queued`;

/**
 * Queues one kind of message about each of the bookings to its customer: mail always, SMS too
 * when `sms` is on and the customer has a phone number.
 */
export async function queueBookingMessages(
  tx: Queryable,
  kind: Exclude<MessageKind, 'seats-free'>,
  bookingIds: readonly string[],
  options: { sms: boolean },
): Promise<void> {
  if (bookingIds.length === 0) return;
  await tx.query(
    `WITH queued AS (
       INSERT INTO outbox (kind, channel, recipient, subject_id)
       SELECT $1, channel.name, CASE channel.name WHEN 'mail' THEN u.email ELSE u.phone END, b.id
       FROM bookings b JOIN users u ON u.id = b.user_id
       CROSS JOIN (VALUES ('mail'), ('sms')) AS channel (name)
       WHERE b.id = ANY($2::text[])
         AND (channel.name = 'mail' OR ($3 AND u.phone IS NOT NULL))
       ORDER BY b.id, channel.name
       RETURNING id)
     ${WAKE_WORKER}`,
    [kind, [...bookingIds], options.sms && SMS_KINDS.has(kind)],
  );
}

/**
 * Seats of a show came free: everyone still waiting on it is told, once, oldest watcher first
 * (ids follow the watch order, and the worker delivers in id order). Watchers of a show that is
 * cancelled or already started are left alone.
 */
export async function queueWaitlistMessages(tx: Queryable, showId: string): Promise<void> {
  await tx.query(
    `WITH told AS (
       UPDATE show_watchers w SET notified_at = now()
       FROM shows s
       WHERE w.show_id = $1 AND w.notified_at IS NULL AND s.id = w.show_id AND s.status = 'upcoming' AND s.starts_at > now()
       RETURNING w.user_id, w.created_at),
     queued AS (
       INSERT INTO outbox (kind, channel, recipient, subject_id)
       SELECT 'seats-free', 'mail', u.email, $1 FROM told JOIN users u ON u.id = told.user_id
       ORDER BY told.created_at, told.user_id
       RETURNING id)
     ${WAKE_WORKER}`,
    [showId],
  );
}
