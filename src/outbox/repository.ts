// The outbox of mail and SMS (docs/design.md rule 5): every SQL statement that queues a message in
// the transaction of the change it reports, and that the worker claims, delivers and forgets them
// by. Queueing writes a few small rows; subjects and bodies are rendered at delivery time
// (notifications/messages.ts).
import type { Queryable } from '../db/database.ts';

/** The worker LISTENs here so a new row leaves at once instead of at the next poll. */
export const OUTBOX_CHANNEL = 'houseful_outbox';

/** `hold-expired` is no longer queued (a hold that ends unpaid sends nothing); rows an older version queued are still delivered. */
export type MessageKind =
  | 'booking-confirmed'
  | 'booking-cancelled'
  | 'show-cancelled'
  | 'hold-expired'
  | 'seats-free'
  | 'seats-cancelled'
  | 'phone-code'
  | AccountMessageKind;
/** Mail about the account itself, carrying a code made at delivery (accounts/account-codes.ts). */
export type AccountMessageKind = 'password-reset' | 'email-verification';
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
  kind: Exclude<MessageKind, 'seats-free' | 'hold-expired' | AccountMessageKind>,
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
export async function queueWaitlistMessages(tx: Queryable, showId: string, now: Date): Promise<void> {
  await tx.query(
    `WITH told AS (
       UPDATE show_watchers w SET notified_at = $2
       FROM shows s
       WHERE w.show_id = $1 AND w.notified_at IS NULL AND s.id = w.show_id AND s.status = 'upcoming' AND s.starts_at > $2
       RETURNING w.user_id, w.created_at),
     queued AS (
       INSERT INTO outbox (kind, channel, recipient, subject_id)
       SELECT 'seats-free', 'mail', u.email, $1 FROM told JOIN users u ON u.id = told.user_id
       ORDER BY told.created_at, told.user_id
       RETURNING id)
     ${WAKE_WORKER}`,
    [showId, now],
  );
}

/** Queues the SMS that carries a one-time code (the row names the code, never the code itself). */
export async function queuePhoneCodeSms(tx: Queryable, codeId: string, phone: string): Promise<void> {
  await tx.query(
    `WITH queued AS (
       INSERT INTO outbox (kind, channel, recipient, subject_id) VALUES ('phone-code', 'sms', $2, $1)
       RETURNING id)
     ${WAKE_WORKER}`,
    [codeId, phone],
  );
}

/** Claims due rows: each claim counts as an attempt, so a row whose worker died still reaches its limit. */
export async function claimDueMessages(db: Queryable, leaseSeconds: number, batchSize: number): Promise<OutboxRow[]> {
  return (
    await db.query<OutboxRow>(
      `UPDATE outbox SET attempts = attempts + 1, locked_until = now() + make_interval(secs => $1)
       WHERE id IN (SELECT id FROM outbox
                    WHERE status = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until <= now())
                    ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, channel, recipient, subject_id, attempts, created_at`,
      [leaseSeconds, batchSize],
    )
  ).rows.sort((a, b) => a.id - b.id);
}

/** A delivery failed: the row waits `retryInSeconds` for its next attempt, or is dead. Only the claim that made this attempt may record it. */
export async function recordDeliveryFailure(
  db: Queryable,
  row: Pick<OutboxRow, 'id' | 'attempts'>,
  failure: { dead: boolean; reason: string; retryInSeconds: number },
): Promise<void> {
  await db.query(
    `UPDATE outbox SET status = $2, last_error = $3, locked_until = NULL, next_attempt_at = now() + make_interval(secs => $4)
     WHERE id = $1 AND status = 'pending' AND attempts = $5`,
    [row.id, failure.dead ? 'dead' : 'pending', failure.reason.slice(0, 1_000), failure.retryInSeconds, row.attempts],
  );
}

/** How many mails went to `recipient` in the last hour, by the database's clock as `sent_at` is written. */
export async function mailsSentToInLastHour(db: Queryable, recipient: string): Promise<number> {
  return (
    await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM outbox WHERE status = 'sent' AND channel = 'mail' AND recipient = $1 AND sent_at > now() - interval '1 hour'",
      [recipient],
    )
  ).rows[0]!.n;
}

export async function recordDelivered(db: Queryable, outboxId: number): Promise<void> {
  await db.query(
    "UPDATE outbox SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1 AND status = 'pending'",
    [outboxId],
  );
}

export async function purgeSentMessages(db: Queryable, olderThanDays: number): Promise<void> {
  await db.query("DELETE FROM outbox WHERE status = 'sent' AND sent_at < now() - make_interval(days => $1)", [olderThanDays]);
}

/**
 * Queues account mail (a password reset, an email verification) to `recipient`, unless that
 * address was already sent `maxPerHour` of this kind in the last hour. Says whether it was queued,
 * and otherwise in how many seconds the oldest of them leaves the hour.
 */
export async function queueAccountMail(
  db: Queryable,
  mail: { kind: AccountMessageKind; recipient: string; subjectId: string },
  maxPerHour: number,
): Promise<{ queued: boolean; retryAfterSeconds: number }> {
  const row = (
    await db.query<{ queued: boolean; retry_after: number }>(
      `WITH recent AS (
         SELECT count(*) AS sent, min(created_at) AS oldest FROM outbox
         WHERE recipient = $2 AND kind = $1 AND created_at > now() - interval '1 hour'),
       queued AS (
         INSERT INTO outbox (kind, channel, recipient, subject_id)
         SELECT $1, 'mail', $2, $3 FROM recent WHERE recent.sent < $4
         RETURNING id),
       woken AS (${WAKE_WORKER})
       SELECT EXISTS (SELECT 1 FROM queued) AS queued, (SELECT count(*) FROM woken) AS notified,
              coalesce(ceil(extract(epoch FROM oldest + interval '1 hour' - now())), 0)::int AS retry_after
       FROM recent`,
      [mail.kind, mail.recipient, mail.subjectId, maxPerHour],
    )
  ).rows[0];
  return { queued: row?.queued ?? false, retryAfterSeconds: Math.max(1, row?.retry_after ?? 1) };
}
