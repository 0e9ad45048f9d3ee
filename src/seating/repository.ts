// Every SQL statement about what staff set on seats: seats held back from a show (a blocked
// show_seats row reads `booked` and belongs to no booking) and a cinema's rule against lone seats.
import type { Queryable } from '../db/database.ts';
import { seatIsFree } from '../db/seat-predicates.ts';

export interface LockedSeat {
  seat_id: string;
  label: string;
  /** Free to block: available, a lapsed hold, or blocked already. */
  blockable: boolean;
  blocked: boolean;
}

/**
 * The show's seats among `seatIds`, locked in seat-id order (as the hold locks them, so the two
 * cannot deadlock), read as of their latest version: whether each may be blocked at `now`.
 */
export async function lockShowSeats(tx: Queryable, showId: string, seatIds: readonly string[], now: Date): Promise<LockedSeat[]> {
  return (
    await tx.query<LockedSeat>(
      `SELECT ss.seat_id, se.label, ${seatIsFree('ss', '$3')} OR ss.blocked_reason IS NOT NULL AS blockable,
         ss.blocked_reason IS NOT NULL AS blocked
       FROM show_seats ss JOIN seats se ON se.id = ss.seat_id
       WHERE ss.show_id = $1 AND ss.seat_id = ANY($2::text[])
       ORDER BY ss.seat_id FOR UPDATE OF ss`,
      [showId, [...seatIds], now],
    )
  ).rows;
}

/** Holds the seats back: `booked`, no booking, the reason. A lapsed hold on one is let go. */
export async function blockSeats(tx: Queryable, showId: string, seatIds: readonly string[], reason: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE show_seats SET status = 'booked', booking_id = NULL, held_until = NULL, blocked_reason = $3, blocked_at = $4
     WHERE show_id = $1 AND seat_id = ANY($2::text[])`,
    [showId, [...seatIds], reason, now],
  );
}

/** Frees those of the seats that are blocked; returns their ids. */
export async function unblockSeats(tx: Queryable, showId: string, seatIds: readonly string[]): Promise<string[]> {
  return (
    await tx.query<{ seat_id: string }>(
      `UPDATE show_seats SET status = 'available', blocked_reason = NULL, blocked_at = NULL
       WHERE show_id = $1 AND seat_id = ANY($2::text[]) AND blocked_reason IS NOT NULL RETURNING seat_id`,
      [showId, [...seatIds]],
    )
  ).rows.map((row) => row.seat_id);
}

export interface BlockedSeat {
  id: string;
  label: string;
  reason: string;
  blocked_at: Date;
}

/** The show's blocked seats in hall order. */
export async function blockedSeatsOf(db: Queryable, showId: string): Promise<BlockedSeat[]> {
  return (
    await db.query<BlockedSeat>(
      `SELECT se.id, se.label, ss.blocked_reason AS reason, ss.blocked_at
       FROM show_seats ss JOIN seats se ON se.id = ss.seat_id
       WHERE ss.show_id = $1 AND ss.blocked_reason IS NOT NULL ORDER BY se.row_index, se.number`,
      [showId],
    )
  ).rows;
}

export interface ShowForBlocks {
  status: 'upcoming' | 'cancelled';
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
}

/** The show's status, times and cinema zone; undefined when there is no such show. */
export async function findShowForBlocks(db: Queryable, showId: string): Promise<ShowForBlocks | undefined> {
  return (
    await db.query<ShowForBlocks>(
      `SELECT s.status, s.starts_at, s.ends_at, c.time_zone
       FROM shows s JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id WHERE s.id = $1`,
      [showId],
    )
  ).rows[0];
}

/** The cinema's rule against lone seats; undefined when there is no such cinema. */
export async function seatingOf(db: Queryable, cinemaId: string): Promise<{ noSingleSeatGaps: boolean } | undefined> {
  return (
    await db.query<{ noSingleSeatGaps: boolean }>('SELECT no_single_seat_gaps AS "noSingleSeatGaps" FROM cinemas WHERE id = $1', [cinemaId])
  ).rows[0];
}

export async function setSeatingOf(tx: Queryable, cinemaId: string, noSingleSeatGaps: boolean): Promise<void> {
  await tx.query('UPDATE cinemas SET no_single_seat_gaps = $2 WHERE id = $1', [cinemaId, noSingleSeatGaps]);
}
