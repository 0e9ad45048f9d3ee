// Accounts and sessions: argon2id password hashes, random bearer tokens stored only as SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import addressparser from 'nodemailer/lib/addressparser';
import type { Database, Queryable } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { EmailTaken, InvalidInput, Unauthenticated } from '../domain/errors.ts';
import { isLinkShaped } from '../domain/link-shaped.ts';
import { newId } from '../domain/ids.ts';
import { passwordWeakness } from '../domain/password-policy.ts';
import type { Sessions } from '../context.ts';
import {
  deleteSession,
  deleteSessionsOf,
  findPasswordHash,
  findPasswordHashByEmail,
  findUserWithHash,
  insertSession,
  insertUser,
  makeAdmin,
  updatePasswordHash,
  userForSession,
  type Role,
  type User,
} from './repository.ts';

export type { Role, User } from './repository.ts';

// One plain address: a dot-atom local part (no quotes, spaces, comments or display name) at a
// domain of letters, digits and hyphens. Mail goes exactly where the stored address says.
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export function normaliseEmail(email: string): string {
  const value = email.trim().toLowerCase();
  // And nodemailer, which sends the mail, must read it as that one address and nothing else.
  const parsed = EMAIL.test(value) ? addressparser(value) : [];
  const only = parsed.length === 1 ? parsed[0] : undefined;
  if (!only || only.name !== '' || only.address !== value) {
    throw new InvalidInput('email', 'must be one plain email address like name@example.com, with no name, quotes or brackets');
  }
  return value;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 20 ms a hash on these machines.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

// A dummy hash verified when the email is unknown, so both failures take the same time.
const dummyHash = hashPassword('not-a-real-password');

export async function createUser(
  db: Queryable,
  input: { name: string; email: string; password: string; phone?: string | null | undefined },
  role: Role = 'customer',
): Promise<User> {
  const email = normaliseEmail(input.email);
  const weakness = passwordWeakness(input.password, email);
  if (weakness) throw new InvalidInput('password', weakness);
  const name = input.name.trim();
  if (!name) throw new InvalidInput('name', 'must not be empty');
  // A name is shown to the customer in mail: one that reads as a link could be shown as one (domain/link-shaped.ts).
  if (isLinkShaped(name)) throw new InvalidInput('name', 'must be a name, not a web address, domain or email address');
  const passwordHash = await hashPassword(input.password);
  const id = newId('usr');
  const user = await insertUser(db, { id, name, email, phone: input.phone?.trim() || null, passwordHash, role });
  if (!user) throw new EmailTaken();
  return user;
}

export async function signIn(
  db: Queryable,
  clock: Clock,
  ttlHours: number,
  email: string,
  password: string,
): Promise<{ token: string; user: User }> {
  const row = await findUserWithHash(db, email.trim().toLowerCase());
  const ok = await argon2.verify(row?.password_hash ?? (await dummyHash), password);
  if (!row || !ok) throw new Unauthenticated('wrong email or password');
  const session = await openSession(db, clock, ttlHours, row);
  // The password changed while it was being checked: the old one opens nothing.
  if (!session) throw new Unauthenticated('wrong email or password');
  return session;
}

/** A new session for the account, while its password hash is still `row.password_hash`; undefined when it changed meanwhile. */
export async function openSession(
  db: Queryable,
  clock: Clock,
  ttlHours: number,
  row: User & { password_hash: string },
): Promise<{ token: string; user: User } | undefined> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(clock.now().getTime() + ttlHours * 3_600_000);
  if (!(await insertSession(db, hashToken(token), row.id, expiresAt, row.password_hash))) return undefined;
  const { password_hash: _hash, ...user } = row;
  return { token, user };
}

/** Who the token belongs to: from this instance's memory when it has seen the session, else the database. */
export function userForToken(db: Queryable, sessions: Sessions, clock: Clock, token: string): Promise<User | undefined> {
  const tokenHash = hashToken(token);
  const now = clock.now();
  return sessions.userFor(tokenHash, now, () => userForSession(db, tokenHash, now));
}

/**
 * Signing out: ends the session of this token, or with `everywhere` every session of its account.
 * This instance forgets it at once; the others when the database's notice reaches them, moments later.
 */
export async function signOut(
  db: Queryable,
  sessions: Sessions,
  user: User,
  token: string,
  options: { everywhere?: boolean } = {},
): Promise<void> {
  if (options.everywhere) {
    await deleteSessionsOf(db, user.id);
    sessions.forgetAccount(user.id);
  } else {
    await deleteSession(db, hashToken(token));
    sessions.forgetSession(hashToken(token));
  }
}

/**
 * The signed-in user changes their password: the current one must be given, the new one must pass
 * the policy and differ from it. Every other session of the account ends; the one that made the change goes on.
 */
export async function changePassword(
  db: Database,
  sessions: Sessions,
  user: User,
  token: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const stored = await findPasswordHash(db, user.id);
  if (!stored || !(await argon2.verify(stored, input.currentPassword))) {
    throw new InvalidInput('currentPassword', "is not this account's password");
  }
  const weakness = passwordWeakness(input.newPassword, user.email);
  if (weakness) throw new InvalidInput('newPassword', weakness);
  if (input.newPassword === input.currentPassword) throw new InvalidInput('newPassword', 'must differ from the current password');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updatePasswordHash(tx, user.id, passwordHash);
    await deleteSessionsOf(tx, user.id, hashToken(token));
  });
  sessions.forgetAccount(user.id);
}

/**
 * Makes sure the ADMIN_EMAIL account exists, is an admin and signs in with ADMIN_PASSWORD. When
 * ADMIN_PASSWORD changed since the last start, every session the old password opened ends.
 */
export async function ensureAdmin(db: Queryable, email: string, password: string): Promise<void> {
  try {
    await createUser(db, { name: 'Administrator', email, password }, 'admin');
  } catch (error) {
    if (!(error instanceof EmailTaken)) throw error;
    const address = normaliseEmail(email);
    const existing = await findPasswordHashByEmail(db, address);
    const unchanged = existing !== undefined && (await argon2.verify(existing.password_hash, password));
    await makeAdmin(db, address, unchanged ? existing.password_hash : await hashPassword(password));
    if (existing && !unchanged) await deleteSessionsOf(db, existing.id);
  }
}

export function publicUser(user: User): { id: string; name: string; email: string; phone: string | null; emailVerified: boolean } {
  return { id: user.id, name: user.name, email: user.email, phone: user.phone, emailVerified: user.emailVerified };
}
