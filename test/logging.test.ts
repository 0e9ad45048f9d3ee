// What reaches the log: a failed request logs what failed, never the values it carried (SQL
// parameters, a password hash, query strings).
import { SessionCache } from '../src/accounts/session-cache.ts';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Context } from '../src/context.ts';
import { ManualClock } from '../src/domain/clock.ts';
import { TestGateway } from '../src/gateways/test-gateway.ts';
import { Api } from './support/api.ts';
import { backends, freshDatabase } from './support/app.ts';

describe.each(backends())('the log on %s', (backend) => {
  const lines: string[] = [];
  let api: Api;
  let close: () => Promise<void>;
  let poison = false;
  beforeAll(async () => {
    const database = await freshDatabase(backend);
    const db = database.db;
    // A database that fails the way a bad value makes it fail, with the statement's own values.
    const query = db.query.bind(db);
    db.query = ((sql: string, params?: unknown[]) =>
      query(sql, poison ? params?.map((p) => (typeof p === 'string' ? `${p}\u0000` : p)) : params)) as typeof db.query;
    const log = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const ctx: Context = {
      db,
      clock: new ManualClock(),
      config: loadConfig({ RATE_LIMIT_PER_MINUTE: '0', SEED_DEMO: '0' }),
      gateway: new TestGateway(db),
      log,
      sessions: new SessionCache(),
    };
    const app = await buildApp(ctx, { loggerInstance: log });
    api = new Api(await app.listen({ port: 0, host: '127.0.0.1' }));
    close = async () => {
      await app.close();
      await database.dispose();
    };
  });
  afterAll(() => close());

  it('logs a database failure by its code and never the parameters it was given', async () => {
    lines.length = 0;
    poison = true;
    const reply = await api.post('/api/users', { name: 'Secretname', email: 'secretmail@example.com', password: 'secretpassword' });
    poison = false;
    expect(reply.status).toBe(500);
    const failure = lines.find((line) => line.includes('request failed'));
    expect(failure, lines.join('')).toBeDefined();
    expect(JSON.parse(failure!).err).toMatchObject({ code: '22021' });
    const all = lines.join('');
    for (const secret of ['Secretname', 'secretmail', 'secretpassword', '$argon2', 'INSERT INTO'])
      expect(all, `${secret} in ${all}`).not.toContain(secret);
  });

  it('logs the path of a request but not its query string', async () => {
    lines.length = 0;
    expect((await api.get('/api/shows?cityId=secretcity')).status).toBe(200);
    const all = lines.join('');
    expect(all).toContain('/api/shows');
    expect(all).not.toContain('secretcity');
  });
});
