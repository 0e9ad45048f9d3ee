// GET /api/shows/{id}/events: seat changes as server-sent events, in this instance and across
// instances (a second Houseful process on the same PostgreSQL database).
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, postgresAvailable, startTestApp, type TestApp } from '../support/app.ts';
import { bookAndPay } from '../support/bookings.ts';
import { EventStream } from '../support/sse.ts';

interface SeatsData {
  seatIds: string[];
  status: string;
}

const sameSeats = (ids: string[], status: string) => (data: SeatsData) =>
  data.status === status && [...data.seatIds].sort().join() === [...ids].sort().join();

describe('live seat events in one instance', () => {
  let t: TestApp;
  let admin: string;
  const streams: EventStream[] = [];
  const open = async (url: string, headers?: Record<string, string>) => {
    const stream = await EventStream.open(url, headers);
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { SSE_HEARTBEAT_SECONDS: '1' } });
    admin = await adminToken(t.ctx);
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await t.close();
  });

  it('answers an unknown show with 404 problem+json', async () => {
    const stream = await open(`${t.url}/api/shows/shw_unknown/events`);
    expect(stream.status).toBe(404);
    expect(stream.response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await stream.response.json()) as { type: string }).type).toMatch(/\/not-found$/);
  });

  it('streams holds, payments and cancellations as `seats` events with ids, and heartbeats', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const stream = await open(`${t.url}/api/shows/${show.id}/events`);
    expect(stream.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
    await stream.comment((text) => text.startsWith('subscribed'));

    const customer = await t.api.customer('Live');
    const ids = [seats[0]!.id, seats[1]!.id];
    const booking = await bookAndPay(t.api, customer.token, show.id, ids);
    const held = await stream.next('seats', sameSeats(ids, 'held'));
    expect(held.json).toEqual({ seatIds: expect.any(Array), status: 'held' });
    expect(held.id).toMatch(/^[0-9a-f]+\.\d+$/);
    await stream.next('seats', sameSeats(ids, 'booked'));
    expect((await t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, customer.token)).status).toBe(200);
    await stream.next('seats', sameSeats(ids, 'available'));
    await stream.comment((text) => text === 'heartbeat', 5_000);
  });

  it('replays what a client missed after Last-Event-ID, or sends a snapshot when it cannot', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer('Reconnect');
    const first = await open(`${t.url}/api/shows/${show.id}/events`);
    await first.comment((text) => text.startsWith('subscribed'));
    const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token);
    const seen = await first.next('seats', sameSeats([seats[0]!.id], 'held'));
    first.close();

    // Missed while away: this hold, and its cancellation.
    await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[5]!.id] }, customer.token);
    await t.api.post(`/api/bookings/${hold.body.id}/cancel`, undefined, customer.token);

    const resumed = await open(`${t.url}/api/shows/${show.id}/events`, { 'last-event-id': seen.id! });
    await resumed.next('seats', sameSeats([seats[5]!.id], 'held'));
    await resumed.next('seats', sameSeats([seats[0]!.id], 'available'));
    expect(resumed.events.map((e) => e.event)).not.toContain('snapshot');

    const stranger = await open(`${t.url}/api/shows/${show.id}/events`, { 'last-event-id': 'ffffffff.12' });
    const snapshot = await stranger.next<{ seats: { id: string; status: string }[] }>('snapshot');
    expect(stranger.events[0]!.event).toBe('snapshot');
    expect(snapshot.json.seats.find((s) => s.id === seats[5]!.id)?.status).toBe('held');
    expect(snapshot.json.seats.find((s) => s.id === seats[0]!.id)?.status).toBe('available');

    // A fresh connection asks for the seat map first with ?snapshot=true, as the query string spells it.
    const fresh = await open(`${t.url}/api/shows/${show.id}/events?snapshot=true`, {});
    await fresh.next('snapshot');
    expect(fresh.events[0]!.event).toBe('snapshot');
  });

  it('ends open streams when the app closes, so shutdown does not wait on them', async () => {
    const other = await startTestApp();
    const otherAdmin = await adminToken(other.ctx);
    const { show } = await other.api.scenario(otherAdmin);
    const stream = await open(`${other.url}/api/shows/${show.id}/events`);
    await stream.comment((text) => text.startsWith('subscribed'));
    const closing = other.close();
    // Any bound shows close() does not wait on the stream; a generous one, so a slow machine passes.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all([closing, stream.ended]),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('app.close() did not finish within 30 s')), 30_000))),
    ]).finally(() => clearTimeout(timer));
  });
});

/** A second Houseful process (`node --import tsx src/main.ts`) on the given database, ready to serve. */
async function spawnInstance(databaseUrl: string): Promise<{ url: string; stop(): Promise<number | null> }> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', SEED_DEMO: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let listening: string | undefined;
    const timer = setTimeout(() => reject(new Error(`the second instance was not ready within 30 s: ${stderr}`)), 30_000);
    void exited.then((code) => reject(new Error(`the second instance exited (${code}): ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: { msg?: string; url?: string };
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        return;
      }
      if (entry.msg?.startsWith('Houseful listening on')) listening = entry.url;
      if (entry.msg === 'ready' && listening) {
        clearTimeout(timer);
        resolve(listening);
      }
    });
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

describe.skipIf(!postgresAvailable())('live seat events across instances (PostgreSQL)', () => {
  let t: TestApp;
  let second: Awaited<ReturnType<typeof spawnInstance>>;
  let admin: string;
  const streams: EventStream[] = [];

  beforeAll(async () => {
    t = await startTestApp({ backend: 'postgres' });
    admin = await adminToken(t.ctx);
    second = await spawnInstance(t.databaseUrl!);
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    if (second) expect(await second.stop()).toBe(0);
    await t?.close();
  });

  it('a subscriber of the second instance sees a hold made on the first, and the other way round', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer('Across');
    const onSecond = await EventStream.open(`${second.url}/api/shows/${show.id}/events`);
    const onFirst = await EventStream.open(`${t.url}/api/shows/${show.id}/events`);
    streams.push(onSecond, onFirst);
    expect(onSecond.status).toBe(200);
    await onSecond.comment((text) => text.startsWith('subscribed'));
    await onFirst.comment((text) => text.startsWith('subscribed'));

    const ids = [seats[2]!.id, seats[3]!.id];
    const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds: ids }, customer.token);
    expect(hold.status).toBe(201);
    const seen = await onSecond.next<SeatsData>('seats', sameSeats(ids, 'held'), 5_000);
    expect(seen.json).toEqual({ seatIds: expect.arrayContaining(ids), status: 'held' });

    // Cancelled through the second instance: the first instance's subscriber hears of it.
    const cancelled = await fetch(`${second.url}/api/bookings/${hold.body.id}/cancel`, {
      method: 'POST',
      headers: { authorization: `Bearer ${customer.token}` },
    });
    expect(cancelled.status).toBe(200);
    await onFirst.next('seats', sameSeats(ids, 'available'), 5_000);

    // And a payment made on the first reaches the second as booked.
    await bookAndPay(t.api, customer.token, show.id, [seats[7]!.id]);
    await onSecond.next('seats', sameSeats([seats[7]!.id], 'booked'), 5_000);
  });
});
