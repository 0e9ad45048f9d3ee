// Browsing reads from streaming replicas (DATABASE_READ_URL), never missing a change this instance
// knows of (docs/design.md, "Reads from replicas"). What a replica has is told by log sequence
// numbers: every POLL_MS this instance asks the primary how far its WAL goes, then each replica how
// far it has replayed. A replica serves a read about a show only once it has replayed the primary's
// WAL position read by a poll that began after the show's latest known change (a seat notice on the
// primary's LISTEN, or a request of this instance that may have written); otherwise, and whenever a
// replica fails, is slow or is far behind, the primary answers. Deciding costs no round trip.
import { performance } from 'node:perf_hooks';
import { singleHostUrls, parseDatabaseUrl } from './database-url.ts';
import type { Database, QueryResult, Queryable } from './database.ts';
import { withinDeadline } from './deadline.ts';
import { PostgresDatabase } from './postgres-database.ts';
import { NotFound } from '../domain/errors.ts';

/** How often the WAL positions are read while nothing asks for it sooner. */
const POLL_MS = 100;
/** The least time between the starts of two polls, however often changes ask for one. */
const MIN_POLL_SPACING_MS = 20;
/**
 * A replica that has not replayed the primary's WAL position of this long ago is not used at all:
 * the bound on how late it may show a change nobody here was told of (a new show, a renamed cinema).
 */
export const REPLICA_MAX_LAG_MS = 500;
/** The longest a replica may take to answer a read or a poll before the primary is asked instead. */
const REPLICA_DEADLINE_MS = 1_000;

/** Where a browsing read goes. */
interface Reader extends Queryable {
  /**
   * Whether what was read through this reader about these shows has every change of theirs this
   * instance knew of when the read began. Always true of the primary.
   */
  current(showIds: readonly string[]): boolean;
}

/** What a read is about: the shows it reads, or how to tell them from its answer. */
export interface ReadAbout<T> {
  shows?: readonly string[];
  showsIn?: (value: T) => readonly string[];
}

export type ReadSource = 'primary' | 'replica';

export interface ReadReplicaOptions {
  /** Called for each browsing statement with where it was answered. */
  counted?: (source: ReadSource) => void;
  /** Told when a replica stops or starts being used, and why. */
  onChange?: (replica: string, used: boolean, why: string) => void;
}

/** A replica's pool: what is read there, and closing it. */
export interface ReplicaDatabase extends Queryable {
  close(): Promise<void>;
}

interface Replica {
  db: ReplicaDatabase;
  /** host:port/database, for the log. */
  description: string;
  /**
   * performance.now() at which the latest poll began whose primary WAL position this replica had
   * replayed when last asked; -Infinity while it is unreachable, not a standby, or never asked.
   */
  caughtUpTo: number;
  used: boolean;
}

/** The primary's WAL position, as read by a poll that began at `at`. */
interface Sample {
  at: number;
  lsn: bigint;
}

/** A pg_lsn's text (`16/B374D848`) as a number of bytes. */
function lsnBytes(text: string): bigint {
  const [high = '0', low = '0'] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

/**
 * The end of the WAL the primary has written. A commit whose answer or notice has arrived is
 * below it: with synchronous_commit on (the default, and what a formation needs) a commit
 * returns, and its notices go out, only once its WAL is flushed, and written precedes flushed.
 */
async function primaryWalPosition(db: Queryable): Promise<bigint> {
  const { rows } = await db.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
  return lsnBytes(rows[0]!.lsn);
}

/** How far a standby has replayed the WAL it received; undefined on a server not in recovery. */
async function replayedWalPosition(db: Queryable): Promise<bigint | undefined> {
  const { rows } = await db.query<{ lsn: string | null }>('SELECT pg_last_wal_replay_lsn()::text AS lsn');
  const lsn = rows[0]?.lsn;
  return lsn ? lsnBytes(lsn) : undefined;
}

export class ReadReplicas {
  private readonly replicas: Replica[];
  private readonly samples: Sample[] = [];
  /** When this instance last learned of a change to each show (entries older than the lag bound are dropped). */
  private readonly changedAt = new Map<string, number>();
  /** When this instance last learned that anything at all may have changed. */
  private everythingChangedAt = -Infinity;
  /** Reads on the primary (counted as such). */
  private readonly onPrimary: Reader;
  private next = 0;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private polling: Promise<void> | undefined;
  private pollAgain = false;
  private lastPollAt = -Infinity;
  private closed = false;

  constructor(
    private readonly primary: Queryable,
    replicas: readonly { db: ReplicaDatabase; description: string }[],
    private readonly options: ReadReplicaOptions = {},
  ) {
    this.replicas = replicas.map((replica) => ({ ...replica, caughtUpTo: -Infinity, used: false }));
    this.onPrimary = {
      query: (sql, params) => {
        this.options.counted?.('primary');
        return this.primary.query(sql, params);
      },
      current: () => true,
    };
    if (this.replicas.length > 0) this.pollIn(0);
  }

  /** A seat notice of this show arrived: its reads go to the primary until a replica has replayed past it. */
  showChanged(showId: string): void {
    if (this.replicas.length === 0) return;
    this.changedAt.set(showId, performance.now());
    this.pollSoon();
  }

  /**
   * Anything may have changed (this instance answered a request that may have written, or its
   * LISTEN connection came back after notices may have been missed): every read goes to the
   * primary until a replica has replayed past now.
   */
  everythingChanged(): void {
    if (this.replicas.length === 0) return;
    this.everythingChangedAt = performance.now();
    this.pollSoon();
  }

  /**
   * `read` on a replica that has every change this instance knows of to the `shows` it is about,
   * else on the primary. A read that learns its shows only from its answer names them through
   * `showsIn`, and is read again on the primary when the replica missed a known change of one.
   * What a replica does not find may be too new for it: a NotFound from there is asked of the
   * primary again.
   */
  async read<T>(read: (db: Queryable) => Promise<T>, about: ReadAbout<T> = {}): Promise<T> {
    const reader = this.reader(about.shows ?? []);
    if (reader === this.onPrimary) return read(reader);
    let value: T;
    try {
      value = await read(reader);
    } catch (error) {
      if (error instanceof NotFound) return read(this.onPrimary);
      throw error;
    }
    return about.showsIn && !reader.current(about.showsIn(value)) ? read(this.onPrimary) : value;
  }

  private reader(showIds: readonly string[]): Reader {
    const now = performance.now();
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const replica = this.replicas[(this.next + tried) % this.replicas.length]!;
      if (replica.caughtUpTo >= now - REPLICA_MAX_LAG_MS && this.hasChangesOf(replica.caughtUpTo, showIds)) {
        this.next = (this.next + tried + 1) % this.replicas.length;
        return this.readerOn(replica, replica.caughtUpTo);
      }
    }
    return this.onPrimary;
  }

  /** Whether a replica that has everything the primary had at `caughtUpTo` has every known change of these shows. */
  private hasChangesOf(caughtUpTo: number, showIds: readonly string[]): boolean {
    if (caughtUpTo <= this.everythingChangedAt) return false;
    return showIds.every((id) => caughtUpTo > (this.changedAt.get(id) ?? -Infinity));
  }

  /** Reads on the replica; a statement it fails or is slow to answer is answered by the primary. */
  private readerOn(replica: Replica, caughtUpTo: number): Reader {
    return {
      query: async <Row>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> => {
        try {
          const result = await withinDeadline(replica.db.query<Row>(sql, params), REPLICA_DEADLINE_MS);
          this.options.counted?.('replica');
          return result;
        } catch (error) {
          this.lost(replica, `a read failed: ${(error as Error).message}`);
          return this.onPrimary.query<Row>(sql, params);
        }
      },
      current: (showIds) => this.hasChangesOf(caughtUpTo, showIds),
    };
  }

  private lost(replica: Replica, why: string): void {
    replica.caughtUpTo = -Infinity;
    this.say(replica, false, why);
  }

  private say(replica: Replica, used: boolean, why: string): void {
    if (replica.used === used) return;
    replica.used = used;
    this.options.onChange?.(replica.description, used, why);
  }

  /** A poll as soon as the spacing allows: a change was learned, and reads of it wait for the next poll. */
  private pollSoon(): void {
    if (this.polling) this.pollAgain = true;
    else this.pollIn(Math.max(0, this.lastPollAt + MIN_POLL_SPACING_MS - performance.now()));
  }

  private pollIn(ms: number): void {
    if (this.closed || performance.now() + ms >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = performance.now() + ms;
    this.timer = setTimeout(() => {
      this.timerAt = Infinity;
      this.polling = this.poll().finally(() => {
        this.polling = undefined;
        const again = this.pollAgain;
        this.pollAgain = false;
        this.pollIn(again ? Math.max(0, this.lastPollAt + MIN_POLL_SPACING_MS - performance.now()) : POLL_MS);
      });
    }, ms);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    const at = performance.now();
    this.lastPollAt = at;
    // Older samples and changes can no longer decide anything: a replica behind them is not used.
    while (this.samples.length > 0 && this.samples[0]!.at < at - REPLICA_MAX_LAG_MS) this.samples.shift();
    for (const [showId, changed] of this.changedAt) if (changed < at - REPLICA_MAX_LAG_MS) this.changedAt.delete(showId);
    try {
      this.samples.push({ at, lsn: await withinDeadline(primaryWalPosition(this.primary), REPLICA_DEADLINE_MS) });
    } catch {
      // The primary is out: the replicas keep what they had, and age past the lag bound meanwhile.
      return;
    }
    const newest = this.samples.at(-1)!;
    await Promise.all(
      this.replicas.map(async (replica) => {
        let replayed: bigint | undefined;
        try {
          replayed = await withinDeadline(replayedWalPosition(replica.db), REPLICA_DEADLINE_MS);
        } catch (error) {
          this.lost(replica, `unreachable: ${(error as Error).message}`);
          return;
        }
        if (replayed === undefined) {
          this.lost(replica, 'not a standby (not in recovery)');
          return;
        }
        // The latest poll whose primary position the replica has replayed.
        let caughtUp: Sample | undefined;
        for (const sample of this.samples) if (sample.lsn <= replayed) caughtUp = sample;
        replica.caughtUpTo = caughtUp?.at ?? -Infinity;
        if (caughtUp) this.say(replica, true, 'caught up');
        else this.say(replica, false, `behind the primary by ${newest.lsn - replayed} bytes of WAL`);
      }),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.polling;
    await Promise.all(this.replicas.map((replica) => replica.db.close()));
  }
}

/**
 * The replicas of DATABASE_READ_URL, one pool per host: each host's replay position is its own,
 * so a pool must not spread over several. None when the URL is unset: every read is the primary's.
 */
export function openReadReplicas(
  primary: Database,
  readUrl: string | undefined,
  settings: { poolSize: number; preparedStatements: boolean; onError: (error: Error) => void } & ReadReplicaOptions,
): ReadReplicas {
  const replicas = (readUrl ? singleHostUrls(readUrl) : []).map((url) => {
    const parsed = parseDatabaseUrl(url);
    return {
      db: new PostgresDatabase(url, settings.poolSize, settings.onError, { preparedStatements: settings.preparedStatements }),
      description: typeof parsed === 'string' ? url : parsed.description,
    };
  });
  return new ReadReplicas(primary, replicas, settings);
}
