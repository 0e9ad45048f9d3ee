// Customers holding, paying, declining, abandoning and cancelling against one or more
// servers until told to stop, recording what they were told. Used by the fault tests.
import { Api } from './api.ts';

export interface LoadRecord {
  statuses: Map<number, number>;
  /** Requests that got no HTTP answer at all (server killed, connection reset). */
  networkErrors: number;
  /** Bookings the customer was told are confirmed. */
  confirmed: Set<string>;
  /** Of those, the ones the customer then asked to cancel (whether or not the answer arrived). */
  cancelAsked: Set<string>;
}

/** One HTTP answer, as the customer who asked for it saw it. */
export interface LoadAnswer {
  /** Index of the customer in `customers`. */
  customer: number;
  /** The server that answered. */
  url: string;
  status: number;
  contentType: string;
  /** The Retry-After header, when there is one. */
  retryAfter: string | null;
  body: unknown;
  /** `Date.now()` when the request was sent and when its answer arrived. */
  sentAt: number;
  answeredAt: number;
}

export interface LoadOptions {
  urls: () => string[];
  customers: { token: string }[];
  showId: string;
  seatIds: string[];
  stop: AbortSignal;
  /** Called with every HTTP answer as it arrives, for tests that judge answers by when they came. */
  onAnswer?: (answer: LoadAnswer) => void;
}

interface SeatOnMap {
  id: string;
  status: string;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

const success = { method: 'credit_card', card: { number: '4242424242424242', expiry: '12/35', cvv: '123' } };
const decline = { method: 'upi', upiId: 'failure@upi' };

export async function runLoad(options: LoadOptions): Promise<LoadRecord> {
  const record: LoadRecord = { statuses: new Map(), networkErrors: 0, confirmed: new Set(), cancelAsked: new Set() };
  const count = (status: number) => record.statuses.set(status, (record.statuses.get(status) ?? 0) + 1);
  let step = 0;
  const call = async <T>(customer: number, fn: (api: Api) => Promise<{ status: number; body: T; headers: Headers }>) => {
    const urls = options.urls();
    const url = urls[step++ % urls.length]!;
    const api = new Api(url);
    const sentAt = Date.now();
    try {
      const reply = await fn(api);
      count(reply.status);
      options.onAnswer?.({
        customer,
        url,
        status: reply.status,
        contentType: reply.headers.get('content-type') ?? '',
        retryAfter: reply.headers.get('retry-after'),
        body: reply.body,
        sentAt,
        answeredAt: Date.now(),
      });
      return reply;
    } catch {
      record.networkErrors++;
      return undefined;
    }
  };

  await Promise.all(
    options.customers.map(async (customer, index) => {
      let turn = 0;
      while (!options.stop.aborted) {
        turn++;
        const size = 1 + ((index + turn) % 3);
        // Look at the seat map first, as a customer does, and go for free seats; others are looking
        // at the same map, so holds still race. A sold-out show leaves customers looking.
        const map = await call(index, (api) => api.get(`/api/shows/${options.showId}/seats`, customer.token));
        const free = new Set(
          map?.status === 200 ? (map.body as { seats: SeatOnMap[] }).seats.filter((s) => s.status === 'available').map((s) => s.id) : [],
        );
        const candidates = options.seatIds.filter((id) => free.has(id));
        const start = Math.floor(Math.random() * Math.max(0, candidates.length - size + 1));
        const wanted = candidates.slice(start, start + size);
        const hold =
          wanted.length > 0
            ? await call(index, (api) => api.post('/api/bookings', { showId: options.showId, seatIds: wanted }, customer.token))
            : undefined;
        if (hold?.status !== 201) {
          await pause(); // pacing between tries, so a failing server is not hammered
          continue;
        }
        const bookingId = (hold.body as { id: string }).id;
        const roll = Math.random();
        if (roll < 0.25) continue; // abandoned: the hold lapses
        const body = roll < 0.35 ? decline : success;
        const paid = await call(index, (api) =>
          api.post(`/api/bookings/${bookingId}/payment`, body, customer.token, { 'Idempotency-Key': `load-${bookingId}` }),
        );
        if (paid?.status !== 200) continue;
        record.confirmed.add(bookingId);
        if (Math.random() < 0.3) {
          record.cancelAsked.add(bookingId);
          await call(index, (api) => api.post(`/api/bookings/${bookingId}/cancel`, undefined, customer.token));
        }
      }
    }),
  );
  return record;
}
