// The rule that decides where a browsing read goes (src/db/read-replicas.ts), with WAL positions set
// by the test: a stand-in primary and replica answer the two position queries with them, and
// every other statement with where it ran. test/postgres/read-replica.test.ts shows the same on a
// real streaming replica; here each decision is pinned down without waiting on replay.
import { afterEach, describe, expect, it } from 'vitest';
import type { QueryResult, Queryable } from '../src/db/database.ts';
import { NotFound } from '../src/domain/errors.ts';
import { ReadReplicas, REPLICA_MAX_LAG_MS, type ReplicaDatabase } from '../src/db/read-replicas.ts';
import { waitUntil } from './support/wait.ts';

/** A server that answers the WAL position queries with `lsn`, and any other statement with its own name. */
class StandIn implements ReplicaDatabase {
  lsn: string | null = '0/1000';
  /** Thrown by every statement while set. */
  failing: Error | undefined;
  /** Rows answered to a read: none makes the read find nothing. */
  rows: Record<string, unknown>[] = [{}];
  /** Position queries answered so far: one per poll. */
  polls = 0;
  constructor(readonly name: string) {}

  async query<Row>(sql: string): Promise<QueryResult<Row>> {
    if (this.failing) throw this.failing;
    const position = /pg_current_wal_lsn|pg_last_wal_replay_lsn/.test(sql);
    if (position) this.polls++;
    const rows = position ? [{ lsn: this.lsn }] : this.rows.map((row) => ({ ...row, servedBy: this.name }));
    return { rows: rows as Row[], rowCount: rows.length };
  }

  async close(): Promise<void> {}
}

/** Where a read about these shows is answered now. */
const servedBy = (replicas: ReadReplicas, shows: string[] = []) =>
  replicas.read(async (db: Queryable) => (await db.query<{ servedBy: string }>('SELECT 1')).rows[0]!.servedBy, { shows });

describe('where a browsing read goes', () => {
  let replicas: ReadReplicas | undefined;
  afterEach(() => replicas?.close());

  function start() {
    const primary = new StandIn('primary');
    const replica = new StandIn('replica');
    const changes: string[] = [];
    replicas = new ReadReplicas(primary, [{ db: replica, description: 'replica:5432/houseful' }], {
      onChange: (_, used, why) => changes.push(`${used ? 'used' : 'not used'}: ${why}`),
    });
    return { primary, replica, replicas, changes };
  }

  it('goes to the primary until a poll has found the replica caught up, then to the replica', async () => {
    const { replicas } = start();
    expect(await servedBy(replicas)).toBe('primary');
    await waitUntil(async () => (await servedBy(replicas)) === 'replica', 5_000, 'the replica in use');
  });

  it('sends a changed show to the primary until the replica has replayed past the change, other shows still to the replica', async () => {
    const { primary, replica, replicas } = start();
    await waitUntil(async () => (await servedBy(replicas, ['s1'])) === 'replica', 5_000, 'the replica in use');
    primary.lsn = '0/2000'; // the change's commit
    replicas.showChanged('s1');
    expect(await servedBy(replicas, ['s1'])).toBe('primary');
    expect(await servedBy(replicas, ['s2'])).toBe('replica');
    // However many polls pass, s1 stays on the primary while the replica has not replayed the change.
    for (let i = 1; i <= 3; i++) {
      primary.lsn = `0/${(0x2000 + i).toString(16)}`;
      const polled = replica.polls;
      await waitUntil(async () => replica.polls > polled, 5_000, 'a poll');
      expect(await servedBy(replicas, ['s1'])).toBe('primary');
    }
    replica.lsn = '0/2001'; // past the commit, short of the newest position
    await waitUntil(async () => (await servedBy(replicas, ['s1'])) === 'replica', 5_000, 's1 back on the replica');
  });

  it('sends everything to the primary after a local write until the next poll finds the replica past it', async () => {
    const { replicas } = start();
    await waitUntil(async () => (await servedBy(replicas)) === 'replica', 5_000, 'the replica in use');
    replicas.everythingChanged();
    expect(await servedBy(replicas)).toBe('primary');
    expect(await servedBy(replicas, ['s3'])).toBe('primary');
    await waitUntil(async () => (await servedBy(replicas, ['s3'])) === 'replica', 5_000, 'the replica in use again');
  });

  it('rereads a listing on the primary when the replica answered with a show changed since', async () => {
    const { primary, replicas } = start();
    await waitUntil(async () => (await servedBy(replicas)) === 'replica', 5_000, 'the replica in use');
    primary.lsn = '0/3000';
    replicas.showChanged('s4');
    const listing = (showIds: string[]) =>
      replicas.read(async (db) => ({ servedBy: (await db.query<{ servedBy: string }>('SELECT 1')).rows[0]!.servedBy, showIds }), {
        showsIn: (answer) => answer.showIds,
      });
    expect((await listing(['s5'])).servedBy).toBe('replica');
    expect((await listing(['s5', 's4'])).servedBy).toBe('primary');
  });

  it('asks the primary for what the replica does not find', async () => {
    const { replica, replicas } = start();
    await waitUntil(async () => (await servedBy(replicas)) === 'replica', 5_000, 'the replica in use');
    replica.rows = [];
    const found = await replicas.read(async (db) => {
      const { rows } = await db.query<{ servedBy: string }>('SELECT 1');
      if (rows.length === 0) throw new NotFound('show');
      return rows[0]!.servedBy;
    });
    expect(found).toBe('primary');
  });

  it('stops using a replica that falls behind by more than the bound, and says so with the lag', async () => {
    const { primary, replicas, changes } = start();
    await waitUntil(async () => (await servedBy(replicas)) === 'replica', 5_000, 'the replica in use');
    primary.lsn = '0/5000'; // replay stands still at 0/1000 from here on
    const behindSince = performance.now();
    await waitUntil(async () => changes.length === 2, 5_000, 'the replica out of use');
    // Counted from the start of the last poll that found it caught up, at most a poll interval earlier.
    expect(performance.now() - behindSince).toBeGreaterThanOrEqual(REPLICA_MAX_LAG_MS - 150);
    expect(await servedBy(replicas)).toBe('primary');
    expect(changes).toEqual(['used: caught up', `not used: behind the primary by ${0x5000 - 0x1000} bytes of WAL`]);
  });

  it('answers from the primary, with no error, when the replica fails, and uses it again once it answers', async () => {
    const { replica, replicas, changes } = start();
    await waitUntil(async () => (await servedBy(replicas)) === 'replica', 5_000, 'the replica in use');
    replica.failing = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(await servedBy(replicas)).toBe('primary');
    expect(await servedBy(replicas)).toBe('primary');
    replica.failing = undefined;
    await waitUntil(async () => (await servedBy(replicas)) === 'replica', 5_000, 'the replica in use again');
    expect(changes).toEqual(['used: caught up', 'not used: a read failed: connect ECONNREFUSED', 'used: caught up']);
  });

  it('does not use a server that is not in recovery', async () => {
    const { replica, replicas, changes } = start();
    await waitUntil(async () => (await servedBy(replicas)) === 'replica', 5_000, 'the replica in use');
    replica.lsn = null; // promoted
    await waitUntil(async () => changes.length === 2, 5_000, 'the promoted server out of use');
    expect(await servedBy(replicas)).toBe('primary');
    expect(changes).toEqual(['used: caught up', 'not used: not a standby (not in recovery)']);
  });
});
