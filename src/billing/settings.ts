// A cinema's billing settings: read (the defaults until set) and replaced by staff.
import { recordAudit } from '../audit/repository.ts';
import type { Context } from '../context.ts';
import type { Queryable } from '../db/database.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import type { BillingSettings } from './bill.ts';
import { gstinProblem } from './gstin.ts';
import { cinemaState, findBillingSettings, saveBillingSettings } from './repository.ts';
import type { BillingSettingsValue } from './schemas.ts';
import { settingsOf } from './stored.ts';

export interface BillingSettingsOfCinema extends BillingSettings {
  cinemaId: string;
  placeOfSupply: string;
}

export async function billingSettings(db: Queryable, cinemaId: string): Promise<BillingSettingsOfCinema> {
  const state = await cinemaState(db, cinemaId);
  if (state === undefined) throw new NotFound('cinema');
  return { cinemaId, ...settingsOf(await findBillingSettings(db, cinemaId)), placeOfSupply: state };
}

/** What the schema cannot say: a GSTIN's check character, a fee given two ways, tiers in order. */
export function billingSettingsProblem(input: BillingSettingsValue): InvalidInput | undefined {
  if (!input.legalName.trim()) return new InvalidInput('legalName', 'must not be empty');
  const gstin = gstinProblem(input.gstin);
  if (gstin) return new InvalidInput('gstin', gstin);
  const fee = input.convenienceFee;
  if (fee.perTicket !== undefined && fee.percent !== undefined) {
    return new InvalidInput('convenienceFee', 'give perTicket or percent, not both');
  }
  const hours = input.refundPolicy.tiers.map((tier) => tier.hoursBefore);
  if (new Set(hours).size !== hours.length) return new InvalidInput('refundPolicy.tiers', 'must not repeat hoursBefore');
  return undefined;
}

export async function setBillingSettings(
  ctx: Context,
  adminId: string,
  cinemaId: string,
  input: BillingSettingsValue,
): Promise<BillingSettingsOfCinema> {
  const problem = billingSettingsProblem(input);
  if (problem) throw problem;
  const settings: BillingSettings = {
    legalName: input.legalName.trim(),
    gstin: input.gstin,
    pricesIncludeTax: input.pricesIncludeTax,
    convenienceFee: input.convenienceFee,
    refundPolicy: {
      tiers: [...input.refundPolicy.tiers].sort((a, b) => b.hoursBefore - a.hoursBefore),
      feesRefundable: input.refundPolicy.feesRefundable,
    },
  };
  await ctx.db.transaction(async (tx) => {
    await saveBillingSettings(tx, cinemaId, settings, ctx.clock.now());
    await recordAudit(tx, adminId, 'cinema.billing', cinemaId, settings);
  });
  return billingSettings(ctx.db, cinemaId);
}
