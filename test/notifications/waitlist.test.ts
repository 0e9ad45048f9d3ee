// The waitlist: watchers of a sold-out show are mailed once when seats come free, by a
// cancellation or by a hold lapsing that nobody reads (the sweeper), oldest watcher first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxWorker } from '../../src/jobs/outbox-worker.ts';
import { startJobs } from '../../src/jobs/scheduler.ts';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { MailSink } from '../support/mail-sink.ts';

describe('POST /api/shows/{id}/watch', () => {
  let t: TestApp;
  let sink: MailSink;
  let stopWorker: () => Promise<void>;
  let stopJobs: () => Promise<void>;
  let admin: string;

  beforeAll(async () => {
    sink = await MailSink.start();
    t = await startTestApp({ env: { SMTP_URL: sink.url, SWEEP_INTERVAL_SECONDS: '1' } });
    stopWorker = await startOutboxWorker(t.ctx);
    stopJobs = startJobs(t.ctx);
    admin = await adminToken(t.ctx);
  });
  afterAll(async () => {
    await stopJobs();
    await stopWorker();
    await t.close();
    await sink.close();
  });

  const seatsFreeRows = async (showId: string) =>
    (
      await t.ctx.db.query<{ id: number; recipient: string }>(
        "SELECT id, recipient FROM outbox WHERE kind = 'seats-free' AND subject_id = $1 ORDER BY id",
        [showId],
      )
    ).rows;

  it('asks for sign-in, knows unknown shows, and refuses shows that are not upcoming', async () => {
    const { show } = await t.api.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: 2 }] });
    const watcher = await t.api.customer('Watcher');
    const anonymous = await t.api.post(`/api/shows/${show.id}/watch`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    const unknown = await t.api.post('/api/shows/shw_nope/watch', undefined, watcher.token);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect((await t.api.post(`/api/admin/shows/${show.id}/cancel`, undefined, admin)).status).toBe(200);
    const cancelled = await t.api.post(`/api/shows/${show.id}/watch`, undefined, watcher.token);
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.type).toMatch(/\/show-not-upcoming$/);
  });

  it('mails each watcher once, oldest first, when a cancellation frees seats; later freeings send nothing more', async () => {
    const { show, seats, movie } = await t.api.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: 2 }] });
    const holder = await t.api.customer('Holder');
    const first = await t.api.customer('First');
    const second = await t.api.customer('Second');
    const all = seats.map((s) => s.id);
    const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds: all }, holder.token);
    expect(hold.status).toBe(201);
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(0);

    const watched = await t.api.post(`/api/shows/${show.id}/watch`, undefined, first.token);
    expect(watched.status).toBe(201);
    expect(watched.body.showId).toBe(show.id);
    expect((await t.api.post(`/api/shows/${show.id}/watch`, undefined, second.token)).status).toBe(201);
    // Watching again while waiting keeps the first place in the queue.
    expect((await t.api.post(`/api/shows/${show.id}/watch`, undefined, first.token)).body.since).toBe(watched.body.since);

    expect((await t.api.post(`/api/bookings/${hold.body.id}/cancel`, undefined, holder.token)).status).toBe(200);
    const [toFirst, toSecond] = await Promise.all([
      sink.waitForMail(first.email, 'Seats free again', 30_000),
      sink.waitForMail(second.email, 'Seats free again', 30_000),
    ]);
    expect(toFirst.subject).toContain(movie.title);
    expect(toFirst.text).toContain('Seats free now');
    expect(toSecond.text).toContain(movie.title);
    expect((await seatsFreeRows(show.id)).map((row) => row.recipient)).toEqual([first.email, second.email]);

    // Sold out and freed again: the watchers were told already, so nobody is mailed twice.
    const again = await t.api.post('/api/bookings', { showId: show.id, seatIds: all }, holder.token);
    expect((await t.api.post(`/api/bookings/${again.body.id}/cancel`, undefined, holder.token)).status).toBe(200);
    expect(await seatsFreeRows(show.id)).toHaveLength(2);
    const freed = (email: string) => sink.to(email).filter((mail) => mail.subject?.includes('Seats free again'));
    expect(freed(first.email)).toHaveLength(1);
    expect(freed(second.email)).toHaveLength(1);
  });

  it('mails a watcher within SWEEP_INTERVAL_SECONDS + 5 s when a hold lapses unread', async () => {
    const { show, seats } = await t.api.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: 2 }] });
    const holder = await t.api.customer('Lapser');
    const watcher = await t.api.customer('Patient');
    expect((await t.api.post('/api/bookings', { showId: show.id, seatIds: seats.map((s) => s.id) }, holder.token)).status).toBe(201);
    expect((await t.api.post(`/api/shows/${show.id}/watch`, undefined, watcher.token)).status).toBe(201);

    t.clock.advance(t.ctx.config.holdTtlSeconds + 1); // nobody reads the show; only the sweeper notices
    const mail = await sink.waitForMail(watcher.email, 'Seats free again', (t.ctx.config.sweepIntervalSeconds + 5) * 1_000);
    expect(mail.text).toContain('Seats free now:');
    expect(await seatsFreeRows(show.id)).toHaveLength(1);
  });
});
