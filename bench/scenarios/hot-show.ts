// On-sale of a hot show: every customer arrives at once, asks for 1-4 specific seats through
// Houseful's HTTP API, and pays with the test card at once when the hold is granted.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { oversold } from '../patterns/fixtures.ts';
import {
  TEST_CARD,
  forEachConcurrently,
  oversoldInDatabase,
  perSecond,
  round1,
  seatsTaken,
  summarise,
  type Customer,
  type HttpClient,
  type LatencySummary,
} from '../fixtures.ts';

export interface HotShowResult {
  customers: number;
  instances: number;
  /** Hold answers (held or refused) per second over the whole on-sale. */
  holdsPerSecond: number;
  bookingsPerSecond: number;
  /** From the first request to the last seat booked, whether or not every seat went. */
  lastSaleMs: number | null;
  /** Every seat booked. Each customer asks once, so a lone seat nobody asked for can stay. */
  soldOut: boolean;
  elapsedMs: number;
  seatsSold: number;
  seatsTotal: number;
  confirmed: number;
  held: LatencySummary;
  refused: LatencySummary;
  holds: LatencySummary;
  payments: LatencySummary;
  unexpected: Record<string, number>;
  oversold: number;
  oversoldInDatabase: number;
  /** CPU the bench process itself used meanwhile, in % of one core: it shares the machine. */
  loadGeneratorCpuPercent: number;
}

export async function runHotShow(options: {
  client: HttpClient;
  bases: string[];
  pool: pg.Pool;
  showId: string;
  seatsTotal: number;
  customers: Customer[];
  requests: string[][];
}): Promise<HotShowResult> {
  const { client, bases, showId, customers, requests } = options;
  const heldMs: number[] = [];
  const refusedMs: number[] = [];
  const paymentMs: number[] = [];
  const winners: { bookingId: string; seatIds: string[] }[] = [];
  const unexpected: Record<string, number> = {};
  let seatsBooked = 0;
  let confirmed = 0;
  let lastBookedAt = 0;
  const note = (what: string): void => {
    unexpected[what] = (unexpected[what] ?? 0) + 1;
  };

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  // Everyone arrives at once: every customer's flow starts now and waits for a connection.
  await forEachConcurrently(customers, client.maxConnections, async (customer, i) => {
    const base = bases[i % bases.length]!;
    const seatIds = requests[i]!;
    const hold = await client.request('POST', `${base}/api/bookings`, { body: { showId, seatIds }, token: customer.token });
    if (hold.status === 409) {
      refusedMs.push(hold.ms);
      return;
    }
    if (hold.status !== 201) {
      note(`hold ${hold.status}`);
      return;
    }
    heldMs.push(hold.ms);
    const bookingId = (hold.body as { id: string }).id;
    winners.push({ bookingId, seatIds });
    const paid = await client.request('POST', `${base}/api/bookings/${bookingId}/payment`, {
      body: TEST_CARD,
      token: customer.token,
      headers: { 'idempotency-key': randomBytes(12).toString('hex') },
    });
    paymentMs.push(paid.ms);
    if (paid.status !== 200) {
      note(`payment ${paid.status}`);
      return;
    }
    confirmed++;
    seatsBooked += seatIds.length;
    lastBookedAt = performance.now();
  });
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);

  const taken = await seatsTaken(options.pool, showId);
  const holdCount = heldMs.length + refusedMs.length;
  return {
    customers: customers.length,
    instances: bases.length,
    holdsPerSecond: perSecond(holdCount, elapsedMs),
    bookingsPerSecond: perSecond(confirmed, elapsedMs),
    lastSaleMs: confirmed > 0 ? round1(lastBookedAt - started) : null,
    soldOut: seatsBooked >= options.seatsTotal,
    elapsedMs: round1(elapsedMs),
    seatsSold: taken.booked,
    seatsTotal: options.seatsTotal,
    confirmed,
    held: summarise(heldMs),
    refused: summarise(refusedMs),
    holds: summarise([...heldMs, ...refusedMs]),
    payments: summarise(paymentMs),
    unexpected,
    oversold: oversold(winners.map((w) => w.seatIds)),
    oversoldInDatabase: await oversoldInDatabase(options.pool, showId, winners),
    loadGeneratorCpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / elapsedMs) * 100),
  };
}
