// Every SQL statement about one-time codes sent by SMS, verified phones and the limits on asking
// for codes (migration 018). Codes are stored only as their HMAC (accounts/phone-codes.ts).
import type { Queryable } from '../../db/database.ts';
import type { User } from '../../domain/user.ts';

export type PhoneCodePurpose = 'verify-phone' | 'sign-in';

export interface PhoneCodeRow {
  id: string;
  purpose: PhoneCodePurpose;
  user_id: string;
  phone: string;
  code_hash: string;
  expires_at: Date;
  used_at: Date | null;
}

/** The account that signs in with this verified phone: of several, the one that verified it last. */
export async function accountWithVerifiedPhone(db: Queryable, phone: string): Promise<{ id: string } | undefined> {
  return (
    await db.query<{ id: string }>('SELECT id FROM users WHERE verified_phone = $1 ORDER BY phone_verified_at DESC, id DESC LIMIT 1', [
      phone,
    ])
  ).rows[0];
}

export async function insertPhoneCode(
  db: Queryable,
  code: { id: string; purpose: PhoneCodePurpose; userId: string; phone: string; codeHash: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO phone_codes (id, purpose, user_id, phone, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [code.id, code.purpose, code.userId, code.phone, code.codeHash, code.createdAt, code.expiresAt],
  );
}

export async function findPhoneCode(db: Queryable, id: string): Promise<PhoneCodeRow | undefined> {
  return (
    await db.query<PhoneCodeRow>('SELECT id, purpose, user_id, phone, code_hash, expires_at, used_at FROM phone_codes WHERE id = $1', [id])
  ).rows[0];
}

/**
 * Takes one try of the newest code for the phone (sign-in) or the account (verify-phone): counted as
 * wrong until it is found right, so concurrent tries never exceed the limit. Undefined when that
 * code is used, lapsed at `now`, or has had `maxTries` wrong tries already.
 */
export async function takeCodeTry(
  db: Queryable,
  newest: { purpose: PhoneCodePurpose; phone: string } | { purpose: PhoneCodePurpose; userId: string },
  now: Date,
  maxTries: number,
): Promise<PhoneCodeRow | undefined> {
  const [column, value] = 'phone' in newest ? ['phone', newest.phone] : ['user_id', newest.userId];
  return (
    await db.query<PhoneCodeRow>(
      `UPDATE phone_codes SET tries = tries + 1
       WHERE id = (SELECT id FROM phone_codes WHERE ${column} = $1 AND purpose = $2 ORDER BY created_at DESC, id DESC LIMIT 1)
         AND used_at IS NULL AND expires_at > $3 AND tries < $4
       RETURNING id, purpose, user_id, phone, code_hash, expires_at, used_at`,
      [value, newest.purpose, now, maxTries],
    )
  ).rows[0];
}

/** The try was right: the code is used (once only) and the try no longer counts as wrong. False when another try used it first. */
export async function useCode(db: Queryable, id: string, now: Date): Promise<boolean> {
  const used = await db.query('UPDATE phone_codes SET used_at = $2, tries = tries - 1 WHERE id = $1 AND used_at IS NULL', [id, now]);
  return used.rowCount === 1;
}

/** The account, with its password hash for opening a session, while its phone is still verified as `phone`. */
export async function accountSigningInByPhone(
  db: Queryable,
  userId: string,
  phone: string,
): Promise<(User & { password_hash: string }) | undefined> {
  return (
    await db.query<User & { password_hash: string }>(
      `SELECT id, name, email, phone, role, created_at AS "createdAt",
         EXISTS (SELECT 1 FROM staff_roles r WHERE r.user_id = users.id) AS "hasCinemaRoles", true AS "phoneVerified", email_verified AS "emailVerified", password_hash
       FROM users WHERE id = $1 AND verified_phone = $2`,
      [userId, phone],
    )
  ).rows[0];
}

/** The account's phone as stored, its row locked until the transaction ends. */
export async function lockedPhoneOf(tx: Queryable, userId: string): Promise<string | null | undefined> {
  return (await tx.query<{ phone: string | null }>('SELECT phone FROM users WHERE id = $1 FOR UPDATE', [userId])).rows[0]?.phone;
}

export async function setVerifiedPhone(tx: Queryable, userId: string, phone: string, now: Date): Promise<void> {
  await tx.query('UPDATE users SET verified_phone = $2, phone_verified_at = $3 WHERE id = $1', [userId, phone, now]);
}

/** Changes the account's phone; it stays verified only when the new one is the verified number written another way. */
export async function updatePhone(
  db: Queryable,
  userId: string,
  phone: string | null,
  normalised: string | null,
): Promise<{ phone: string | null; phoneVerified: boolean } | undefined> {
  return (
    await db.query<{ phone: string | null; phoneVerified: boolean }>(
      `UPDATE users SET phone = $2,
         phone_verified_at = CASE WHEN verified_phone = $3 THEN phone_verified_at END,
         verified_phone = CASE WHEN verified_phone = $3 THEN verified_phone END
       WHERE id = $1
       RETURNING phone, verified_phone IS NOT NULL AS "phoneVerified"`,
      [userId, phone, normalised],
    )
  ).rows[0];
}

/**
 * When the `limit`-th latest request for a code since `since` was made, by phone or by client
 * address: undefined while fewer than `limit` were made.
 */
export async function limitReachedAt(
  db: Queryable,
  by: 'phone' | 'address',
  value: string,
  since: Date,
  limit: number,
): Promise<Date | undefined> {
  const column = by === 'phone' ? 'phone' : 'address';
  return (
    await db.query<{ at: Date }>(`SELECT at FROM phone_code_requests WHERE ${column} = $1 AND at > $2 ORDER BY at DESC OFFSET $3 LIMIT 1`, [
      value,
      since,
      limit - 1,
    ])
  ).rows[0]?.at;
}

/** Serialises requests for codes to one phone, so its limit holds however many arrive at once. */
export async function lockPhoneRequests(tx: Queryable, phone: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('phone-code:' || $1))", [phone]);
}

export async function recordCodeRequest(db: Queryable, phone: string, address: string, at: Date): Promise<void> {
  await db.query('INSERT INTO phone_code_requests (phone, address, at) VALUES ($1, $2, $3)', [phone, address, at]);
}

/** Forgets requests and codes older than `before`: they count for no limit and open nothing any more. */
export async function purgePhoneCodes(db: Queryable, before: Date): Promise<void> {
  await db.query('DELETE FROM phone_code_requests WHERE at < $1', [before]);
  await db.query('DELETE FROM phone_codes WHERE expires_at < $1', [before]);
}
