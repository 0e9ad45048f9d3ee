// Which seats a hold would leave alone: the rule cinemas set with noSingleSeatGaps, as plain
// code. The hold itself decides it in SQL, under its locks (bookings/repository/hold.ts,
// HOLD_STATEMENT's `strands`); best available uses this to offer no block that would be refused.

export interface StretchSeat {
  id: string;
  number: number;
  free: boolean;
}

/**
 * The free seats of one stretch of a row (the seats between two aisles or ends, in number order)
 * that holding `wanted` would leave alone and that were not alone before. A seat is alone when it
 * is free and has a taken seat on one side and a taken seat, the row's end or an aisle on the other.
 */
export function newlyStranded(stretch: readonly StretchSeat[], wanted: ReadonlySet<string>): string[] {
  const before = stretch.map((seat) => seat.free);
  const after = stretch.map((seat) => seat.free && !wanted.has(seat.id));
  return stretch.filter((seat, i) => alone(after, i) && !alone(before, i)).map((seat) => seat.id);
}

function alone(free: readonly boolean[], i: number): boolean {
  const [left, right] = [free[i - 1], free[i + 1]];
  return free[i]! && left !== true && right !== true && (left === false || right === false);
}
