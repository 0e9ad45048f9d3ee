// Two instances' workers on one PostgreSQL database share the outbox: FOR UPDATE SKIP LOCKED and
// the lease make every message leave exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.ts';
import { PostgresDatabase } from '../../src/db/postgres-database.ts';
import { startOutboxWorker } from '../../src/jobs/outbox-worker.ts';
import { adminToken, postgresAvailable, startTestApp, type TestApp } from '../support/app.ts';
import { bookAndPay } from '../support/bookings.ts';
import { MailSink } from '../support/mail-sink.ts';
import { waitUntil } from '../support/wait.ts';

describe.skipIf(!postgresAvailable())('the outbox with two instances on one PostgreSQL database', () => {
  let t: TestApp;
  let sink: MailSink;
  let secondDb: PostgresDatabase;
  const stops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    sink = await MailSink.start();
    t = await startTestApp({ backend: 'postgres', env: { SMTP_URL: sink.url } });
    secondDb = new PostgresDatabase(t.databaseUrl!, 4, () => undefined);
    const secondInstance: Context = { ...t.ctx, db: secondDb };
    // Small batches, so both workers take part.
    stops.push(await startOutboxWorker(t.ctx, { batchSize: 2 }), await startOutboxWorker(secondInstance, { batchSize: 2 }));
  });
  afterAll(async () => {
    for (const stop of stops) await stop();
    await secondDb?.close();
    await t?.close();
    await sink?.close();
  });

  it('delivers every message once', async () => {
    const admin = await adminToken(t.ctx);
    const { show, seats } = await t.api.scenario(admin);
    const customers = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => t.api.customer(`Crowd${i}`)));
    await Promise.all(customers.map((c, i) => bookAndPay(t.api, c.token, show.id, [seats[i]!.id])));
    await Promise.all(customers.map((c) => sink.waitForMail(c.email, 'Booking confirmed')));
    await waitUntil(async () => {
      const pending = await t.ctx.db.query<{ n: number }>("SELECT count(*)::int AS n FROM outbox WHERE status <> 'sent'");
      return pending.rows[0]!.n === 0;
    });
    const ids = sink.mails.filter((mail) => mail.subject?.includes('Booking confirmed')).map((mail) => mail.messageId);
    expect(ids).toHaveLength(customers.length);
    expect(new Set(ids).size).toBe(customers.length);
    const attempts = await t.ctx.db.query<{ attempts: number }>('SELECT attempts FROM outbox');
    expect(attempts.rows.every((row) => row.attempts === 1)).toBe(true);
  });
});
