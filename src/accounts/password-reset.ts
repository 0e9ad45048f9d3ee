// Password reset by mail (docs/api.md, "Accounts"). Asking answers the same, in the same time,
// whether or not an account has the address: the request only queues a mail to it, and the
// outbox worker finds the account, makes the code and sends it (or, with no account, sends nothing).
import type { Context } from '../context.ts';
import { InvalidInput, ResetCodeInvalid } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { passwordWeakness } from '../domain/password-policy.ts';
import { queueAccountMail } from '../outbox/repository.ts';
import { hashPassword, normaliseEmail } from './accounts.ts';
import { countWrongGuess, issueCode, spendCode } from './account-codes.ts';
import { clearSignInFailures, deleteSessionsOf, updatePasswordHash } from './repository.ts';
import { accountByEmail } from './repository/codes.ts';

/** How long a reset code works. */
export const RESET_CODE_MINUTES = 30;
/** Reset mails one address is sent in an hour; more requests are answered alike and send nothing. */
export const RESET_MAILS_PER_HOUR = 3;

/** Queues a reset mail to the address; the answer never says whether an account has it. */
export async function requestPasswordReset(ctx: Context, email: string): Promise<void> {
  const address = normaliseEmail(email);
  await queueAccountMail(ctx.db, { kind: 'password-reset', recipient: address, subjectId: newId('pwr') }, RESET_MAILS_PER_HOUR);
}

/** At delivery: the account at the address and a new code for it; undefined when no account has it. */
export async function issuePasswordResetCode(
  ctx: Context,
  address: string,
): Promise<{ name: string; code: string; minutes: number } | undefined> {
  const account = await accountByEmail(ctx.db, address);
  if (!account) return undefined;
  return { name: account.name, code: await issueCode(ctx, account.id, 'password-reset', RESET_CODE_MINUTES), minutes: RESET_CODE_MINUTES };
}

/**
 * Sets a new password with the mailed code: the code is used up, every session of the account
 * ends (on every instance, by the sessions' notices), and a sign-in backoff on it is lifted. A
 * wrong, used or lapsed code, or an address with no account, changes nothing but the count of wrong guesses.
 */
export async function confirmPasswordReset(ctx: Context, input: { email: string; code: string; password: string }): Promise<void> {
  const address = normaliseEmail(input.email);
  const weakness = passwordWeakness(input.password, address);
  if (weakness) throw new InvalidInput('password', weakness);
  // Hashed before the code is looked at, so a wrong code takes as long as a right one.
  const passwordHash = await hashPassword(input.password);
  const account = await accountByEmail(ctx.db, address);
  if (!account) throw new ResetCodeInvalid();
  const now = ctx.clock.now();
  const changed = await ctx.db.transaction(async (tx) => {
    if (!(await spendCode(tx, now, account.id, 'password-reset', input.code))) return false;
    await updatePasswordHash(tx, account.id, passwordHash);
    await deleteSessionsOf(tx, account.id);
    return true;
  });
  if (!changed) {
    await countWrongGuess(ctx.db, account.id, 'password-reset');
    throw new ResetCodeInvalid();
  }
  ctx.sessions.forgetAccount(account.id);
  await clearSignInFailures(ctx.db, address);
}
