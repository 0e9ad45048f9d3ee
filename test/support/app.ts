// Starts Houseful in this process on a fresh database, listening on 127.0.0.1:0.
import { SessionCache } from '../../src/accounts/session-cache.ts';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { inject } from 'vitest';
import { createUser, signIn } from '../../src/accounts/accounts.ts';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Context } from '../../src/context.ts';
import type { Database } from '../../src/db/database.ts';
import { PgliteDatabase } from '../../src/db/pglite-database.ts';
import { PostgresDatabase } from '../../src/db/postgres-database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { paymentGateway } from '../../src/gateways/from-config.ts';
import type { TestGatewayOptions } from '../../src/gateways/test-gateway.ts';
import { Api } from './api.ts';
import { createTestDatabase } from './postgres.ts';

export type Backend = 'pglite' | 'postgres';

export interface TestApp {
  url: string;
  api: Api;
  ctx: Context;
  app: FastifyInstance;
  clock: ManualClock;
  /** Set only on the postgres backend: the URL of this file's own database. */
  databaseUrl?: string;
  close(): Promise<void>;
}

export const postgresAvailable = (): boolean => inject('postgresTemplate') !== '';

/** A fresh database of the given kind, migrated, with a way to throw it away. */
export async function freshDatabase(backend: Backend): Promise<{ db: Database; url?: string; dispose(): Promise<void> }> {
  if (backend === 'pglite') {
    const image = await readFile(inject('pgliteImage'));
    const pglite = await PGlite.create({ loadDataDir: new Blob([image]) });
    const db = new PgliteDatabase(pglite);
    return { db, dispose: () => db.close() };
  }
  const created = await createTestDatabase(inject('postgresTemplate'));
  const db = new PostgresDatabase(created.url, 20, () => undefined);
  return {
    db,
    url: created.url,
    dispose: async () => {
      await db.close();
      await created.drop();
    },
  };
}

export async function startTestApp(
  options: {
    backend?: Backend;
    env?: Record<string, string>;
    gateway?: TestGatewayOptions;
    clock?: ManualClock;
    /** Every log line, at every level, is written here too. */
    logTo?: (line: string) => void;
  } = {},
): Promise<TestApp> {
  const backend = options.backend ?? 'pglite';
  const database = await freshDatabase(backend);
  const config: Config = loadConfig({ RATE_LIMIT_PER_MINUTE: '0', SEED_DEMO: '0', LOG_LEVEL: 'silent', ...options.env });
  const clock = options.clock ?? new ManualClock();
  const logTo = options.logTo;
  const log = logTo
    ? pino({ level: 'trace' }, { write: (line: string) => logTo(line) })
    : pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const ctx: Context = {
    db: database.db,
    clock,
    config,
    gateway: paymentGateway(database.db, config, options.gateway),
    log,
    sessions: new SessionCache(),
  };
  const app = await buildApp(ctx, { loggerInstance: log });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    api: new Api(url),
    ctx,
    app,
    clock,
    ...(database.url ? { databaseUrl: database.url } : {}),
    close: async () => {
      await app.close();
      await database.dispose();
    },
  };
}

/** An admin account made directly in the database, signed in. */
export async function adminToken(ctx: Context, email = `admin-${Math.random().toString(36).slice(2)}@example.com`): Promise<string> {
  await createUser(ctx.db, { name: 'Admin', email, password: 'admin-password' }, 'admin');
  return (await signIn(ctx.db, ctx.clock, 24, email, 'admin-password')).token;
}

/** The backends every booking rule is tested on: PGlite always, PostgreSQL when a server answers. */
export function backends(): Backend[] {
  return postgresAvailable() ? ['pglite', 'postgres'] : ['pglite'];
}
