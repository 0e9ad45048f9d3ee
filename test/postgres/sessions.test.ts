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

  it('refuses on the other instance, within a second, a token signed out on this one', async () => {
    const customer = await api(0).customer('Roaming');
    // Both instances have seen the session, so each now answers for it from memory.
    for (const i of [0, 1]) {
      expect(await meOn(i, customer.token)).toBe(200);
      expect(await meOn(i, customer.token)).toBe(200);
    }
    const other = await api(0).post('/api/sessions', { email: customer.email, password: 'password123' });
    expect(await meOn(1, other.body.token)).toBe(200);

    expect((await api(0).request('DELETE', '/api/sessions', { token: customer.token })).status).toBe(204);
    const signedOut = performance.now();
    // This instance forgets at once; the other when the database's notice reaches it.
    expect(await meOn(0, customer.token)).toBe(401);
    await waitUntil(async () => (await meOn(1, customer.token)) === 401, 5_000, 'the other instance refusing the token');
    const took = performance.now() - signedOut;
    expect(took).toBeLessThan(1_000);
    // Another session of the same account goes on, on both.
    expect(await meOn(1, other.body.token)).toBe(200);
    expect(await meOn(0, other.body.token)).toBe(200);

    // A password change ends every other session of the account, on every instance too.
    const changed = await api(0).request('PUT', '/api/me/password', {
      token: other.body.token,
      body: { currentPassword: 'password123', newPassword: 'a-new-and-long-password' },
    });
    expect(changed.status).toBe(204);
    const third = await api(1).post('/api/sessions', { email: customer.email, password: 'a-new-and-long-password' });
    expect(await meOn(1, third.body.token)).toBe(200);
    await api(1).request('DELETE', '/api/sessions?all=true', { token: third.body.token });
    const allEnded = performance.now();
    await waitUntil(async () => (await meOn(0, other.body.token)) === 401, 5_000, 'the first instance refusing every session');
    expect(performance.now() - allEnded).toBeLessThan(1_000);
  });

  it('gives a role granted on one instance to the account’s running sessions on the other, within a second', async () => {
    const adminToken = (await api(0).post('/api/sessions', { email: 'admin@example.com', password: 'admin-password' })).body
      .token as string;
    const { cinema } = await api(0).scenario(adminToken);
    const usher = await api(0).customer('Usher');
    const checkInOn = async (i: number) => (await api(i).post('/api/admin/checkins', { token: 'not-a-ticket' }, usher.token)).status;
    // Both instances know the session as a customer's: the door is closed to it.
    for (const i of [0, 1]) {
      expect((await api(i).get('/api/me', usher.token)).body.cinemaRoles).toEqual([]);
      expect(await checkInOn(i)).toBe(403);
    }
    expect((await api(0).post('/api/admin/staff', { email: usher.email, role: 'door', cinemaIds: [cinema.id] }, adminToken)).status).toBe(
      201,
    );
    const granted = performance.now();
    expect(await checkInOn(0)).toBe(422); // let through to the check-in itself, which finds no ticket
    await waitUntil(async () => (await checkInOn(1)) === 422, 5_000, 'the other instance letting the door staff in');
    expect(performance.now() - granted).toBeLessThan(1_000);
    expect((await api(1).get('/api/me', usher.token)).body.cinemaRoles).toEqual([{ cinemaId: cinema.id, role: 'door' }]);
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
