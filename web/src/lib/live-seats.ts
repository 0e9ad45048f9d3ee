// Keeps a show's seat map current while a page shows it: the server's events stream
// (GET /api/shows/{id}/events, event `seats`) when it answers, else polling the seat map.
import { get } from './api.ts';
import type { SeatMapData, SeatStatus } from './types.ts';

export const POLL_INTERVAL_MS = 2_000;

export interface SeatChange {
  seatIds: string[];
  status: SeatStatus;
}

/** The map with a pushed change applied: the changed seats take its status. */
export function withSeatChange(map: SeatMapData | undefined, change: SeatChange): SeatMapData | undefined {
  return map && { ...map, seats: map.seats.map((seat) => (change.seatIds.includes(seat.id) ? { ...seat, status: change.status } : seat)) };
}

/**
 * Calls onMap with a fresh map now and whenever polling reads one, and onChange for each
 * pushed change. Returns a function that stops everything.
 */
export function watchSeats(showId: string, onMap: (map: SeatMapData) => void, onChange: (change: SeatChange) => void): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let source: EventSource | undefined;

  const refresh = async () => {
    try {
      const map = await get<SeatMapData>(`/api/shows/${encodeURIComponent(showId)}/seats`);
      if (!stopped) onMap(map);
    } catch {
      // A failed poll is retried on the next tick.
    }
  };
  const poll = () => {
    if (stopped) return;
    timer = setTimeout(() => void refresh().then(poll), POLL_INTERVAL_MS);
  };

  if (typeof EventSource === 'function') {
    source = new EventSource(`/api/shows/${encodeURIComponent(showId)}/events`);
    source.addEventListener('open', () => void refresh());
    // Sent after a reconnect when the missed changes cannot be replayed: the whole map.
    source.addEventListener('snapshot', (event) => {
      try {
        onMap(JSON.parse((event as MessageEvent<string>).data) as SeatMapData);
      } catch {
        void refresh();
      }
    });
    source.addEventListener('seats', (event) => {
      try {
        onChange(JSON.parse((event as MessageEvent<string>).data) as SeatChange);
      } catch {
        void refresh();
      }
    });
    source.addEventListener('error', () => {
      // CLOSED means the server has no stream (a 404 or wrong type): fall back to polling for good.
      // Otherwise the browser reconnects by itself.
      if (source?.readyState === EventSource.CLOSED && !stopped && timer === undefined) poll();
    });
  } else {
    poll();
  }
  void refresh();

  return () => {
    stopped = true;
    source?.close();
    if (timer !== undefined) clearTimeout(timer);
  };
}
