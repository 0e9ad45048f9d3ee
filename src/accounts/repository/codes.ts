// The SQL of account codes (password reset, email verification): one pending code per account and
// purpose, stored only as its hash, used once, and bounded in wrong guesses.
import type { Queryable } from '../../db/database.ts';

export type CodePurpose = 'password-reset' | 'email-verification';

/** An account as its mail needs it. */
export interface MailedAccount {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
}

const MAILED_ACCOUNT = 'id, name, email, email_verified AS "emailVerified"';

export async function accountById(db: Queryable, userId: string): Promise<MailedAccount | undefined> {
  return (await db.query<MailedAccount>(`SELECT ${MAILED_ACCOUNT} FROM users WHERE id = $1`, [userId])).rows[0];
}

export async function accountByEmail(db: Queryable, email: string): Promise<MailedAccount | undefined> {
  return (await db.query<MailedAccount>(`SELECT ${MAILED_ACCOUNT} FROM users WHERE email = $1`, [email])).rows[0];
}

/** Stores a new pending code, replacing the account's last one of that purpose and its count of wrong guesses. */
export async function storeCode(db: Queryable, userId: string, purpose: CodePurpose, codeHash: string, expiresAt: Date): Promise<void> {
  await db.query(
    `INSERT INTO account_codes (user_id, purpose, code_hash, expires_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, purpose) DO UPDATE SET code_hash = $3, expires_at = $4, wrong_attempts = 0, created_at = now()`,
    [userId, purpose, codeHash, expiresAt],
  );
}

/**
 * Uses the code: true, and the code is gone, when it is the pending one, not lapsed at `now` and not
 * past `maxWrong` wrong guesses. One statement, so two requests with the same code cannot both use it.
 */
export async function useCode(
  db: Queryable,
  userId: string,
  purpose: CodePurpose,
  codeHash: string,
  now: Date,
  maxWrong: number,
): Promise<boolean> {
  const used = await db.query(
    `DELETE FROM account_codes
     WHERE user_id = $1 AND purpose = $2 AND code_hash = $3 AND expires_at > $4 AND wrong_attempts < $5`,
    [userId, purpose, codeHash, now, maxWrong],
  );
  return used.rowCount === 1;
}

/** Counts a wrong guess against the account's pending code of that purpose. */
export async function countWrongCode(db: Queryable, userId: string, purpose: CodePurpose): Promise<void> {
  await db.query('UPDATE account_codes SET wrong_attempts = wrong_attempts + 1 WHERE user_id = $1 AND purpose = $2', [userId, purpose]);
}

/** Marks the account's email verified (the update's notice makes every instance forget its cached sessions). */
export async function markEmailVerified(db: Queryable, userId: string): Promise<void> {
  await db.query('UPDATE users SET email_verified = true WHERE id = $1 AND NOT email_verified', [userId]);
}
