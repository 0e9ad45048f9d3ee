// Codes mailed to prove a person reads an account's mail (password reset, email verification):
// eight characters a person can copy or read out (no 0/O/1/I), made when the mail is delivered and
// stored only as a SHA-256 bound to the account and purpose. Each works once, until it lapses, and
// stops working after MAX_WRONG_CODES wrong guesses.
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from '../context.ts';
import type { Queryable } from '../db/database.ts';
import { countWrongCode, storeCode, useCode, type CodePurpose } from './repository/codes.ts';

export type { CodePurpose } from './repository/codes.ts';

/** Wrong guesses after which an account's pending code of a purpose no longer works. */
export const MAX_WRONG_CODES = 5;

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // 32 letters: a byte's low 5 bits pick one without bias
const CODE_LENGTH = 8;

function newCode(): string {
  return [...randomBytes(CODE_LENGTH)].map((byte) => ALPHABET[byte & 31]).join('');
}

/** The code as typed, upper case, without the spaces or dashes a person may add. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

function hashCode(userId: string, purpose: CodePurpose, code: string): string {
  return createHash('sha256')
    .update(`${purpose}:${userId}:${normaliseCode(code)}`)
    .digest('hex');
}

/** A new code for the account, replacing its pending one of that purpose; valid `minutes` from now. */
export async function issueCode(
  ctx: Pick<Context, 'db' | 'clock'>,
  userId: string,
  purpose: CodePurpose,
  minutes: number,
): Promise<string> {
  const code = newCode();
  const expiresAt = new Date(ctx.clock.now().getTime() + minutes * 60_000);
  await storeCode(ctx.db, userId, purpose, hashCode(userId, purpose, code), expiresAt);
  return code;
}

/** Uses the account's pending code when `code` is it (and it still works); true when used. Within `tx`, so its effect commits with it. */
export function spendCode(tx: Queryable, now: Date, userId: string, purpose: CodePurpose, code: string): Promise<boolean> {
  return useCode(tx, userId, purpose, hashCode(userId, purpose, code), now, MAX_WRONG_CODES);
}

/** A wrong guess, counted against the pending code (outside the refused change, so it stays counted). */
export function countWrongGuess(db: Queryable, userId: string, purpose: CodePurpose): Promise<void> {
  return countWrongCode(db, userId, purpose);
}
