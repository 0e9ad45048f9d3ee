// Email verification (docs/api.md, "Accounts"): sign-up queues a mail whose code, made at delivery,
// proves the person reads the address. Accounts made before verification existed, and the
// ADMIN_EMAIL account, count as verified. With REQUIRE_VERIFIED_EMAIL=1 only verified accounts hold seats.
import type { Context } from '../context.ts';
import { TooManyMails, VerificationCodeInvalid } from '../domain/errors.ts';
import type { User } from '../domain/user.ts';
import { queueAccountMail } from '../outbox/repository.ts';
import { createUser } from './accounts.ts';
import { countWrongGuess, issueCode, spendCode } from './account-codes.ts';
import { accountById, markEmailVerified } from './repository/codes.ts';

/** How long a verification code works. */
export const VERIFICATION_CODE_MINUTES = 24 * 60;
/** Verification mails one account is sent in an hour: the sign-up's and three resends. */
export const VERIFICATION_MAILS_PER_HOUR = 4;

function queueVerificationMail(ctx: Context, user: Pick<User, 'id' | 'email'>) {
  return queueAccountMail(ctx.db, { kind: 'email-verification', recipient: user.email, subjectId: user.id }, VERIFICATION_MAILS_PER_HOUR);
}

/**
 * Makes the customer's account and queues the mail that confirms its address. Queued just after
 * the account is made rather than in its transaction, so hashing the password holds no
 * connection; should queueing fail, the account stands and the customer asks for the mail again.
 */
export async function signUp(ctx: Context, input: Parameters<typeof createUser>[1]): Promise<User> {
  const user = await createUser(ctx.db, input);
  await queueVerificationMail(ctx, user).catch((error: unknown) =>
    ctx.log.warn({ err: error, userId: user.id }, 'the email verification mail was not queued; it can be asked for again'),
  );
  return user;
}

/** Mails a new code again; an account already verified needs none. 429 past VERIFICATION_MAILS_PER_HOUR. */
export async function resendVerification(ctx: Context, user: User): Promise<void> {
  if (user.emailVerified) return;
  const { queued, retryAfterSeconds } = await queueVerificationMail(ctx, user);
  if (!queued) throw new TooManyMails(retryAfterSeconds);
}

/** At delivery: the account and a new code for it; undefined when it is gone or already verified. */
export async function issueVerificationCode(
  ctx: Context,
  userId: string,
): Promise<{ name: string; code: string; minutes: number } | undefined> {
  const account = await accountById(ctx.db, userId);
  if (!account || account.emailVerified) return undefined;
  return {
    name: account.name,
    code: await issueCode(ctx, account.id, 'email-verification', VERIFICATION_CODE_MINUTES),
    minutes: VERIFICATION_CODE_MINUTES,
  };
}

/** Verifies the signed-in account's email with the mailed code; every instance forgets its cached sessions, so holds see it at once. */
export async function verifyEmail(ctx: Context, user: User, code: string): Promise<void> {
  if (user.emailVerified) return;
  const now = ctx.clock.now();
  const verified = await ctx.db.transaction(async (tx) => {
    if (!(await spendCode(tx, now, user.id, 'email-verification', code))) return false;
    await markEmailVerified(tx, user.id);
    return true;
  });
  if (!verified) {
    await countWrongGuess(ctx.db, user.id, 'email-verification');
    throw new VerificationCodeInvalid();
  }
  ctx.sessions.forgetAccount(user.id);
}
