// Every SQL statement about a person's own data: reading all of it for an export, and erasing
// what names them while keeping what the law requires (bookings, payments, tax documents).
import type { Queryable } from '../db/database.ts';

export interface AccountRow {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  role: 'customer' | 'admin';
  created_at: Date;
  email_verified: boolean;
}

/** The account, locked against a booking or a change racing its erasure; undefined once erased. */
export async function lockAccount(tx: Queryable, userId: string): Promise<AccountRow | undefined> {
  return (
    await tx.query<AccountRow>(
      'SELECT id, name, email, phone, role, created_at, email_verified FROM users WHERE id = $1 AND erased_at IS NULL FOR UPDATE',
      [userId],
    )
  ).rows[0];
}

/**
 * Bookings still open at `now`: a hold not lapsed, a paid booking whose show is not cancelled and
 * not over, or one whose money is still moving (a charge not settled, a refund not made yet).
 */
export async function openBookingsOf(db: Queryable, userId: string, now: Date): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT b.id FROM bookings b JOIN shows s ON s.id = b.show_id
     WHERE b.user_id = $1
       AND ((b.status = 'pending' AND b.expires_at > $2::timestamptz)
         OR (b.status = 'confirmed' AND s.status <> 'cancelled' AND s.ends_at > $2::timestamptz)
         OR EXISTS (SELECT 1 FROM payments p WHERE p.booking_id = b.id AND p.status IN ('pending', 'refund_pending'))
         OR EXISTS (SELECT 1 FROM refunds r WHERE r.booking_id = b.id AND r.status = 'pending'))
     ORDER BY b.created_at, b.id`,
    [userId, now],
  );
  return rows.rows.map((row) => row.id);
}

/**
 * Replaces what names the person: the name, an email nobody can receive (`.invalid` is reserved
 * for that), no phone, a password nobody knows, no admin role. The row stays for what refers to it.
 */
export async function anonymiseAccount(tx: Queryable, userId: string, passwordHash: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE users SET name = 'Erased account', email = 'erased-' || id || '@erased.invalid', phone = NULL,
       verified_phone = NULL, phone_verified_at = NULL, password_hash = $2, role = 'customer', erased_at = $3::timestamptz
     WHERE id = $1`,
    [userId, passwordHash, now],
  );
}

/**
 * Deletes the rows that exist only for the person: their roles, waitlist watches, stored answers
 * to repeated requests, sign-in failures, and every message addressed to them (pending ones are
 * never sent). A message to a phone number counts as theirs when it is about their booking, since
 * another account may give the same number.
 */
export async function deletePersonalRows(tx: Queryable, account: { id: string; email: string; phone: string | null }): Promise<void> {
  await tx.query('DELETE FROM staff_roles WHERE user_id = $1', [account.id]);
  await tx.query('DELETE FROM show_watchers WHERE user_id = $1', [account.id]);
  await tx.query('DELETE FROM idempotency_keys WHERE user_id = $1', [account.id]);
  await tx.query('DELETE FROM sign_in_failures WHERE email = $1', [account.email]);
  await tx.query('DELETE FROM account_codes WHERE user_id = $1', [account.id]);
  await tx.query('DELETE FROM phone_codes WHERE user_id = $1', [account.id]);
  await tx.query(
    `DELETE FROM outbox WHERE recipient = $2
       OR (recipient = $3 AND subject_id IN (SELECT id FROM bookings WHERE user_id = $1))`,
    [account.id, account.email, account.phone],
  );
}

// Reading everything for an export.

export async function accountOf(db: Queryable, userId: string): Promise<AccountRow | undefined> {
  return (await db.query<AccountRow>('SELECT id, name, email, phone, role, created_at, email_verified FROM users WHERE id = $1', [userId]))
    .rows[0];
}

export async function cinemaRolesOf(db: Queryable, userId: string): Promise<{ cinema_id: string; role: string; granted_at: Date }[]> {
  return (
    await db.query<{ cinema_id: string; role: string; granted_at: Date }>(
      'SELECT cinema_id, role, granted_at FROM staff_roles WHERE user_id = $1 ORDER BY cinema_id',
      [userId],
    )
  ).rows;
}

export async function sessionsOf(db: Queryable, userId: string): Promise<{ created_at: Date; expires_at: Date }[]> {
  return (
    await db.query<{ created_at: Date; expires_at: Date }>(
      'SELECT created_at, expires_at FROM sessions WHERE user_id = $1 ORDER BY created_at',
      [userId],
    )
  ).rows;
}

export interface PaymentRow {
  id: string;
  booking_id: string;
  method: string;
  amount: number;
  refunded_amount: number;
  status: string;
  created_at: Date;
}

/** Every payment attempt of the person's bookings, settled or not. */
export async function paymentsOf(db: Queryable, userId: string): Promise<PaymentRow[]> {
  return (
    await db.query<PaymentRow>(
      `SELECT p.id, p.booking_id, p.method, p.amount, p.refunded_amount, p.status, p.created_at
       FROM payments p JOIN bookings b ON b.id = p.booking_id WHERE b.user_id = $1 ORDER BY p.created_at, p.id`,
      [userId],
    )
  ).rows;
}

export interface TaxDocumentRow {
  booking_id: string;
  kind: string;
  document_no: string;
  issued_at: Date;
  recipient: unknown;
  total: number;
}

export async function taxDocumentsOf(db: Queryable, userId: string): Promise<TaxDocumentRow[]> {
  return (
    await db.query<TaxDocumentRow>(
      `SELECT d.booking_id, d.kind, d.document_no, d.issued_at, d.recipient, d.total
       FROM tax_documents d JOIN bookings b ON b.id = d.booking_id WHERE b.user_id = $1 ORDER BY d.issued_at, d.id`,
      [userId],
    )
  ).rows;
}

export async function watchesOf(db: Queryable, userId: string): Promise<{ show_id: string; created_at: Date; notified_at: Date | null }[]> {
  return (
    await db.query<{ show_id: string; created_at: Date; notified_at: Date | null }>(
      'SELECT show_id, created_at, notified_at FROM show_watchers WHERE user_id = $1 ORDER BY created_at',
      [userId],
    )
  ).rows;
}

export async function promoCodeUsesOf(
  db: Queryable,
  userId: string,
): Promise<{ code: string; booking_id: string; taken_at: Date; released_at: Date | null }[]> {
  return (
    await db.query<{ code: string; booking_id: string; taken_at: Date; released_at: Date | null }>(
      'SELECT code, booking_id, taken_at, released_at FROM promo_code_uses WHERE user_id = $1 ORDER BY taken_at',
      [userId],
    )
  ).rows;
}

export async function idempotencyKeysOf(db: Queryable, userId: string): Promise<{ key: string; created_at: Date }[]> {
  return (
    await db.query<{ key: string; created_at: Date }>(
      'SELECT key, created_at FROM idempotency_keys WHERE user_id = $1 ORDER BY created_at',
      [userId],
    )
  ).rows;
}

export interface MessageRow {
  kind: string;
  channel: string;
  recipient: string;
  subject_id: string;
  status: string;
  created_at: Date;
  sent_at: Date | null;
}

/** Mail and SMS addressed to the person, sent or waiting (as erasure finds them). */
export async function messagesOf(db: Queryable, account: { id: string; email: string; phone: string | null }): Promise<MessageRow[]> {
  return (
    await db.query<MessageRow>(
      `SELECT kind, channel, recipient, subject_id, status, created_at, sent_at FROM outbox
       WHERE recipient = $2 OR (recipient = $3 AND subject_id IN (SELECT id FROM bookings WHERE user_id = $1))
       ORDER BY id`,
      [account.id, account.email, account.phone],
    )
  ).rows;
}

export async function signInFailuresOf(
  db: Queryable,
  email: string,
): Promise<{ failures: number; last_failed_at: Date; blocked_until: Date | null }[]> {
  return (
    await db.query<{ failures: number; last_failed_at: Date; blocked_until: Date | null }>(
      'SELECT failures, last_failed_at, blocked_until FROM sign_in_failures WHERE email = $1',
      [email],
    )
  ).rows;
}

export async function staffActionsOf(
  db: Queryable,
  userId: string,
): Promise<{ action: string; subject_id: string | null; cinema_id: string | null; details: unknown; at: Date }[]> {
  return (
    await db.query<{ action: string; subject_id: string | null; cinema_id: string | null; details: unknown; at: Date }>(
      'SELECT action, subject_id, cinema_id, details, at FROM admin_audit WHERE user_id = $1 ORDER BY id',
      [userId],
    )
  ).rows;
}

/** What the person did as staff, by kind: tickets checked in, shifts at the counter, counter sales, food handed over. */
export async function staffWorkOf(db: Queryable, userId: string): Promise<{ kind: string; subject_id: string; at: Date }[]> {
  return (
    await db.query<{ kind: string; subject_id: string; at: Date }>(
      `SELECT kind, subject_id, at FROM (
         SELECT 'check-in' AS kind, booking_id AS subject_id, checked_in_at AS at FROM ticket_checkins WHERE checked_in_by = $1
         UNION ALL SELECT 'counter-shift', id, opened_at FROM counter_shifts WHERE cashier_id = $1
         UNION ALL SELECT 'counter-shift-closed', id, closed_at FROM counter_shifts WHERE closed_by = $1
         UNION ALL SELECT 'counter-sale', booking_id, sold_at FROM counter_sales WHERE sold_by = $1
         UNION ALL SELECT 'pickup', booking_id, collected_at FROM item_orders WHERE collected_by = $1
       ) AS work ORDER BY at, kind, subject_id`,
      [userId],
    )
  ).rows;
}
