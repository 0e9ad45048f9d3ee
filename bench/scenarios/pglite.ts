// The embedded default, as `npm start` runs it: one Houseful process with no DATABASE_URL, its
// PGlite in a fresh temporary DATA_DIR of its own. The bench cannot reach that database (it lives
// inside the server process), so the catalogue and the customers are made through the API, and
// the on-sale is checked through the API too: the seat map, and each winner's own booking.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServerProcess, type ServerProcess } from '../../scripts/server-process.ts';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  adminToken,
  createCatalogue,
  forEachConcurrently,
  progress,
  residentMiB,
  seatRequests,
  signUpCustomers,
  type HttpClient,
} from '../fixtures.ts';
import { runHotShow, type HotShowAudit, type HotShowResult, type Winner } from './hot-show.ts';

type SeatStatus = 'available' | 'held' | 'booked';

/**
 * Through the API: a winner's seat is not theirs when their booking no longer says confirmed or
 * pending, does not list the seat, or the seat map shows the seat available.
 */
export function apiAudit(client: HttpClient, base: string): HotShowAudit {
  return {
    async check(showId: string, winners: Winner[]) {
      const map = await client.request('GET', `${base}/api/shows/${showId}/seats`);
      if (map.status !== 200) throw new Error(`seat map after the on-sale: ${map.status}`);
      const status = new Map((map.body as { seats: { id: string; status: SeatStatus }[] }).seats.map((s) => [s.id, s.status]));
      let wrong = 0;
      await forEachConcurrently(winners, client.maxConnections, async (winner) => {
        const reply = await client.request('GET', `${base}/api/bookings/${winner.bookingId}`, { token: winner.token });
        const booking = reply.status === 200 ? (reply.body as { status: string; seats: { id: string }[] }) : undefined;
        const live = booking !== undefined && (booking.status === 'confirmed' || booking.status === 'pending');
        const listed = new Set(booking?.seats.map((s) => s.id) ?? []);
        for (const seat of winner.seatIds) if (!live || !listed.has(seat) || (status.get(seat) ?? 'available') === 'available') wrong++;
      });
      return { seatsSold: [...status.values()].filter((s) => s === 'booked').length, oversoldInDatabase: wrong };
    },
  };
}

export interface PgliteHotShow {
  hot: HotShowResult;
  rssMiB: number | undefined;
  setupMs: number;
}

/** Starts the embedded Houseful, sets it up through the API, warms it up, and runs the on-sale. */
export async function runPgliteHotShow(options: {
  client: HttpClient;
  customers: number;
  holdTtlSeconds: number;
  seed: number;
  /** Called once with what stops the server and removes its folder, for an interrupt. */
  onCleanUp: (stop: () => Promise<void>) => void;
}): Promise<PgliteHotShow> {
  const { client } = options;
  const dir = await mkdtemp(path.join(tmpdir(), 'houseful-bench-pglite-'));
  let server: ServerProcess | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await server?.kill().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    })());
  options.onCleanUp(stop);
  try {
    const began = performance.now();
    server = await startServerProcess({
      DATA_DIR: dir,
      HOLD_TTL_SECONDS: String(options.holdTtlSeconds),
      RATE_LIMIT_PER_MINUTE: '0',
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
    });
    const base = server.url;
    const pid = server.child.pid;
    if (pid === undefined) throw new Error('Houseful (PGlite) process has no pid');
    const token = await adminToken(client, base);
    // One show to warm the process up, one to measure.
    const catalogue = await createCatalogue(client, base, token, { hotShows: 2, steadyShows: 0 });
    progress(`pglite: signing up ${options.customers} customers through the API`);
    const customers = await signUpCustomers(client, base, options.customers);
    const requests = seatRequests(catalogue.hotSeats, customers.length, options.seed);
    const setupMs = Math.round(performance.now() - began);
    progress(`pglite: set up in ${setupMs} ms; warming up`);
    const audit = apiAudit(client, base);
    const run = (showId: string, count: number) =>
      runHotShow({
        client,
        bases: [base],
        audit,
        showId,
        seatsTotal: catalogue.hotSeats.length,
        customers: customers.slice(0, count),
        requests: requests.slice(0, count),
      });
    await run(catalogue.hotShowIds[0]!, Math.min(600, customers.length));
    progress(`pglite: hot show, ${customers.length} customers at once through HTTP`);
    const hot = await run(catalogue.hotShowIds[1]!, customers.length);
    return { hot, rssMiB: await residentMiB(pid), setupMs };
  } finally {
    await stop();
  }
}
