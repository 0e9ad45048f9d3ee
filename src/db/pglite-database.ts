// The embedded database: PGlite, PostgreSQL compiled to WebAssembly, in this process.
import type { PGlite } from '@electric-sql/pglite';
import { advisoryLockKey, type Database, type Listener, type QueryResult, type Queryable, type TransactionOptions } from './database.ts';

// PGlite reports affectedRows only for writes; a SELECT's count is its rows, as in PostgreSQL.
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

  // PGlite is one connection in this process: its transaction() queues every other query until it
  // ends. Counted as PostgreSQL's are: BEGIN goes with the first statement, then each statement, then COMMIT.
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    this.roundTrips++;
    return this.db.transaction(async (tx) => {
      for (const key of options.advisoryLocks ?? []) await tx.query('SELECT pg_advisory_xact_lock($1)', [advisoryLockKey(key).toString()]);
      return fn({
        query: async <Row>(sql: string, params?: unknown[]) => {
          this.roundTrips++;
          return pgliteResult(await tx.query<Row>(sql, params));
        },
      });
    });
  }

  async lockedStatement<Row>(sql: string, params: unknown[], options: TransactionOptions): Promise<QueryResult<Row>> {
    this.roundTrips++;
    return this.db.transaction(async (tx) => {
      for (const key of options.advisoryLocks ?? []) await tx.query('SELECT pg_advisory_xact_lock($1)', [advisoryLockKey(key).toString()]);
      return pgliteResult(await tx.query<Row>(sql, params));
    });
  }

  // Notices come from this process's own transactions, so none can be missed: no resync.
  async listen(channel: string, onPayload: Listener): Promise<() => Promise<void>> {
    const unlisten = await this.db.listen(channel, onPayload);
    return async () => unlisten();
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}
