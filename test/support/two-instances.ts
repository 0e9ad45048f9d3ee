// Two Houseful processes on one PostgreSQL database, and the admin signed in: how the tests that
// race customers across instances begin.
import { startServerProcess, type ServerProcess } from '../../scripts/server-process.ts';
import { Api } from './api.ts';

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
