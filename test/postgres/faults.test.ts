// Faults under load, on real PostgreSQL: an instance killed mid-payment, the database
// restarted, a server with no connection slot left, a slow gateway. After each, every invariant
// holds and nothing a customer was told is lost.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../scripts/server-process.ts';
import { Api } from '../support/api.ts';
import { freshDatabase, postgresAvailable } from '../support/app.ts';
import { brokenInvariants, unsettledPayments } from '../support/invariants.ts';
import { waitUntil } from '../support/wait.ts';
import { runLoad, type LoadAnswer, type LoadRecord } from '../support/load.ts';
import { ownPostgresAvailable, startOwnPostgres, type OwnPostgres } from '../support/own-postgres.ts';
import { testPool } from '../support/postgres.ts';

const faultEnv = {
  ADMIN_EMAIL: 'admin@example.com',
  ADMIN_PASSWORD: 'admin-password',
  HOLD_TTL_SECONDS: '2', // holds lapse while payments are in flight
  SWEEP_INTERVAL_SECONDS: '1',
  PAYMENT_RECOVERY_AFTER_SECONDS: '2',
  TEST_GATEWAY_DELAY_MS: '150', // a window between charge and confirm for a kill to land in
  DATABASE_POOL_SIZE: '8',
};

/** Waits up to 30 s for a state of the database or a server; a check that throws counts as not yet. */
const until = (what: string, check: () => Promise<boolean>) => waitUntil(() => check().catch(() => false), 30_000, what);

async function setUp(api: Api) {
  const admin = (await api.post('/api/sessions', { email: 'admin@example.com', password: 'admin-password' })).body.token;
  const { show, seats } = await api.scenario(admin, { rows: ['A', 'B', 'C'].map((label) => ({ label, seatType: 'regular', seats: 12 })) });
  const customers = await Promise.all(Array.from({ length: 16 }, (_, i) => api.customer(`Load${i}`)));
  return { show, seats: seats.map((s) => s.id), customers };
}

/** Nothing a customer was told is lost: confirmed stays confirmed unless they asked to cancel. */
async function lostConfirmations(db: pg.Pool, record: LoadRecord): Promise<string[]> {
  const rows = (
    await db.query<{ id: string; status: string }>('SELECT id, status FROM bookings WHERE id = ANY($1::text[])', [[...record.confirmed]])
  ).rows;
  const status = new Map(rows.map((r) => [r.id, r.status]));
  return [...record.confirmed].filter(
    (id) => !(status.get(id) === 'confirmed' || (status.get(id) === 'cancelled' && record.cancelAsked.has(id))),
  );
}

/** A load against one instance whose every answer is kept, in order; `finish` stops it and gives its record. */
function recordedLoad(url: string, setting: Awaited<ReturnType<typeof setUp>>) {
  const answers: LoadAnswer[] = [];
  const stop = new AbortController();
  const load = runLoad({
    urls: () => [url],
    customers: setting.customers,
    showId: setting.show.id,
    seatIds: setting.seats,
    stop: stop.signal,
    onAnswer: (answer) => answers.push(answer),
  });
  const finish = () => {
    stop.abort();
    return load;
  };
  return { answers, finish };
}

const is503Problem = (a: LoadAnswer) => a.status === 503 && a.contentType.startsWith('application/problem+json');

const summary = (a: LoadAnswer) => `${a.status} ${a.contentType} ${a.retryAfter} ${JSON.stringify(a.body).slice(0, 200)}`;

/**
 * A PostgreSQL server of the enclosing describe's own, with `maxConnections` slots, and the test's
 * one connection to it, opened before any Houseful takes the rest and kept; the Houseful instance
 * the test starts is killed after it.
 */
function ownServerSetting(settings: { maxConnections?: number } = {}) {
  const setting = {} as { server: OwnPostgres; pool: pg.Pool; houseful?: ServerProcess };
  beforeAll(async () => {
    if (!(await ownPostgresAvailable())) throw new Error("PostgreSQL server binaries are needed for a server of the test's own");
    setting.server = await startOwnPostgres(settings);
    setting.pool = testPool(setting.server.url, 1, { keepIdle: true });
    await setting.pool.query('SELECT 1');
  });
  afterAll(async () => {
    await setting.houseful?.kill();
    await setting.pool?.end();
    await setting.server?.stop();
  });
  return setting;
}

describe.skipIf(!postgresAvailable())('an instance killed with SIGKILL in the middle of holds and payments', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let pool: pg.Pool;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    database = await freshDatabase('postgres');
    pool = testPool(database.url, 2);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await pool.end();
    await database.dispose();
  });

  it('loses nothing: recovery confirms or refunds every charge and every invariant holds', async () => {
    const env = { ...faultEnv, DATABASE_URL: database.url! };
    const [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    servers.push(a!, b!);
    let live = [a!.url, b!.url];
    const { show, seats, customers } = await setUp(new Api(b!.url));

    const stop = new AbortController();
    const answeredBy = new Map<string, number>(); // 2xx answers per server
    const load = runLoad({
      urls: () => live,
      customers,
      showId: show.id,
      seatIds: seats,
      stop: stop.signal,
      onAnswer: (answer) => {
        if (answer.status >= 200 && answer.status < 300) answeredBy.set(answer.url, (answeredBy.get(answer.url) ?? 0) + 1);
      },
    });
    // Let payments get under way, then kill one instance without warning.
    await until('payments in flight', async () => (await pool.query("SELECT 1 FROM payments WHERE status = 'pending'")).rowCount! > 0);
    await a!.kill();
    live = [b!.url];
    await until(
      'more confirmations on the survivor',
      async () => (await pool.query("SELECT 1 FROM bookings WHERE status = 'confirmed'")).rowCount! > 3,
    );
    const restarted = await startServerProcess(env);
    servers.push(restarted);
    live = [b!.url, restarted.url];
    await until('the restarted instance serving customers', async () => (answeredBy.get(restarted.url) ?? 0) >= 20);
    stop.abort();
    const record = await load;

    expect(record.networkErrors).toBeGreaterThan(0); // the kill really cut requests off
    expect(record.statuses.get(500) ?? 0).toBe(0);
    expect(record.confirmed.size).toBeGreaterThan(0);
    await until('recovery to settle every payment', async () => (await unsettledPayments(pool)) === 0);
    expect(await brokenInvariants(pool)).toEqual([]);
    expect(await lostConfirmations(pool, record)).toEqual([]);
  });
});

describe.skipIf(!postgresAvailable())('PostgreSQL restarted under load', () => {
  const own = ownServerSetting();

  it('fails requests cleanly while it is down, recovers by itself, and loses nothing', async () => {
    const houseful = (own.houseful = await startServerProcess({ ...faultEnv, DATABASE_URL: own.server.url }));
    const { server, pool } = own;
    const setting = await setUp(new Api(houseful.url));
    const { customers } = setting;

    // The outage: from the moment PostgreSQL has stopped until it is asked to start again.
    let downAt = Infinity;
    let upAt = Infinity;
    const whileDown = () => answers.filter((a) => a.sentAt >= downAt && a.answeredAt <= upAt);
    const afterRestart = () => answers.filter((a) => a.sentAt >= upAt);
    const customersIn = (list: LoadAnswer[]) => new Set(list.map((a) => a.customer)).size;

    const { answers, finish } = recordedLoad(houseful.url, setting);
    await until(
      'confirmations before the restart',
      async () => (await pool.query("SELECT 1 FROM bookings WHERE status = 'confirmed'")).rowCount! > 2,
    );
    await server.restart(async () => {
      downAt = Date.now();
      // Keep it down until every customer has sent a request and had it answered during the outage.
      await until('every customer answered while PostgreSQL is down', async () => customersIn(whileDown()) === customers.length);
      upAt = Date.now();
    });
    await until(
      'readiness after the restart',
      async () => (await fetch(`${houseful.url}/readyz`, { signal: AbortSignal.timeout(3_000) })).status === 200,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${houseful.output().slice(-3_000)}`);
    });
    await until(
      'a 2xx for every customer after the restart',
      async () => customersIn(afterRestart().filter((a) => a.status >= 200 && a.status < 300)) === customers.length,
    );
    const confirmedBefore = (
      await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM bookings WHERE status IN ('confirmed', 'cancelled')")
    ).rows[0]!.n;
    await until(
      'new confirmations after the restart',
      async () =>
        (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM bookings WHERE status IN ('confirmed', 'cancelled')")).rows[0]!.n >
        confirmedBefore,
    );
    const record = await finish();

    const isProblem503 = (a: LoadAnswer) => is503Problem(a) && typeof (a.body as { type?: unknown } | undefined)?.type === 'string';
    // While it was down, every answer was a 503 problem, and there were some.
    expect(
      whileDown()
        .filter((a) => !isProblem503(a))
        .map(summary),
    ).toEqual([]);
    expect(whileDown().filter(isProblem503).length).toBeGreaterThan(0);
    // No other 5xx at any time, and every 503 is a problem with a type.
    expect(answers.filter((a) => a.status >= 500 && !isProblem503(a)).map(summary)).toEqual([]);
    // Every customer got a 2xx after the restart.
    expect(customersIn(afterRestart().filter((a) => a.status >= 200 && a.status < 300))).toBe(customers.length);
    expect(record.networkErrors).toBe(0); // Houseful itself stayed up and answered every request
    expect(houseful.child.exitCode).toBeNull(); // the server survived the restart
    await until('recovery to settle every payment', async () => (await unsettledPayments(pool)) === 0);
    expect(await brokenInvariants(pool)).toEqual([]);
    expect(await lostConfirmations(pool, record)).toEqual([]);
  });
});

describe.skipIf(!postgresAvailable())('a PostgreSQL server with no connection slot left', () => {
  // Fewer slots than the test's connection, the pool's 8 and the LISTEN one: the pool is refused some ("too many clients").
  const own = ownServerSetting({ maxConnections: 6 });

  it('serves on the connections it could open, never answers 500 for those refused, and loses nothing', async () => {
    const houseful = (own.houseful = await startServerProcess({ ...faultEnv, DATABASE_URL: own.server.url }));
    const setting = await setUp(new Api(houseful.url));

    const { answers, finish } = recordedLoad(houseful.url, setting);
    await until('the server to refuse Houseful a connection', async () => houseful.output().includes('the database refused a connection'));
    const refusedAt = Date.now();
    const later = () => answers.filter((a) => a.sentAt >= refusedAt);
    await until('confirmations after a refusal', async () =>
      later().some((a) => a.status === 200 && (a.body as { status?: string } | undefined)?.status === 'confirmed'),
    );
    await until(
      'answers for every customer after a refusal',
      async () => new Set(later().map((a) => a.customer)).size === setting.customers.length,
    );
    const record = await finish();

    // No 5xx but a 503 problem that says when to come back.
    expect(answers.filter((a) => a.status >= 500 && !(is503Problem(a) && a.retryAfter !== null)).map(summary)).toEqual([]);
    expect(record.networkErrors).toBe(0);
    await until('recovery to settle every payment', async () => (await unsettledPayments(own.pool)) === 0);
    expect(await brokenInvariants(own.pool)).toEqual([]);
    expect(await lostConfirmations(own.pool, record)).toEqual([]);
  });
});
