// Ticket tokens: what the QR code on a ticket encodes and the door staff scan. A token names the
// booking and carries an HMAC-SHA256 over it, so a ticket cannot be made up or altered; whether
// it is still good (confirmed, not used) is decided against the database at check-in.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from '../context.ts';
import { sharedSecret } from '../db/settings.ts';

const VERSION = 'HF1';
const SECRET_SETTING = 'ticket-secret';

/** The secret tickets are signed with: AUTH_SECRET, or one generated once per database (db/settings.ts). */
export function ticketSecret(ctx: Pick<Context, 'db' | 'config'>): Promise<Buffer> {
  return sharedSecret(ctx.db, SECRET_SETTING, ctx.config.authSecret);
}

function mac(secret: Buffer, bookingId: string, issue: number): Buffer {
  const subject = issue === 0 ? bookingId : `${bookingId}.${issue}`;
  return createHmac('sha256', secret).update(`${VERSION}.ticket.${subject}`).digest();
}

/**
 * `HF1.<booking id>.<signature>`: short enough for a QR code a phone camera reads at a glance. A
 * ticket reissued after some of its seats were cancelled carries its issue: `HF1.<booking id>.<issue>.<signature>`.
 */
export function signTicket(secret: Buffer, bookingId: string, issue = 0): string {
  const subject = issue === 0 ? bookingId : `${bookingId}.${issue}`;
  return `${VERSION}.${subject}.${mac(secret, bookingId, issue).toString('base64url')}`;
}

/** The booking id a genuine token names; undefined for anything forged, altered or malformed. */
export function verifyTicket(secret: Buffer, token: string): string | undefined {
  return readTicket(secret, token)?.bookingId;
}

/** The booking and issue a genuine token names; undefined for anything forged, altered or malformed. */
export function readTicket(secret: Buffer, token: string): { bookingId: string; issue: number } | undefined {
  const parts = token.trim().split('.');
  if ((parts.length !== 3 && parts.length !== 4) || parts[0] !== VERSION) return undefined;
  const bookingId = parts[1] ?? '';
  const issueText = parts.length === 4 ? parts[2]! : '0';
  const signature = parts[parts.length - 1] ?? '';
  // One spelling per issue: none for the first, a number without leading zeros after.
  if (parts.length === 4 && !/^[1-9][0-9]{0,8}$/.test(issueText)) return undefined;
  const issue = Number(issueText);
  if (!/^[\w-]{1,64}$/.test(bookingId)) return undefined;
  // Exactly one encoding, as signTicket writes it: base64url without padding ('+', '/' and '=' are refused),
  // and only the canonical spelling of the bytes (no spare bits set), so one ticket has one token.
  if (!/^[\w-]{43}$/.test(signature)) return undefined;
  const given = Buffer.from(signature, 'base64url');
  if (given.toString('base64url') !== signature) return undefined;
  const expected = mac(secret, bookingId, issue);
  return given.length === expected.length && timingSafeEqual(given, expected) ? { bookingId, issue } : undefined;
}

/** The booking a genuine ticket token names, for the staff access check at the door. */
export async function bookingOfTicket(ctx: Pick<Context, 'db' | 'config'>, token: string): Promise<string | undefined> {
  return verifyTicket(await ticketSecret(ctx), token);
}
