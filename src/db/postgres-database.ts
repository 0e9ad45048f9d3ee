// A PostgreSQL server through `postgres` (porsager/postgres), chosen over `pg` because it pipelines:
// statements sent on one connection without waiting for the answer before, so a hold's BEGIN, locks,
// statement and COMMIT cost one round trip instead of four (README, Benchmark: "The driver").
// Longer than most files, and kept whole on purpose: pooling, pipelining, retries and LISTEN share
// one connection's life (a statement stranded by a lost connection, a full server, a failover), and
// split apart their failure paths would have to be followed across files.
import postgres from 'postgres';
import { DeadlinePassed, withinDeadline } from './deadline.ts';
import {
  beginWithLocks,
  type Database,
  type Listener,
  type ListenOptions,
  type QueryResult,
  type Queryable,
  type TransactionOptions,
} from './database.ts';

type Sql = postgres.Sql<Record<string, unknown>>;
type ReservedSql = postgres.ReservedSql<Record<string, unknown>>;
type Row = Record<string, unknown>;

const DEADLOCK_DETECTED = '40P01';
/** The server refused a new connection: every slot of max_connections (or a role's limit) is taken. */
const TOO_MANY_CONNECTIONS = '53300';
const READ_ONLY_TRANSACTION = '25006';

/**
 * As pg read them, so both backends agree: bigint counts and sums as numbers (callers cast in SQL
 * where a value could pass 2^53; none here does), and a JSON parameter given as text taken as
 * that text rather than encoded again as a JSON string.
 */
const TYPES = {
  bigint: { to: 20, from: [20], serialize: (value: unknown) => String(value), parse: (value: string) => Number(value) },
  json: {
    to: 114,
    from: [114, 3802],
    serialize: (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value)),
    parse: (value: string): unknown => JSON.parse(value),
  },
};

// Every statement is prepared once per connection: PostgreSQL then parses and plans it once, and
// a statement with parameters needs no describing round trip before each run. Behind a pooler in
// transaction mode (pgbouncer before 1.21) a named statement prepared on one server connection is
// unknown on the next, so there every statement is unnamed (DATABASE_PREPARED_STATEMENTS=0): the
// driver's `prepare: false`, set for the whole pool, overrides this.
const PREPARED = { prepare: true } as const;

export interface PostgresOptions {
  /** Named prepared statements (DATABASE_PREPARED_STATEMENTS); false behind a transaction-mode pooler. Default true. */
  preparedStatements?: boolean;
  /** Where the LISTEN connection goes (DATABASE_LISTEN_URL): a session of its own, past any pooler. Default: the pool's URL. */
  listenUrl?: string;
}

function resultOf<R>(rows: postgres.RowList<Row[]>): QueryResult<R> {
  return { rows: rows as unknown as R[], rowCount: rows.count ?? rows.length };
}

/** The driver's codes for a connection that is gone, and the socket's. */
const LOST_CONNECTION = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
]);

/**
 * Whether the connection can serve again after this error: an ERROR from the server, or one thrown
 * by the rules, leaves it usable; a lost socket or a FATAL from the server does not.
 */
function connectionSurvives(error: unknown): boolean {
  if (error instanceof postgres.PostgresError) return error.severity !== 'FATAL' && error.severity !== 'PANIC';
  return !LOST_CONNECTION.has((error as { code?: string } | null)?.code ?? '');
}

/**
 * While the database is known to be out (a connection was lost and none has been had since), how
 * long a request waits for a connection before it is answered 503. With several hosts the driver
 * goes on trying them in turn for as long as it takes, so without this a request sent during a
 * failover would wait until the new primary is up, however long that is.
 */
const OUTAGE_CONNECTION_WAIT_MS = 2_000;

/**
 * The longest a statement outside a transaction, or the hold's pipeline, may go unanswered. They take
 * milliseconds; one sent as its server died can be left waiting by the driver while it goes
 * round the hosts of a failover, and a request must not wait with it for ever: past this it is an
 * outage (503), and the connection is treated as lost.
 */
const STATEMENT_DEADLINE_MS = 30_000;

/**
 * How long a statement refused a connection by a full server is sent again: meanwhile one of this
 * pool's own connections comes free, or the server a slot. Past this it is an outage (503).
 */
const FULL_SERVER_WAIT_MS = 2_000;

/** A full server is said in the log at most this often, not once per refused connection. */
const FULL_SERVER_WARNING_EVERY_MS = 10_000;

/**
 * Statements sent together on one connection, each settled; but once one fails because the
 * connection is lost, that failure at once: statements the driver had not yet written when the
 * connection went (one waiting for an earlier one to be described) are never answered.
 */
function settledUnlessLost<T extends readonly Promise<unknown>[]>(
  sent: T,
): Promise<{ -readonly [K in keyof T]: PromiseSettledResult<Awaited<T[K]>> }> {
  return new Promise((resolve, reject) => {
    for (const statement of sent) {
      statement.catch((error: unknown) => {
        if (!connectionSurvives(error)) reject(error);
      });
    }
    void Promise.allSettled(sent).then(resolve);
  });
}

/** The first failure among settled statements, in the order they were sent. */
function firstFailure(results: PromiseSettledResult<unknown>[]): unknown {
  return results.find((result): result is PromiseRejectedResult => result.status === 'rejected')?.reason;
}

/**
 * `target_session_attrs=read-write`, as the driver should read it. The driver trusts the
 * `default_transaction_read_only` a server reports at startup, which a hot standby reports as
 * `off` (since PostgreSQL 14), so it would settle on a standby (hapostgres/pg_auto_failover#970).
 * `primary` checks `in_hot_standby` instead: a server in recovery is skipped for the next host.
 * A primary that is out of recovery but still read-only (one being promoted) is accepted: it is
 * the one about to take writes, and meanwhile a write refused there is answered 503 (problems.ts)
 * and readiness says no (ping).
 */
function targetSessionAttrs(connectionString: string): { target_session_attrs?: 'primary' } {
  const query = connectionString.split('?')[1] ?? '';
  return new URLSearchParams(query).get('target_session_attrs') === 'read-write' ? { target_session_attrs: 'primary' } : {};
}

export class PostgresDatabase implements Database {
  readonly kind = 'postgres' as const;
  roundTrips = 0;
  private readonly sql: Sql;
  private readonly listening: ChannelListener;
  /** Set when a connection is lost, cleared when one is had again: meanwhile waiting for one is bounded. */
  private connectionLost = false;
  private fullServerWarnedAt = -Infinity;

  constructor(
    connectionString: string,
    poolSize: number,
    private readonly onError: (error: Error) => void,
    settings: PostgresOptions = {},
  ) {
    const options = {
      max: poolSize,
      connect_timeout: 5,
      // The driver waits this long before opening a connection again after one failed; its own
      // default grows to 20 s, which kept requests waiting long after a restarted server was back.
      backoff: (failures: number) => Math.min(0.05 * 2 ** failures, 1),
      prepare: settings.preparedStatements ?? true,
      types: TYPES,
      transform: { undefined: null },
      onnotice: () => undefined,
      connection: { application_name: 'houseful' },
    };
    this.sql = postgres(connectionString, { ...options, ...targetSessionAttrs(connectionString) }) as unknown as Sql;
    // The listening connection never closes by itself: when it does, the server has gone. LISTEN
    // needs a session, which a pooler in transaction mode does not give, so it may go elsewhere.
    const listenUrl = settings.listenUrl ?? connectionString;
    this.listening = new ChannelListener(
      listenUrl,
      { ...options, ...targetSessionAttrs(listenUrl) },
      onError,
      () => (this.connectionLost = true),
    );
  }

  query<R>(text: string, params: unknown[] = []): Promise<QueryResult<R>> {
    return this.retrying(async () => {
      this.roundTrips++;
      const run = (sql: Sql | ReservedSql) => sql.unsafe(text, params as postgres.ParameterOrJSON<never>[], PREPARED);
      if (this.connectionLost) return this.onReservedConnection(async (connection) => resultOf<R>(await run(connection)));
      try {
        return resultOf<R>(await withinDeadline(run(this.sql), STATEMENT_DEADLINE_MS));
      } catch (error) {
        if (!connectionSurvives(error)) this.connectionLost = true;
        throw error;
      }
    });
  }

  /**
   * Answers when the server takes writes. A primary being promoted is out of recovery but
   * read-only (pg_auto_failover keeps it so until the old primary is known to be down): not yet.
   */
  async ping(): Promise<void> {
    this.roundTrips++;
    const [row] = await this.sql.unsafe<{ read_only: string }[]>("SELECT current_setting('transaction_read_only') AS read_only");
    if (row?.read_only === 'on') throw Object.assign(new Error('the database server is read-only'), { code: READ_ONLY_TRANSACTION });
  }

  /**
   * Runs the work again after a failure that changed nothing and may pass. A deadlock (its victim was
   * rolled back whole) up to three times: one of the transactions always goes through. A connection
   * refused by a full server (no statement reached it) for up to FULL_SERVER_WAIT_MS, waiting a little
   * longer each time, which a pool that already has connections open rides out on those.
   */
  private async retrying<T>(run: () => Promise<T>): Promise<T> {
    const fullServerDeadline = Date.now() + FULL_SERVER_WAIT_MS;
    let pause = 20;
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === DEADLOCK_DETECTED && attempt < 3) continue;
        if (code !== TOO_MANY_CONNECTIONS || Date.now() + pause > fullServerDeadline) throw error;
        this.warnOfFullServer(error as Error);
        await new Promise((resolve) => setTimeout(resolve, pause));
        pause = Math.min(pause * 2, 250);
      }
    }
  }

  private warnOfFullServer(error: Error): void {
    if (Date.now() - this.fullServerWarnedAt < FULL_SERVER_WARNING_EVERY_MS) return;
    this.fullServerWarnedAt = Date.now();
    const cure = 'keep DATABASE_POOL_SIZE times the instances below max_connections, or put pgbouncer in front';
    this.onError(Object.assign(new Error(`the database refused a connection (${error.message}): ${cure}`), { code: TOO_MANY_CONNECTIONS }));
  }

  /**
   * A connection of its own, waited for at most STATEMENT_DEADLINE_MS, and given up sooner once the
   * database is known to be out (a connection lost or refused meanwhile): a request is answered 503
   * within seconds, not after half a minute. The driver can leave a request for a connection
   * unanswered for good when connections are cut while it waits (porsager/postgres#1195), so one
   * unanswered for OUTAGE_CONNECTION_WAIT_MS is asked again, which an idle connection answers at
   * once. A connection that comes after its request was given up is handed back unused.
   */
  private async reserve(): Promise<ReservedSql> {
    const started = Date.now();
    for (;;) {
      const reserving = this.sql.reserve() as unknown as Promise<ReservedSql>;
      const left = STATEMENT_DEADLINE_MS - (Date.now() - started);
      try {
        const connection = await withinDeadline(reserving, Math.min(left, OUTAGE_CONNECTION_WAIT_MS), 'connection');
        this.connectionLost = false;
        return connection;
      } catch (error) {
        void reserving.then(
          (connection) => connection.release(),
          () => undefined,
        );
        if (error instanceof DeadlinePassed && !this.connectionLost && left > OUTAGE_CONNECTION_WAIT_MS) continue;
        this.connectionLost = true;
        throw error;
      }
    }
  }

  /** Runs fn on a connection of its own, handing it back afterwards unless it was lost. */
  private async onReservedConnection<T>(fn: (connection: ReservedSql) => Promise<T>): Promise<T> {
    const connection = await this.reserve();
    let survives = true;
    try {
      return await fn(connection);
    } catch (error) {
      survives = connectionSurvives(error);
      if (!survives) this.connectionLost = true;
      throw error;
    } finally {
      // A lost connection goes back to the pool by itself, to be opened again; handing it back
      // here as well would give it out twice.
      if (survives) connection.release();
    }
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.retrying(() => this.onReservedConnection((connection) => this.transactionOn(connection, fn, options)));
  }

  private async transactionOn<T>(connection: ReservedSql, fn: (tx: Queryable) => Promise<T>, options: TransactionOptions): Promise<T> {
    // BEGIN and the locks are sent without waiting: they travel with the first statement.
    const begun = connection
      .unsafe(beginWithLocks(options.advisoryLocks))
      .execute()
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    const startedOrThrow = async () => {
      const failure = await begun;
      if (failure !== undefined) throw failure;
    };
    const tx: Queryable = {
      query: async <R>(text: string, params: unknown[] = []) => {
        this.roundTrips++;
        const running = connection.unsafe(text, params as postgres.ParameterOrJSON<never>[], PREPARED).execute();
        const [began, ran] = await settledUnlessLost([startedOrThrow(), running] as const);
        if (began.status === 'rejected') throw began.reason;
        if (ran.status === 'rejected') throw ran.reason;
        return resultOf<R>(ran.value);
      },
    };
    try {
      const value = await fn(tx);
      await startedOrThrow();
      this.roundTrips++;
      await connection.unsafe('COMMIT');
      return value;
    } catch (error) {
      if (connectionSurvives(error)) {
        this.roundTrips++;
        await connection.unsafe('ROLLBACK');
      }
      throw error;
    }
  }

  lockedStatement<R>(text: string, params: unknown[], options: TransactionOptions): Promise<QueryResult<R>> {
    return this.retrying(() =>
      this.onReservedConnection(async (connection) => {
        this.roundTrips++;
        // Sent together; a failure in any makes COMMIT a rollback, and the first failure is the answer.
        const sent = [
          connection.unsafe(beginWithLocks(options.advisoryLocks)).execute(),
          connection.unsafe(text, params as postgres.ParameterOrJSON<never>[], PREPARED).execute(),
          connection.unsafe('COMMIT').execute(),
        ] as const;
        const settled = await withinDeadline(settledUnlessLost(sent), STATEMENT_DEADLINE_MS);
        const failure = firstFailure(settled);
        if (failure !== undefined) throw failure;
        return resultOf<R>((settled[1] as PromiseFulfilledResult<postgres.RowList<Row[]>>).value);
      }),
    );
  }

  listen(channel: string, onPayload: Listener, options: ListenOptions = {}): Promise<() => Promise<void>> {
    return this.listening.add(channel, onPayload, options.onResync);
  }

  async close(): Promise<void> {
    await this.listening.close();
    await this.sql.end({ timeout: 5 });
  }
}

/**
 * One connection of its own carries every LISTEN of this process. When it is lost (a server
 * restart), it is opened again and every channel listened to again, retried each second until the
 * server answers; then whoever asked is told that notices may have been missed.
 */
class ChannelListener {
  private readonly sql: Sql;
  private readonly channels = new Map<string, Set<Listener>>();
  private readonly resyncs = new Set<() => void>();
  private closed = false;
  private relistening = false;

  constructor(
    connectionString: string,
    options: object,
    private readonly onError: (error: Error) => void,
    private readonly onLost: () => void,
  ) {
    // onnotify is the driver's own hook for every notice on its connections (not in its types).
    const listening: postgres.Options<Record<string, never>> & { onnotify: (channel: string, payload: string) => void } = {
      ...options,
      max: 1,
      max_lifetime: null,
      onnotify: (channel: string, payload: string) => {
        for (const listener of this.channels.get(channel) ?? []) listener(payload);
      },
      onclose: () => {
        if (this.closed) return;
        this.onLost();
        if (this.channels.size > 0) void this.relisten();
      },
    };
    this.sql = postgres(connectionString, listening) as unknown as Sql;
  }

  private listenTo(channel: string) {
    return this.sql.unsafe(`LISTEN "${channel.replace(/"/g, '""')}"`);
  }

  async add(channel: string, onPayload: Listener, onResync?: () => void): Promise<() => Promise<void>> {
    let listeners = this.channels.get(channel);
    if (!listeners) {
      listeners = new Set();
      this.channels.set(channel, listeners);
      await this.listenTo(channel);
    }
    listeners.add(onPayload);
    if (onResync) this.resyncs.add(onResync);
    return async () => {
      listeners.delete(onPayload);
      if (onResync) this.resyncs.delete(onResync);
    };
  }

  private async relisten(): Promise<void> {
    if (this.relistening) return;
    this.relistening = true;
    try {
      while (!this.closed) {
        try {
          for (const channel of this.channels.keys()) await this.listenTo(channel);
          break;
        } catch (error) {
          this.onError(error as Error);
          await new Promise((resolve) => setTimeout(resolve, 1_000).unref());
        }
      }
    } finally {
      this.relistening = false;
    }
    if (!this.closed) for (const resync of this.resyncs) resync();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.sql.end({ timeout: 5 });
  }
}
