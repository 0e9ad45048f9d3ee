// What a booking costs, line by line, in integer paise (docs/design.md, "Money"). Plain functions:
// the hold computes a booking's bill from its seats' prices, the cinema's billing settings and
// the tax rates in force, and stores it with the booking; invoices and reports read it back.
//
// The rounding rule: every amount is rounded once, per line, to the paisa, half up; totals are
// sums of rounded lines and are never rounded again, so the lines always add up to the total.

/** A GST rate band as the tax_rates table holds it: the rate applies where a price before tax is above `above` and at most `upTo`. */
export interface TaxRate {
  appliesTo: 'admission' | 'fee';
  above: number | null;
  upTo: number | null;
  /** The whole rate (CGST + SGST) in basis points: 1800 is 18%. */
  rateBp: number;
  validFrom: Date;
  validUntil: Date | null;
}

export interface ConvenienceFee {
  /** Paise per ticket, before GST. */
  perTicket?: number;
  /** Percent of the tickets' price, before GST; at most two decimals. */
  percent?: number;
  /** Paise per booking, before GST. */
  maxPerBooking?: number;
}

export interface RefundTier {
  hoursBefore: number;
  percent: number;
}

export interface BillingSettings {
  legalName: string | null;
  gstin: string | null;
  pricesIncludeTax: boolean;
  convenienceFee: ConvenienceFee;
  refundPolicy: { tiers: RefundTier[]; feesRefundable: boolean };
}

/** What a cinema that has set nothing gets: prices include GST, no fee, everything back until the show starts. */
export const DEFAULT_BILLING: BillingSettings = {
  legalName: null,
  gstin: null,
  pricesIncludeTax: true,
  convenienceFee: {},
  refundPolicy: { tiers: [{ hoursBefore: 0, percent: 100 }], feesRefundable: true },
};

/**
 * Cinema admission (SAC 999614), the online booking fee (SAC 998599, other support services), and
 * food and drink served at the cinema (SAC 996331, food serving services).
 */
export const SAC = { ticket: '999614', fee: '998599', item: '996331' } as const;

export type LineKind = 'ticket' | 'fee' | 'tax' | 'discount' | 'item';

export interface Line {
  kind: LineKind;
  label: string;
  amount: number;
}

/** One taxable supply on the invoice: its taxable value and the GST on it, split CGST + SGST. */
export interface Supply {
  kind: 'ticket' | 'fee' | 'item';
  label: string;
  sac: string;
  quantity: number;
  /** Taxable value before any discount. */
  listed: number;
  /** Taxable value after the discount given on it: what GST is charged on. */
  taxable: number;
  rateBp: number;
  cgst: number;
  sgst: number;
  /** For food and drink: the item sold, so a refund can give back its units and the counter hand over the rest. */
  itemId?: string;
}

export interface Bill {
  lines: Line[];
  supplies: Supply[];
  total: number;
  /** The discount given, in paise of taxable value (positive). */
  discount: number;
}

export interface Offer {
  label: string;
  percentOff?: number;
  amountOff?: number;
  maxDiscount?: number;
}

export interface BillInput {
  /** Each seat's type and price as the show lists it. */
  tickets: readonly { type: string; price: number }[];
  settings: BillingSettings;
  rates: readonly TaxRate[];
  at: Date;
  /** Online sales carry the convenience fee; the counter's do not. */
  online: boolean;
  offer?: Offer;
  /** Food and drink: each item's price as listed (with or without GST, as the tickets') and its own GST rate. */
  items?: readonly BillItem[];
}

export interface BillItem {
  itemId?: string;
  name: string;
  price: number;
  rateBp: number;
  quantity: number;
}

/** num / den rounded half up, for num >= 0 and den > 0. */
export function roundHalfUp(num: number, den: number): number {
  return Math.floor((2 * num + den) / (2 * den));
}

/** A percent with at most two decimals, in basis points. */
export function percentBp(percent: number): number {
  return Math.round(percent * 100);
}

function inForce(rate: TaxRate, at: Date): boolean {
  return rate.validFrom <= at && (rate.validUntil === null || at < rate.validUntil);
}

function inBand(rate: TaxRate, base: number): boolean {
  return (rate.above === null || base > rate.above) && (rate.upTo === null || base <= rate.upTo);
}

/** GST on a value before tax, each half rounded to the paisa: [cgst, sgst]. */
function halves(taxable: number, rateBp: number): [number, number] {
  const half = roundHalfUp(taxable * rateBp, 20_000);
  return [half, half];
}

/** GST added to a value before tax. */
function added(taxable: number, rateBp: number): { taxable: number; cgst: number; sgst: number } {
  const [cgst, sgst] = halves(taxable, rateBp);
  return { taxable, cgst, sgst };
}

/**
 * The value before tax of a price that includes GST, rounded to the paisa; the GST is the rest,
 * CGST taking the odd paisa. Rising with the price, so a discount never raises the value before tax.
 */
function containedIn(gross: number, rateBp: number): { taxable: number; cgst: number; sgst: number } {
  const taxable = roundHalfUp(gross * 10_000, 10_000 + rateBp);
  const tax = gross - taxable;
  const sgst = Math.floor(tax / 2);
  return { taxable, cgst: tax - sgst, sgst };
}

/**
 * The rate for one unit priced `price`: where prices exclude tax the price is the value before
 * tax; where they include it, the band whose rate gives a value before tax inside that band,
 * and where no band does (a price just above a threshold), the higher rate.
 */
export function rateFor(rates: readonly TaxRate[], appliesTo: TaxRate['appliesTo'], price: number, includesTax: boolean, at: Date): number {
  const candidates = rates.filter((rate) => rate.appliesTo === appliesTo && inForce(rate, at)).sort((a, b) => a.rateBp - b.rateBp);
  if (candidates.length === 0) return 0;
  for (const rate of candidates) {
    const base = includesTax ? roundHalfUp(price * 10_000, 10_000 + rate.rateBp) : price;
    if (inBand(rate, base)) return rate.rateBp;
  }
  return candidates[candidates.length - 1]!.rateBp;
}

/** Shares `amount` across `weights` in proportion, by largest remainder; the shares sum to `amount`. */
export function apportion(amount: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (amount * w) / sum);
  const shares = exact.map(Math.floor);
  let left = amount - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

/** The convenience fee before GST: per ticket or a percent of the tickets' price, capped per booking. */
export function convenienceFee(fee: ConvenienceFee, tickets: number, ticketsPrice: number): number {
  let amount = 0;
  if (fee.perTicket !== undefined) amount += fee.perTicket * tickets;
  if (fee.percent !== undefined) amount += roundHalfUp(ticketsPrice * percentBp(fee.percent), 10_000);
  if (fee.maxPerBooking !== undefined) amount = Math.min(amount, fee.maxPerBooking);
  return amount;
}

/** The offer's discount on a price: a percent or an amount, capped, never more than the price. */
export function offerDiscount(offer: Offer, price: number): number {
  let amount = 0;
  if (offer.percentOff !== undefined) amount = roundHalfUp(price * percentBp(offer.percentOff), 10_000);
  if (offer.amountOff !== undefined) amount = offer.amountOff;
  if (offer.maxDiscount !== undefined) amount = Math.min(amount, offer.maxDiscount);
  return Math.max(0, Math.min(amount, price));
}

function formatRate(bp: number): string {
  return `${Number((bp / 100).toFixed(2))}%`;
}

/** How a seat type is named on a bill. */
export const TYPE_NAMES: Record<string, string> = { regular: 'Regular', premium: 'Premium', vip: 'VIP' };

/**
 * The bill of a booking. Tickets are grouped by seat type and price, one supply each; GST is
 * worked out per supply (contained in the price or added to it, as the cinema enters prices);
 * an offer is taken off the tickets' price as the customer sees it and shared across the ticket
 * supplies before their GST; each item is a supply at its own rate, never discounted; the
 * convenience fee is charged before GST and taxed at the fee rate, on the tickets alone.
 * Lines: the tickets, the items and the fee at their value before tax, the discount, then CGST and SGST per rate.
 */
export function computeBill(input: BillInput): Bill {
  const { settings, rates, at } = input;
  const includes = settings.pricesIncludeTax;
  const groups = new Map<string, { type: string; price: number; quantity: number }>();
  for (const ticket of input.tickets) {
    const key = `${ticket.type}:${ticket.price}`;
    const group = groups.get(key) ?? { type: ticket.type, price: ticket.price, quantity: 0 };
    group.quantity += 1;
    groups.set(key, group);
  }
  const ticketGroups = [...groups.values()];
  const ticketsPrice = ticketGroups.reduce((sum, g) => sum + g.price * g.quantity, 0);
  const discountGross = input.offer ? offerDiscount(input.offer, ticketsPrice) : 0;
  const shares = apportion(
    discountGross,
    ticketGroups.map((g) => g.price * g.quantity),
  );

  const supplies: Supply[] = ticketGroups.map((group, i) => {
    const rateBp = rateFor(rates, 'admission', group.price, includes, at);
    const gross = group.price * group.quantity;
    const after = gross - shares[i]!;
    const label = `${TYPE_NAMES[group.type] ?? group.type} ticket × ${group.quantity}`;
    if (includes) {
      const { taxable, cgst, sgst } = containedIn(after, rateBp);
      return {
        kind: 'ticket',
        label,
        sac: SAC.ticket,
        quantity: group.quantity,
        listed: containedIn(gross, rateBp).taxable,
        taxable,
        rateBp,
        cgst,
        sgst,
      };
    }
    const [cgst, sgst] = halves(after, rateBp);
    return { kind: 'ticket', label, sac: SAC.ticket, quantity: group.quantity, listed: gross, taxable: after, rateBp, cgst, sgst };
  });

  for (const item of input.items ?? []) supplies.push(itemSupply(item, includes));

  const tickets = input.tickets.length;
  const fee = input.online && tickets > 0 ? convenienceFee(settings.convenienceFee, tickets, ticketsPrice) : 0;
  if (fee > 0) {
    const rateBp = rateFor(rates, 'fee', fee, false, at);
    const [cgst, sgst] = halves(fee, rateBp);
    supplies.push({ kind: 'fee', label: 'Convenience fee', sac: SAC.fee, quantity: 1, listed: fee, taxable: fee, rateBp, cgst, sgst });
  }
  return billOf(supplies, input.offer?.label);
}

function itemSupply(item: BillItem, includesTax: boolean): Supply {
  const gross = item.price * item.quantity;
  const { taxable, cgst, sgst } = includesTax ? containedIn(gross, item.rateBp) : added(gross, item.rateBp);
  const label = `${item.name} × ${item.quantity}`;
  const supply: Supply = {
    kind: 'item',
    label,
    sac: SAC.item,
    quantity: item.quantity,
    listed: taxable,
    taxable,
    rateBp: item.rateBp,
    cgst,
    sgst,
  };
  return item.itemId === undefined ? supply : { ...supply, itemId: item.itemId };
}

/** The lines of a set of supplies; also used to read a stored bill back. */
export function billOf(supplies: Supply[], offerLabel?: string): Bill {
  const lines: Line[] = supplies.map((s) => ({ kind: s.kind, label: s.label, amount: s.listed }));
  const discount = supplies.reduce((sum, s) => sum + (s.listed - s.taxable), 0);
  if (discount !== 0) lines.push({ kind: 'discount', label: offerLabel ? `Offer ${offerLabel}` : 'Discount', amount: -discount });
  const byRate = new Map<number, { cgst: number; sgst: number }>();
  for (const s of supplies) {
    if (s.rateBp === 0) continue;
    const tax = byRate.get(s.rateBp) ?? { cgst: 0, sgst: 0 };
    tax.cgst += s.cgst;
    tax.sgst += s.sgst;
    byRate.set(s.rateBp, tax);
  }
  for (const [rateBp, tax] of [...byRate].sort((a, b) => a[0] - b[0])) {
    lines.push({ kind: 'tax', label: `CGST ${formatRate(rateBp / 2)}`, amount: tax.cgst });
    lines.push({ kind: 'tax', label: `SGST ${formatRate(rateBp / 2)}`, amount: tax.sgst });
  }
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  return { lines, supplies, total, discount };
}
