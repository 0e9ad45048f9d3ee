// What a seat's state means, written once in SQL for every repository that reads or claims seats.
// A hold past its held_until is free at once, whether or not the sweeper has tidied it
// (docs/design.md rule 4), so every read and every hold uses these and nothing else.

/** The show_seats row `seat` is free at the instant `now` (an SQL expression): available, or held with its hold lapsed. */
export function seatIsFree(seat: string, now: string): string {
  return `(${seat}.status = 'available' OR (${seat}.status = 'held' AND ${seat}.held_until <= ${now}))`;
}

/** The show_seats row `seat` is held by a hold still running at `now`. */
export function seatIsHeldLive(seat: string, now: string): string {
  return `(${seat}.status = 'held' AND ${seat}.held_until > ${now})`;
}

/** The status a customer sees for the show_seats row `seat` at `now`: a lapsed hold reads available. */
export function seatStatusAt(seat: string, now: string): string {
  return `CASE WHEN ${seat}.status = 'held' AND ${seat}.held_until <= ${now} THEN 'available' ELSE ${seat}.status END`;
}

/**
 * seatStatusAt for a row already read (its stored status and held_until), at the instant `now`:
 * what a reader that keeps rows in memory shows, the same answer the SQL would give.
 */
export function seatStatusAtInstant<S extends string>(status: S, heldUntil: Date | null, now: Date): S | 'available' {
  return status === 'held' && heldUntil !== null && heldUntil.getTime() <= now.getTime() ? 'available' : status;
}
