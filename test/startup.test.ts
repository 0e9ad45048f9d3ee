// Houseful as its own process: configuration errors, the embedded database's lock, demo data, SIGTERM.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain, startServerProcess } from '../scripts/server-process.ts';

describe('starting and stopping', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'houseful-data-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ HOLD_TTL_SECONDS: '0' }, /HOLD_TTL_SECONDS must be between/],
    [{ DATABASE_URL: 'mysql://localhost/x' }, /DATABASE_URL must start with postgres:/],
    [{ DATABASE_URL: 'postgres://u@h1:5432,h2:99999/db' }, /DATABASE_URL has a host that is not host or host:port: "h2:99999"/],
    [{ ADMIN_EMAIL: 'a@b.co' }, /ADMIN_EMAIL and ADMIN_PASSWORD must be set together/],
    [{ METRICS_TOKEN: 'short' }, /METRICS_TOKEN must be at least 16 characters/],
    [{ DATABASE_PREPARED_STATEMENTS: 'maybe' }, /DATABASE_PREPARED_STATEMENTS must be 1 or 0/],
    [{ DATABASE_URL: 'postgres://u@h/db', DATABASE_LISTEN_URL: 'http://h/db' }, /DATABASE_LISTEN_URL must start with postgres:/],
    [{ DATABASE_LISTEN_URL: 'postgres://u@h/db' }, /DATABASE_LISTEN_URL needs DATABASE_URL/],
    [
      { DATABASE_URL: 'postgres://u@h/db', DATABASE_READ_URL: 'postgres://u@r1,r2:x/db' },
      /DATABASE_READ_URL has a host that is not host or host:port: "r2:x"/,
    ],
    [{ DATABASE_READ_URL: 'postgres://u@h/db' }, /DATABASE_READ_URL needs DATABASE_URL/],
    [{ PAYMENT_GATEWAY: 'paypal' }, /PAYMENT_GATEWAY must be test or razorpay/],
    [{ PUBLIC_URL: 'tickets.example.com' }, /PUBLIC_URL is not a valid URL/],
    [{ PUBLIC_URL: 'ftp://tickets.example.com' }, /PUBLIC_URL must start with http:\/\/ or https:\/\//],
    [{ TRUST_PROXY: 'yes please' }, /TRUST_PROXY must be true, a hop count, or a comma-separated list of addresses\/CIDRs: "yes please"/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY must be .*"10\.0\.0\.0\/33" has too long a prefix/],
    [{ TRUST_PROXY: '0' }, /TRUST_PROXY must be true, a hop count from 1 to 32/],
    [{ NEW_ACCOUNT_MAX_HELD_SEATS: '4' }, /NEW_ACCOUNT_MAX_HELD_SEATS must not be below MAX_SEATS_PER_BOOKING \(10\)/],
    [
      { MAX_SEATS_PER_BOOKING: '12', MAX_HELD_SEATS_PER_ACCOUNT: '10' },
      /MAX_HELD_SEATS_PER_ACCOUNT must not be below MAX_SEATS_PER_BOOKING \(12\)/,
    ],
    [{ PAYMENT_GATEWAY: 'razorpay' }, /RAZORPAY_KEY_ID is required when PAYMENT_GATEWAY=razorpay/],
    [{ PAYMENT_GATEWAY: 'razorpay', RAZORPAY_KEY_ID: 'key_123' }, /RAZORPAY_KEY_ID must look like rzp_test_/],
    [{ PAYMENT_GATEWAY: 'razorpay', RAZORPAY_KEY_ID: 'rzp_test_abc' }, /RAZORPAY_KEY_SECRET is required/],
    [
      { PAYMENT_GATEWAY: 'razorpay', RAZORPAY_KEY_ID: 'rzp_test_abc', RAZORPAY_KEY_SECRET: 'secret' },
      /RAZORPAY_WEBHOOK_SECRET is required/,
    ],
    [
      {
        PAYMENT_GATEWAY: 'razorpay',
        RAZORPAY_KEY_ID: 'rzp_test_abc',
        RAZORPAY_KEY_SECRET: 'secret',
        RAZORPAY_WEBHOOK_SECRET: 'secret',
        RAZORPAY_API_URL: 'ftp://api',
      },
      /RAZORPAY_API_URL must start with http:\/\/ or https:\/\//,
    ],
    [{ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' }, /cannot reach the database at DATABASE_URL 127\.0\.0\.1:1\/none/],
    [
      { DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1,127.0.0.1:2/none?target_session_attrs=read-write' },
      /cannot reach the database at DATABASE_URL 127\.0\.0\.1:1,127\.0\.0\.1:2\/none/,
    ],
  ])('ends with one clear line for %o', async (env, message) => {
    const run = runMain({ DATA_DIR: dataDir, ...env });
    expect(await run.exited).toBe(1);
    const lines = run.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^houseful: /);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).not.toContain('secret'); // a password in DATABASE_URL is never echoed
  });

  // Loading the demo week into the embedded database took 22 s on a quiet machine and over 60 s on
  // a busy one: the bounds leave room for a machine several times slower.
  const DEMO_START_MS = 180_000;

  it(
    'loads demo data on the embedded database, refuses a second process on the same DATA_DIR, and exits 0 on SIGTERM',
    { timeout: 2 * DEMO_START_MS + 60_000 },
    async () => {
      const server = await startServerProcess(
        {
          DATA_DIR: dataDir,
          SEED_DEMO: '1',
          ADMIN_EMAIL: 'boss@example.com',
          ADMIN_PASSWORD: 'boss-password',
        },
        DEMO_START_MS,
      );
      try {
        const cities = (await (await fetch(`${server.url}/api/cities`)).json()) as { id: string; name: string }[];
        expect(cities.length).toBeGreaterThanOrEqual(3);
        const shows = (await (await fetch(`${server.url}/api/shows?cityId=${cities[0]!.id}`)).json()) as { seatsTotal: number }[];
        expect(shows.length).toBeGreaterThan(5);
        const seats = (await (await fetch(`${server.url}/api/shows/${(shows[0] as unknown as { id: string }).id}/seats`)).json()) as {
          seats: { type: string }[];
        };
        expect(new Set(seats.seats.map((s) => s.type))).toEqual(new Set(['regular', 'premium', 'vip']));
        const session = await fetch(`${server.url}/api/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'boss@example.com', password: 'boss-password' }),
        });
        expect(((await session.json()) as { user: { role: string } }).user.role).toBe('admin');

        const second = runMain({ DATA_DIR: dataDir });
        expect(await second.exited).toBe(1);
        expect(second.output()).toMatch(/^houseful: DATA_DIR .* is in use by another Houseful process/);
      } finally {
        const started = Date.now();
        expect(await server.stop()).toBe(0);
        expect(Date.now() - started).toBeLessThan(10_000);
      }
      // The lock went with the process: the directory opens again, with its data.
      const again = await startServerProcess({ DATA_DIR: dataDir, SEED_DEMO: '1' }, DEMO_START_MS);
      try {
        expect(((await (await fetch(`${again.url}/api/cities`)).json()) as unknown[]).length).toBeGreaterThanOrEqual(3);
      } finally {
        expect(await again.stop()).toBe(0);
      }
    },
  );
});
