// The one module that owns connections and transactions. Both backends speak
// PostgreSQL, so every query and migration is written once.
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';

export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
}

export type Listener = (payload: string) => void;

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs fn in one READ COMMITTED transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
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

  constructor(
    connectionString: string,
    poolSize: number,
    private readonly onError: (error: Error) => void,
  ) {
    this.pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 5_000 });
    // An idle client losing its server (a restart) must not crash the process; the pool replaces it.
    this.pool.on('error', onError);
  }

  async query<Row>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> {
    const result = await this.pool.query(sql, params);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  }

  /** A deadlock between transactions that lock rows in different orders is retried: one of them always goes through. */
  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.transactionOnce(fn);
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt >= 3) throw error;
      }
    }
  }

  private async transactionOnce<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // A connection lost between two statements is reported by the next query; without a
    // listener here the 'error' event would end the process.
    const ignore = () => undefined;
    client.on('error', ignore);
    let broken = false;
    try {
      await client.query('BEGIN');
      const tx: Queryable = {
        query: async <Row>(sql: string, params?: unknown[]) => {
          const result = await client.query(sql, params);
          return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
        },
      };
      const value = await fn(tx);
      await client.query('COMMIT');
      return value;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true; // the connection died; do not hand it out again
      }
      throw error;
    } finally {
      client.off('error', ignore);
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
      this.onError(error);
      if (this.listenClient === client) this.listenClient = undefined;
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
    this.listenClient?.release(true);
    this.listenClient = undefined;
    await this.pool.end();
  }
}

// PGlite reports affectedRows only for writes; a SELECT's count is its rows, as in pg.
function pgliteResult<Row>(result: { rows: Row[]; affectedRows?: number }): QueryResult<Row> {
  return { rows: result.rows, rowCount: result.rows.length > 0 ? result.rows.length : (result.affectedRows ?? 0) };
}

export class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;
  constructor(private readonly db: PGlite) {}

  async query<Row>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> {
    return pgliteResult(await this.db.query<Row>(sql, params));
  }

  // PGlite is one connection: its transaction() queues every other query until it ends.
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) =>
      fn({
        query: async <Row>(sql: string, params?: unknown[]) => pgliteResult(await tx.query<Row>(sql, params)),
      }),
    );
  }

  async listen(channel: string, onPayload: Listener): Promise<() => Promise<void>> {
    const unlisten = await this.db.listen(channel, onPayload);
    return async () => unlisten();
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}
