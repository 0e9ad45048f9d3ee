// What a booking costs, as plain functions: the lines add up, tax is never negative, a discount
// never makes a total negative, and the default rules reproduce India's GST on cinema admission.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { billOf, computeBill, DEFAULT_BILLING, rateFor, roundHalfUp, type BillingSettings, type TaxRate } from '../src/billing/bill.ts';
import { financialYear } from '../src/billing/financial-year.ts';
import { gstinCheckCharacter, gstinProblem } from '../src/billing/gstin.ts';
import { itemUnitShares, refundFor, seatShares, shareValue, tierInForce, type ItemUnits } from '../src/payments/refunds/amounts.ts';

const since2019 = new Date('2019-01-01T00:00:00+05:30');
const RATES: TaxRate[] = [
  { appliesTo: 'admission', above: null, upTo: 10_000, rateBp: 1200, validFrom: since2019, validUntil: null },
  { appliesTo: 'admission', above: 10_000, upTo: null, rateBp: 1800, validFrom: since2019, validUntil: null },
  { appliesTo: 'fee', above: null, upTo: null, rateBp: 1800, validFrom: since2019, validUntil: null },
];
const at = new Date('2026-12-02T10:00:00+05:30');

const tickets = fc.array(fc.record({ type: fc.constantFrom('regular', 'premium', 'vip'), price: fc.integer({ min: 0, max: 200_000 }) }), {
  minLength: 1,
  maxLength: 10,
});
const items = fc.array(
  fc.record({
    name: fc.constantFrom('Popcorn', 'Cola', 'Nachos'),
    price: fc.integer({ min: 1, max: 100_000 }),
    rateBp: fc.constantFrom(0, 500, 1200, 1800),
    quantity: fc.integer({ min: 1, max: 20 }),
  }),
  { maxLength: 5 },
);
const settings: fc.Arbitrary<BillingSettings> = fc.record({
  legalName: fc.constant(null),
  gstin: fc.constant(null),
  pricesIncludeTax: fc.boolean(),
  convenienceFee: fc.oneof(
    fc.constant({}),
    fc.record({
      perTicket: fc.integer({ min: 0, max: 10_000 }),
      maxPerBooking: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
    }),
    fc.record({
      percent: fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
      maxPerBooking: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
    }),
  ),
  refundPolicy: fc.constant(DEFAULT_BILLING.refundPolicy),
});
const rates: fc.Arbitrary<TaxRate[]> = fc.oneof(
  fc.constant(RATES),
  fc
    .tuple(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 5_000 }),
      fc.integer({ min: 0, max: 5_000 }),
      fc.integer({ min: 0, max: 5_000 }),
    )
    .map(([threshold, low, high, fee]): TaxRate[] => [
      { appliesTo: 'admission', above: null, upTo: threshold, rateBp: low, validFrom: since2019, validUntil: null },
      { appliesTo: 'admission', above: threshold, upTo: null, rateBp: high, validFrom: since2019, validUntil: null },
      { appliesTo: 'fee', above: null, upTo: null, rateBp: fee, validFrom: since2019, validUntil: null },
    ]),
);
const offer = fc.option(
  fc.oneof(
    fc.record({
      label: fc.constant('SAVE'),
      percentOff: fc.integer({ min: 0, max: 100 }),
      maxDiscount: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
    }),
    fc.record({ label: fc.constant('FLAT'), amountOff: fc.integer({ min: 0, max: 500_000 }) }),
  ),
  { nil: undefined },
);

describe('a bill', () => {
  it('has lines that sum to its total, no negative tax, a non-negative total, and a discount that only takes off', () => {
    fc.assert(
      fc.property(tickets, items, settings, rates, offer, fc.boolean(), (seats, food, billing, bands, promo, online) => {
        const input = { tickets: seats, items: food, settings: billing, rates: bands, at, online };
        const bill = computeBill({ ...input, ...(promo ? { offer: promo } : {}) });
        expect(bill.lines.reduce((sum, line) => sum + line.amount, 0)).toBe(bill.total);
        for (const line of bill.lines) {
          expect(Number.isInteger(line.amount)).toBe(true);
          if (line.kind === 'discount') expect(line.amount).toBeLessThanOrEqual(0);
          else expect(line.amount).toBeGreaterThanOrEqual(0);
        }
        for (const supply of bill.supplies) {
          expect(supply.cgst).toBeGreaterThanOrEqual(0);
          expect(supply.sgst).toBeGreaterThanOrEqual(0);
          expect(supply.taxable).toBeGreaterThanOrEqual(0);
          expect(supply.taxable).toBeLessThanOrEqual(supply.listed);
        }
        expect(bill.total).toBeGreaterThanOrEqual(0);
        const listed = seats.reduce((sum, seat) => sum + seat.price, 0) + food.reduce((sum, item) => sum + item.price * item.quantity, 0);
        const fees = bill.supplies.filter((s) => s.kind === 'fee').reduce((sum, s) => sum + s.taxable + s.cgst + s.sgst, 0);
        if (billing.pricesIncludeTax) {
          // Prices that include tax: the customer pays the listed prices less the discount, plus the fee.
          const without = computeBill(input);
          expect(bill.total).toBeLessThanOrEqual(without.total);
          if (!promo) expect(bill.total).toBe(listed + fees);
        }
        if (!online) expect(bill.supplies.some((s) => s.kind === 'fee')).toBe(false);
        // Each item is a line of its own, never discounted; the fee is on the tickets alone.
        const itemLines = bill.lines.filter((line) => line.kind === 'item');
        expect(itemLines.map((line) => line.label)).toEqual(food.map((item) => `${item.name} × ${item.quantity}`));
        for (const supply of bill.supplies.filter((s) => s.kind === 'item')) expect(supply.taxable).toBe(supply.listed);
        const ticketsOnly = computeBill({ ...input, items: [], ...(promo ? { offer: promo } : {}) });
        expect(bill.supplies.filter((s) => s.kind !== 'item')).toEqual(ticketsOnly.supplies);
      }),
      { numRuns: 500 },
    );
  });

  it('by default charges exactly the listed prices, with GST contained in them', () => {
    fc.assert(
      fc.property(tickets, (seats) => {
        const bill = computeBill({ tickets: seats, settings: DEFAULT_BILLING, rates: RATES, at, online: true });
        expect(bill.total).toBe(seats.reduce((sum, seat) => sum + seat.price, 0));
        expect(bill.lines.some((line) => line.kind === 'fee')).toBe(false);
      }),
    );
  });

  it('splits a ₹250 ticket into its value before tax and 9% CGST + 9% SGST', () => {
    const bill = computeBill({ tickets: [{ type: 'regular', price: 25_000 }], settings: DEFAULT_BILLING, rates: RATES, at, online: true });
    expect(bill.lines).toEqual([
      { kind: 'ticket', label: 'Regular ticket × 1', amount: 21_186 },
      { kind: 'tax', label: 'CGST 9%', amount: 1_907 },
      { kind: 'tax', label: 'SGST 9%', amount: 1_907 },
    ]);
  });

  it('bills popcorn at 5% GST contained in its price, beside the ticket at 18%', () => {
    const food = [{ name: 'Popcorn', price: 30_000, rateBp: 500, quantity: 1 }];
    const bill = computeBill({
      tickets: [{ type: 'regular', price: 25_000 }],
      items: food,
      settings: DEFAULT_BILLING,
      rates: RATES,
      at,
      online: true,
    });
    expect(bill.lines).toEqual([
      { kind: 'ticket', label: 'Regular ticket × 1', amount: 21_186 },
      { kind: 'item', label: 'Popcorn × 1', amount: 28_571 },
      { kind: 'tax', label: 'CGST 2.5%', amount: 715 },
      { kind: 'tax', label: 'SGST 2.5%', amount: 714 },
      { kind: 'tax', label: 'CGST 9%', amount: 1_907 },
      { kind: 'tax', label: 'SGST 9%', amount: 1_907 },
    ]);
    expect(bill.total).toBe(55_000);
    expect(bill.supplies[1]).toMatchObject({ kind: 'item', sac: '996331', quantity: 1 });
  });

  it('adds GST and a capped convenience fee to prices that exclude tax', () => {
    const exclusive: BillingSettings = {
      ...DEFAULT_BILLING,
      pricesIncludeTax: false,
      convenienceFee: { perTicket: 3_000, maxPerBooking: 5_000 },
    };
    const seats = [
      { type: 'regular', price: 10_000 },
      { type: 'regular', price: 10_000 },
      { type: 'vip', price: 50_000 },
    ];
    const bill = computeBill({ tickets: seats, settings: exclusive, rates: RATES, at, online: true });
    expect(bill.lines).toEqual([
      { kind: 'ticket', label: 'Regular ticket × 2', amount: 20_000 },
      { kind: 'ticket', label: 'VIP ticket × 1', amount: 50_000 },
      { kind: 'fee', label: 'Convenience fee', amount: 5_000 },
      { kind: 'tax', label: 'CGST 6%', amount: 1_200 },
      { kind: 'tax', label: 'SGST 6%', amount: 1_200 },
      { kind: 'tax', label: 'CGST 9%', amount: 4_950 },
      { kind: 'tax', label: 'SGST 9%', amount: 4_950 },
    ]);
    expect(bill.total).toBe(87_300);
    // The counter charges no fee.
    expect(computeBill({ tickets: seats, settings: exclusive, rates: RATES, at, online: false }).total).toBe(81_400);
  });

  it('takes the rate by the price before tax: 12% up to ₹100, 18% above, the higher where no band fits', () => {
    expect(rateFor(RATES, 'admission', 10_000, false, at)).toBe(1200);
    expect(rateFor(RATES, 'admission', 10_001, false, at)).toBe(1800);
    expect(rateFor(RATES, 'admission', 11_200, true, at)).toBe(1200); // ₹100.00 before 12%
    expect(rateFor(RATES, 'admission', 11_201, true, at)).toBe(1800);
    expect(rateFor(RATES, 'admission', 11_900, true, at)).toBe(1800);
    expect(rateFor(RATES, 'fee', 1, false, at)).toBe(1800);
    // A rate is data: one that is not yet in force does not apply.
    const later: TaxRate[] = [
      ...RATES.map((r) => ({ ...r, validUntil: new Date('2027-04-01T00:00:00+05:30') })),
      { ...RATES[0]!, rateBp: 500, validFrom: new Date('2027-04-01T00:00:00+05:30') },
    ];
    expect(rateFor(later, 'admission', 5_000, false, at)).toBe(1200);
    expect(rateFor(later, 'admission', 5_000, false, new Date('2027-05-01T00:00:00+05:30'))).toBe(500);
  });

  it('rounds half up to the paisa', () => {
    expect(roundHalfUp(5, 10)).toBe(1);
    expect(roundHalfUp(4, 10)).toBe(0);
    expect(roundHalfUp(15, 10)).toBe(2);
  });
});

describe('a refund', () => {
  // A booking's seats with ids, and the order they are given back in: a partition of the seats into cancellations.
  const booking = fc.tuple(tickets, settings, rates, offer, fc.boolean()).chain(([seats, billing, bands, promo, online]) =>
    fc
      .tuple(
        fc.shuffledSubarray(
          seats.map((_, i) => i),
          { minLength: seats.length, maxLength: seats.length },
        ),
        fc.array(fc.integer({ min: 1, max: seats.length }), { minLength: 1, maxLength: seats.length }),
        fc.array(
          fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
          { minLength: seats.length, maxLength: seats.length },
        ),
        fc.boolean(),
      )
      .map(([order, cuts, percents, feesRefundable]) => {
        const booked = seats.map((seat, i) => ({ id: `seat_${String(i).padStart(2, '0')}`, ...seat }));
        const bill = computeBill({ tickets: seats, settings: billing, rates: bands, at, online, ...(promo ? { offer: promo } : {}) });
        const ids = order.map((i) => booked[i]!.id);
        const cancellations: string[][] = [];
        let from = 0;
        for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
          cancellations.push(ids.slice(from, cut));
          from = cut;
        }
        if (from < ids.length) cancellations.push(ids.slice(from));
        return { booked, bill, cancellations: cancellations.filter((c) => c.length > 0), percents, feesRefundable };
      }),
  );

  it('never gives back more than was paid for the seats given back; all refunds together never exceed the total', () => {
    fc.assert(
      fc.property(booking, ({ booked, bill, cancellations, percents, feesRefundable }) => {
        const shares = seatShares(bill, booked);
        // What each seat was paid adds up to exactly what the booking was charged.
        expect([...shares.values()].reduce((sum, s) => sum + shareValue(s), 0)).toBe(bill.total);
        let refunded = 0;
        cancellations.forEach((seatIds, i) => {
          const refund = refundFor(bill, booked, seatIds, percents[i]!, feesRefundable);
          const paid = seatIds.reduce((sum, id) => sum + shareValue(shares.get(id)!), 0);
          expect(refund.seatsValue).toBe(paid);
          expect(refund.amount).toBeGreaterThanOrEqual(0);
          expect(refund.amount).toBeLessThanOrEqual(paid);
          // The credit note's lines sum to what is given back, and tax given back is never negative.
          const note = billOf(refund.supplies);
          expect(note.lines.reduce((sum, line) => sum + line.amount, 0)).toBe(refund.amount);
          for (const supply of refund.supplies) {
            expect(Math.min(supply.cgst, supply.sgst, supply.taxable)).toBeGreaterThanOrEqual(0);
            expect(supply.taxable).toBeLessThanOrEqual(supply.listed);
          }
          refunded += refund.amount;
        });
        expect(refunded).toBeLessThanOrEqual(bill.total);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back exactly what was paid at 100% with fees, however the seats are split', () => {
    fc.assert(
      fc.property(booking, ({ booked, bill, cancellations }) => {
        const back = cancellations.reduce((sum, seatIds) => sum + refundFor(bill, booked, seatIds, 100, true).amount, 0);
        expect(back).toBe(bill.total);
      }),
      { numRuns: 300 },
    );
  });

  // A booking with food and drink: its seats given back in cancellations, each with some units of
  // each item (the last taking every unit left), at random percents.
  const withItems = fc.tuple(tickets, items, settings, rates, offer, fc.boolean()).chain(([seats, food, billing, bands, promo, online]) =>
    fc
      .tuple(
        fc.integer({ min: 1, max: seats.length }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: seats.length * food.length, maxLength: seats.length * food.length }),
        fc.array(
          fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
          { minLength: seats.length, maxLength: seats.length },
        ),
        fc.boolean(),
      )
      .map(([parts, takes, percents, feesRefundable]) => {
        const booked = seats.map((seat, i) => ({ id: `seat_${String(i).padStart(2, '0')}`, ...seat }));
        const bill = computeBill({
          tickets: seats,
          items: food,
          settings: billing,
          rates: bands,
          at,
          online,
          ...(promo ? { offer: promo } : {}),
        });
        const itemSupplies = bill.supplies.map((s, i) => [s, i] as const).filter(([s]) => s.kind === 'item');
        const given = itemSupplies.map(() => 0);
        const size = Math.ceil(seats.length / parts);
        const cancellations: { seatIds: string[]; units: ItemUnits[] }[] = [];
        for (let from = 0, n = 0; from < booked.length; from += size, n += 1) {
          const last = from + size >= booked.length;
          const units = itemSupplies.map(([supply, index], k) => {
            const left = supply.quantity - given[k]!;
            const count = last ? left : Math.min(left, takes[n * food.length + k] ?? 0);
            const unit = { supply: index, from: given[k]!, count };
            given[k]! += count;
            return unit;
          });
          cancellations.push({ seatIds: booked.slice(from, from + size).map((s) => s.id), units: units.filter((u) => u.count > 0) });
        }
        return { booked, bill, cancellations, percents, feesRefundable };
      }),
  );

  it('with food and drink: seats and units are worth the total; a refund never gives back more than was paid for what it gives back', () => {
    fc.assert(
      fc.property(withItems, ({ booked, bill, cancellations, percents, feesRefundable }) => {
        const seats = [...seatShares(bill, booked).values()].reduce((sum, s) => sum + shareValue(s), 0);
        const units = [...itemUnitShares(bill).values()].reduce((sum, s) => sum + shareValue(s), 0);
        expect(seats + units).toBe(bill.total);
        // No seat carries a share of the food and drink.
        for (const shares of seatShares(bill, booked).values())
          for (const share of shares) expect(bill.supplies[share.supply]!.kind).not.toBe('item');
        let whole = 0;
        cancellations.forEach(({ seatIds, units: given }, i) => {
          const refund = refundFor(bill, booked, seatIds, percents[i]!, feesRefundable, given);
          expect(refund.amount).toBeGreaterThanOrEqual(0);
          expect(refund.amount).toBeLessThanOrEqual(refund.seatsValue + refund.itemsValue);
          expect(billOf(refund.supplies).total).toBe(refund.amount);
          for (const unit of given) {
            const line = refund.supplies.find(
              (s) => s.kind === 'item' && s.label === bill.supplies[unit.supply]!.label.replace(/× \d+$/, `× ${unit.count}`),
            );
            expect(line?.quantity).toBe(unit.count);
          }
          for (const supply of refund.supplies) expect(Math.min(supply.cgst, supply.sgst, supply.taxable)).toBeGreaterThanOrEqual(0);
          whole += refundFor(bill, booked, seatIds, 100, true, given).amount;
        });
        // At 100% with fees, however seats and units are split, exactly what was paid comes back.
        expect(whole).toBe(bill.total);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the fee when the policy says fees are not refundable', () => {
    const bill = computeBill({
      tickets: [
        { type: 'regular', price: 25_000 },
        { type: 'regular', price: 25_000 },
      ],
      settings: { ...DEFAULT_BILLING, convenienceFee: { perTicket: 3_000 } },
      rates: RATES,
      at,
      online: true,
    });
    const seats = [
      { id: 'a', type: 'regular', price: 25_000 },
      { id: 'b', type: 'regular', price: 25_000 },
    ];
    // Rs. 500 of tickets; Rs. 60 fee + 18% GST = Rs. 70.80.
    expect(bill.total).toBe(57_080);
    expect(refundFor(bill, seats, ['a'], 100, true).amount).toBe(28_540);
    expect(refundFor(bill, seats, ['a'], 100, false).amount).toBe(25_000);
    expect(refundFor(bill, seats, ['a'], 50, false).amount).toBe(12_500);
  });

  it('applies the tier with the most hours before the show still ahead, none once it has started', () => {
    const tiers = [
      { hoursBefore: 24, percent: 100 },
      { hoursBefore: 2, percent: 50 },
    ];
    const show = new Date('2026-12-10T18:00:00Z');
    const hoursBefore = (h: number) => new Date(show.getTime() - h * 3_600_000);
    expect(tierInForce(tiers, show, hoursBefore(48))?.percent).toBe(100);
    expect(tierInForce(tiers, show, hoursBefore(24))?.percent).toBe(100);
    expect(tierInForce(tiers, show, hoursBefore(23.99))?.percent).toBe(50);
    expect(tierInForce(tiers, show, hoursBefore(1.99))).toBeUndefined();
    expect(tierInForce(DEFAULT_BILLING.refundPolicy.tiers, show, hoursBefore(0.001))?.percent).toBe(100);
    expect(tierInForce(DEFAULT_BILLING.refundPolicy.tiers, show, show)).toBeUndefined();
  });
});

describe('a GSTIN', () => {
  it('is checked for its format, state code and check character', () => {
    expect(gstinProblem('27AAPFU0939F1ZV')).toBeUndefined();
    expect(gstinProblem('27AAPFU0939F1ZW')).toMatch(/check character/);
    expect(gstinProblem('27aapfu0939f1zv')).toMatch(/15 characters/);
    expect(gstinProblem('99AAPFU0939F1ZV')).toMatch(/state code/);
  });

  it('catches any one mistyped character', () => {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1, max: 35 }), (position, shift) => {
        const valid = '27AAPFU0939F1ZV';
        const changed = alphabet[(alphabet.indexOf(valid[position]!) + shift) % 36]!;
        const typo = valid.slice(0, position) + changed + valid.slice(position + 1);
        expect(gstinCheckCharacter(typo.slice(0, 14)) === valid[14]).toBe(false);
      }),
    );
  });
});

describe('the financial year', () => {
  it('runs April to March in the cinema’s zone', () => {
    expect(financialYear(new Date('2026-03-31T18:29:00Z'), 'Asia/Kolkata')).toBe('2025-26');
    expect(financialYear(new Date('2026-03-31T18:30:00Z'), 'Asia/Kolkata')).toBe('2026-27');
    expect(financialYear(new Date('2027-01-15T00:00:00Z'), 'Asia/Kolkata')).toBe('2026-27');
    expect(financialYear(new Date('2099-12-31T00:00:00Z'), 'Asia/Kolkata')).toBe('2099-00');
  });
});
