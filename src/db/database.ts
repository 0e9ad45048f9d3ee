// The one module that owns connections and transactions. Both backends speak
// PostgreSQL, so every query and migration is written once.
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';

export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface QueryOptions {
  /**
   * Keep the statement prepared on each connection under this name, so PostgreSQL parses and
   * plans it once per connection rather than on every call. Worth it for large statements on
   * hot paths; the embedded database ignores it.
   */
  prepareAs?: string;
}

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<QueryResult<Row>>;
}

function pgQuery(sql: string, params: unknown[] | undefined, options: QueryOptions | undefined): pg.QueryConfig {
  return options?.prepareAs ? { name: options.prepareAs, text: sql, values: params } : { text: sql, values: params };
}

export type Listener = (payload: string) => void;

export interface TransactionOptions {
  /** Take pg_advisory_xact_lock on this key before fn runs; on PostgreSQL in the same round trip as BEGIN. */
  advisoryLock?: string;
}

/**
 * The 64-bit advisory lock key for a text key, computed here rather than in SQL so that BEGIN
 * and the lock can travel as one simple-protocol message with no parameters: the only thing
 * spliced into the SQL is this integer.
 */
export function advisoryLockKey(key: string): bigint {
  return BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(key).digest('hex').slice(0, 16)}`));
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /**
   * Messages sent to the database and answered so far (each statement, BEGIN and COMMIT), by
   * this process: what the hot path's cost is counted in. Tests assert how many a request makes.
   */
  readonly roundTrips: number;
  /** Runs fn in one READ COMMITTED transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Resolves when the database answers a trivial query: what readiness asks. */
  ping(): Promise<void>;
  /** LISTEN on a channel; the returned function stops listening. */
  listen(channel: string, onPayload: Listener): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

// Count and sum columns come back as strings from pg; callers cast in SQL (::int) so both backends agree.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

const DEADLOCK_DETECTED = '40P01';

export class PostgresDatabase implements Database {
  readonly kind = 'postgres' as const;
  private readonly pool: pg.Pool;
  private listenClient: pg.PoolClient | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();

  private closed = false;
  roundTrips = 0;

  constructor(
    connectionString: string,
    poolSize: number,
    private readonly onError: (error: Error) => void,
  ) {
    this.pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 5_000 });
    // A connection losing its server (a restart) must never crash the process: the pool drops
    // idle ones, and one in use reports the loss to its next query. Every connection gets a
    // listener from birth, as the server's farewell can arrive while no other listener is on it.
    this.pool.on('error', onError);
    this.pool.on('connect', (client) => client.on('error', () => undefined));
  }

  async query<Row>(sql: string, params?: unknown[], options?: QueryOptions): Promise<QueryResult<Row>> {
    this.roundTrips++;
    const result = await this.pool.query(pgQuery(sql, params, options));
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  }

  async ping(): Promise<void> {
    this.roundTrips++;
    await this.pool.query('SELECT 1');
  }

  /** A deadlock between transactions that lock rows in different orders is retried: one of them always goes through. */
  async transaction<T>(fn: (tx: Queryable) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.transactionOnce(fn, options);
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt >= 3) throw error;
      }
    }
  }

  private async transactionOnce<T>(fn: (tx: Queryable) => Promise<T>, options: TransactionOptions): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      // Every round trip to the server costs the hold path about as much CPU as the work it
      // asks for, so BEGIN and the lock go as one message (the key is an integer, see above).
      const lock = options.advisoryLock === undefined ? '' : `; SELECT pg_advisory_xact_lock(${advisoryLockKey(options.advisoryLock)})`;
      this.roundTrips++;
      await client.query(`BEGIN${lock}`);
      const tx: Queryable = {
        query: async <Row>(sql: string, params?: unknown[], options?: QueryOptions) => {
          this.roundTrips++;
          const result = await client.query(pgQuery(sql, params, options));
          return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
        },
      };
      const value = await fn(tx);
      this.roundTrips++;
      await client.query('COMMIT');
      return value;
    } catch (error) {
      try {
        this.roundTrips++;
        await client.query('ROLLBACK');
      } catch {
        broken = true; // the connection died; do not hand it out again
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async listen(channel: string, onPayload: Listener): Promise<() => Promise<void>> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      const client = await this.listeningClient();
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    }
    set.add(onPayload);
    return async () => {
      set.delete(onPayload);
    };
  }

  /** One dedicated connection carries every LISTEN; when it dies (a server restart) it is replaced. */
  private async listeningClient(): Promise<pg.PoolClient> {
    if (this.listenClient) return this.listenClient;
    const client = await this.pool.connect();
    this.listenClient = client;
    client.on('notification', (message) => {
      for (const listener of this.listeners.get(message.channel) ?? []) listener(message.payload ?? '');
    });
    client.on('error', (error) => {
      if (this.listenClient !== client) return; // already replaced or closing
      this.onError(error);
      this.listenClient = undefined;
      client.release(true);
      if (!this.closed) setTimeout(() => void this.relisten(), 1_000).unref();
    });
    return client;
  }

  private async relisten(): Promise<void> {
    try {
      const client = await this.listeningClient();
      for (const channel of this.listeners.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      this.onError(error as Error);
      if (!this.closed) setTimeout(() => void this.relisten(), 1_000).unref();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.listenClient;
    this.listenClient = undefined;
    if (client) {
      // Wait for the listening connection to end, and let it die quietly if the server goes first.
      client.removeAllListeners('error');
      client.on('error', () => undefined);
      const ended = new Promise((resolve) => client.once('end', resolve));
      client.release(true);
      await ended;
    }
    await this.pool.end();
  }
}

// PGlite reports affectedRows only for writes; a SELECT's count is its rows, as in pg.
function pgliteResult<Row>(result: { rows: Row[]; affectedRows?: number }): QueryResult<Row> {
  return { rows: result.rows, rowCount: result.rows.length > 0 ? result.rows.length : (result.affectedRows ?? 0) };
}

export class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;
  roundTrips = 0;
  constructor(private readonly db: PGlite) {}

  async query<Row>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> {
    this.roundTrips++;
    return pgliteResult(await this.db.query<Row>(sql, params));
  }

  async ping(): Promise<void> {
    this.roundTrips++;
    await this.db.query('SELECT 1');
  }

  // PGlite is one connection: its transaction() queues every other query until it ends.
  // Counted as PostgreSQL's are: BEGIN, each statement and the end; the lock is a statement of its own here.
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    this.roundTrips += 2;
    return this.db.transaction(async (tx) => {
      const query = async <Row>(sql: string, params?: unknown[]) => {
        this.roundTrips++;
        return pgliteResult(await tx.query<Row>(sql, params));
      };
      if (options.advisoryLock !== undefined)
        await query('SELECT pg_advisory_xact_lock($1)', [advisoryLockKey(options.advisoryLock).toString()]);
      return fn({ query });
    });
  }

  async listen(channel: string, onPayload: Listener): Promise<() => Promise<void>> {
    const unlisten = await this.db.listen(channel, onPayload);
    return async () => unlisten();
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}
