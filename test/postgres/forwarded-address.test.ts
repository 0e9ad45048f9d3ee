// Limits per client address behind a proxy (TRUST_PROXY; README, "Security"): two Houseful processes
// on one PostgreSQL database, reached through a proxy at 127.0.0.1 that names the client in
// X-Forwarded-For. Each limit counts the forwarded address; without TRUST_PROXY the header is ignored.
import { describe, expect, it } from 'vitest';
import type { Api } from '../support/api.ts';
import { postgresAvailable } from '../support/app.ts';
import { EventStream } from '../support/sse.ts';
import { twoInstancesOnAFreshDatabase } from '../support/two-instances.ts';

const LIMITS = {
  RATE_LIMIT_PER_MINUTE: '1000',
  SIGN_IN_LIMIT_PER_MINUTE: '3',
  SIGNUP_LIMIT_PER_HOUR: '2',
  SSE_MAX_PER_CLIENT: '1',
  PROMO_CODE_FAILURES_PER_HOUR_PER_ADDRESS: '2',
};

const from = (address: string) => ({ 'x-forwarded-for': address });

let clients = 0;
/** A customer signed up and in from an address of their own, so the limits above leave them be. */
async function customerFrom(api: Api): Promise<string> {
  const address = from(`192.0.2.${++clients}`);
  const email = `customer-${clients}-${Math.random().toString(36).slice(2)}@example.com`;
  expect((await api.post('/api/users', { name: 'Customer', email, password: 'password123' }, undefined, address)).status).toBe(201);
  return (await api.post('/api/sessions', { email, password: 'password123' }, undefined, address)).body.token as string;
}

describe.skipIf(!postgresAvailable())('limits per forwarded address behind TRUST_PROXY=127.0.0.1', () => {
  const race = twoInstancesOnAFreshDatabase({ ...LIMITS, TRUST_PROXY: '127.0.0.1' });

  it('counts sign-ins and sign-ups by the address the proxy forwarded for, on each instance', async () => {
    for (const [i, api] of race.apis.entries()) {
      const [crowded, other] = [`203.0.113.${10 + i}`, `203.0.113.${20 + i}`];
      // A new email each time, so the per-account backoff stays out of it.
      let tries = 0;
      const signIn = (address: string) =>
        api.post('/api/sessions', { email: `nobody-${i}-${++tries}@example.com`, password: 'wrong-password' }, undefined, from(address));
      const statuses = [];
      for (let n = 0; n < 4; n++) statuses.push((await signIn(crowded)).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect((await signIn(other)).status).toBe(401);

      const signUp = (address: string, n: number) =>
        api.post(
          '/api/users',
          { name: 'Flood', email: `flood-${i}-${n}-${address}@example.com`, password: 'password123' },
          undefined,
          from(address),
        );
      expect([(await signUp(crowded, 1)).status, (await signUp(crowded, 2)).status, (await signUp(crowded, 3)).status]).toEqual([
        201, 201, 429,
      ]);
      expect((await signUp(other, 1)).status).toBe(201);
    }
  });

  it('counts live seat streams and refused promo codes by the forwarded address', async () => {
    const { show, seats } = await race.apis[0]!.scenario(race.admin);
    const url = `${race.servers[1]!.url}/api/shows/${show.id}/events`;
    const first = await EventStream.open(url, from('198.51.100.1'));
    const second = await EventStream.open(url, from('198.51.100.1'));
    const elsewhere = await EventStream.open(url, from('198.51.100.2'));
    try {
      expect([first.status, second.status, elsewhere.status]).toEqual([200, 503, 200]);
    } finally {
      for (const stream of [first, second, elsewhere]) stream.close();
    }

    const api = race.apis[0]!;
    const holdWithCode = async (address: string, code: string) => {
      const token = await customerFrom(api);
      return (await api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id], promoCode: code }, token, from(address))).status;
    };
    expect([await holdWithCode('198.51.100.3', 'GUESSA'), await holdWithCode('198.51.100.3', 'GUESSB')]).toEqual([409, 409]);
    expect(await holdWithCode('198.51.100.3', 'GUESSC')).toBe(429);
    expect(await holdWithCode('198.51.100.4', 'GUESSD')).toBe(409);
  });
});

describe.skipIf(!postgresAvailable())('limits per address without TRUST_PROXY', () => {
  const race = twoInstancesOnAFreshDatabase(LIMITS);

  it('ignores X-Forwarded-For: a client naming other addresses does not escape a limit', async () => {
    for (const [i, api] of race.apis.entries()) {
      const statuses = [];
      // The admin's sign-in already counted one on the first instance, from 127.0.0.1.
      for (let n = 0; n < 4; n++) {
        const spoofed = from(`203.0.113.${n + 1}`);
        statuses.push(
          (await api.post('/api/sessions', { email: `nobody-${n}@example.com`, password: 'wrong-password' }, undefined, spoofed)).status,
        );
      }
      expect(statuses).toEqual(i === 0 ? [401, 401, 429, 429] : [401, 401, 401, 429]);
    }
  });
});
