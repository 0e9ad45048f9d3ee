// npm run bench: Houseful against its ceiling and other systems' locking patterns, on real
// PostgreSQL, in one run. A benchmark, not a test: it prints figures and never fails on a time.
// It fails only when it cannot run, or when a system that must never oversell did.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  HttpClient,
  adminToken,
  createBenchDatabase,
  createCatalogue,
  createCustomers,
  progress,
  residentMiB,
  round1,
  seatRequests,
  type BenchDatabase,
  type HousefulInstance,
  startHouseful,
} from './fixtures.ts';
import { runBrowse, type BrowseResult } from './scenarios/browse.ts';
import { PGBENCH, pgbenchAvailable, runCeilingPg, runCeilingPgbench } from './scenarios/ceiling.ts';
import { runCeilingPostgresJs, runHousefulSqlPg } from './scenarios/drivers.ts';
import { createBestAvailableShow, quantities, runBestAvailable, type BestAvailableResult } from './scenarios/best-available.ts';
import { databaseAudit, runHotShow, type HotShowResult } from './scenarios/hot-show.ts';
import { runHttpCeiling } from './scenarios/http-ceiling.ts';
import { peerPatterns, runHousefulSql, runPattern, type DirectResult } from './scenarios/peers.ts';
import { runCeilingPglite } from './scenarios/pglite-ceiling.ts';
import { runPgliteHotShow } from './scenarios/pglite.ts';
import { runSteady } from './scenarios/steady.ts';
import { runSweep, type SweepResult } from './scenarios/sweep.ts';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    customers: { type: 'string' },
    connections: { type: 'string', default: '64' },
    pool: { type: 'string', default: '16' },
    'steady-seconds': { type: 'string' },
    'steady-rate': { type: 'string' },
    'browse-seconds': { type: 'string' },
    instances: { type: 'string' },
    'pglite-customers': { type: 'string' },
    'sweep-seconds': { type: 'string' },
    'sweep-rates': { type: 'string' },
    seed: { type: 'string', default: '20260101' },
    out: { type: 'string', default: 'bench/results/latest.json' },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  process.stdout.write(`npm run bench -- [options]
  --quick               a smaller run (800 customers, 300 on PGlite, short phases, 1 and 2 instances)
  --customers N         customers at the hot show's on-sale (default 5000)
  --pglite-customers N  customers at the embedded (PGlite) server's on-sale, signed up through the API
                        (default the smaller of --customers and 1000; 300 with --quick)
  --connections N       HTTP connections from the load generator (default 64)
  --pool N              PostgreSQL connections per Houseful instance, and for every direct pattern (default 16)
  --steady-seconds S    length of the steady booking phase (default 15)
  --steady-rate R       customers arriving per second in the steady phase (default 150)
  --sweep-seconds S     length of each phase of the steady sweep (default 3; 1 with --quick)
  --sweep-rates R,R,…   arrival rates the sweep tries, rising, until two in a row reach a hold p99 of 100 ms
                        (default 100,200,400,800,1600,3200)
  --browse-seconds S    length of each browse phase, on Houseful and on the HTTP ceiling (default 5)
  --instances 1,2,4     Houseful instance counts for the scale scenario
  --seed N              seed of the customers' seat choices
  --out FILE            where the JSON goes (default bench/results/latest.json)
PostgreSQL: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres. The PGlite rows need none:
the server gets a temporary DATA_DIR of its own, removed after.
`);
  process.exit(0);
}

function whole(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`bench: --${name} must be a whole number above 0, got "${raw}"\n`);
    process.exit(2);
  }
  return value;
}

const quick = args.quick;
const customerCount = whole('customers', args.customers, quick ? 800 : 5_000);
const settings = {
  quick,
  customers: customerCount,
  pgliteCustomers: whole('pglite-customers', args['pglite-customers'], Math.min(customerCount, quick ? 300 : 1_000)),
  connections: whole('connections', args.connections, 64),
  poolSize: whole('pool', args.pool, 16),
  steadySeconds: whole('steady-seconds', args['steady-seconds'], quick ? 4 : 15),
  steadyRate: whole('steady-rate', args['steady-rate'], 150),
  browseSeconds: whole('browse-seconds', args['browse-seconds'], quick ? 2 : 5),
  instances: (args.instances ?? (quick ? '1,2' : '1,2,4')).split(',').map((n) => whole('instances', n, 1)),
  seed: whole('seed', args.seed, 20260101),
  sweepSeconds: whole('sweep-seconds', args['sweep-seconds'], quick ? 1 : 3),
  sweepRates: (args['sweep-rates'] ?? '100,200,400,800,1600,3200').split(',').map((n) => whole('sweep-rates', n, 1)),
};
/** The sweep's answer: the highest arrival rate whose hold p99 stays under this. */
const SWEEP_P99_LIMIT_MS = 100;
/** The memory target for each Houseful instance after the on-sale. */
const RSS_TARGET_MIB = 150;
const steadyShows = quick ? 20 : 40;
// Long enough for a granted hold to be paid under any load here, short enough that abandoned
// holds in the steady phase free their seats again within it.
const HOLD_TTL_SECONDS = 15;

/** One line of latest.json. Browse rows have reads, not holds; extra fields carry detail. */
interface Run {
  scenario: string;
  system: string;
  holdsPerSecond: number | null;
  bookingsPerSecond: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  oversold: number | null;
  [detail: string]: unknown;
}

const runs: Run[] = [];
const instances: HousefulInstance[] = [];
let database: BenchDatabase | undefined;
let pool: pg.Pool | undefined;
let client: HttpClient | undefined;
/** What else to stop at the end or on an interrupt: the PGlite server and its folder, the HTTP ceiling. */
const otherCleanUps: (() => Promise<void>)[] = [];
const onCleanUp = (stop: () => Promise<void>) => void otherCleanUps.push(stop);

let cleaning: Promise<void> | undefined;
/** Stops every server and drops the bench database, once, however many callers ask. */
function cleanUp(): Promise<void> {
  return (cleaning ??= cleanUpOnce());
}

async function cleanUpOnce(): Promise<void> {
  client?.close();
  await Promise.all(instances.map((instance) => instance.server.kill().catch(() => undefined)));
  await Promise.all(otherCleanUps.map((stop) => stop().catch(() => undefined)));
  await pool?.end().catch(() => undefined);
  await database?.drop().catch((error: unknown) => progress(`could not drop ${database?.name}: ${(error as Error).message}`));
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (interrupted) return;
    interrupted = true;
    progress(`${signal}: stopping servers and dropping the bench database`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function directRun(scenario: string, system: string, result: DirectResult, detail: Record<string, unknown> = {}): Run {
  return {
    scenario,
    system,
    holdsPerSecond: result.holdsPerSecond,
    bookingsPerSecond: null,
    p50Ms: result.holds.p50Ms,
    p99Ms: result.holds.p99Ms,
    oversold: Math.max(result.oversold, result.oversoldInDatabase),
    oversoldToldClients: result.oversold,
    oversoldInDatabase: result.oversoldInDatabase,
    winners: result.winners,
    seatsSold: result.seatsSold,
    p95Ms: result.holds.p95Ms,
    errors: result.errors,
    ...detail,
  };
}

async function memoryOf(list: HousefulInstance[]): Promise<(number | undefined)[]> {
  return Promise.all(list.map((instance) => residentMiB(instance.pid)));
}

function hotShowRun(scenario: string, result: HotShowResult, rssMiB: (number | undefined)[]): Run {
  return {
    scenario,
    system: 'houseful',
    holdsPerSecond: result.holdsPerSecond,
    bookingsPerSecond: result.bookingsPerSecond,
    p50Ms: result.holds.p50Ms,
    p99Ms: result.holds.p99Ms,
    oversold: Math.max(result.oversold, result.oversoldInDatabase),
    instances: result.instances,
    customers: result.customers,
    lastSaleMs: result.lastSaleMs,
    soldOut: result.soldOut,
    elapsedMs: result.elapsedMs,
    seatsSold: result.seatsSold,
    seatsTotal: result.seatsTotal,
    confirmed: result.confirmed,
    p95Ms: result.holds.p95Ms,
    heldLatency: result.held,
    refusedLatency: result.refused,
    paymentLatency: result.payments,
    oversoldToldClients: result.oversold,
    oversoldInDatabase: result.oversoldInDatabase,
    unexpected: result.unexpected,
    loadGeneratorCpuPercent: result.loadGeneratorCpuPercent,
    rssMiB,
  };
}

/** What every scenario runs on: the database, the first instance, the catalogue and the customers. */
interface Bench {
  began: number;
  database: BenchDatabase;
  pool: pg.Pool;
  client: HttpClient;
  /** The first Houseful instance's URL. */
  first: string;
  catalogue: Awaited<ReturnType<typeof createCatalogue>>;
  customers: Awaited<ReturnType<typeof createCustomers>>;
  requests: string[][];
  /** A fresh copy of the hot show, one per on-sale. */
  nextHotShow: () => string;
}

/** The bench database, the first instance, the catalogue and the customers. */
async function prepare(): Promise<Bench> {
  const began = performance.now();
  progress(`settings ${JSON.stringify(settings)}`);
  database = await createBenchDatabase();
  progress(`database ${database.name}; starting Houseful`);
  instances.push(await startHouseful(database.url, settings.poolSize, HOLD_TTL_SECONDS));
  const first = instances[0]!.server.url;
  pool = new pg.Pool({ connectionString: database.url, max: settings.poolSize });
  pool.on('error', () => undefined); // connections closing as the bench database is dropped
  client = new HttpClient(settings.connections);

  // One fresh copy of the hot show per on-sale: Houseful at each scale, the ceiling twice,
  // Houseful's SQL, the two rows through the other driver, and each peer pattern.
  const scaleRuns = settings.instances.filter((n) => n !== 1);
  const maxInstances = Math.max(1, ...settings.instances);
  const hotShowsNeeded = maxInstances + 1 + scaleRuns.length + 2 + 1 + 2 + peerPatterns.length;
  const token = await adminToken(client, first);
  const catalogue = await createCatalogue(client, first, token, { hotShows: hotShowsNeeded, steadyShows });
  const customers = await createCustomers(pool, settings.customers);
  const requests = seatRequests(catalogue.hotSeats, settings.customers, settings.seed);
  // A database in service has planner statistics; a fresh one has none until autovacuum comes by.
  await pool.query('ANALYZE');
  const hotShows = [...catalogue.hotShowIds];
  const nextHotShow = () => hotShows.shift()!;
  progress(`catalogue, ${customers.length} customers ready in ${Math.round(performance.now() - began)} ms`);
  return { began, database, pool, client, first, catalogue, customers, requests, nextHotShow };
}

/**
 * A fresh Node process runs its first thousand requests several times slower while the JIT
 * warms up; each instance gets a small on-sale of its own and some reads before it is measured.
 */
async function warmUp(bench: Bench, instance: HousefulInstance): Promise<void> {
  const count = Math.min(600, bench.customers.length);
  await runHotShow({
    client: bench.client,
    bases: [instance.server.url],
    audit: databaseAudit(bench.pool),
    showId: bench.nextHotShow(),
    seatsTotal: bench.catalogue.hotSeats.length,
    customers: bench.customers.slice(0, count),
    requests: bench.requests.slice(0, count),
  });
  await runBrowse({
    client: bench.client,
    bases: [instance.server.url],
    cityId: bench.catalogue.cityId,
    showIds: bench.catalogue.steadyShowIds,
    durationMs: 500,
  });
}

/** 1. On-sale of a hot show, one instance. */
async function hotShowHouseful(bench: Bench): Promise<{ rows: Run[]; hot: HotShowResult }> {
  progress(`hot show: ${settings.customers} customers at once through HTTP`);
  const hot = await runHotShow({
    client: bench.client,
    bases: [bench.first],
    audit: databaseAudit(bench.pool),
    showId: bench.nextHotShow(),
    seatsTotal: bench.catalogue.hotSeats.length,
    customers: bench.customers,
    requests: bench.requests,
  });
  return { rows: [hotShowRun('hot-show', hot, await memoryOf(instances))], hot };
}

/**
 * 1b. On-sale of a hot show by best available (every customer asks for the best 1-4 seats), with
 * the cinema's rule against lone seats off, then on: what the rule costs in holds/s and saves in
 * seats left alone.
 */
async function bestAvailableScenario(bench: Bench): Promise<{ rows: Run[]; results: BestAvailableResult[] }> {
  const token = await adminToken(bench.client, bench.first);
  const wanted = quantities(settings.customers, settings.seed);
  const results: BestAvailableResult[] = [];
  for (const noSingleSeatGaps of [false, true]) {
    progress(`best available: ${settings.customers} customers at once, rule against lone seats ${noSingleSeatGaps ? 'on' : 'off'}`);
    const show = await createBestAvailableShow(bench.client, bench.first, token, { cityId: bench.catalogue.cityId, noSingleSeatGaps });
    results.push(
      await runBestAvailable({
        client: bench.client,
        bases: [bench.first],
        pool: bench.pool,
        ...show,
        noSingleSeatGaps,
        customers: bench.customers,
        quantities: wanted,
      }),
    );
  }
  const rows = results.map((r): Run => ({
    scenario: 'best-available',
    system: r.noSingleSeatGaps ? 'houseful, no single-seat gaps' : 'houseful',
    holdsPerSecond: r.holdsPerSecond,
    bookingsPerSecond: r.bookingsPerSecond,
    p50Ms: r.holds.p50Ms,
    p99Ms: r.holds.p99Ms,
    oversold: Math.max(r.oversold, r.oversoldInDatabase),
    customers: r.customers,
    seatsSold: r.seatsSold,
    seatsTotal: r.seatsTotal,
    seatsStranded: r.seatsStranded,
    notAdjacent: r.notAdjacent,
    confirmed: r.confirmed,
    elapsedMs: r.elapsedMs,
    p95Ms: r.holds.p95Ms,
    heldLatency: r.held,
    refusedLatency: r.refused,
    oversoldToldClients: r.oversold,
    oversoldInDatabase: r.oversoldInDatabase,
    unexpected: r.unexpected,
  }));
  return { rows, results };
}

/** 4. The ceiling: the statement alone, same connections. */
async function hotShowCeiling(bench: Bench): Promise<Run[]> {
  progress('ceiling: the hold statement straight through pg');
  const ceiling = await runCeilingPg(bench.pool, bench.nextHotShow(), bench.requests, bench.customers, settings.poolSize);
  return [
    directRun('hot-show', 'ceiling', ceiling, {
      client: 'node-postgres',
      connections: settings.poolSize,
      seatsTotal: bench.catalogue.hotSeats.length,
    }),
  ];
}

/** 4. The ceiling again, through pgbench when it is installed. */
async function hotShowCeilingPgbench(bench: Bench): Promise<Run[]> {
  const pgbenchShow = bench.nextHotShow();
  if (!pgbenchAvailable()) {
    progress(`pgbench not found at ${PGBENCH}: its ceiling row is skipped`);
    return [];
  }
  progress('ceiling: the same statement through pgbench');
  const result = await runCeilingPgbench(bench.database.url, bench.pool, {
    hallId: bench.catalogue.hotHallId,
    showId: pgbenchShow,
    customers: bench.customers,
    transactions: settings.customers,
    clients: settings.poolSize,
  });
  return [
    {
      scenario: 'hot-show',
      system: 'ceiling-pgbench',
      holdsPerSecond: result.holdsPerSecond,
      bookingsPerSecond: null,
      p50Ms: null,
      p99Ms: null,
      oversold: null,
      averageMs: result.averageMs,
      seatsHeld: result.seatsHeld,
      client: 'pgbench',
      connections: settings.poolSize,
    },
  ];
}

/** 5. Houseful's hold transaction through its own database module (the `postgres` driver), no HTTP. */
async function hotShowHousefulSql(bench: Bench): Promise<Run[]> {
  progress("houseful-sql: Houseful's hold transaction through its own database module, no HTTP");
  const result = await runHousefulSql(
    bench.database.url,
    bench.pool,
    bench.nextHotShow(),
    bench.requests,
    bench.customers,
    settings.poolSize,
  );
  return [directRun('hot-show', 'houseful-sql', result, { connections: settings.poolSize, seatsTotal: bench.catalogue.hotSeats.length })];
}

/** 5. The driver question: the ceiling through `postgres`, and Houseful's hold transaction through `pg`. */
async function hotShowOtherDriver(bench: Bench): Promise<Run[]> {
  const { url } = bench.database;
  const seatsTotal = bench.catalogue.hotSeats.length;
  progress('ceiling-postgresjs: the hold SQL through the postgres driver');
  const run = (showId: string) => ({
    databaseUrl: url,
    pool: bench.pool,
    showId,
    requests: bench.requests,
    customers: bench.customers,
    poolSize: settings.poolSize,
  });
  const ceiling = await runCeilingPostgresJs(run(bench.nextHotShow()));
  progress("houseful-sql-pg: Houseful's hold transaction through pg, a round trip per statement");
  const transaction = await runHousefulSqlPg(run(bench.nextHotShow()));
  return [
    directRun('hot-show', 'ceiling-postgresjs', ceiling, { client: 'postgres (porsager)', connections: settings.poolSize, seatsTotal }),
    directRun('hot-show', 'houseful-sql-pg', transaction, { client: 'pg', connections: settings.poolSize, seatsTotal }),
  ];
}

/** 5. The peers' patterns, through Houseful's database module (the same driver as houseful-sql). */
async function hotShowPeers(bench: Bench): Promise<Run[]> {
  const rows: Run[] = [];
  for (const pattern of peerPatterns) {
    progress(`peer: ${pattern.name}`);
    const result = await runPattern(bench.database.url, bench.pool, pattern, bench.nextHotShow(), bench.requests, settings.poolSize);
    rows.push(directRun('hot-show', pattern.name, result, { connections: settings.poolSize, seatsTotal: bench.catalogue.hotSeats.length }));
  }
  return rows;
}

/** 2. Steady booking, one instance. */
async function steadyScenario(bench: Bench): Promise<Run[]> {
  progress(`steady: ${settings.steadyRate} customers/s for ${settings.steadySeconds} s over ${steadyShows} shows`);
  const steady = await runSteady({
    client: bench.client,
    bases: [bench.first],
    pool: bench.pool,
    showIds: bench.catalogue.steadyShowIds,
    seats: bench.catalogue.steadySeats,
    customers: bench.customers,
    flowsPerSecond: settings.steadyRate,
    durationMs: settings.steadySeconds * 1000,
    seed: settings.seed,
  });
  const { oversold: steadyOversoldToldClients, ...steadyDetail } = steady;
  return [
    {
      ...steadyDetail,
      scenario: 'steady',
      system: 'houseful',
      p50Ms: steady.holds.p50Ms,
      p99Ms: steady.holds.p99Ms,
      oversold: Math.max(steadyOversoldToldClients, steady.oversoldInDatabase),
      oversoldToldClients: steadyOversoldToldClients,
      rssMiB: await memoryOf([instances[0]!]),
    },
  ];
}

/** The two browse rows of one system: seat maps, then listings. */
function browseRows(
  system: string,
  browse: { seatMaps: BrowseResult; listings: BrowseResult },
  detail: { seatMaps?: Record<string, unknown>; listings?: Record<string, unknown> } = {},
): Run[] {
  return (
    [
      ['browse-seat-maps', browse.seatMaps, detail.seatMaps],
      ['browse-listings', browse.listings, detail.listings],
    ] as const
  ).map(([scenario, result, extra]) => ({
    scenario,
    system,
    holdsPerSecond: null,
    bookingsPerSecond: null,
    p50Ms: result.latency.p50Ms,
    p99Ms: result.latency.p99Ms,
    oversold: null,
    readsPerSecond: result.readsPerSecond,
    p95Ms: result.latency.p95Ms,
    errors: result.errors,
    ...extra,
  }));
}

/** 3. Browse, one instance: seat maps, then listings. */
async function browseScenario(bench: Bench): Promise<Run[]> {
  progress(`browse: seat maps then listings, ${settings.browseSeconds} s each`);
  const browse = await runBrowse({
    client: bench.client,
    bases: [bench.first],
    cityId: bench.catalogue.cityId,
    showIds: bench.catalogue.steadyShowIds,
    durationMs: settings.browseSeconds * 1000,
  });
  const rssMiB = await memoryOf([instances[0]!]);
  return browseRows('houseful', browse, { seatMaps: { rssMiB }, listings: { rssMiB } });
}

/** 3. The HTTP ceiling: the same reads answered from memory by a bare fastify process. */
async function httpCeilingScenario(bench: Bench): Promise<Run[]> {
  progress(`http ceiling: a bare fastify process answering a real seat map and listing from memory, ${settings.browseSeconds} s each`);
  const ceiling = await runHttpCeiling({
    client: bench.client,
    base: bench.first,
    cityId: bench.catalogue.cityId,
    showIds: bench.catalogue.steadyShowIds,
    durationMs: settings.browseSeconds * 1000,
    onCleanUp,
  });
  const served = 'fixed bytes from memory (bench/http-ceiling-server.ts)';
  return browseRows('http-ceiling', ceiling, {
    seatMaps: { bodyBytes: ceiling.seatMapBytes, served },
    listings: { bodyBytes: ceiling.listingBytes, served },
  });
}

/** 2. The steady sweep: rising arrival rates until the hold p99 reaches the limit. */
async function sweepScenario(bench: Bench): Promise<{ rows: Run[]; sweep: SweepResult }> {
  progress(
    `steady sweep: ${settings.sweepRates.join(', ')} arrivals/s, ${settings.sweepSeconds} s each, until two in a row reach p99 ${SWEEP_P99_LIMIT_MS} ms`,
  );
  const sweep = await runSweep({
    client: bench.client,
    bases: [bench.first],
    pool: bench.pool,
    showIds: bench.catalogue.steadyShowIds,
    seats: bench.catalogue.steadySeats,
    customers: bench.customers,
    rates: settings.sweepRates,
    phaseMs: settings.sweepSeconds * 1000,
    p99LimitMs: SWEEP_P99_LIMIT_MS,
    seed: settings.seed,
    onPhase: (p) => progress(`  ${p.rate}/s: hold p99 ${cell(p.result.holds.p99Ms)} ms, ${p.result.shed} shed`),
  });
  const best = sweep.phases.find((p) => p.rate === sweep.highestRate)?.result;
  return {
    sweep,
    rows: [
      {
        scenario: 'steady-sweep',
        system: 'houseful',
        holdsPerSecond: best?.holdsPerSecond ?? null,
        bookingsPerSecond: best?.bookingsPerSecond ?? null,
        p50Ms: best?.holds.p50Ms ?? null,
        p99Ms: best?.holds.p99Ms ?? null,
        oversold: Math.max(0, ...sweep.phases.map((p) => Math.max(p.result.oversold, p.result.oversoldInDatabase))),
        highestRate: sweep.highestRate,
        p99LimitMs: sweep.p99LimitMs,
        phaseSeconds: settings.sweepSeconds,
        rssMiB: await memoryOf([instances[0]!]),
        phases: sweep.phases.map((p) => ({
          rate: p.rate,
          withinLimit: p.withinLimit,
          holdsPerSecond: p.result.holdsPerSecond,
          bookingsPerSecond: p.result.bookingsPerSecond,
          p50Ms: p.result.holds.p50Ms,
          p95Ms: p.result.holds.p95Ms,
          p99Ms: p.result.holds.p99Ms,
          shed: p.result.shed,
          unexpected: p.result.unexpected,
          oversold: Math.max(p.result.oversold, p.result.oversoldInDatabase),
        })),
      },
    ],
  };
}

/** 7. The embedded default: the hot show through HTTP on PGlite, and PGlite's own ceiling. */
async function pgliteScenario(): Promise<{ rows: Run[]; hot: HotShowResult }> {
  progress(`pglite: a Houseful process with no DATABASE_URL, ${settings.pgliteCustomers} customers`);
  const result = await runPgliteHotShow({
    client: client!,
    customers: settings.pgliteCustomers,
    holdTtlSeconds: HOLD_TTL_SECONDS,
    seed: settings.seed,
    onCleanUp,
  });
  const housefulRow: Run = {
    ...hotShowRun('hot-show-pglite', result.hot, [result.rssMiB]),
    database: 'PGlite in the server process (DATA_DIR a fresh temporary folder)',
    setupMs: result.setupMs,
    audit: 'through the API: seat map, and each winner GET /api/bookings/{id}',
  };
  progress("pglite ceiling: Houseful's hold SQL alone against PGlite in this process");
  const ceiling = await runCeilingPglite({ customers: settings.pgliteCustomers, concurrency: settings.connections, seed: settings.seed });
  const ceilingRow = directRun('hot-show-pglite', 'ceiling', ceiling, {
    client: 'PGlite in the bench process, in memory, migrated',
    inFlight: settings.connections,
    customers: settings.pgliteCustomers,
    seatsTotal: result.hot.seatsTotal,
  });
  return { rows: [housefulRow, ceilingRow], hot: result.hot };
}

/** 6. Scale: the same on-sale through 1, 2, 4 instances on one database; scale-1 is the hot-show row. */
async function scaleScenario(bench: Bench, oneInstance: Run): Promise<Run[]> {
  const rows: Run[] = [];
  if (settings.instances.includes(1)) rows.push({ ...oneInstance, scenario: 'scale-1' });
  for (const count of settings.instances.filter((n) => n !== 1)) {
    progress(`scale: starting instances up to ${count}`);
    while (instances.length < count) {
      const instance = await startHouseful(bench.database.url, settings.poolSize, HOLD_TTL_SECONDS);
      instances.push(instance);
      await warmUp(bench, instance);
    }
    const active = instances.slice(0, count);
    const result = await runHotShow({
      client: bench.client,
      bases: active.map((i) => i.server.url),
      audit: databaseAudit(bench.pool),
      showId: bench.nextHotShow(),
      seatsTotal: bench.catalogue.hotSeats.length,
      customers: bench.customers,
      requests: bench.requests,
    });
    rows.push(hotShowRun(`scale-${count}`, result, await memoryOf(active)));
  }
  return rows;
}

async function main(): Promise<void> {
  const bench = await prepare();
  progress('warming up the first instance');
  await warmUp(bench, instances[0]!);

  const houseful = await hotShowHouseful(bench);
  runs.push(...houseful.rows);
  const bestAvailable = await bestAvailableScenario(bench);
  runs.push(...bestAvailable.rows);
  runs.push(...(await hotShowCeiling(bench)));
  runs.push(...(await hotShowCeilingPgbench(bench)));
  runs.push(...(await hotShowHousefulSql(bench)));
  runs.push(...(await hotShowOtherDriver(bench)));
  runs.push(...(await hotShowPeers(bench)));
  runs.push(...(await steadyScenario(bench)));
  const { rows: sweepRows, sweep } = await sweepScenario(bench);
  runs.push(...sweepRows);
  runs.push(...(await browseScenario(bench)));
  runs.push(...(await httpCeilingScenario(bench)));
  runs.push(...(await scaleScenario(bench, houseful.rows[0]!)));
  const pglite = await pgliteScenario();
  runs.push(...pglite.rows);

  const report = buildReport(bench.began);
  await mkdir(path.dirname(args.out), { recursive: true });
  await writeFile(args.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(renderReport(report, houseful.hot, pglite.hot, sweep, bestAvailable.results));
  progress(`wrote ${args.out}; ${report.durationSeconds} s in all`);

  const mustNotOversell = runs.filter((r) => r.system !== NAIVE && (r.oversold ?? 0) > 0);
  if (mustNotOversell.length > 0) {
    process.exitCode = 1;
    process.stderr.write(`bench: OVERSOLD by ${mustNotOversell.map((r) => `${r.system} (${r.scenario}): ${r.oversold}`).join(', ')}\n`);
  }
}

const NAIVE = 'naive check-then-write';

/** One line of the summary: a figure, what it should be, and whether it is. */
interface Target {
  target: string;
  value: string;
  goal: string;
  /** null: could not be judged (a row is missing). */
  met: boolean | null;
  note?: string;
}

const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? Math.round((a / b) * 1000) / 1000 : null);

function find(scenario: string, system: string): Run | undefined {
  return runs.find((r) => r.scenario === scenario && r.system === system);
}

/** The targets, each judged on this run's figures. */
function targets(): Target[] {
  const list: Target[] = [];
  const atLeast = (target: string, value: number | null, goal: number, note?: string) =>
    list.push({ target, value: cell(value), goal: `>= ${goal}`, met: value === null ? null : value >= goal, ...(note ? { note } : {}) });
  const hot = find('hot-show', 'houseful');
  const postgresCeiling = find('hot-show', 'ceiling-postgresjs');
  const denominator = postgresCeiling ?? find('hot-show', 'ceiling');
  atLeast(
    'hot show through HTTP / hold SQL ceiling',
    ratio(hot?.holdsPerSecond, denominator?.holdsPerSecond),
    0.5,
    postgresCeiling
      ? 'ceiling: the hold SQL alone through `postgres` (ceiling-postgresjs), the chosen driver'
      : 'ceiling: the hold SQL alone through `pg` (no ceiling-postgresjs row)',
  );

  // The naive control is not a peer: it is there to show what overselling looks like.
  const peers = runs.filter((r) => r.scenario === 'hot-show' && peerPatterns.some((p) => p.name === r.system) && r.system !== NAIVE);
  const best = peers.reduce<Run | undefined>((a, b) => ((b.holdsPerSecond ?? 0) > (a?.holdsPerSecond ?? 0) ? b : a), undefined);
  const ahead = (target: string, row: Run | undefined, note: string) =>
    list.push({
      target,
      value: `${cell(row?.holdsPerSecond)} vs ${cell(best?.holdsPerSecond)} (${cell(best?.system)}): x${cell(ratio(row?.holdsPerSecond, best?.holdsPerSecond))}`,
      goal: '> every peer',
      met: row?.holdsPerSecond == null || !best ? null : peers.every((p) => row.holdsPerSecond! > (p.holdsPerSecond ?? 0)),
      note,
    });
  ahead('hot show through HTTP ahead of every peer pattern', hot, 'Houseful through HTTP; the peers straight to the database, no HTTP');
  ahead(
    'houseful-sql ahead of every peer pattern',
    find('hot-show', 'houseful-sql'),
    "like for like: each through Houseful's database module and the `postgres` driver, no HTTP",
  );

  atLeast(
    'PGlite: hot show through HTTP / PGlite ceiling',
    ratio(find('hot-show-pglite', 'houseful')?.holdsPerSecond, find('hot-show-pglite', 'ceiling')?.holdsPerSecond),
    0.5,
    `${settings.pgliteCustomers} customers; the ceiling runs in memory in the bench process`,
  );
  atLeast(
    'seat maps / HTTP ceiling',
    ratio(
      find('browse-seat-maps', 'houseful')?.readsPerSecond as number | undefined,
      find('browse-seat-maps', 'http-ceiling')?.readsPerSecond as number | undefined,
    ),
    0.5,
    'reads/s; the ceiling serves one real 300-seat seat map from memory',
  );
  atLeast(
    'listings / HTTP ceiling',
    ratio(
      find('browse-listings', 'houseful')?.readsPerSecond as number | undefined,
      find('browse-listings', 'http-ceiling')?.readsPerSecond as number | undefined,
    ),
    0.25,
    'reads/s; the ceiling serves one real listing of the city from memory',
  );

  const steady = find('steady', 'houseful');
  const steadyP99 = steady?.p99Ms ?? null;
  list.push({
    target: `steady ${settings.steadyRate}/s: hold p99`,
    value: `${cell(steadyP99)} ms`,
    goal: '< 50 ms',
    met: steadyP99 === null ? null : steadyP99 < 50,
    ...(settings.steadyRate === 150 ? {} : { note: `the target is for 150/s; this run offered ${settings.steadyRate}/s` }),
  });
  const sweepRow = find('steady-sweep', 'houseful');
  const highest = (sweepRow?.highestRate as number | null | undefined) ?? null;
  list.push({
    target: `sweep: highest arrival rate with hold p99 < ${SWEEP_P99_LIMIT_MS} ms`,
    value: highest === null ? 'none' : `${highest}/s`,
    goal: `>= ${settings.steadyRate}/s (the steady rate)`,
    met: sweepRow ? highest !== null && highest >= settings.steadyRate : null,
    note: `rates tried: ${settings.sweepRates.join(', ')}; ${settings.sweepSeconds} s each; a rate that sheds arrivals does not count`,
  });

  const scale = runs.filter((r) => r.scenario.startsWith('scale-'));
  list.push({
    target: 'scale rows: 0 oversold',
    value: scale.map((r) => `${r.scenario} ${cell(r.oversold)}`).join(', '),
    goal: '0 each',
    met: scale.length === 0 ? null : scale.every((r) => r.oversold === 0),
  });
  const rssOf = (rows: Run[]) => rows.flatMap((r) => (Array.isArray(r.rssMiB) ? (r.rssMiB as (number | undefined)[]) : []));
  const rssTarget = (target: string, rows: Run[], note: string) => {
    const all = rssOf(rows);
    list.push({
      target,
      value:
        rows
          .map(
            (r) =>
              `${r.scenario} ${rssOf([r])
                .map((m) => cell(m))
                .join('/')}`,
          )
          .join(', ') + ' MiB',
      goal: `<= ${RSS_TARGET_MIB} MiB each`,
      met: all.length === 0 || all.some((m) => m === undefined) ? null : all.every((m) => m! <= RSS_TARGET_MIB),
      note,
    });
  };
  rssTarget('scale rows: RSS of each instance', scale, 'after the on-sale, from /proc');
  rssTarget(
    'PGlite: RSS of the instance',
    runs.filter((r) => r.scenario === 'hot-show-pglite' && r.system === 'houseful'),
    'after the on-sale, the database inside',
  );

  const oversellers = runs.filter((r) => r.system !== NAIVE && (r.oversold ?? 0) > 0);
  list.push({
    target: '0 oversold everywhere but the naive control',
    value: oversellers.length === 0 ? '0' : oversellers.map((r) => `${r.system} (${r.scenario}) ${r.oversold}`).join(', '),
    goal: '0',
    met: oversellers.length === 0,
  });
  const naive = find('hot-show', NAIVE);
  list.push({
    target: 'the naive control oversells',
    value: cell(naive?.oversold),
    goal: '> 0',
    met: naive ? (naive.oversold ?? 0) > 0 : null,
    note: 'shows the check can see overselling',
  });
  return list;
}

/** latest.json: the machine, the settings, the ratios, the targets, and every run. */
function buildReport(began: number) {
  const housefulHot = find('hot-show', 'houseful')!;
  const ceilingRow = find('hot-show', 'ceiling')!;
  const postgresCeiling = find('hot-show', 'ceiling-postgresjs');
  const pgbenchRow = find('hot-show', 'ceiling-pgbench');
  const summary = targets();
  return {
    generatedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg().map(round1) },
    settings,
    ceilingRatio: ratio(housefulHot.holdsPerSecond, ceilingRow.holdsPerSecond),
    postgresCeilingRatio: ratio(housefulHot.holdsPerSecond, postgresCeiling?.holdsPerSecond),
    pgbenchRatio: ratio(housefulHot.holdsPerSecond, pgbenchRow?.holdsPerSecond),
    housefulSqlRatio: ratio(find('hot-show', 'houseful-sql')?.holdsPerSecond, ceilingRow.holdsPerSecond),
    pgliteRatio: ratio(find('hot-show-pglite', 'houseful')?.holdsPerSecond, find('hot-show-pglite', 'ceiling')?.holdsPerSecond),
    targets: summary,
    targetsMet: summary.filter((t) => t.met === true).length,
    targetsMissed: summary.filter((t) => t.met === false).length,
    durationSeconds: round1((performance.now() - began) / 1000),
    runs,
  };
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '–';
  return String(value);
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
}

function renderReport(
  report: ReturnType<typeof buildReport>,
  hot: HotShowResult,
  pgliteHot: HotShowResult,
  sweep: SweepResult,
  best: BestAvailableResult[],
): string {
  const rows = report.runs.map((r) => {
    const notes: string[] = [];
    if (typeof r.readsPerSecond === 'number') notes.push(`${r.readsPerSecond} reads/s`);
    if (typeof r.bodyBytes === 'number') notes.push(`${r.bodyBytes} B body`);
    if (Array.isArray(r.rssMiB)) notes.push(`RSS ${r.rssMiB.map((m) => `${cell(m)} MiB`).join(', ')}`);
    if (r.scenario === 'hot-show-pglite' && typeof r.customers === 'number') notes.push(`${r.customers} customers`);
    if (typeof r.averageMs === 'number') notes.push(`avg ${r.averageMs} ms`);
    if (typeof r.seatsSold === 'number') notes.push(`${r.seatsSold}/${String(r.seatsTotal)} seats sold`);
    if (typeof r.seatsHeld === 'number') notes.push(`${r.seatsHeld} seats held`);
    if (typeof r.seatsStranded === 'number') notes.push(`${r.seatsStranded} seats left alone`);
    if (typeof r.winners === 'number') notes.push(`${r.winners} told "yours"`);
    if (typeof r.loadGeneratorCpuPercent === 'number') notes.push(`load generator ${r.loadGeneratorCpuPercent}% of a core`);
    if (r.scenario === 'steady')
      notes.push(
        `${r.abandoned} abandoned, ${r.confirmed} paid, ${(r.cancelledPending as number) + (r.cancelledConfirmed as number)} cancelled`,
      );
    if (r.scenario === 'steady-sweep')
      notes.push(
        typeof r.highestRate === 'number'
          ? `highest rate with p99 < ${SWEEP_P99_LIMIT_MS} ms: ${r.highestRate}/s (that phase's figures)`
          : `no rate had p99 < ${SWEEP_P99_LIMIT_MS} ms`,
      );
    return [
      r.scenario,
      r.system,
      cell(r.holdsPerSecond),
      cell(r.bookingsPerSecond),
      cell(r.p50Ms),
      cell(r.p99Ms),
      cell(r.oversold),
      notes.join('; '),
    ];
  });
  const out = table(['scenario', 'system', 'holds/s', 'bookings/s', 'p50 ms', 'p99 ms', 'oversold', 'notes'], rows);
  out.push('');
  out.push(
    `Hot show: ${hot.customers} customers, ${hot.seatsSold}/${hot.seatsTotal} seats sold, ` +
      (hot.soldOut ? `sold out in ${hot.lastSaleMs} ms` : `last seat sold at ${cell(hot.lastSaleMs)} ms`) +
      ` (${hot.elapsedMs} ms to the last answer)` +
      `; ${hot.confirmed} bookings confirmed.`,
  );
  const lat = (name: string, s: { p50Ms: number | null; p95Ms: number | null; p99Ms: number | null; count: number }) =>
    `${name} (${s.count}): p50 ${cell(s.p50Ms)} / p95 ${cell(s.p95Ms)} / p99 ${cell(s.p99Ms)} ms`;
  out.push(`Hold latency: ${lat('granted', hot.held)}; ${lat('refused', hot.refused)}; ${lat('payments', hot.payments)}.`);
  const [open, strict] = best;
  if (open && strict) {
    out.push(
      `Best available: ${open.customers} customers asking for the best 1-4 seats; rule against lone seats off: ` +
        `${open.holdsPerSecond} holds/s, ${open.seatsSold}/${open.seatsTotal} sold, ${open.seatsStranded} left alone; on: ` +
        `${strict.holdsPerSecond} holds/s (${cell(ratio(strict.holdsPerSecond, open.holdsPerSecond))} of off), ` +
        `${strict.seatsSold}/${strict.seatsTotal} sold, ${strict.seatsStranded} left alone; ` +
        `${open.notAdjacent + strict.notAdjacent} blocks not adjacent.`,
    );
  }
  out.push(
    `PGlite hot show: ${pgliteHot.customers} customers (signed up through the API), ${pgliteHot.seatsSold}/${pgliteHot.seatsTotal} seats sold, ` +
      `${pgliteHot.confirmed} bookings confirmed; ${lat('granted', pgliteHot.held)}; ${lat('refused', pgliteHot.refused)}.`,
  );
  out.push(
    `Ceiling ratio (Houseful end to end over its hold SQL alone through pg): ${cell(report.ceilingRatio)}; ` +
      `through postgres: ${cell(report.postgresCeilingRatio)}; over pgbench: ${cell(report.pgbenchRatio)}; ` +
      `Houseful's hold transaction through pg over the pg ceiling: ${cell(report.housefulSqlRatio)}; PGlite: ${cell(report.pgliteRatio)}.`,
  );
  out.push('');
  out.push(`Steady sweep (hold p99 limit ${sweep.p99LimitMs} ms, ${settings.sweepSeconds} s per rate):`);
  out.push(
    ...table(
      ['arrivals/s', 'holds/s', 'bookings/s', 'p50 ms', 'p95 ms', 'p99 ms', 'shed', 'oversold', 'under limit'],
      sweep.phases.map((p) => [
        String(p.rate),
        String(p.result.holdsPerSecond),
        String(p.result.bookingsPerSecond),
        cell(p.result.holds.p50Ms),
        cell(p.result.holds.p95Ms),
        cell(p.result.holds.p99Ms),
        String(p.result.shed),
        String(Math.max(p.result.oversold, p.result.oversoldInDatabase)),
        p.withinLimit ? 'yes' : 'no',
      ]),
    ),
  );
  out.push(`Highest rate with hold p99 < ${sweep.p99LimitMs} ms: ${sweep.highestRate === null ? 'none' : `${sweep.highestRate}/s`}.`);
  out.push('');
  out.push(`Targets (${report.targetsMet} met, ${report.targetsMissed} missed):`);
  out.push(
    ...table(
      ['target', 'value', 'goal', 'result', 'note'],
      report.targets.map((t) => [t.target, t.value, t.goal, t.met === null ? 'n/a' : t.met ? 'met' : 'MISSED', t.note ?? '']),
    ),
  );
  return `${out.join('\n')}\n`;
}

main()
  .catch((error: unknown) => {
    process.exitCode = 1;
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  })
  .finally(() => cleanUp());
