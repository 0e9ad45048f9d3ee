// Accounts and sessions: argon2id password hashes, random bearer tokens stored only as SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { Queryable } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { EmailTaken, InvalidInput, Unauthenticated } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { passwordWeakness } from './password-policy.ts';
import { findUserWithHash, insertSession, insertUser, makeAdmin, userForSession, type Role, type User } from './repository.ts';

export type { Role, User } from './repository.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function normaliseEmail(email: string): string {
  const value = email.trim().toLowerCase();
  if (!EMAIL.test(value)) throw new InvalidInput('email', 'must be an email address like name@example.com');
  return value;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 20 ms a hash on these machines.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

function hashPassword(password: string): Promise<string> {
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
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(clock.now().getTime() + ttlHours * 3_600_000);
  await insertSession(db, hashToken(token), row.id, expiresAt);
  const { password_hash: _hash, ...user } = row;
  return { token, user };
}

export function userForToken(db: Queryable, clock: Clock, token: string): Promise<User | undefined> {
  return userForSession(db, hashToken(token), clock.now());
}

/** Makes sure the ADMIN_EMAIL account exists, is an admin and signs in with ADMIN_PASSWORD. */
export async function ensureAdmin(db: Queryable, email: string, password: string): Promise<void> {
  try {
    await createUser(db, { name: 'Administrator', email, password }, 'admin');
  } catch (error) {
    if (!(error instanceof EmailTaken)) throw error;
    await makeAdmin(db, normaliseEmail(email), await hashPassword(password));
  }
}

export function publicUser(user: User): { id: string; name: string; email: string; phone: string | null } {
  return { id: user.id, name: user.name, email: user.email, phone: user.phone };
}
