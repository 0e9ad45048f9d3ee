// A bill as the database keeps it, and the settings and rates as they are read back. The hold
// stores { supplies, offer }; the lines are derived from the supplies (bill.ts billOf), so the
// stored form cannot disagree with itself.
import type { TaxRateJson } from './repository.ts';
import { billOf, computeBill, DEFAULT_BILLING, type Bill, type BillingSettings, type Supply, type TaxRate } from './bill.ts';

export interface StoredBill {
  supplies: Supply[];
  offer?: string;
}

export function taxRatesOf(rows: readonly TaxRateJson[] | null | undefined): TaxRate[] {
  return (rows ?? []).map((r) => ({
    appliesTo: r.appliesTo,
    above: r.above,
    upTo: r.upTo,
    rateBp: r.rateBp,
    validFrom: new Date(r.validFrom),
    validUntil: r.validUntil === null ? null : new Date(r.validUntil),
  }));
}

/** A cinema's settings as stored, or the defaults where it has set nothing. */
export function settingsOf(stored: object | null | undefined): BillingSettings {
  return stored ? { ...DEFAULT_BILLING, ...(stored as Partial<BillingSettings>) } : DEFAULT_BILLING;
}

export function storedBill(bill: Bill, offer?: string): StoredBill {
  return offer === undefined ? { supplies: bill.supplies } : { supplies: bill.supplies, offer };
}

/**
 * The bill of a booking as read back: the stored one, or for a booking made before bills, its
 * seats at the default settings and the rates in force when it was made.
 */
export function billOfBooking(
  stored: StoredBill | null,
  seats: readonly { type: string; price: number }[],
  legacyRates: readonly TaxRateJson[] | null,
  createdAt: Date,
): Bill {
  if (stored) return billOf(stored.supplies, stored.offer);
  return computeBill({ tickets: seats, settings: DEFAULT_BILLING, rates: taxRatesOf(legacyRates), at: createdAt, online: false });
}
