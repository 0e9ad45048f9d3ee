// One-off facts about this database (the settings table): a generated secret, whether the demo
// catalogue was loaded. Each is written once; the first writer wins and every instance reads it.
import { randomBytes } from 'node:crypto';
import type { Database, Queryable } from './database.ts';

/** Stores `value` under `key` unless something is already there; true when this call wrote it. */
export async function claimSetting(db: Queryable, key: string, value: unknown): Promise<boolean> {
  const claimed = await db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
    key,
    JSON.stringify(value),
  ]);
  return claimed.rowCount === 1;
}

/** The text stored under `key`, or undefined. */
export async function textSetting(db: Queryable, key: string): Promise<string | undefined> {
  return (await db.query<{ value: string }>("SELECT value #>> '{}' AS value FROM settings WHERE key = $1", [key])).rows[0]?.value;
}

// One lookup per database, setting and process: a generated secret never changes once written.
const secrets = new WeakMap<Database, Map<string, Promise<Buffer>>>();

/**
 * `configured` (AUTH_SECRET) when set; otherwise a random secret written once under `key` into the
 * settings table, so every instance on the database signs and checks with the same one
 * (docs/design.md rule 6: instances share nothing else).
 */
export function sharedSecret(db: Database, key: string, configured: string | undefined): Promise<Buffer> {
  if (configured) return Promise.resolve(Buffer.from(configured, 'utf8'));
  let known = secrets.get(db);
  if (!known) secrets.set(db, (known = new Map()));
  let secret = known.get(key);
  if (!secret) {
    secret = storedSecret(db, key);
    known.set(key, secret);
    secret.catch(() => known.delete(key)); // a failed read is tried again next time
  }
  return secret;
}

async function storedSecret(db: Database, key: string): Promise<Buffer> {
  await claimSetting(db, key, randomBytes(32).toString('base64url'));
  const secret = await textSetting(db, key);
  if (secret === undefined) throw new Error(`the ${key} setting could not be stored`);
  return Buffer.from(secret, 'utf8');
}
