// Two Houseful processes on one PostgreSQL database, and the admin signed in: how the tests that
// race customers across instances begin.
import type pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../scripts/server-process.ts';
import { Api } from './api.ts';
import { freshDatabase } from './app.ts';
import { testPool } from './postgres.ts';

export interface TwoInstances {
  servers: ServerProcess[];
  apis: Api[];
  /** The admin's bearer token, from the first instance. */
  admin: string;
}

/** Starts both on `databaseUrl` (ADMIN_EMAIL/ADMIN_PASSWORD set, pools of 10, warnings logged); `env` adds or overrides. */
export async function startTwoInstances(databaseUrl: string, env: Record<string, string> = {}): Promise<TwoInstances> {
  const settings = {
    DATABASE_URL: databaseUrl,
    ADMIN_EMAIL: 'admin@example.com',
    ADMIN_PASSWORD: 'admin-password',
    DATABASE_POOL_SIZE: '10',
    LOG_LEVEL: 'warn',
    ...env,
  };
  const servers = await Promise.all([startServerProcess(settings), startServerProcess(settings)]);
  const apis = servers.map((server) => new Api(server.url));
  const admin = (await apis[0]!.post('/api/sessions', { email: 'admin@example.com', password: 'admin-password' })).body.token as string;
  return { servers, apis, admin };
}

/** What a race test works with: the two instances, the admin's token, and a pool for counting in the database. */
export interface RaceSetting extends TwoInstances {
  pool: pg.Pool;
}

/**
 * A fresh PostgreSQL database with two instances on it, made before the enclosing describe's tests
 * and removed after them; its fields are there once the tests run.
 */
export function twoInstancesOnAFreshDatabase(env: Record<string, string> = {}): RaceSetting {
  const setting = {} as RaceSetting;
  let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  beforeAll(async () => {
    database = await freshDatabase('postgres');
    Object.assign(setting, await startTwoInstances(database.url!, env));
    setting.pool = testPool(database.url, 4);
  });
  afterAll(async () => {
    // A 5xx in a race is a bug whose cause is only in the servers' log: printed, so a failed run tells it.
    for (const [i, server] of (setting.servers ?? []).entries()) {
      const errors = server
        .output()
        .split('\n')
        .filter((line) => /"level":(50|60)/.test(line));
      if (errors.length > 0) console.error(`instance ${i} logged errors:\n${errors.join('\n')}`);
    }
    await setting.pool?.end();
    await Promise.all((setting.servers ?? []).map((server) => server.stop()));
    await database?.dispose();
  });
  return setting;
}
