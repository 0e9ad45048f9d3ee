// Sessions across instances: two Houseful processes on one PostgreSQL database. A token signed out
// on one is refused by the other, and restarting with a new ADMIN_PASSWORD ends the admin's sessions
// on every instance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../scripts/server-process.ts';
import { Api } from '../support/api.ts';
import { freshDatabase, postgresAvailable } from '../support/app.ts';
import { waitUntil } from '../support/wait.ts';

describe.skipIf(!postgresAvailable())('sessions across two server processes on one PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let servers: ServerProcess[];
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await freshDatabase('postgres');
    env = {
      DATABASE_URL: database.url!,
      ADMIN_EMAIL: 'admin@example.com',
      ADMIN_PASSWORD: 'admin-password',
      DATABASE_POOL_SIZE: '4',
      LOG_LEVEL: 'warn',
    };
    servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });

  afterAll(async () => {
    await Promise.all((servers ?? []).map((server) => server.stop()));
    await database?.dispose();
  });

  const api = (i: number) => new Api(servers[i]!.url);
  const meOn = async (i: number, token: string) => (await api(i).get('/api/me', token)).status;

  it('refuses on the other instance a token signed out on this one', async () => {
    const customer = await api(0).customer('Roaming');
    expect(await meOn(1, customer.token)).toBe(200);
    expect((await api(0).request('DELETE', '/api/sessions', { token: customer.token })).status).toBe(204);
    // Sessions are read from the database on every request, so the first ask after sign-out is already refused.
    const first = await meOn(1, customer.token);
    await waitUntil(async () => (await meOn(1, customer.token)) === 401, 5_000, 'the other instance refusing the token');
    expect(first).toBe(401);
  });

  it('ends the admin’s sessions on every instance when one restarts with a changed ADMIN_PASSWORD', async () => {
    const signIn = (password: string) => api(1).post('/api/sessions', { email: 'admin@example.com', password });
    const token = (await signIn('admin-password')).body.token as string;
    expect(await meOn(1, token)).toBe(200);

    // A restart with the same password signs nobody out.
    await servers[0]!.stop();
    servers[0] = await startServerProcess(env);
    expect(await meOn(1, token)).toBe(200);

    await servers[0]!.stop();
    servers[0] = await startServerProcess({ ...env, ADMIN_PASSWORD: 'a-changed-admin-password' });
    expect(await meOn(1, token)).toBe(401);
    expect(await meOn(0, token)).toBe(401);
    expect((await signIn('admin-password')).status).toBe(401);
    expect((await signIn('a-changed-admin-password')).status).toBe(201);
  });
});
