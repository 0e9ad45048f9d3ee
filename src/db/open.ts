// Opens the configured database: a PostgreSQL server, or the embedded PGlite in DATA_DIR.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { parseDatabaseUrl } from './database-url.ts';
import { withinDeadline } from './deadline.ts';
import type { Database } from './database.ts';
import { PgliteDatabase } from './pglite-database.ts';
import { PostgresDatabase } from './postgres-database.ts';

export class DatabaseUnavailable extends Error {}

/** How long a start waits for PostgreSQL to answer before it ends with one line. */
const START_PING_SECONDS = 15;

export interface OpenedDatabase {
  db: Database;
  /** What to say in the log: the server (without password) or the data directory. */
  description: string;
  /** Closes the database and lets go of DATA_DIR. */
  close(): Promise<void>;
}

export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  poolSize: number;
  /** DATABASE_PREPARED_STATEMENTS and DATABASE_LISTEN_URL (PostgreSQL only). */
  preparedStatements?: boolean;
  listenUrl?: string | undefined;
  onError: (error: Error) => void;
}): Promise<OpenedDatabase> {
  if (options.databaseUrl) {
    const db = new PostgresDatabase(options.databaseUrl, options.poolSize, options.onError, {
      preparedStatements: options.preparedStatements ?? true,
      ...(options.listenUrl ? { listenUrl: options.listenUrl } : {}),
    });
    const parsed = parseDatabaseUrl(options.databaseUrl);
    const where = typeof parsed === 'string' ? 'DATABASE_URL' : parsed.description;
    try {
      // The driver keeps trying a list of hosts that all refuse; a start gives up and says so.
      await withinDeadline(db.ping(), START_PING_SECONDS * 1000);
    } catch (error) {
      await db.close().catch(() => undefined);
      throw new DatabaseUnavailable(`cannot reach the database at DATABASE_URL ${where}: ${(error as Error).message}`);
    }
    return { db, description: `PostgreSQL at ${where}`, close: () => db.close() };
  }
  return openEmbedded(options.dataDir, options.onError);
}

/**
 * PGlite would let two processes open one directory and corrupt it (docs/design.md rule 8), so the
 * directory is locked first; the lock is refreshed while we run and goes stale if we are killed.
 */
async function openEmbedded(dataDir: string, onError: (error: Error) => void): Promise<OpenedDatabase> {
  const dir = path.resolve(dataDir);
  await mkdir(dir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, {
      lockfilePath: path.join(dir, 'houseful.lock'),
      stale: 10_000,
      update: 2_000,
      onCompromised: onError,
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      throw new DatabaseUnavailable(
        `DATA_DIR ${dir} is in use by another Houseful process (or one killed less than 10 s ago); stop it or choose another DATA_DIR`,
      );
    }
    throw error;
  }
  // Loaded only here: a server on PostgreSQL never carries the embedded database in its memory.
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create(path.join(dir, 'pgdata'));
  const db = new PgliteDatabase(pglite);
  return {
    db,
    description: `embedded PostgreSQL in ${dir}`,
    close: async () => {
      await db.close();
      await release().catch(() => undefined);
    },
  };
}
