// Browsing reads from a real streaming replica (DATABASE_READ_URL): a PostgreSQL server of the
// test's own and a hot standby made from it with `pg_basebackup -R`, two Houseful processes on
// them. The replica serves browsing (its own table statistics count the scans); with its replay
// paused, a customer holding and paying through one instance sees their seats and booking through
// both; a replica far behind, then one stopped, is not used and browsing goes on from the primary.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../../scripts/server-process.ts';
import type { Api } from '../support/api.ts';
import { postgresAvailable } from '../support/app.ts';
import { ownPostgresAvailable, startOwnPostgres, type OwnPostgres, type OwnPostgresWithBackups } from '../support/own-postgres.ts';
import { testPool } from '../support/postgres.ts';
import { startTwoInstances } from '../support/two-instances.ts';
import { waitUntil } from '../support/wait.ts';

const missing = (await ownPostgresAvailable()) ? undefined : 'no PostgreSQL server binaries under /usr/lib/postgresql';
const required = process.env.HOUSEFUL_REQUIRE_POSTGRES === '1';
if (missing && !required && postgresAvailable()) console.warn(`\n*** Read replica test SKIPPED: ${missing}. ***\n`);

const METRICS_TOKEN = 'read-replica-metrics-token';
/** The longest a change made through one instance may stay unseen on the other (docs/design.md, "Reads from memory"). */
const STALENESS_BOUND_MS = 1_000;
const CARD = { method: 'credit_card', card: { number: '4242424242424242', expiry: '12/30', cvv: '123' } };

type Seat = { id: string; status: string };

describe.skipIf(!postgresAvailable() || (missing !== undefined && !required))('browsing reads from a streaming replica', () => {
  let primary: OwnPostgresWithBackups | undefined;
  let standby: OwnPostgres | undefined;
  let servers: ServerProcess[] = [];
  let apis: Api[];
  let admin: string;
  let onPrimary: pg.Pool;
  let onStandby: pg.Pool;

  beforeAll(async () => {
    if (missing) throw new Error(`HOUSEFUL_REQUIRE_POSTGRES=1 but ${missing}`);
    primary = await startOwnPostgres();
    standby = await primary.startStandby();
    onPrimary = testPool(primary.url, 2);
    onStandby = testPool(standby.url, 2);
    ({ servers, apis, admin } = await startTwoInstances(primary.url, {
      DATABASE_READ_URL: standby.url,
      DATABASE_POOL_SIZE: '4',
      METRICS_TOKEN,
    }));
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await onPrimary?.end();
    await onStandby?.end();
    await standby?.stop();
    await primary?.stop();
  });

  const [A, B] = [0, 1];

  /** Bytes of WAL the standby has not replayed yet: what the primary has written less what the standby has applied. */
  async function replayLag(): Promise<number> {
    const written = (await onPrimary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0]!.lsn;
    const replayed = (await onStandby.query<{ lsn: string }>('SELECT pg_last_wal_replay_lsn()::text AS lsn')).rows[0]!.lsn;
    const diff = await onPrimary.query<{ bytes: string }>('SELECT pg_wal_lsn_diff($1::pg_lsn, $2::pg_lsn)::text AS bytes', [
      written,
      replayed,
    ]);
    return Number(diff.rows[0]!.bytes);
  }

  /** Scans of the browsing tables that the standby itself ran: only reads sent to it make them. */
  async function standbyScans(): Promise<number> {
    const { rows } = await onStandby.query<{ scans: string }>(
      `SELECT coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0)::text AS scans FROM pg_stat_user_tables
        WHERE relname IN ('cities', 'cinemas', 'movies', 'halls', 'shows', 'show_seats', 'seats')`,
    );
    return Number(rows[0]!.scans);
  }

  /** Browsing statements instance i sent to the replica and to the primary, by its own count. */
  async function browsingReads(i: number): Promise<{ replica: number; primary: number }> {
    const body = (await apis[i]!.request('GET', '/metrics', { token: METRICS_TOKEN })).body as string;
    const count = (source: string) =>
      Number(new RegExp(`houseful_browsing_reads_total\\{source="${source}"\\} (\\d+)`).exec(body)?.[1] ?? 0);
    return { replica: count('replica'), primary: count('primary') };
  }

  /** Browses a show as a visitor does, through instance i; every answer must be 200. */
  async function browse(i: number, cityId: string, showId: string): Promise<void> {
    for (const path of [
      '/api/cities',
      `/api/cities/${cityId}/cinemas`,
      `/api/cities/${cityId}/movies`,
      `/api/shows?cityId=${cityId}`,
      `/api/shows/${showId}`,
      `/api/shows/${showId}/seats`,
    ]) {
      const reply = await apis[i]!.get(path);
      expect(reply.status, path).toBe(200);
    }
  }

  const seatStatuses = async (i: number, showId: string, seatIds: readonly string[]) =>
    ((await apis[i]!.get(`/api/shows/${showId}/seats`)).body.seats as Seat[]).filter((s) => seatIds.includes(s.id)).map((s) => s.status);

  const myBookings = async (i: number, token: string) =>
    ((await apis[i]!.get('/api/bookings', token)).body as { id: string; status: string }[]).map((b) => [b.id, b.status]);

  /** Reads until `check` holds; the ms it took. */
  async function msUntil(check: () => Promise<boolean>, what: string): Promise<number> {
    const since = performance.now();
    await waitUntil(async () => (await check()) || undefined, 5 * STALENESS_BOUND_MS, what);
    return performance.now() - since;
  }

  it('serves browsing reads from the replica', async () => {
    const { city, show } = await apis[A]!.scenario(admin);
    const scansBefore = await standbyScans();
    // Cities, cinemas and movies are never kept in memory, seat maps, shows and listings only
    // briefly: each pass reads the database, the replica once a poll has found it caught up.
    await waitUntil(
      async () => {
        await browse(B, city.id, show.id);
        return (await browsingReads(B)).replica >= 20 || undefined;
      },
      20_000,
      'browsing reads on the replica',
    );
    // The standby's own statistics agree: it ran them (its counters reach the view within seconds).
    await waitUntil(async () => (await standbyScans()) > scansBefore || undefined, 30_000, 'scans counted by the standby');
    console.log(`replica: ${JSON.stringify(await browsingReads(B))} browsing statements on B; replay lag ${await replayLag()} bytes`);
  });

  it('with replay paused, shows a customer the seats they held and paid for, and their booking, through both instances', async () => {
    const { show, seats } = await apis[A]!.scenario(admin);
    const seatIds = [seats[0]!.id, seats[1]!.id];
    // B reads the show before the pause; the standby has it when replay stops.
    expect(await seatStatuses(B, show.id, seatIds)).toEqual(['available', 'available']);
    await waitUntil(
      async () => ((await onStandby.query('SELECT 1 FROM shows WHERE id = $1', [show.id])).rowCount ?? 0) > 0 || undefined,
      10_000,
      'the standby to replay the new show',
    );
    await onStandby.query('SELECT pg_wal_replay_pause()');
    await waitUntil(
      async () => (await onStandby.query<{ state: string }>('SELECT pg_get_wal_replay_pause_state() AS state')).rows[0]!.state === 'paused',
      10_000,
      'replay to pause',
    );

    const customer = await apis[A]!.customer('Paused');
    const hold = await apis[A]!.post('/api/bookings', { showId: show.id, seatIds }, customer.token);
    expect(hold.status).toBe(201);
    const afterHold = await replayLag();
    expect(afterHold).toBeGreaterThan(0);
    console.log(`replica paused: ${afterHold} bytes of WAL not replayed after the hold`);
    // On the instance that took the hold, at once; on the other, once its seat notice arrives.
    expect(await seatStatuses(A, show.id, seatIds)).toEqual(['held', 'held']);
    expect(await myBookings(A, customer.token)).toEqual([[hold.body.id, 'pending']]);
    expect(await myBookings(B, customer.token)).toEqual([[hold.body.id, 'pending']]);
    const seenHeld = await msUntil(async () => (await seatStatuses(B, show.id, seatIds)).every((s) => s === 'held'), 'the hold on B');
    expect(seenHeld).toBeLessThan(STALENESS_BOUND_MS);

    const paid = await apis[A]!.post(`/api/bookings/${hold.body.id}/payment`, CARD, customer.token, {
      'Idempotency-Key': `pay-${hold.body.id}`,
    });
    expect(paid.status).toBe(200);
    expect(await seatStatuses(A, show.id, seatIds)).toEqual(['booked', 'booked']);
    expect(await myBookings(A, customer.token)).toEqual([[hold.body.id, 'confirmed']]);
    expect(await myBookings(B, customer.token)).toEqual([[hold.body.id, 'confirmed']]);
    const seenBooked = await msUntil(
      async () => (await seatStatuses(B, show.id, seatIds)).every((s) => s === 'booked'),
      'the booking on B',
    );
    expect(seenBooked).toBeLessThan(STALENESS_BOUND_MS);

    // The replica still has the seats free; neither instance ever shows them so again.
    const onReplica = await onStandby.query<{ status: string }>(
      'SELECT status FROM show_seats WHERE show_id = $1 AND seat_id = ANY($2::text[])',
      [show.id, seatIds],
    );
    expect(onReplica.rows.map((row) => row.status)).toEqual(['available', 'available']);
    const until = performance.now() + 2 * STALENESS_BOUND_MS;
    while (performance.now() < until) {
      expect(await seatStatuses(A, show.id, seatIds)).toEqual(['booked', 'booked']);
      expect(await seatStatuses(B, show.id, seatIds)).toEqual(['booked', 'booked']);
      expect(await myBookings(B, customer.token)).toEqual([[hold.body.id, 'confirmed']]);
    }
    console.log(`replica paused: ${await replayLag()} bytes of WAL not replayed after the payment`);
  });

  it('with replay paused for long, browses from the primary; resumed, from the replica again', async () => {
    // Replay is still paused: a city, cinema and show made now exist on the primary only.
    const { city, show } = await apis[A]!.scenario(admin);
    expect((await onStandby.query('SELECT 1 FROM shows WHERE id = $1', [show.id])).rowCount).toBe(0);
    await waitUntil(
      async () => (await apis[B]!.get('/api/cities')).body.some((c: { id: string }) => c.id === city.id) || undefined,
      5 * STALENESS_BOUND_MS,
      'the new city on B',
    );
    const before = await browsingReads(B);
    for (let pass = 0; pass < 5; pass++) {
      await browse(B, city.id, show.id);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const after = await browsingReads(B);
    expect(after.replica).toBe(before.replica);
    expect(after.primary).toBeGreaterThan(before.primary);
    expect(servers[B]!.output()).toMatch(
      /read replica 127\.0\.0\.1:\d+\/postgres not used, reads go to the primary: behind the primary by \d+ bytes/,
    );
    console.log(
      `replica paused for long: ${await replayLag()} bytes of WAL not replayed; B read ${after.primary - before.primary} statements from the primary`,
    );

    await onStandby.query('SELECT pg_wal_replay_resume()');
    await waitUntil(
      async () => {
        await browse(B, city.id, show.id);
        return (await browsingReads(B)).replica > after.replica || undefined;
      },
      20_000,
      'browsing reads on the resumed replica',
    );
    expect((await apis[B]!.get(`/api/shows/${show.id}/seats`)).status).toBe(200);
    console.log(`replica resumed: replay lag ${await replayLag()} bytes`);
  });

  it('goes on browsing from the primary when the replica stops, with no error', async () => {
    const { city, show, seats } = await apis[A]!.scenario(admin);
    await standby!.stop();
    const until = performance.now() + 3_000;
    while (performance.now() < until) {
      await browse(B, city.id, show.id);
      await browse(A, city.id, show.id);
    }
    expect(servers[B]!.output()).toMatch(/read replica 127\.0\.0\.1:\d+\/postgres not used, reads go to the primary/);
    const customer = await apis[A]!.customer('Stopped');
    expect((await apis[A]!.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token)).status).toBe(201);
    await msUntil(async () => (await seatStatuses(B, show.id, [seats[0]!.id]))[0] === 'held', 'the hold on B');
  });
});
