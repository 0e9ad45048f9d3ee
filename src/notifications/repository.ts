// Every SQL statement about telling people: the outbox of mail and SMS (docs/design.md rule 5),
// show waitlists, and the facts a message is rendered from. Queueing runs inside the caller's
// transaction and writes a few small rows; subjects and bodies are rendered at delivery time.
import type { Queryable } from '../db/database.ts';
import { seatIsFree } from '../db/seat-predicates.ts';

/** The worker LISTENs here so a new row leaves at once instead of at the next poll. */
export const OUTBOX_CHANNEL = 'houseful_outbox';

export type MessageKind = 'booking-confirmed' | 'booking-cancelled' | 'show-cancelled' | 'hold-expired' | 'seats-free' | 'seats-cancelled';
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
 * Starts (or, after it was told, re-arms) the customer's watch on a show. Watching again while
 * still waiting keeps the original place in the queue.
 */
export async function upsertWatch(db: Queryable, showId: string, userId: string, now: Date): Promise<Date> {
  return (
    await db.query<{ created_at: Date }>(
      `INSERT INTO show_watchers (show_id, user_id, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (show_id, user_id) DO UPDATE
         SET created_at = CASE WHEN show_watchers.notified_at IS NULL THEN show_watchers.created_at ELSE EXCLUDED.created_at END,
             notified_at = NULL
       RETURNING created_at`,
      [showId, userId, now],
    )
  ).rows[0]!.created_at;
}

export interface BookingFacts {
  id: string;
  status: string;
  ticket_version: number;
  /** Its latest refund: what it gave back and for which seats. */
  last_refund: { amount: number; seats: string[] | null } | null;
  total: number;
  customer: string;
  title: string;
  cinema: string;
  address: string;
  hall: string;
  time_zone: string;
  starts_at: Date;
  ends_at: Date;
  seats: string[] | null;
  refund: number | null;
  /** Set when the booking has food and drink: the code they are collected with. */
  pickup_code: string | null;
}

export interface ShowFacts {
  id: string;
  title: string;
  cinema: string;
  address: string;
  hall: string;
  time_zone: string;
  starts_at: Date;
  seats_free: number;
}

/** What a message about a booking says; undefined when the booking no longer exists. */
export async function bookingFacts(db: Queryable, bookingId: string): Promise<BookingFacts | undefined> {
  return (
    await db.query<BookingFacts>(
      `SELECT b.id, b.status, b.ticket_version, b.total, u.name AS customer, m.title, c.name AS cinema, c.address, h.name AS hall, c.time_zone,
         s.starts_at, s.ends_at,
         (SELECT array_agg(se.label ORDER BY se.row_index, se.number) FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id
          WHERE bs.booking_id = b.id AND (bs.refund_id IS NULL OR b.status <> 'confirmed')) AS seats,
         coalesce((SELECT sum(r.amount)::int FROM refunds r WHERE r.booking_id = b.id),
           (SELECT sum(p.amount)::int FROM payments p WHERE p.booking_id = b.id AND p.status IN ('refund_pending', 'refunded'))) AS refund,
         (SELECT json_build_object('amount', r.amount, 'seats', (SELECT array_agg(se.label ORDER BY se.row_index, se.number)
            FROM seats se WHERE se.id = ANY(r.seat_ids)))
          FROM refunds r WHERE r.booking_id = b.id ORDER BY r.created_at DESC, r.id DESC LIMIT 1) AS last_refund,
         (SELECT io.pickup_code FROM item_orders io WHERE io.booking_id = b.id) AS pickup_code
       FROM bookings b JOIN users u ON u.id = b.user_id JOIN shows s ON s.id = b.show_id JOIN movies m ON m.id = s.movie_id
       JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id
       WHERE b.id = $1`,
      [bookingId],
    )
  ).rows[0];
}

/** What a message about a show says, with its seats free at `now`; undefined when the show no longer exists. */
export async function showFacts(db: Queryable, showId: string, now: Date): Promise<ShowFacts | undefined> {
  return (
    await db.query<ShowFacts>(
      `SELECT s.id, m.title, c.name AS cinema, c.address, h.name AS hall, c.time_zone, s.starts_at,
         (SELECT count(*)::int FROM show_seats ss WHERE ss.show_id = s.id AND ${seatIsFree('ss', '$2')}) AS seats_free
       FROM shows s JOIN movies m ON m.id = s.movie_id JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id
       WHERE s.id = $1`,
      [showId, now],
    )
  ).rows[0];
}
