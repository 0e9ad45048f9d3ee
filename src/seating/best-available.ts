// Best available: the blocks of adjacent free seats a customer asking for "the best N seats" could
// get, best first. Pure: the hold (bookings/hold.ts) reads the show's seats, takes the first block
// from here and holds it exactly as seats named by id, under the same locks.
//
// A block is `quantity` free seats of one row with no aisle between them (one stretch), of the
// asked seat type if any. Wheelchair spaces and companion seats are never offered (they are chosen
// on the map, where they are announced), and a couple seat only with its partner in the block.
//
// Scoring, lower is better: how far the block's row is from the hall's middle row, as a share of
// half the hall's depth, plus how far the block's centre is from its row's centre, as a share of
// half the row's width (aisles count as a seat's width, as the map draws them), plus 1 for each
// restricted-view seat in the block (offered only when nothing as good has a clear view). So a
// block in the middle of the middle row scores 0, one at the end of the front row about 2. Ties go
// to the row further back, then to the left. With the cinema's rule against lone seats, a block
// that would leave a seat alone is not offered at all.
import { newlyStranded } from './stranding.ts';

export interface ShowSeat {
  id: string;
  /** The row's index, front to back. */
  row: number;
  number: number;
  /** The stretch of the row between aisles. */
  stretch: number;
  type: string;
  kind: string;
  partnerId: string | null;
  free: boolean;
}

export interface BestAvailableOptions {
  quantity: number;
  seatType?: string | undefined;
  noSingleSeatGaps: boolean;
}

export interface Block {
  seatIds: string[];
  score: number;
}

const NEVER_OFFERED = new Set(['wheelchair', 'companion']);

/** Every block that could be offered, best first; empty when there is none. */
export function bestBlocks(seats: readonly ShowSeat[], options: BestAvailableOptions): Block[] {
  const rows = new Map<number, ShowSeat[]>();
  for (const seat of seats) rows.set(seat.row, [...(rows.get(seat.row) ?? []), seat]);
  const rowIndexes = [...rows.keys()].sort((a, b) => a - b);
  const middleRow = (rowIndexes.length - 1) / 2;
  const halfDepth = Math.max(1, middleRow);
  const blocks: (Block & { rowOrder: number; first: number })[] = [];

  rowIndexes.forEach((rowIndex, rowOrder) => {
    const row = [...rows.get(rowIndex)!].sort((a, b) => a.number - b.number);
    // Columns as the map draws them: each aisle before a seat takes a seat's width.
    const column = (seat: ShowSeat) => seat.number - 1 + seat.stretch;
    const width = Math.max(...row.map(column)) + 1;
    const rowCentre = (width - 1) / 2;
    const halfWidth = Math.max(1, rowCentre);
    const rowScore = Math.abs(rowOrder - middleRow) / halfDepth;

    for (const stretch of new Set(row.map((seat) => seat.stretch))) {
      const run = row.filter((seat) => seat.stretch === stretch);
      for (let start = 0; start + options.quantity <= run.length; start++) {
        const block = run.slice(start, start + options.quantity);
        if (!offerable(block, options)) continue;
        const wanted = new Set(block.map((seat) => seat.id));
        if (options.noSingleSeatGaps && newlyStranded(run, wanted).length > 0) continue;
        const centre = (column(block[0]!) + column(block[block.length - 1]!)) / 2;
        const restricted = block.filter((seat) => seat.kind === 'restricted-view').length;
        blocks.push({
          seatIds: block.map((seat) => seat.id),
          score: rowScore + Math.abs(centre - rowCentre) / halfWidth + restricted,
          rowOrder,
          first: block[0]!.number,
        });
      }
    }
  });

  return blocks
    .sort((a, b) => a.score - b.score || b.rowOrder - a.rowOrder || a.first - b.first)
    .map(({ seatIds, score }) => ({ seatIds, score }));
}

function offerable(block: readonly ShowSeat[], options: BestAvailableOptions): boolean {
  const ids = new Set(block.map((seat) => seat.id));
  return block.every(
    (seat) =>
      seat.free &&
      (options.seatType === undefined || seat.type === options.seatType) &&
      !NEVER_OFFERED.has(seat.kind) &&
      (seat.kind !== 'couple' || (seat.partnerId !== null && ids.has(seat.partnerId))),
  );
}
