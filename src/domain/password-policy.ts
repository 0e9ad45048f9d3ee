// What a password must be: long enough, not just whitespace, and not the account's own email or
// its local part (the first things anyone guesses). Sign-up, a password change and ADMIN_PASSWORD
// all go through this one rule.

export const MIN_PASSWORD_LENGTH = 8;

/** Why this password may not be used for this email, as the problem's reason; undefined when it may. */
export function passwordWeakness(password: string, email: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.trim() === '') return 'must not be only spaces or other whitespace';
  const given = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const localPart = address.split('@')[0] ?? '';
  if (given === address || given === localPart) return 'must not be the email address or the part of it before the @';
  return undefined;
}
