// Every SQL statement about accounts and sessions. Session tokens are stored only as their hash.
import type { Queryable } from '../db/database.ts';

import type { Role, User } from '../domain/user.ts';

export type { Role, User } from '../domain/user.ts';

const HAS_CINEMA_ROLES = (user: string) => `EXISTS (SELECT 1 FROM staff_roles r WHERE r.user_id = ${user}.id) AS "hasCinemaRoles"`;
const PHONE_VERIFIED = (user: string) => `${user}.verified_phone IS NOT NULL AS "phoneVerified"`;

/** Creates the account; undefined when the email is taken. */
export async function insertUser(
  db: Queryable,
  user: { id: string; name: string; email: string; phone: string | null; passwordHash: string; role: Role },
): Promise<User | undefined> {
  return (
    await db.query<User>(
      `INSERT INTO users (id, name, email, phone, password_hash, role, email_verified) VALUES ($1, $2, $3, $4, $5, $6, $6 = 'admin')
       ON CONFLICT (email) DO NOTHING
       RETURNING id, name, email, phone, role, created_at AS "createdAt", false AS "hasCinemaRoles", email_verified AS "emailVerified",
         false AS "phoneVerified"`,
      [user.id, user.name, user.email, user.phone, user.passwordHash, user.role],
    )
  ).rows[0];
}

export async function findUserWithHash(db: Queryable, email: string): Promise<(User & { password_hash: string }) | undefined> {
  return (
    await db.query<User & { password_hash: string }>(
      `SELECT id, name, email, phone, role, created_at AS "createdAt", ${HAS_CINEMA_ROLES('users')}, email_verified AS "emailVerified", ${PHONE_VERIFIED('users')},
         password_hash FROM users WHERE email = $1`,
      [email],
    )
  ).rows[0];
}

export async function makeAdmin(db: Queryable, email: string, passwordHash: string): Promise<void> {
  // The admin's address is the operator's own: it counts as verified.
  await db.query("UPDATE users SET role = 'admin', password_hash = $2, email_verified = true WHERE email = $1", [email, passwordHash]);
}

/**
 * Opens a session for the user, only while their password hash is still the one that was verified:
 * a sign-in racing a password change cannot leave a session opened with the old password. False when it changed.
 */
export async function insertSession(
  db: Queryable,
  tokenHash: string,
  userId: string,
  expiresAt: Date,
  passwordHash: string,
): Promise<boolean> {
  const inserted = await db.query(
    'INSERT INTO sessions (token_hash, user_id, expires_at) SELECT $1, id, $3 FROM users WHERE id = $2 AND password_hash = $4',
    [tokenHash, userId, expiresAt, passwordHash],
  );
  return inserted.rowCount === 1;
}

/** Ends the session with this token hash (signing out). */
export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** Ends every session of the user, except the one with `keepTokenHash` when given; returns how many ended. */
export async function deleteSessionsOf(db: Queryable, userId: string, keepTokenHash?: string): Promise<number> {
  const deleted = await db.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2', [
    userId,
    keepTokenHash ?? null,
  ]);
  return deleted.rowCount;
}

export async function findPasswordHash(db: Queryable, userId: string): Promise<string | undefined> {
  return (await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [userId])).rows[0]?.password_hash;
}

export async function findPasswordHashByEmail(db: Queryable, email: string): Promise<{ id: string; password_hash: string } | undefined> {
  return (await db.query<{ id: string; password_hash: string }>('SELECT id, password_hash FROM users WHERE email = $1', [email])).rows[0];
}

export async function updatePasswordHash(db: Queryable, userId: string, passwordHash: string): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, passwordHash]);
}

/** The user whose session has this token hash and is still running at `now`, and when it ends. */
export async function userForSession(db: Queryable, tokenHash: string, now: Date): Promise<{ user: User; expiresAt: Date } | undefined> {
  const row = (
    await db.query<User & { sessionExpiresAt: Date }>(
      `SELECT u.id, u.name, u.email, u.phone, u.role, u.created_at AS "createdAt", ${HAS_CINEMA_ROLES('u')},
         u.email_verified AS "emailVerified", ${PHONE_VERIFIED('u')}, s.expires_at AS "sessionExpiresAt"
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [tokenHash, now],
    )
  ).rows[0];
  if (!row) return undefined;
  const { sessionExpiresAt, ...user } = row;
  return { user, expiresAt: sessionExpiresAt };
}

/** When sign-in for this email may be tried again, and whether any failure is on record. */
export async function signInFailures(db: Queryable, email: string): Promise<{ blocked_until: Date | null } | undefined> {
  return (await db.query<{ blocked_until: Date | null }>('SELECT blocked_until FROM sign_in_failures WHERE email = $1', [email])).rows[0];
}

/** Counts one more wrong password for the email, starting again when the last was before `forgetBefore`; returns the count. */
export async function countSignInFailure(db: Queryable, email: string, now: Date, forgetBefore: Date): Promise<number> {
  return (
    await db.query<{ failures: number }>(
      `INSERT INTO sign_in_failures (email, failures, last_failed_at) VALUES ($1, 1, $2)
       ON CONFLICT (email) DO UPDATE SET last_failed_at = $2,
         failures = CASE WHEN sign_in_failures.last_failed_at < $3 THEN 1 ELSE sign_in_failures.failures + 1 END
       RETURNING failures`,
      [email, now, forgetBefore],
    )
  ).rows[0]!.failures;
}

export async function blockSignIn(db: Queryable, email: string, until: Date): Promise<void> {
  await db.query('UPDATE sign_in_failures SET blocked_until = $2 WHERE email = $1', [email, until]);
}

export async function clearSignInFailures(db: Queryable, email: string): Promise<void> {
  await db.query('DELETE FROM sign_in_failures WHERE email = $1', [email]);
}

/** Forgets failures older than `before` whose wait is over. */
export async function purgeSignInFailures(db: Queryable, before: Date, now: Date): Promise<void> {
  await db.query('DELETE FROM sign_in_failures WHERE last_failed_at < $1 AND (blocked_until IS NULL OR blocked_until <= $2)', [
    before,
    now,
  ]);
}
