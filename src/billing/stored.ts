// A bill as the database keeps it, and the settings and rates as they are read back. The hold
// stores { supplies, offer, refundPolicy }; the lines are derived from the supplies (bill.ts
// billOf), so the stored form cannot disagree with itself, and the refund policy is the one the
// booking was sold under, so a later change of the cinema's applies to later sales only.
import type { TaxRateJson } from './repository.ts';
import { billOf, computeBill, DEFAULT_BILLING, type Bill, type BillingSettings, type Supply, type TaxRate } from './bill.ts';

export interface StoredBill {
  supplies: Supply[];
  offer?: string;
  /** The cinema's refund policy when the booking was held; absent for bookings held before it was kept. */
  refundPolicy?: RefundPolicy;
}

export type RefundPolicy = BillingSettings['refundPolicy'];

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

export function storedBill(bill: Bill, offer: string | undefined, refundPolicy: RefundPolicy): StoredBill {
  return offer === undefined ? { supplies: bill.supplies, refundPolicy } : { supplies: bill.supplies, offer, refundPolicy };
}

/**
 * The refund policy a booking cancels by: the one it was sold under, kept with its bill; for a
 * booking held before bills kept it, the cinema's as it is now (`cinemaSettings` as stored).
 */
export function refundPolicyOf(stored: StoredBill | null, cinemaSettings: object | null): RefundPolicy {
  return stored?.refundPolicy ?? settingsOf(cinemaSettings).refundPolicy;
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
