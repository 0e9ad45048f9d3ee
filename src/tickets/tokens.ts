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

function mac(secret: Buffer, bookingId: string): Buffer {
  return createHmac('sha256', secret).update(`${VERSION}.ticket.${bookingId}`).digest();
}

/** `HF1.<booking id>.<signature>`: short enough for a QR code a phone camera reads at a glance. */
export function signTicket(secret: Buffer, bookingId: string): string {
  return `${VERSION}.${bookingId}.${mac(secret, bookingId).toString('base64url')}`;
}

/** The booking id a genuine token names; undefined for anything forged, altered or malformed. */
export function verifyTicket(secret: Buffer, token: string): string | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== VERSION) return undefined;
  const [, bookingId = '', signature = ''] = parts;
  if (!/^[\w-]{1,64}$/.test(bookingId)) return undefined;
  // Exactly one encoding, as signTicket writes it: base64url without padding ('+', '/' and '=' are refused),
  // and only the canonical spelling of the bytes (no spare bits set), so one ticket has one token.
  if (!/^[\w-]{43}$/.test(signature)) return undefined;
  const given = Buffer.from(signature, 'base64url');
  if (given.toString('base64url') !== signature) return undefined;
  const expected = mac(secret, bookingId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? bookingId : undefined;
}
