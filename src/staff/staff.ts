// Granting roles: an admin gives an existing account a role, chain-wide (admin) or at cinemas.
import type { Context } from '../context.ts';
import { recordAudit } from '../audit/repository.ts';
import { Forbidden, InvalidInput, InvalidTransition, NotFound } from '../domain/errors.ts';
import {
  deleteAllRoles,
  deleteRole,
  existingCinemas,
  findAccountByEmail,
  makeAccountAdmin,
  staffMember,
  staffMembers,
  upsertRoles,
  type CinemaRole,
  type StaffMemberRow,
} from './repository.ts';
import type { StaffMemberView } from './schemas.ts';

function toView(row: StaffMemberRow): StaffMemberView {
  return { id: row.id, name: row.name, email: row.email, admin: row.admin, cinemas: row.cinemas ?? [] };
}

/**
 * Gives the account with this email the role: `admin` for the whole chain, any other role at each
 * of the cinemas (replacing the role it had there). Nothing changes unless all of it can.
 */
export async function grantRole(
  ctx: Context,
  grantedBy: string,
  input: { email: string; role: 'admin' | CinemaRole; cinemaIds?: string[] | undefined },
): Promise<StaffMemberView> {
  const cinemaIds = input.cinemaIds ?? [];
  if (new Set(cinemaIds).size !== cinemaIds.length) throw new InvalidInput('cinemaIds', 'must not repeat a cinema');
  const account = await findAccountByEmail(ctx.db, input.email.trim().toLowerCase());
  if (!account) throw new NotFound('account');
  const known = new Set(await existingCinemas(ctx.db, cinemaIds));
  const unknown = cinemaIds.find((id) => !known.has(id));
  if (unknown) throw new NotFound('cinema');
  if (input.role === 'admin') {
    if (cinemaIds.length > 0) throw new InvalidInput('cinemaIds', 'an admin has every cinema: leave cinemaIds out');
  } else {
    if (cinemaIds.length === 0) throw new InvalidInput('cinemaIds', `a ${input.role} needs at least one cinema`);
    // An admin already has every cinema; a narrower role would be no grant but a demotion.
    if (account.role === 'admin') throw new InvalidTransition('account', 'chain-wide admin', `a ${input.role} of some cinemas`);
  }
  const role = input.role;
  await ctx.db.transaction(async (tx) => {
    if (role === 'admin') await makeAccountAdmin(tx, account.id);
    else await upsertRoles(tx, { userId: account.id, role, cinemaIds, grantedBy, now: ctx.clock.now() });
    await recordAudit(tx, grantedBy, 'staff.grant', account.id, { email: input.email, role, cinemaIds });
  });
  // The account's sessions carry whether it has roles: this instance forgets them at once, the others on the notice.
  ctx.sessions.forgetAccount(account.id);
  return toView((await staffMember(ctx.db, account.id))!);
}

/** Takes the account's role at one cinema away; NotFound when it has none there. */
export async function revokeRole(ctx: Context, revokedBy: string, userId: string, cinemaId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const role = await deleteRole(tx, userId, cinemaId);
    if (!role) throw new NotFound('role');
    await recordAudit(tx, revokedBy, 'staff.revoke', userId, { role, cinemaId }, cinemaId);
  });
  ctx.sessions.forgetAccount(userId);
}

/**
 * Takes every role the account has away: it is a customer again, on every instance at once (its
 * sessions are forgotten here at once and on the others by the database's notice, as for a grant).
 * An admin cannot revoke their own, so the chain is never left without one by mistake.
 */
export async function revokeAllRoles(ctx: Context, revokedBy: string, userId: string): Promise<void> {
  if (userId === revokedBy) throw new Forbidden('an admin cannot revoke their own roles: another admin must');
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteAllRoles(tx, userId))) throw new NotFound('staff member');
    await recordAudit(tx, revokedBy, 'staff.revoke', userId, { role: 'all' });
  });
  ctx.sessions.forgetAccount(userId);
}

export async function listStaff(ctx: Context): Promise<StaffMemberView[]> {
  return (await staffMembers(ctx.db)).map(toView);
}
