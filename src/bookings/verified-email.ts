// REQUIRE_VERIFIED_EMAIL: an account that has not confirmed its email holds nothing (403
// email-not-verified). Decided from the user the session lookup already read, so a verified
// account's hold costs no extra round trip; only a refused one is looked up, so that an unknown
// show still answers 404 first.
import type { Context } from '../context.ts';
import { mustExist } from '../db/exists.ts';
import { EmailNotVerified } from '../domain/errors.ts';
import type { User } from '../domain/user.ts';

export async function requireVerifiedEmail(ctx: Context, customer: Pick<User, 'emailVerified'>, showId: string): Promise<void> {
  if (!ctx.config.requireVerifiedEmail || customer.emailVerified) return;
  await mustExist(ctx.db, 'shows', showId);
  throw new EmailNotVerified();
}
