// A backup taken under load and restored: pg_basebackup -X stream of a PostgreSQL server of the
// test's own while customers hold, pay, decline, abandon and cancel through a Houseful process;
// the backup is started as a new server on another port, and there every invariant holds and
// every booking confirmed before the backup began is found.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../scripts/server-process.ts';
import { Api } from '../support/api.ts';
import { postgresAvailable } from '../support/app.ts';
import { brokenInvariants, unsettledPayments } from '../support/invariants.ts';
import { runLoad } from '../support/load.ts';
import { ownPostgresAvailable, startOwnPostgres, type OwnPostgres, type OwnPostgresWithBackups } from '../support/own-postgres.ts';
import { testPool } from '../support/postgres.ts';
import { waitUntil } from '../support/wait.ts';

describe.skipIf(!postgresAvailable())('a backup taken under load, restored to a new server', () => {
  let server: OwnPostgresWithBackups | undefined;
  let restored: OwnPostgres | undefined;
  let houseful: ServerProcess | undefined;
  const pools: pg.Pool[] = [];

  beforeAll(async () => {
    if (!(await ownPostgresAvailable())) throw new Error('PostgreSQL server binaries are needed to back up and restore a server');
    server = await startOwnPostgres();
  });
  afterAll(async () => {
    await houseful?.kill();
    await Promise.all(pools.map((pool) => pool.end()));
    await restored?.stop();
    await server?.stop();
  });

  it('restores a consistent copy holding every booking confirmed before the backup began', async () => {
    houseful = await startServerProcess({
      DATABASE_URL: server!.url,
      ADMIN_EMAIL: 'admin@example.com',
      ADMIN_PASSWORD: 'admin-password',
      HOLD_TTL_SECONDS: '2',
      SWEEP_INTERVAL_SECONDS: '1',
      PAYMENT_RECOVERY_AFTER_SECONDS: '2',
      DATABASE_POOL_SIZE: '8',
    });
    const primary = testPool(server!.url, 2);
    pools.push(primary);
    const api = new Api(houseful.url);
    const admin = (await api.post('/api/sessions', { email: 'admin@example.com', password: 'admin-password' })).body.token;
    const { show, seats } = await api.scenario(admin, {
      rows: ['A', 'B', 'C'].map((label) => ({ label, seatType: 'regular', seats: 12 })),
    });
    const customers = await Promise.all(Array.from({ length: 16 }, (_, i) => api.customer(`Backup${i}`)));

    const stop = new AbortController();
    const load = runLoad({ urls: () => [houseful!.url], customers, showId: show.id, seatIds: seats.map((s) => s.id), stop: stop.signal });
    const confirmedCount = async () =>
      (await primary.query<{ n: number }>("SELECT count(*)::int AS n FROM bookings WHERE status = 'confirmed'")).rows[0]!.n;
    await waitUntil(async () => (await confirmedCount()) >= 5, 60_000, 'confirmations before the backup');

    // Everything confirmed (committed) before the backup began.
    const before = (await primary.query<{ id: string }>("SELECT id FROM bookings WHERE status = 'confirmed'")).rows.map((r) => r.id);
    const bookingsBefore = (await primary.query<{ n: number }>('SELECT count(*)::int AS n FROM bookings')).rows[0]!.n;
    restored = await server!.backupAndRestore();
    const duringBackup = (await primary.query<{ n: number }>('SELECT count(*)::int AS n FROM bookings')).rows[0]!.n;
    stop.abort();
    const record = await load;
    expect(duringBackup).toBeGreaterThan(bookingsBefore); // the load went on while the backup ran
    expect(record.confirmed.size).toBeGreaterThan(0);

    const copy = testPool(restored.url, 2);
    pools.push(copy);
    const found = new Map(
      (await copy.query<{ id: string; status: string }>('SELECT id, status FROM bookings WHERE id = ANY($1::text[])', [before])).rows.map(
        (r) => [r.id, r.status],
      ),
    );
    // Confirmed then; in the copy still confirmed, or cancelled by its customer while the backup ran.
    expect(
      before.filter((id) => !(found.get(id) === 'confirmed' || (found.get(id) === 'cancelled' && record.cancelAsked.has(id)))),
    ).toEqual([]);
    // A backup taken mid-payment is a crash as far as those payments go: charges captured but not
    // yet confirmed in it. Houseful started on the copy settles them (payment recovery, design
    // rule 3), and then every invariant holds.
    const onCopy = await startServerProcess({
      DATABASE_URL: restored.url,
      SWEEP_INTERVAL_SECONDS: '1',
      PAYMENT_RECOVERY_AFTER_SECONDS: '2',
    });
    try {
      expect((await new Api(onCopy.url).get(`/api/shows/${show.id}`)).status).toBe(200);
      await waitUntil(async () => (await unsettledPayments(copy)) === 0, 60_000, 'recovery to settle every payment in the copy');
      expect(await brokenInvariants(copy)).toEqual([]);
    } finally {
      expect(await onCopy.stop()).toBe(0);
    }
  });
});
