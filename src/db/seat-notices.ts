// The SQL of the live seat map: the NOTIFY a seat-changing transaction sends. Every instance
// LISTENs on SEAT_CHANNEL (seat-events.ts) and fans the change out to its browsers.
import type { Queryable } from './database.ts';

export const SEAT_CHANNEL = 'houseful_seats';

export type SeatEventStatus = 'available' | 'held' | 'booked';

export interface SeatChange {
  showId: string;
  seatIds: string[];
  status: SeatEventStatus;
}

// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; a big change (a whole show
// cancelled) is split into several notices below that.
const MAX_PAYLOAD_BYTES = 7_000;

/** The NOTIFY payloads for one change, each under the limit. */
export function seatChangePayloads(showId: string, seatIds: readonly string[], status: SeatEventStatus): string[] {
  const payloads: string[] = [];
  let chunk: string[] = [];
  let size = 0;
  const flush = () => {
    if (chunk.length > 0) payloads.push(JSON.stringify({ showId, seatIds: chunk, status } satisfies SeatChange));
    chunk = [];
    size = 0;
  };
  for (const id of seatIds) {
    const cost = Buffer.byteLength(id) + 3; // the id, its quotes and a comma
    if (size + cost > MAX_PAYLOAD_BYTES - showId.length - 100) flush();
    chunk.push(id);
    size += cost;
  }
  flush();
  return payloads;
}

/** NOTIFYs a seat change from inside the transaction making it: sent only if that transaction commits. */
export async function notifySeatChange(tx: Queryable, showId: string, seatIds: readonly string[], status: SeatEventStatus): Promise<void> {
  if (seatIds.length === 0) return;
  await tx.query(`SELECT pg_notify('${SEAT_CHANNEL}', payload) FROM unnest($1::text[]) AS notice (payload)`, [
    seatChangePayloads(showId, seatIds, status),
  ]);
}
