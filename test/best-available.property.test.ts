// Best available and the rule against lone seats, as plain functions, over random halls: every
// block offered is `quantity` free neighbours of one stretch that may be sold together, none
// leaves a seat alone where the rule is on, they come best first, and a seat already alone is
// never blamed on a hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestBlocks, type ShowSeat } from '../src/seating/best-available.ts';
import { newlyStranded } from '../src/seating/stranding.ts';

const KINDS = ['standard', 'standard', 'standard', 'wheelchair', 'companion', 'couple', 'recliner', 'restricted-view'] as const;

/** A hall of 1-5 rows of 1-12 seats with random aisles, kinds (couples in pairs) and taken seats. */
const hall: fc.Arbitrary<ShowSeat[]> = fc
  .array(
    fc.record({
      seats: fc.integer({ min: 1, max: 12 }),
      aisles: fc.uniqueArray(fc.integer({ min: 1, max: 11 }), { maxLength: 2 }),
      kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 12, maxLength: 12 }),
      free: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      type: fc.constantFrom('regular', 'premium'),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((rows) =>
    rows.flatMap((row, rowIndex) => {
      const aisles = row.aisles.filter((a) => a < row.seats);
      const seats = Array.from({ length: row.seats }, (_, i) => ({
        id: `${rowIndex}:${i + 1}`,
        row: rowIndex,
        number: i + 1,
        stretch: aisles.filter((a) => a < i + 1).length,
        type: row.type,
        kind: row.kinds[i]! as string,
        partnerId: null as string | null,
        free: row.free[i]!,
      }));
      // Couple seats pair off from the left within a stretch, as the hall editor requires; a lone one becomes standard.
      for (let i = 0; i < seats.length; i++) {
        const seat = seats[i]!;
        if (seat.kind !== 'couple' || seat.partnerId !== null) continue;
        const next = seats[i + 1];
        if (next && next.kind === 'couple' && next.stretch === seat.stretch) {
          seat.partnerId = next.id;
          next.partnerId = seat.id;
        } else seat.kind = 'standard';
      }
      return seats;
    }),
  );

describe('best available', () => {
  it('offers only free neighbours of one stretch that may be sold together, best first, none leaving a seat alone under the rule', () => {
    fc.assert(
      fc.property(
        hall,
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.option(fc.constantFrom('regular', 'premium'), { nil: undefined }),
        (seats, quantity, noSingleSeatGaps, seatType) => {
          const byId = new Map(seats.map((seat) => [seat.id, seat]));
          const blocks = bestBlocks(seats, { quantity, seatType, noSingleSeatGaps });
          for (const [i, block] of blocks.entries()) {
            if (i > 0) expect(block.score).toBeGreaterThanOrEqual(blocks[i - 1]!.score);
            const chosen = block.seatIds.map((id) => byId.get(id)!);
            expect(chosen).toHaveLength(quantity);
            const ids = new Set(block.seatIds);
            for (const [k, seat] of chosen.entries()) {
              expect(seat.row).toBe(chosen[0]!.row);
              expect(seat.stretch).toBe(chosen[0]!.stretch);
              expect(seat.number).toBe(chosen[0]!.number + k);
              expect(seat.free).toBe(true);
              expect(['wheelchair', 'companion']).not.toContain(seat.kind);
              if (seatType) expect(seat.type).toBe(seatType);
              if (seat.kind === 'couple') expect(ids.has(seat.partnerId!)).toBe(true);
            }
            if (noSingleSeatGaps) {
              const stretch = seats.filter((s) => s.row === chosen[0]!.row && s.stretch === chosen[0]!.stretch);
              expect(newlyStranded(stretch, ids)).toEqual([]);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds a block whenever one free stretch of plain seats is long enough', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 4 }), (length, quantity) => {
        const seats = Array.from({ length }, (_, i) => ({
          id: String(i + 1),
          row: 0,
          number: i + 1,
          stretch: 0,
          type: 'regular',
          kind: 'standard',
          partnerId: null,
          free: true,
        }));
        const blocks = bestBlocks(seats, { quantity, noSingleSeatGaps: true });
        // Only a stretch one seat longer than asked must leave a seat alone.
        expect(blocks.length > 0).toBe(length >= quantity && length !== quantity + 1);
      }),
    );
  });
});

describe('lone seats', () => {
  it('never blames a hold for a seat that was alone before it, and names a seat it leaves alone', () => {
    const stretch = (free: boolean[]) => free.map((f, i) => ({ id: String(i + 1), number: i + 1, free: f }));
    // 1 taken, 2 alone already, 3 taken, 4-6 free: holding 5-6 leaves 4 alone (beside 3), not 2.
    expect(newlyStranded(stretch([false, true, false, true, true, true]), new Set(['5', '6']))).toEqual(['4']);
    expect(newlyStranded(stretch([false, true, false, true, true, true]), new Set(['4', '5', '6']))).toEqual([]);
    // A row's end counts as a wall: holding 2 of 3 free seats strands 1 and 3.
    expect(newlyStranded(stretch([true, true, true]), new Set(['2']))).toEqual(['1', '3']);
    // A stretch of one free seat is not a seat left alone by anyone.
    expect(newlyStranded(stretch([true]), new Set())).toEqual([]);
  });
});
