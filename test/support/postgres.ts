// Where the PostgreSQL tier runs: DATABASE_URL, else the local server at 127.0.0.1:5432.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export function postgresServerUrl(): string {
  return process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** The same server, connected to the maintenance database (for CREATE/DROP DATABASE). */
export function adminUrl(server: string): string {
  return databaseUrlFor(server, 'postgres');
}

export function databaseUrlFor(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fresh copy of the migrated template for one test file; drop() removes it. */
export async function createTestDatabase(template: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = postgresServerUrl();
  const name = `houseful_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl(server) });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrlFor(server, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl(server) });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * A pool for a test's own queries. pg-pool's end() resolves before its connections have closed,
 * so a database dropped right after may send them its farewell: the pool must listen for it.
 * `keepIdle`: idle connections are kept, not closed after 10 s (for a server whose slots others would take meanwhile).
 */
export function testPool(connectionString: string | undefined, max: number, options: { keepIdle?: boolean } = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, ...(options.keepIdle ? { idleTimeoutMillis: 0 } : {}) });
  pool.on('error', () => undefined);
  return pool;
}
