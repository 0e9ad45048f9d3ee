// One-time codes by SMS (docs/api.md, "Sign-in with a code by SMS"): a signed-in customer proves
// they receive SMS at their phone, and a verified phone then signs in with a code instead of a
// password. A code is 6 digits, works for 10 minutes, once, and stops working after 5 wrong tries.
//
// The code is never stored. It is derived from the code's random id with the server's secret, so
// the outbox row names only the id and the SMS is written at delivery; the database keeps an HMAC
// of the code salted by that id, which is what a try is checked against.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from '../context.ts';
import type { Queryable } from '../db/database.ts';
import { sharedSecret } from '../db/settings.ts';
import { InvalidInput, PhoneCodeInvalid, SmsUnavailable, TooManyCodeRequests } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { normalisePhone } from '../domain/phone.ts';
import type { User } from '../domain/user.ts';
import { queuePhoneCodeSms } from '../outbox/repository.ts';
import { openSession } from './accounts.ts';
import {
  accountSigningInByPhone,
  accountWithVerifiedPhone,
  findPhoneCode,
  insertPhoneCode,
  limitReachedAt,
  lockedPhoneOf,
  lockPhoneRequests,
  recordCodeRequest,
  setVerifiedPhone,
  takeCodeTry,
  updatePhone,
  useCode,
  type PhoneCodePurpose,
  type PhoneCodeRow,
} from './repository/phone-codes.ts';

export const CODE_VALID_MS = 10 * 60_000;
export const MAX_WRONG_TRIES = 5;
/** Requests for codes count toward their limits for this long; the sweeper forgets them after it. */
export const CODE_REQUEST_WINDOW_MS = 3_600_000;

const SECRET_SETTING = 'phone-code-secret';
/** The secret codes are derived with: AUTH_SECRET, or one generated once per database (db/settings.ts). */
function codeSecret(ctx: Pick<Context, 'db' | 'config'>): Promise<Buffer> {
  return sharedSecret(ctx.db, SECRET_SETTING, ctx.config.authSecret);
}

/** The 6 digits of the code with this id. */
function codeOf(secret: Buffer, id: string): string {
  const mac = createHmac('sha256', secret).update(`phone-code.${id}`).digest();
  return String(mac.readUIntBE(0, 6) % 1_000_000).padStart(6, '0');
}

function codeHash(secret: Buffer, id: string, code: string): string {
  return createHmac('sha256', secret).update(`phone-code-hash.${id}.${code}`).digest('hex');
}

function isRightCode(secret: Buffer, row: PhoneCodeRow, code: string): boolean {
  const given = Buffer.from(codeHash(secret, row.id, code), 'hex');
  const stored = Buffer.from(row.code_hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * Counts a request for a code against the limits per phone and per client address (off with
 * RATE_LIMIT_PER_MINUTE=0, like every rate limit); 429 with when to come back once one is reached.
 */
async function countCodeRequest(ctx: Context, tx: Queryable, phone: string, address: string): Promise<void> {
  if (ctx.config.rateLimitPerMinute === 0) return;
  await lockPhoneRequests(tx, phone);
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - CODE_REQUEST_WINDOW_MS);
  const limits = [
    ['phone', phone, ctx.config.smsCodesPerPhonePerHour],
    ['address', address, ctx.config.smsCodesPerAddressPerHour],
  ] as const;
  for (const [by, value, limit] of limits) {
    const reachedAt = await limitReachedAt(tx, by, value, since, limit);
    if (reachedAt)
      throw new TooManyCodeRequests(Math.max(1, Math.ceil((reachedAt.getTime() + CODE_REQUEST_WINDOW_MS - now.getTime()) / 1000)));
  }
  await recordCodeRequest(tx, phone, address, now);
}

/** Writes a new code for the account and queues its SMS; it replaces any earlier code for the same purpose. */
async function sendCode(
  ctx: Context,
  tx: Queryable,
  secret: Buffer,
  purpose: PhoneCodePurpose,
  userId: string,
  phone: string,
): Promise<void> {
  const id = newId('pcd');
  const now = ctx.clock.now();
  await insertPhoneCode(tx, {
    id,
    purpose,
    userId,
    phone,
    codeHash: codeHash(secret, id, codeOf(secret, id)),
    createdAt: now,
    expiresAt: new Date(now.getTime() + CODE_VALID_MS),
  });
  await queuePhoneCodeSms(tx, id, phone);
}

function phoneOrRefuse(raw: string, field: string): string {
  const phone = normalisePhone(raw);
  if (!phone) throw new InvalidInput(field, 'must be a mobile number an SMS can reach, like +91 98200 00000');
  return phone;
}

/** The signed-in customer asks for a code by SMS to their account's phone. */
export async function requestPhoneVerification(ctx: Context, user: User, address: string): Promise<void> {
  if (!user.phone) throw new InvalidInput('phone', 'the account has no phone number: add one first (PATCH /api/me)');
  const phone = phoneOrRefuse(user.phone, 'phone');
  if (!ctx.config.smsWebhookUrl) throw new SmsUnavailable();
  // Read before the transaction: on the embedded database it holds the only connection.
  const secret = await codeSecret(ctx);
  await ctx.db.transaction(async (tx) => {
    await countCodeRequest(ctx, tx, phone, address);
    await sendCode(ctx, tx, secret, 'verify-phone', user.id, phone);
  });
}

/** The code sent to the account's phone is right: the phone is verified, while it is still the number the code went to. */
export async function confirmPhoneVerification(ctx: Context, user: User, code: string): Promise<void> {
  const now = ctx.clock.now();
  const taken = await takeCodeTry(ctx.db, { purpose: 'verify-phone', userId: user.id }, now, MAX_WRONG_TRIES);
  if (!taken || !isRightCode(await codeSecret(ctx), taken, code)) throw new PhoneCodeInvalid();
  await ctx.db.transaction(async (tx) => {
    const current = await lockedPhoneOf(tx, user.id);
    if (!current || normalisePhone(current) !== taken.phone) throw new PhoneCodeInvalid();
    await useCodeOrRefuse(tx, taken.id, now);
    await setVerifiedPhone(tx, user.id, taken.phone, now);
  });
  ctx.sessions.forgetAccount(user.id);
}

async function useCodeOrRefuse(db: Queryable, id: string, now: Date): Promise<void> {
  if (!(await useCode(db, id, now))) throw new PhoneCodeInvalid();
}

/**
 * Anyone asks for a sign-in code for a phone: when an account has verified it (of several, the one
 * that verified it last) the code goes there by SMS. The answer is the same either way.
 */
export async function requestSignInCode(ctx: Context, rawPhone: string, address: string): Promise<void> {
  const phone = phoneOrRefuse(rawPhone, 'phone');
  if (!ctx.config.smsWebhookUrl) throw new SmsUnavailable();
  // Read before the transaction: on the embedded database it holds the only connection.
  const secret = await codeSecret(ctx);
  await ctx.db.transaction(async (tx) => {
    await countCodeRequest(ctx, tx, phone, address);
    const account = await accountWithVerifiedPhone(tx, phone);
    if (account) await sendCode(ctx, tx, secret, 'sign-in', account.id, phone);
  });
}

/** The code sent to a verified phone opens a session for its account, as a password would. */
export async function signInWithCode(ctx: Context, rawPhone: string, code: string): Promise<{ token: string; user: User }> {
  const phone = phoneOrRefuse(rawPhone, 'phone');
  const now = ctx.clock.now();
  const taken = await takeCodeTry(ctx.db, { purpose: 'sign-in', phone }, now, MAX_WRONG_TRIES);
  if (!taken || !isRightCode(await codeSecret(ctx), taken, code)) throw new PhoneCodeInvalid();
  await useCodeOrRefuse(ctx.db, taken.id, now);
  // The account changed its phone after the code was sent: the code opens nothing.
  const account = await accountSigningInByPhone(ctx.db, taken.user_id, phone);
  const session = account && (await openSession(ctx.db, ctx.clock, ctx.config.sessionTtlHours, account));
  if (!session) throw new PhoneCodeInvalid();
  return session;
}

/** The signed-in customer changes their phone (null: none); a different number is no longer verified. */
export async function changePhone(
  ctx: Context,
  user: User,
  phone: string | null,
): Promise<{ phone: string | null; phoneVerified: boolean }> {
  const trimmed = phone?.trim() || null;
  const changed = await updatePhone(ctx.db, user.id, trimmed, trimmed === null ? null : (normalisePhone(trimmed) ?? null));
  ctx.sessions.forgetAccount(user.id);
  return changed ?? { phone: user.phone, phoneVerified: user.phoneVerified };
}

/** The SMS that carries the code with this id; undefined when it is used or lapsed already (nothing to send). */
export async function phoneCodeSms(ctx: Context, id: string): Promise<string | undefined> {
  const row = await findPhoneCode(ctx.db, id);
  if (!row || row.used_at || row.expires_at <= ctx.clock.now()) return undefined;
  const code = codeOf(await codeSecret(ctx), row.id);
  const what = row.purpose === 'sign-in' ? 'sign in to Houseful' : 'verify this phone for Houseful';
  return `${code} is your code to ${what}. It works for 10 minutes. Never share it: Houseful will never ask for it.`;
}
