// Who asks: an account as every rule sees it once its session is known.

export type Role = 'customer' | 'admin';

export interface User {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  role: Role;
  /** When the account was made: accounts younger than NEW_ACCOUNT_MINUTES hold fewer seats. */
  createdAt: Date;
  /** Whether the account has a role at some cinema (staff/access.ts reads which only then). */
  hasCinemaRoles: boolean;
  /** Whether the account proved it reads its mail (REQUIRE_VERIFIED_EMAIL holds only for such accounts). */
  emailVerified: boolean;
  /** Whether the account proved, by a code sent by SMS, that it receives SMS at its phone. */
  phoneVerified: boolean;
}
