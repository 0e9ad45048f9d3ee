// Every SQL statement about promo codes outside the hold (which takes a use in HOLD_STATEMENT).
import type { Queryable } from '../db/database.ts';

/** A promo code as the precheck reads it, with the uses this customer holds of it. */
export interface PromoJson {
  code: string;
  percentOff: number | null;
  amountOff: number | null;
  maxDiscount: number | null;
  minTotal: number | null;
  validFrom: string | null;
  validUntil: string | null;
  maxUses: number | null;
  maxUsesPerCustomer: number | null;
  cinemaId: string | null;
  movieId: string | null;
  uses: number;
  mine: number;
}

export interface PromoCodeRow {
  code: string;
  percent_off: string | null;
  amount_off: number | null;
  max_discount: number | null;
  min_total: number | null;
  valid_from: Date | null;
  valid_until: Date | null;
  max_uses: number | null;
  max_uses_per_customer: number | null;
  cinema_id: string | null;
  movie_id: string | null;
  uses: number;
  created_at: Date;
}

/** Inserts the code; false when there is one already. */
export async function insertPromoCode(tx: Queryable, row: Omit<PromoCodeRow, 'uses'>): Promise<boolean> {
  const result = await tx.query(
    `INSERT INTO promo_codes (code, percent_off, amount_off, max_discount, min_total, valid_from, valid_until, max_uses,
       max_uses_per_customer, cinema_id, movie_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (code) DO NOTHING`,
    [
      row.code,
      row.percent_off,
      row.amount_off,
      row.max_discount,
      row.min_total,
      row.valid_from,
      row.valid_until,
      row.max_uses,
      row.max_uses_per_customer,
      row.cinema_id,
      row.movie_id,
      row.created_at,
    ],
  );
  return (result.rowCount ?? 0) === 1;
}

export async function allPromoCodes(db: Queryable): Promise<PromoCodeRow[]> {
  return (await db.query<PromoCodeRow>('SELECT * FROM promo_codes ORDER BY created_at DESC, code LIMIT 1000')).rows;
}

/**
 * Gives back the promo code uses of these bookings that were never paid (they expired, or were
 * cancelled while pending); a paid booking keeps its use even when it is cancelled later.
 */
export async function givePromoUsesBack(tx: Queryable, bookingIds: readonly string[], now: Date): Promise<void> {
  if (bookingIds.length === 0) return;
  await tx.query(
    `WITH back AS (
       UPDATE promo_code_uses u SET released_at = $2 FROM bookings b
       WHERE u.booking_id = ANY($1::text[]) AND u.released_at IS NULL AND b.id = u.booking_id AND b.confirmed_at IS NULL
       RETURNING u.code)
     UPDATE promo_codes p SET uses = p.uses - c.n
     FROM (SELECT code, count(*)::int AS n FROM back GROUP BY code) c WHERE p.code = c.code`,
    [[...bookingIds], now],
  );
}

/** The code, its row locked until the transaction ends, so its uses cannot move while it is changed. */
export async function lockPromoCode(tx: Queryable, code: string): Promise<PromoCodeRow | undefined> {
  return (await tx.query<PromoCodeRow>('SELECT * FROM promo_codes WHERE code = $1 FOR UPDATE', [code])).rows[0];
}

export type PromoCodeLimits = Pick<
  PromoCodeRow,
  'valid_from' | 'valid_until' | 'max_uses' | 'max_uses_per_customer' | 'min_total' | 'max_discount'
>;

export async function updatePromoCode(tx: Queryable, code: string, limits: PromoCodeLimits): Promise<void> {
  await tx.query(
    `UPDATE promo_codes SET valid_from = $2, valid_until = $3, max_uses = $4, max_uses_per_customer = $5, min_total = $6,
       max_discount = $7 WHERE code = $1`,
    [code, limits.valid_from, limits.valid_until, limits.max_uses, limits.max_uses_per_customer, limits.min_total, limits.max_discount],
  );
}
