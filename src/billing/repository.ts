// Every SQL statement about billing settings and tax rates.
import type { Queryable } from '../db/database.ts';

/** The GST bands in force at $1, as JSON for bill.ts's TaxRate (stored.ts taxRatesOf). */
export const TAX_RATES_IN_FORCE = `SELECT coalesce(json_agg(json_build_object('appliesTo', applies_to, 'above', above, 'upTo', up_to,
    'rateBp', rate_bp, 'validFrom', valid_from, 'validUntil', valid_until)), '[]'::json)
  FROM tax_rates WHERE valid_from <= $1 AND (valid_until IS NULL OR valid_until > $1)`;

/** A GST band as JSON: its dates are strings. */
export interface TaxRateJson {
  appliesTo: 'admission' | 'fee';
  above: number | null;
  upTo: number | null;
  rateBp: number;
  validFrom: string;
  validUntil: string | null;
}

export async function findBillingSettings(db: Queryable, cinemaId: string): Promise<object | null> {
  return (
    (await db.query<{ settings: object }>('SELECT settings FROM cinema_billing WHERE cinema_id = $1', [cinemaId])).rows[0]?.settings ?? null
  );
}

export async function saveBillingSettings(tx: Queryable, cinemaId: string, settings: object, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO cinema_billing (cinema_id, settings, updated_at) VALUES ($1, $2::jsonb, $3)
     ON CONFLICT (cinema_id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = EXCLUDED.updated_at`,
    [cinemaId, JSON.stringify(settings), now],
  );
}

/** The cinema's legal place of supply: the state of its city. */
export async function cinemaState(db: Queryable, cinemaId: string): Promise<string | undefined> {
  return (
    await db.query<{ state: string }>('SELECT ci.state FROM cinemas c JOIN cities ci ON ci.id = c.city_id WHERE c.id = $1', [cinemaId])
  ).rows[0]?.state;
}
