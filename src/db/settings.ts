// One-off facts about this database (the settings table): a generated secret, whether the demo
// catalogue was loaded. Each is written once; the first writer wins and every instance reads it.
import type { Queryable } from './database.ts';

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
