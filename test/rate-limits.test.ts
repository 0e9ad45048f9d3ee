// The limits on sign-in, sign-up, holds and refused promo codes (README, "Security"): per client
// address, per account (a backoff kept in the database, so it holds across instances), and for
// accounts just made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';

/** Sign-in from a given client address, through the app without a socket. */
async function signInFrom(t: TestApp, remoteAddress: string, email: string, password: string) {
  const reply = await t.app.inject({ method: 'POST', url: '/api/sessions', remoteAddress, payload: { email, password } });
  return { status: reply.statusCode, retryAfter: reply.headers['retry-after'], body: reply.json<Record<string, unknown>>() };
}

describe.each(backends())('sign-in backoff per account (%s)', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      backend,
      env: { RATE_LIMIT_PER_MINUTE: '1000', SIGN_IN_LIMIT_PER_MINUTE: '1000', SIGN_IN_BACKOFF_AFTER: '3' },
    });
  });
  afterAll(() => t.close());

  it('makes each try after a run of wrong passwords wait longer, from any client, the right password too', async () => {
    const { email } = await t.api.customer('Victim');
    let client = 0;
    const from = () => `10.0.0.${++client}`;
    for (let i = 0; i < 3; i++) expect((await signInFrom(t, from(), email, 'wrong-password')).status).toBe(401);

    const refused = await signInFrom(t, from(), email, 'password123');
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ type: '/problems/too-many-attempts', status: 429 });
    expect(Number(refused.retryAfter)).toBe(1);
    // The same email written differently is the same account.
    expect((await signInFrom(t, from(), ` ${email.toUpperCase()}`, 'password123')).status).toBe(429);

    t.clock.advance(1);
    expect((await signInFrom(t, from(), email, 'wrong-password')).status).toBe(401);
    const longer = await signInFrom(t, from(), email, 'password123');
    expect(longer.status).toBe(429);
    expect(Number(longer.retryAfter)).toBe(2);

    t.clock.advance(2);
    expect((await signInFrom(t, from(), email, 'password123')).status).toBe(201);
    // A success starts the count again.
    expect((await signInFrom(t, from(), email, 'wrong-password')).status).toBe(401);
    expect((await signInFrom(t, from(), email, 'password123')).status).toBe(201);
  });

  it('backs off an unknown email exactly like a known one, so it does not tell which exist', async () => {
    const email = `nobody-${Math.random().toString(36).slice(2)}@example.com`;
    for (let i = 0; i < 3; i++) expect((await signInFrom(t, '10.1.0.1', email, 'wrong-password')).status).toBe(401);
    const refused = await signInFrom(t, '10.1.0.2', email, 'wrong-password');
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBe(1);
  });

  it('never waits longer than SIGN_IN_BACKOFF_MAX_SECONDS', async () => {
    const capped = await startTestApp({
      backend,
      env: {
        RATE_LIMIT_PER_MINUTE: '1000',
        SIGN_IN_LIMIT_PER_MINUTE: '1000',
        SIGN_IN_BACKOFF_AFTER: '1',
        SIGN_IN_BACKOFF_MAX_SECONDS: '5',
      },
    });
    try {
      const email = 'capped@example.com';
      const waits: number[] = [];
      for (let i = 0; i < 6; i++) {
        expect((await signInFrom(capped, '10.2.0.1', email, 'wrong-password')).status).toBe(401);
        const refused = await signInFrom(capped, '10.2.0.1', email, 'wrong-password');
        expect(refused.status).toBe(429);
        waits.push(Number(refused.retryAfter));
        capped.clock.advance(Number(refused.retryAfter));
      }
      expect(waits).toEqual([1, 2, 4, 5, 5, 5]);
    } finally {
      await capped.close();
    }
  });
});

describe('limits per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000', SIGN_IN_LIMIT_PER_MINUTE: '3', SIGNUP_LIMIT_PER_HOUR: '3' } });
  });
  afterAll(() => t.close());

  it('limits sign-ins from one address across accounts', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await signInFrom(t, '10.3.0.1', `user${i}@example.com`, 'password1')).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect((await signInFrom(t, '10.3.0.2', 'user0@example.com', 'password1')).status).toBe(401);
  });

  it('limits sign-ups from one address per hour, with Retry-After', async () => {
    const signUp = (i: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/users',
        remoteAddress: '10.4.0.1',
        payload: { name: 'Flood', email: `flood${i}@example.com`, password: 'password123' },
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await signUp(i)).statusCode);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const refused = await signUp(9);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(60);
  });
});

describe.each(backends())('holds by new accounts (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({
      backend,
      env: { RATE_LIMIT_PER_MINUTE: '1000', NEW_ACCOUNT_MINUTES: '60', NEW_ACCOUNT_MAX_HELD_SEATS: '3', MAX_SEATS_PER_BOOKING: '3' },
    });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  it('lets an account younger than NEW_ACCOUNT_MINUTES hold only so many seats at once, across shows', async () => {
    const first = await t.api.scenario(admin);
    const second = await t.api.scenario(admin);
    const customer = await t.api.customer('Fresh');
    const hold = (scenario: typeof first, seats: number[]) =>
      t.api.post('/api/bookings', { showId: scenario.show.id, seatIds: seats.map((i) => scenario.seats[i]!.id) }, customer.token);
    expect((await hold(first, [0, 1])).status).toBe(201);
    const refused = await hold(second, [0, 1]);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: '/problems/new-account-hold-limit', limit: 3 });
    expect((await t.api.get(`/api/shows/${second.show.id}`)).body.seatsAvailable).toBe(10);
    expect((await hold(second, [0])).status).toBe(201);
    expect((await hold(second, [1])).status).toBe(409);

    // An hour on, the account is no longer new (its earlier holds have lapsed meanwhile).
    t.clock.advance(61 * 60);
    expect((await hold(first, [2, 3, 4])).status).toBe(201);
    expect((await hold(second, [2, 3, 4])).status).toBe(201);
  });

  it('pays no mind to accounts older than that', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer('Old');
    await t.ctx.db.query("UPDATE users SET created_at = created_at - interval '2 hours' WHERE id = $1", [customer.id]);
    const reply = await t.api.post('/api/bookings', { showId: show.id, seatIds: seats.slice(0, 3).map((s) => s.id) }, customer.token);
    expect(reply.status).toBe(201);
  });
});

describe.each(backends())('failed promo codes per account and per address (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({
      backend,
      env: {
        RATE_LIMIT_PER_MINUTE: '1000',
        SIGNUP_LIMIT_PER_HOUR: '1000',
        SIGN_IN_LIMIT_PER_MINUTE: '1000',
        NEW_ACCOUNT_MINUTES: '0',
        PROMO_CODE_FAILURES_PER_HOUR: '3',
        PROMO_CODE_FAILURES_PER_HOUR_PER_ADDRESS: '5',
      },
    });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  let serial = 0;
  const newCode = async () => {
    const code = `REAL${Date.now().toString(36).toUpperCase()}${serial++}`;
    expect((await t.api.post('/api/admin/promo-codes', { code, amountOff: 1_000 }, admin)).status).toBe(201);
    return code;
  };
  /** A hold of one seat from a given client address, through the app without a socket. */
  const holdFrom = async (remoteAddress: string, token: string, showId: string, seatId: string, promoCode?: string) => {
    const reply = await t.app.inject({
      method: 'POST',
      url: '/api/bookings',
      remoteAddress,
      headers: { authorization: `Bearer ${token}` },
      payload: { showId, seatIds: [seatId], ...(promoCode === undefined ? {} : { promoCode }) },
    });
    return { status: reply.statusCode, headers: reply.headers, body: reply.json<Record<string, unknown>>() };
  };

  it('answers holds with a code 429 after too many refused codes from one account, from any address, holding nothing', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const real = await newCode();
    const guesser = await t.api.customer('Guesser');
    for (let i = 0; i < 3; i++)
      expect((await holdFrom(`10.6.0.${i + 1}`, guesser.token, show.id, seats[0]!.id, `GUESS${i}`)).status).toBe(409);

    // The right code too: each further try waits until the hour of the first refusal is over.
    const refused = await holdFrom('10.6.0.9', guesser.token, show.id, seats[0]!.id, real);
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ type: '/problems/too-many-promo-code-attempts', status: 429 });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(3_000);
    expect(retryAfter).toBeLessThanOrEqual(3_600);
    expect(refused.body.retryAfterSeconds).toBe(retryAfter);
    expect((await t.api.get('/api/bookings', guesser.token)).body).toEqual([]);
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(10);

    // Holds without a code go on, and so does everyone else's code.
    expect((await holdFrom('10.6.0.9', guesser.token, show.id, seats[1]!.id)).status).toBe(201);
    expect((await holdFrom('10.6.0.10', (await t.api.customer()).token, show.id, seats[2]!.id, real)).status).toBe(201);
  });

  it('limits refused codes from one address across accounts', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const real = await newCode();
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const { token } = await t.api.customer(`Guesser${i}`);
      statuses.push((await holdFrom('10.7.0.1', token, show.id, seats[0]!.id, `GUESS${i}X`)).status);
    }
    expect(statuses).toEqual([409, 409, 409, 409, 409, 429]);
    const { token } = await t.api.customer('Neighbour');
    expect((await holdFrom('10.7.0.1', token, show.id, seats[0]!.id, real)).status).toBe(429);
    expect((await holdFrom('10.7.0.2', token, show.id, seats[0]!.id, real)).status).toBe(201);
  });

  it('lets no more refused codes through than the limit, however many race', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const guesser = await t.api.customer('Racer');
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, i) => holdFrom(`10.8.0.${i + 1}`, guesser.token, show.id, seats[i]!.id, `RACE${i}X`)),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([409, 409, 409, 429, 429, 429, 429, 429]);
  });

  it('counts only refused codes: a customer using a code they were given never meets the limit', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const real = await newCode();
    const customer = await t.api.customer('Regular');
    for (let i = 0; i < 5; i++) {
      // A seat of its own each time: a seat let go is not the customer's again for a minute (REHOLD_COOLDOWN_SECONDS).
      const held = await holdFrom('10.9.0.1', customer.token, show.id, seats[i]!.id, real);
      expect(held.status).toBe(201);
      expect((await t.api.post(`/api/bookings/${held.body.id}/cancel`, undefined, customer.token)).status).toBe(200);
    }
  });
});

describe('the defaults', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    // Every limit at its default, as a server runs out of the box.
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '600' } });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  it('let a family of six sign up and book six seats at once', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const family = await t.api.customer('Family');
    const reply = await t.api.post('/api/bookings', { showId: show.id, seatIds: seats.slice(0, 6).map((s) => s.id) }, family.token);
    expect(reply.status).toBe(201);
  });

  it('keep fresh accounts from one address from holding a whole 132-seat show', async () => {
    // Ten sign-ups an hour, each new account holding at most one full booking (10 seats) at once.
    const rows = 'ABCDEFGHIJKL'.split('').map((label) => ({ label, seatType: 'regular', seats: 11 }));
    const { show, seats } = await t.api.scenario(admin, { rows });
    expect(seats).toHaveLength(132);
    let next = 0;
    let accounts = 0;
    for (let i = 0; i < 20 && next < seats.length; i++) {
      const email = `hoarder${i}@example.com`;
      const created = await t.api.post('/api/users', { name: 'Hoarder', email, password: 'password123' });
      if (created.status !== 201) {
        expect(created.status).toBe(429);
        break;
      }
      accounts++;
      const { token } = (await t.api.post('/api/sessions', { email, password: 'password123' })).body;
      for (;;) {
        const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds: seats.slice(next, next + 2).map((s) => s.id) }, token);
        if (hold.status !== 201) break;
        next += 2;
      }
    }
    expect(accounts).toBeLessThan(20);
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBeGreaterThan(0);
  });
});
