// DELETE /api/me: the account's owner erases it (the DPDP Act's right to erasure). What names the
// person goes; what GST law requires Houseful to keep stays, tied to no one: the bookings, their
// payments and refunds, and the tax invoices and credit notes exactly as issued (docs/design.md,
// "Erasing an account").
import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { deleteSessionsOf, findPasswordHash } from '../accounts/repository.ts';
import { recordAudit } from '../audit/repository.ts';
import type { Context } from '../context.ts';
import { AccountHasOpenBookings, AccountIsAdmin, InvalidInput, NotFound } from '../domain/errors.ts';
import { anonymiseAccount, deletePersonalRows, lockAccount, openBookingsOf } from './repository.ts';

/**
 * Erases the caller's account once their password confirms it. Refused while they hold seats, have
 * a paid show still ahead or money still moving (the ticket, a refund and a cancelled show's news
 * are theirs until then), and for an admin. Every session ends, on this instance at once and on the others by the
 * database's notice.
 */
export async function eraseAccount(ctx: Context, userId: string, password: string | undefined): Promise<void> {
  if (!password) throw new InvalidInput('password', "is required: the account's password confirms the erasure");
  const stored = await findPasswordHash(ctx.db, userId);
  if (!stored || !(await argon2.verify(stored, password))) throw new InvalidInput('password', "is not this account's password");
  // A password nobody knows, so the row can never be signed in to again.
  const unusable = await argon2.hash(randomBytes(32).toString('base64url'), { type: argon2.argon2id });
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const account = await lockAccount(tx, userId);
    if (!account) throw new NotFound('account');
    if (account.role === 'admin') throw new AccountIsAdmin();
    const open = await openBookingsOf(tx, userId, now);
    if (open.length > 0) throw new AccountHasOpenBookings(open);
    await deletePersonalRows(tx, account);
    await deleteSessionsOf(tx, userId);
    await anonymiseAccount(tx, userId, unusable, now);
    // The log keeps that it happened, by the account's id alone: nothing in it names the person.
    await recordAudit(tx, userId, 'account.erase', userId, {});
  });
  ctx.sessions.forgetAccount(userId);
}
