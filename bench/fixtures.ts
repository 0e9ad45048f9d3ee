// What every benchmark scenario shares: its own database on the server, Houseful processes,
// the catalogue, customers made straight in the database, an HTTP client with a bounded
// connection pool, and latency figures.
import { pino } from 'pino';
import { SessionCache } from '../src/accounts/session-cache.ts';
import { loadConfig } from '../src/config.ts';
import type { Context } from '../src/context.ts';
import type { Database } from '../src/db/database.ts';
import { systemClock } from '../src/domain/clock.ts';
import { TestGateway } from '../src/gateways/test-gateway.ts';
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { startServerProcess, type ServerProcess } from '../scripts/server-process.ts';

export const ADMIN_EMAIL = 'bench-admin@example.com';
export const ADMIN_PASSWORD = 'bench-admin-password';
/** The test gateway's card that always succeeds; the expiry only has to lie in the future. */
export const TEST_CARD = { method: 'credit_card', card: { number: '4242424242424242', expiry: '12/35', cvv: '123' } } as const;

// ---------------------------------------------------------------------------------------------
// The bench's own database

export function serverUrl(): string {
  return process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrlFor(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** CREATE DATABASE houseful_bench_<random>; Houseful migrates it when the first instance starts. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const server = serverUrl();
  const name = `houseful_bench_${randomBytes(5).toString('hex')}`;
  const maintenance = databaseUrlFor(server, 'postgres');
  const admin = new pg.Client({ connectionString: maintenance });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  // One drop however many callers ask (an interrupt and the normal ending can race), each
  // waiting for it to finish.
  let dropping: Promise<void> | undefined;
  const dropOnce = async () => {
    const client = new pg.Client({ connectionString: maintenance });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
  return {
    name,
    url: databaseUrlFor(server, name),
    drop: () => (dropping ??= dropOnce()),
  };
}

// ---------------------------------------------------------------------------------------------
// Houseful processes

export interface HousefulInstance {
  server: ServerProcess;
  pid: number;
}

export async function startHouseful(
  databaseUrl: string,
  poolSize: number,
  holdTtlSeconds: number,
  nodeArgs: readonly string[] = [],
): Promise<HousefulInstance> {
  const server = await startServerProcess(
    {
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(poolSize),
      HOLD_TTL_SECONDS: String(holdTtlSeconds),
      RATE_LIMIT_PER_MINUTE: '0',
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
    },
    120_000,
    nodeArgs,
  );
  const pid = server.child.pid;
  if (pid === undefined) throw new Error('Houseful process has no pid');
  return { server, pid };
}

/** Resident memory of a process in MiB, from /proc (Linux); undefined elsewhere. */
export async function residentMiB(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kib === undefined ? undefined : Math.round(Number(kib) / 1024);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP: one keep-alive pool for the whole bench, so "thousands arriving at once" queue in the
// client as they would in front of a real load balancer.

export interface HttpReply {
  status: number;
  body: unknown;
  ms: number;
}

export class HttpClient {
  private readonly agent: http.Agent;
  constructor(readonly maxConnections: number) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: maxConnections, maxFreeSockets: maxConnections });
  }

  request(
    method: string,
    url: string,
    options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
  ): Promise<HttpReply> {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = { ...options.headers };
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const req = http.request(url, { method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Runs fn over every item with at most `concurrency` in flight; items are taken in order. */
export async function forEachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

// ---------------------------------------------------------------------------------------------
// Catalogue (through the admin API) and customers (straight into the database)

export interface Seat {
  id: string;
  row: number;
  number: number;
}

export interface Catalogue {
  cityId: string;
  hotHallId: string;
  /** Seats of the hot hall, the same ids in every show of that hall. */
  hotSeats: Seat[];
  /** Shows in the hot hall, one per run that needs a fresh on-sale. */
  hotShowIds: string[];
  /** Shows for the steady and browse scenarios. */
  steadyShowIds: string[];
  steadySeats: Seat[];
}

export const HALL_ROWS = 15;
export const SEATS_PER_ROW = 20; // 15 x 20 = the 300-seat hall of the issue

/** The bench's hall: rows A-O of 20 seats, regular, then premium, then vip. */
export function hallRows(): { label: string; seatType: 'regular' | 'premium' | 'vip'; seats: number }[] {
  return Array.from({ length: HALL_ROWS }, (_, i) => ({
    label: String.fromCharCode(65 + i),
    seatType: i < 10 ? 'regular' : i < 13 ? 'premium' : 'vip',
    seats: SEATS_PER_ROW,
  }));
}

async function ok(reply: Promise<HttpReply>): Promise<{ id: string }> {
  const r = await reply;
  if (r.status !== 201) throw new Error(`catalogue setup failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as { id: string };
}

export async function adminToken(client: HttpClient, base: string): Promise<string> {
  const reply = await client.request('POST', `${base}/api/sessions`, { body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  if (reply.status !== 201) throw new Error(`admin sign-in failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return (reply.body as { token: string }).token;
}

export async function createCatalogue(
  client: HttpClient,
  base: string,
  token: string,
  options: { hotShows: number; steadyShows: number },
): Promise<Catalogue> {
  const post = (path: string, body: unknown) => ok(client.request('POST', `${base}${path}`, { body, token }));
  const city = await post('/api/admin/cities', { name: 'Mumbai', state: 'Maharashtra' });
  const cinema = await post('/api/admin/cinemas', { cityId: city.id, name: 'Bench Multiplex', address: 'Lower Parel' });
  const rows = hallRows();
  const hotHall = await post('/api/admin/halls', { cinemaId: cinema.id, name: 'Screen 1', rows });
  const steadyHall = await post('/api/admin/halls', { cinemaId: cinema.id, name: 'Screen 2', rows });
  const movie = await post('/api/admin/movies', { title: 'Opening Night', durationMinutes: 150, language: 'Hindi', genre: 'Drama' });
  const prices = { regular: 25_000, premium: 40_000, vip: 60_000 };
  const day = Date.now() + 24 * 3_600_000;
  const showsIn = async (hallId: string, count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const startsAt = new Date(day + i * 3 * 3_600_000).toISOString();
      ids.push((await post('/api/admin/shows', { movieId: movie.id, hallId, startsAt, prices })).id);
    }
    return ids;
  };
  const hotShowIds = await showsIn(hotHall.id, options.hotShows);
  const steadyShowIds = await showsIn(steadyHall.id, options.steadyShows);
  const seatsOf = async (showId: string): Promise<Seat[]> => {
    const reply = await client.request('GET', `${base}/api/shows/${showId}/seats`);
    const seats = (reply.body as { seats: { id: string; row: string; number: number }[] }).seats;
    return seats.map((s) => ({ id: s.id, row: s.row.charCodeAt(0) - 65, number: s.number }));
  };
  return {
    cityId: city.id,
    hotHallId: hotHall.id,
    hotSeats: await seatsOf(hotShowIds[0]!),
    hotShowIds,
    steadyShowIds,
    steadySeats: steadyShowIds.length > 0 ? await seatsOf(steadyShowIds[0]!) : [],
  };
}

export interface Customer {
  userId: string;
  token: string;
}

/**
 * Customers with live sessions, written straight into the database: a sign-up hashes the
 * password with argon2 (about 20 ms of CPU each), which for thousands would take minutes.
 * The session row is exactly what POST /api/sessions writes: sha256 of a random token.
 */
export async function createCustomers(pool: pg.Pool, count: number): Promise<Customer[]> {
  const customers: Customer[] = [];
  const batch = 2_000;
  for (let start = 0; start < count; start += batch) {
    const part = Array.from({ length: Math.min(batch, count - start) }, () => ({
      userId: `usr_bench_${randomBytes(12).toString('base64url')}`,
      token: randomBytes(32).toString('base64url'),
    }));
    await pool.query(
      `INSERT INTO users (id, name, email, password_hash)
       SELECT id, 'Bench customer', id || '@example.com', 'not-a-password-hash' FROM unnest($1::text[]) AS id`,
      [part.map((c) => c.userId)],
    );
    await pool.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at)
       SELECT hash, id, now() + interval '1 day' FROM unnest($1::text[], $2::text[]) AS t (hash, id)`,
      [part.map((c) => createHash('sha256').update(c.token).digest('hex')), part.map((c) => c.userId)],
    );
    customers.push(...part);
  }
  return customers;
}

/**
 * Customers made through the API, as a real customer is: sign up (POST /api/users), then sign in
 * (POST /api/sessions). Two argon2 computations each on the server, so a few at a time: for a
 * server whose database the bench cannot reach (the embedded PGlite inside the server process).
 */
export async function signUpCustomers(client: HttpClient, base: string, count: number, concurrency = 4): Promise<Customer[]> {
  const run = randomBytes(4).toString('hex');
  const customers: Customer[] = new Array<Customer>(count);
  const password = 'bench-customer-password';
  await forEachConcurrently(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    async (i) => {
      const email = `bench-${run}-${i}@example.com`;
      const made = await client.request('POST', `${base}/api/users`, { body: { name: 'Bench customer', email, password } });
      if (made.status !== 201) throw new Error(`sign-up failed: ${made.status} ${JSON.stringify(made.body)}`);
      const session = await client.request('POST', `${base}/api/sessions`, { body: { email, password } });
      if (session.status !== 201) throw new Error(`sign-in failed: ${session.status} ${JSON.stringify(session.body)}`);
      customers[i] = { userId: (made.body as { id: string }).id, token: (session.body as { token: string }).token };
    },
  );
  return customers;
}

// ---------------------------------------------------------------------------------------------
// Seat requests: the same seeded list for every system, so each runs on the same data.

/** mulberry32: a small seeded generator, so every system sees the same customers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each customer wants 1-4 neighbouring seats in one row, as people sitting together do. */
export function seatRequests(seats: readonly Seat[], count: number, seed: number): string[][] {
  const random = seededRandom(seed);
  const byPlace = new Map(seats.map((s) => [`${s.row}:${s.number}`, s.id]));
  return Array.from({ length: count }, () => {
    const size = 1 + Math.floor(random() * 4);
    const row = Math.floor(random() * HALL_ROWS);
    const first = 1 + Math.floor(random() * (SEATS_PER_ROW - size + 1));
    return Array.from({ length: size }, (_, i) => byPlace.get(`${row}:${first + i}`)!);
  });
}

// ---------------------------------------------------------------------------------------------
// Figures

export interface LatencySummary {
  count: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
}

export function summarise(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) return { count: 0, p50Ms: null, p95Ms: null, p99Ms: null };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => round1(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);
  return { count: sorted.length, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99) };
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function perSecond(count: number, ms: number): number {
  return ms > 0 ? Math.round((count * 1000) / ms) : 0;
}

/**
 * Seats told "yours" that the database does not give to that booking: after a correct run
 * every winner's seats carry the winner's booking id; a later writer overwrites an earlier one.
 */
export async function oversoldInDatabase(
  pool: pg.Pool,
  showId: string,
  winners: { bookingId: string; seatIds: string[] }[],
): Promise<number> {
  const rows = (
    await pool.query<{ seat_id: string; booking_id: string | null }>('SELECT seat_id, booking_id FROM show_seats WHERE show_id = $1', [
      showId,
    ])
  ).rows;
  const owner = new Map(rows.map((r) => [r.seat_id, r.booking_id]));
  let wrong = 0;
  for (const winner of winners) for (const seat of winner.seatIds) if (owner.get(seat) !== winner.bookingId) wrong++;
  return wrong;
}

/** Seats of a show sold (held or booked) in the database. */
export async function seatsTaken(pool: pg.Pool, showId: string): Promise<{ held: number; booked: number }> {
  const row = (
    await pool.query<{ held: number; booked: number }>(
      `SELECT count(*) FILTER (WHERE status = 'held')::int AS held, count(*) FILTER (WHERE status = 'booked')::int AS booked
       FROM show_seats WHERE show_id = $1`,
      [showId],
    )
  ).rows[0]!;
  return row;
}

/** Progress on stderr, so the table on stdout stays clean. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/**
 * The rules' context for a bench that calls them in its own process: limits off, as the bench's
 * Houseful processes run (RATE_LIMIT_PER_MINUTE=0, so no new-account cap), nothing logged.
 */
export function benchContext(db: Database): Context {
  const config = loadConfig({ SEED_DEMO: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' });
  return { db, clock: systemClock, config, gateway: new TestGateway(db), log: pino({ level: 'silent' }), sessions: new SessionCache() };
}
