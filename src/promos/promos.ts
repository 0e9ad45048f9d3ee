// Promo codes: whether one applies to a hold, the offer it makes, and staff creating and changing them.
// The use itself is taken inside the hold statement (HOLD_STATEMENT's `promo`), never here.
import type { Offer } from '../billing/bill.ts';
import {
  allPromoCodes,
  insertPromoCode,
  lockPromoCode,
  type PromoCodeLimits,
  type PromoCodeRow,
  type PromoJson,
  updatePromoCode,
} from './repository.ts';
import { mustExist } from '../db/exists.ts';
import { recordAudit } from '../audit/repository.ts';
import type { Context } from '../context.ts';
import { InvalidInput, NotFound, PromoCodeNotApplicable, PromoCodeTaken, PromoCodeUsesTaken } from '../domain/errors.ts';
import { inZone } from '../domain/zoned-time.ts';
import type { NewPromoCodeValue, PromoCodeChangeValue, PromoCodeView } from './schemas.ts';

export const PROMO_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{2,31}$/;

/** Codes are matched without regard to case or surrounding spaces. */
export function normalisePromoCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * Whether the code gives an offer on this booking: its window, cinema, film and least total. A code
 * that does not answers exactly as one that does not exist (noOffer).
 */
function appliesTo(promo: PromoJson, hold: { cinemaId: string; movieId: string; now: Date; total: number }): boolean {
  if (promo.validFrom && new Date(promo.validFrom) > hold.now) return false;
  if (promo.validUntil && new Date(promo.validUntil) <= hold.now) return false;
  if (promo.cinemaId && promo.cinemaId !== hold.cinemaId) return false;
  if (promo.movieId && promo.movieId !== hold.movieId) return false;
  return promo.minTotal === null || hold.total >= promo.minTotal;
}

/** Why the code cannot be used for this hold, in words for the customer; undefined when it can. */
export function promoProblem(
  code: string,
  promo: PromoJson | null,
  hold: { cinemaId: string; movieId: string; now: Date; total: number },
): PromoCodeNotApplicable | undefined {
  if (!promo || !appliesTo(promo, hold)) return noOffer(code);
  if (promo.maxUsesPerCustomer !== null && promo.mine >= promo.maxUsesPerCustomer) return usedByYou(code);
  if (promo.maxUses !== null && promo.uses >= promo.maxUses) return usedUp(code);
  return undefined;
}

/**
 * The one answer to a code that exists but gives no offer on this booking (another cinema or film,
 * outside its window, below its least total, used up) and to a code that does not exist, so that
 * codes cannot be found by guessing (docs/design.md, "Promo codes").
 */
export function noOffer(code: string): PromoCodeNotApplicable {
  return new PromoCodeNotApplicable(
    code,
    'unknown',
    "There is no offer with this code for this booking. Check it for typing mistakes, and the offer's terms (cinema, film, dates, least amount).",
  );
}

/** A code whose uses are all taken answers as an unknown one: saying so would tell a guesser it exists. */
export function usedUp(code: string): PromoCodeNotApplicable {
  return noOffer(code);
}

/** Only a customer who has used the code can get this answer, so it tells no one that the code exists. */
export function usedByYou(code: string): PromoCodeNotApplicable {
  return new PromoCodeNotApplicable(code, 'used-by-you', 'You have already used this offer as many times as it allows.');
}

export function offerOf(promo: PromoJson): Offer {
  return {
    label: promo.code,
    ...(promo.percentOff !== null ? { percentOff: Number(promo.percentOff) } : {}),
    ...(promo.amountOff !== null ? { amountOff: promo.amountOff } : {}),
    ...(promo.maxDiscount !== null ? { maxDiscount: promo.maxDiscount } : {}),
  };
}

function parseTime(field: string, value: string | undefined): Date | null {
  if (value === undefined) return null;
  const at = new Date(value);
  if (Number.isNaN(at.getTime()) || !/[zZ]|[+-]\d\d:?\d\d$/.test(value))
    throw new InvalidInput(field, 'must be an ISO 8601 time with an offset');
  return at;
}

/**
 * The percent as stored: the table keeps hundredths (numeric(5, 2)), so a percent finer than that
 * would be kept as another number, and one under 0.005 as 0, which the table refuses.
 */
function percentOffOf(percent: number | undefined): string | null {
  if (percent === undefined) return null;
  const hundredths = Math.round(percent * 100);
  if (hundredths < 1 || hundredths / 100 !== percent) {
    throw new InvalidInput('percentOff', 'must be 0.01 to 100, in hundredths of a percent at most');
  }
  return String(percent);
}

function toView(row: PromoCodeRow): PromoCodeView {
  const view: PromoCodeView = { code: row.code, uses: row.uses, createdAt: inZone(row.created_at, 'Asia/Kolkata') };
  if (row.percent_off !== null) view.percentOff = Number(row.percent_off);
  if (row.amount_off !== null) view.amountOff = row.amount_off;
  if (row.max_discount !== null) view.maxDiscount = row.max_discount;
  if (row.min_total !== null) view.minTotal = row.min_total;
  if (row.valid_from !== null) view.validFrom = inZone(row.valid_from, 'Asia/Kolkata');
  if (row.valid_until !== null) view.validUntil = inZone(row.valid_until, 'Asia/Kolkata');
  if (row.max_uses !== null) view.maxUses = row.max_uses;
  if (row.max_uses_per_customer !== null) view.maxUsesPerCustomer = row.max_uses_per_customer;
  if (row.cinema_id !== null) view.cinemaId = row.cinema_id;
  if (row.movie_id !== null) view.movieId = row.movie_id;
  return view;
}

export async function createPromoCode(ctx: Context, adminId: string, input: NewPromoCodeValue): Promise<PromoCodeView> {
  const code = normalisePromoCode(input.code);
  if (!PROMO_CODE_PATTERN.test(code)) throw new InvalidInput('code', '3 to 32 letters, digits, - or _, starting with a letter or digit');
  if ((input.percentOff === undefined) === (input.amountOff === undefined)) {
    throw new InvalidInput('percentOff', 'give percentOff or amountOff, exactly one');
  }
  if (input.cinemaId !== undefined) await mustExist(ctx.db, 'cinemas', input.cinemaId);
  if (input.movieId !== undefined) await mustExist(ctx.db, 'movies', input.movieId);
  const validFrom = parseTime('validFrom', input.validFrom);
  const validUntil = parseTime('validUntil', input.validUntil);
  if (validFrom && validUntil && validUntil <= validFrom) throw new InvalidInput('validUntil', 'must be after validFrom');
  const row: Omit<PromoCodeRow, 'uses'> = {
    code,
    percent_off: percentOffOf(input.percentOff),
    amount_off: input.amountOff ?? null,
    max_discount: input.maxDiscount ?? null,
    min_total: input.minTotal ?? null,
    valid_from: validFrom,
    valid_until: validUntil,
    max_uses: input.maxUses ?? null,
    max_uses_per_customer: input.maxUsesPerCustomer ?? null,
    cinema_id: input.cinemaId ?? null,
    movie_id: input.movieId ?? null,
    created_at: ctx.clock.now(),
  };
  await ctx.db.transaction(async (tx) => {
    if (!(await insertPromoCode(tx, row))) throw new PromoCodeTaken(code);
    await recordAudit(tx, adminId, 'promo-code.create', code, row);
  });
  return toView({ ...row, uses: 0 });
}

/**
 * Changes a code's window and limits (null lifts one); `active: false` ends it now. Bookings already
 * held with it keep the bill they were given; only holds after the change see it.
 */
export async function changePromoCode(ctx: Context, userId: string, rawCode: string, change: PromoCodeChangeValue): Promise<PromoCodeView> {
  const code = normalisePromoCode(rawCode);
  if (change.active === false && change.validUntil !== undefined)
    throw new InvalidInput('active', 'give active: false or validUntil, not both');
  const validUntil = change.validUntil === null ? null : parseTime('validUntil', change.validUntil);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const row = await lockPromoCode(tx, code);
    if (!row) throw new NotFound('promo-code');
    const before: PromoCodeLimits = {
      valid_from: row.valid_from,
      valid_until: row.valid_until,
      max_uses: row.max_uses,
      max_uses_per_customer: row.max_uses_per_customer,
      min_total: row.min_total,
      max_discount: row.max_discount,
    };
    const after: PromoCodeLimits = {
      valid_from: row.valid_from,
      valid_until: change.active === false ? now : change.validUntil === undefined ? row.valid_until : validUntil,
      max_uses: change.maxUses === undefined ? row.max_uses : change.maxUses,
      max_uses_per_customer: change.maxUsesPerCustomer === undefined ? row.max_uses_per_customer : change.maxUsesPerCustomer,
      min_total: change.minTotal === undefined ? row.min_total : change.minTotal,
      max_discount: change.maxDiscount === undefined ? row.max_discount : change.maxDiscount,
    };
    // A code ended before its window opened never opens.
    if (change.active === false && after.valid_from && after.valid_from >= now) after.valid_from = null;
    if (after.valid_from && after.valid_until && after.valid_until <= after.valid_from) {
      throw new InvalidInput('validUntil', `must be after validFrom (${inZone(after.valid_from, 'Asia/Kolkata')})`);
    }
    if (after.max_uses !== null && after.max_uses < row.uses) throw new PromoCodeUsesTaken(code, row.uses);
    await updatePromoCode(tx, code, after);
    await recordAudit(tx, userId, 'promo-code.update', code, { before, after });
    return toView({ ...row, ...after });
  });
}

/** Every promo code, or for staff of some cinemas (`only`) those of their cinemas and of the whole chain. */
export async function listPromoCodes(ctx: Context, only: readonly string[] | null = null): Promise<PromoCodeView[]> {
  const codes = await allPromoCodes(ctx.db);
  return codes.filter((code) => only === null || code.cinema_id === null || only.includes(code.cinema_id)).map(toView);
}
