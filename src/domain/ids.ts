import { randomBytes } from 'node:crypto';

/** An opaque id that cannot be guessed: a readable prefix and 128 random bits. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(16).toString('base64url')}`;
}
