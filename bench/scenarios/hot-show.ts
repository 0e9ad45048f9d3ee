// On-sale of a hot show: every customer arrives at once, asks for 1-4 specific seats through
// Houseful's HTTP API, and pays with the test card at once when the hold is granted. Afterwards
// an audit checks the winners against the database (PostgreSQL) or, where the bench cannot reach
// the database (the embedded PGlite inside the server process), against the API.
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

/** A customer told "yours": the booking and its seats, and the token to ask about it. */
export interface Winner {
  bookingId: string;
  seatIds: string[];
  token: string;
}

/** How the on-sale is checked afterwards: seats booked, and winners' seats not theirs in the end. */
export interface HotShowAudit {
  check(showId: string, winners: Winner[]): Promise<{ seatsSold: number; oversoldInDatabase: number }>;
}

/** Straight from PostgreSQL: every winner's seats must carry the winner's booking id. */
export function databaseAudit(pool: pg.Pool): HotShowAudit {
  return {
    async check(showId, winners) {
      return {
        seatsSold: (await seatsTaken(pool, showId)).booked,
        oversoldInDatabase: await oversoldInDatabase(pool, showId, winners),
      };
    },
  };
}

export async function runHotShow(options: {
  client: HttpClient;
  bases: string[];
  audit: HotShowAudit;
  showId: string;
  seatsTotal: number;
  customers: Customer[];
  requests: string[][];
}): Promise<HotShowResult> {
  const { client, bases, showId, customers, requests } = options;
  const heldMs: number[] = [];
  const refusedMs: number[] = [];
  const paymentMs: number[] = [];
  const winners: Winner[] = [];
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
    winners.push({ bookingId, seatIds, token: customer.token });
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

  const audited = await options.audit.check(showId, winners);
  const holdCount = heldMs.length + refusedMs.length;
  return {
    customers: customers.length,
    instances: bases.length,
    holdsPerSecond: perSecond(holdCount, elapsedMs),
    bookingsPerSecond: perSecond(confirmed, elapsedMs),
    lastSaleMs: confirmed > 0 ? round1(lastBookedAt - started) : null,
    soldOut: seatsBooked >= options.seatsTotal,
    elapsedMs: round1(elapsedMs),
    seatsSold: audited.seatsSold,
    seatsTotal: options.seatsTotal,
    confirmed,
    held: summarise(heldMs),
    refused: summarise(refusedMs),
    holds: summarise([...heldMs, ...refusedMs]),
    payments: summarise(paymentMs),
    unexpected,
    oversold: oversold(winners.map((w) => w.seatIds)),
    oversoldInDatabase: audited.oversoldInDatabase,
    loadGeneratorCpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / elapsedMs) * 100),
  };
}
