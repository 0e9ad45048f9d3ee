// Ticket tokens: what the QR code on a ticket encodes and the door staff scan. A token names the
// booking and carries an HMAC-SHA256 over it, so a ticket cannot be made up or altered; whether
// it is still good (confirmed, not used) is decided against the database at check-in.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from '../context.ts';
import type { Database } from '../db/database.ts';
import { claimSetting, textSetting } from '../db/settings.ts';

const VERSION = 'HF1';
const SECRET_SETTING = 'ticket-secret';

// One lookup per database per process: the secret never changes once written.
const secrets = new WeakMap<Database, Promise<Buffer>>();

/**
 * AUTH_SECRET when set; otherwise a random secret written once into the settings table, so every
 * instance on the database signs and checks with the same one (docs/design.md rule 6: instances share nothing else).
 */
export function ticketSecret(ctx: Pick<Context, 'db' | 'config'>): Promise<Buffer> {
  if (ctx.config.authSecret) return Promise.resolve(Buffer.from(ctx.config.authSecret, 'utf8'));
  let secret = secrets.get(ctx.db);
  if (!secret) {
    secret = storedSecret(ctx.db);
    secrets.set(ctx.db, secret);
    secret.catch(() => secrets.delete(ctx.db)); // a failed read is tried again next time
  }
  return secret;
}

async function storedSecret(db: Database): Promise<Buffer> {
  await claimSetting(db, SECRET_SETTING, randomBytes(32).toString('base64url'));
  const secret = await textSetting(db, SECRET_SETTING);
  if (secret === undefined) throw new Error('the ticket secret could not be stored');
  return Buffer.from(secret, 'utf8');
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
