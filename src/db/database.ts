// What the rest of Houseful knows of its database: queries, transactions, LISTEN. Both backends
// (postgres-database.ts, pglite-database.ts) speak PostgreSQL, so every query and migration is
// written once.
import { createHash } from 'node:crypto';

export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
}

export type Listener = (payload: string) => void;

export interface ListenOptions {
  /**
   * Called when the listening connection came back after it was lost: notices sent meanwhile were
   * missed, so whatever was kept current from them must be read afresh.
   */
  onResync?: () => void;
}

export interface TransactionOptions {
  /** Take pg_advisory_xact_lock on each key, in this order, before the statements run. */
  advisoryLocks?: readonly string[];
}

/**
 * The 64-bit advisory lock key for a text key, computed here rather than in SQL so that BEGIN
 * and the locks can travel as one simple-protocol message with no parameters: the only thing
 * spliced into the SQL is this integer.
 */
export function advisoryLockKey(key: string): bigint {
  return BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(key).digest('hex').slice(0, 16)}`));
}

/** BEGIN and the advisory locks as one statement list with no parameters. */
export function beginWithLocks(locks: readonly string[] = []): string {
  return ['BEGIN', ...locks.map((key) => `SELECT pg_advisory_xact_lock(${advisoryLockKey(key)})`)].join('; ');
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /**
   * Round trips to the database so far, by this process: each time it sent statements and waited
   * for their answer. Statements sent together as one pipeline count once. What the hot path's cost
   * is counted in; tests assert how many a request makes.
   */
  readonly roundTrips: number;
  /** Runs fn in one READ COMMITTED transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * One statement in a READ COMMITTED transaction of its own, after the advisory locks: BEGIN, the
   * locks, the statement and COMMIT are sent at once, one round trip. COMMIT follows whatever the
   * statement's rows say, so the statement must write nothing when its answer is no.
   */
  lockedStatement<Row>(sql: string, params: unknown[], options: TransactionOptions): Promise<QueryResult<Row>>;
  /** Resolves when the database answers a trivial query: what readiness asks. */
  ping(): Promise<void>;
  /** LISTEN on a channel; the returned function stops listening. */
  listen(channel: string, onPayload: Listener, options?: ListenOptions): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
