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

export interface LoadOptions {
  urls: () => string[];
  customers: { token: string }[];
  showId: string;
  seatIds: string[];
  stop: AbortSignal;
}

const success = { method: 'credit_card', card: { number: '4242424242424242', expiry: '12/35', cvv: '123' } };
const decline = { method: 'upi', upiId: 'failure@upi' };

export async function runLoad(options: LoadOptions): Promise<LoadRecord> {
  const record: LoadRecord = { statuses: new Map(), networkErrors: 0, confirmed: new Set(), cancelAsked: new Set() };
  const count = (status: number) => record.statuses.set(status, (record.statuses.get(status) ?? 0) + 1);
  let step = 0;
  const call = async <T>(fn: (api: Api) => Promise<{ status: number; body: T }>) => {
    const urls = options.urls();
    const api = new Api(urls[step++ % urls.length]!);
    try {
      const reply = await fn(api);
      count(reply.status);
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
        const start = Math.floor(Math.random() * (options.seatIds.length - size));
        const hold = await call((api) =>
          api.post('/api/bookings', { showId: options.showId, seatIds: options.seatIds.slice(start, start + size) }, customer.token),
        );
        if (hold?.status !== 201) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          continue;
        }
        const bookingId = (hold.body as { id: string }).id;
        const roll = Math.random();
        if (roll < 0.25) continue; // abandoned: the hold lapses
        const body = roll < 0.35 ? decline : success;
        const paid = await call((api) =>
          api.post(`/api/bookings/${bookingId}/payment`, body, customer.token, { 'Idempotency-Key': `load-${bookingId}` }),
        );
        if (paid?.status !== 200) continue;
        record.confirmed.add(bookingId);
        if (Math.random() < 0.3) {
          record.cancelAsked.add(bookingId);
          await call((api) => api.post(`/api/bookings/${bookingId}/cancel`, undefined, customer.token));
        }
      }
    }),
  );
  return record;
}
