// What the signed-in account may do as staff, by its highest role: the staff pages show only that.
// The server decides for itself on every request (src/staff/access.ts); this only hides what would be refused.
import type { User } from './types.ts';

export type StaffRole = 'door' | 'box-office' | 'manager' | 'admin';

const RANKS: readonly StaffRole[] = ['door', 'box-office', 'manager', 'admin'];

function highestRole(user: User | null): StaffRole | undefined {
  if (!user) return undefined;
  if (user.role === 'admin') return 'admin';
  return user.cinemaRoles.map((r) => r.role as StaffRole).sort((a, b) => RANKS.indexOf(b) - RANKS.indexOf(a))[0];
}

/** Whether the account has at least `least` at some cinema (or is an admin). */
export function mayDo(user: User | null, least: StaffRole): boolean {
  const role = highestRole(user);
  return role !== undefined && RANKS.indexOf(role) >= RANKS.indexOf(least);
}
