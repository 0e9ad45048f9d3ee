import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';

const card = (number: string) => ({ method: 'credit_card', card: { number, expiry: '12/35', cvv: '123' } });

const outcomes: [string, object, number][] = [
  ['credit card 4242…', card('4242424242424242'), 200],
  ['credit card 4000…0002', card('4000000000000002'), 402],
  ['debit card 4242…', { method: 'debit_card', card: { number: '4242 4242 4242 4242', expiry: '01/40', cvv: '999' } }, 200],
  ['upi success@upi', { method: 'upi', upiId: 'success@upi' }, 200],
  ['upi failure@upi', { method: 'upi', upiId: 'failure@upi' }, 402],
  ['net banking HDFC', { method: 'net_banking', bank: 'HDFC' }, 200],
  ['net banking decline', { method: 'net_banking', bank: 'decline' }, 402],
  ['wallet paytm', { method: 'wallet', walletId: 'paytm-98200' }, 200],
  ['wallet decline', { method: 'wallet', walletId: 'decline' }, 402],
];

describe.each(backends())('paying (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  async function holdOne(token?: string) {
    const { show, seats } = await t.api.scenario(admin);
    const customer = token ? { token } : await t.api.customer();
    const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id, seats[1]!.id] }, customer.token);
    expect(hold.status).toBe(201);
    return { show, seats, token: customer.token, booking: hold.body };
  }

  const charges = async (bookingId: string) =>
    (
      await t.ctx.db.query<{ status: string }>(
        'SELECT c.status FROM test_gateway_charges c JOIN payments p ON p.id = c.reference WHERE p.booking_id = $1 ORDER BY c.created_at',
        [bookingId],
      )
    ).rows.map((r) => r.status);

  it.each(outcomes)('%s → %i', async (_name, body, status) => {
    const { show, token, booking } = await holdOne();
    const reply = await t.api.post(`/api/bookings/${booking.id}/payment`, body, token, { 'Idempotency-Key': 'k' });
    expect(reply.status).toBe(status);
    const seatsLeft = (await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable;
    if (status === 200) {
      expect(reply.body).toMatchObject({ status: 'confirmed', payment: { status: 'completed', amount: booking.total } });
      expect(seatsLeft).toBe(8);
      expect(await charges(booking.id)).toEqual(['captured']);
    } else {
      expect(reply.body.type).toMatch(/\/payment-declined$/);
      // Declined: the booking expires and its seats are free at once.
      expect((await t.api.get(`/api/bookings/${booking.id}`, token)).body.status).toBe('expired');
      expect(seatsLeft).toBe(10);
      expect(await charges(booking.id)).toEqual(['declined']);
    }
  });

  it('replays the same answer for the same key and charges once', async () => {
    const { token, booking } = await holdOne();
    const body = { method: 'upi', upiId: 'success@upi' };
    const first = await t.api.post(`/api/bookings/${booking.id}/payment`, body, token, { 'Idempotency-Key': 'same' });
    const again = await t.api.post(`/api/bookings/${booking.id}/payment`, body, token, { 'Idempotency-Key': 'same' });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await charges(booking.id)).toEqual(['captured']);
  });

  it('replays a decline too, without charging again', async () => {
    const { token, booking } = await holdOne();
    const body = { method: 'upi', upiId: 'failure@upi' };
    const first = await t.api.post(`/api/bookings/${booking.id}/payment`, body, token, { 'Idempotency-Key': 'declined' });
    const again = await t.api.post(`/api/bookings/${booking.id}/payment`, body, token, { 'Idempotency-Key': 'declined' });
    expect([first.status, again.status]).toEqual([402, 402]);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect(await charges(booking.id)).toEqual(['declined']);
  });

  it('answers 422 for the same key with another body, 400 without a key, and keeps keys per caller', async () => {
    const { token, booking } = await holdOne();
    const missing = await t.api.post(`/api/bookings/${booking.id}/payment`, { method: 'upi', upiId: 'success@upi' }, token);
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('Idempotency-Key');
    expect(await charges(booking.id)).toEqual([]);

    await t.api.post(`/api/bookings/${booking.id}/payment`, { method: 'upi', upiId: 'success@upi' }, token, { 'Idempotency-Key': 'mine' });
    const reused = await t.api.post(`/api/bookings/${booking.id}/payment`, { method: 'wallet', walletId: 'x' }, token, {
      'Idempotency-Key': 'mine',
    });
    expect(reused.status).toBe(422);
    expect(reused.body.type).toMatch(/\/idempotency-key-reused$/);

    // Another customer may use the same key string for their own booking.
    const other = await holdOne();
    const theirs = await t.api.post(`/api/bookings/${other.booking.id}/payment`, { method: 'upi', upiId: 'success@upi' }, other.token, {
      'Idempotency-Key': 'mine',
    });
    expect(theirs.status).toBe(200);
    expect(theirs.body.id).toBe(other.booking.id);
  });

  it('answers a second key for a paid booking with 409 and no second charge', async () => {
    const { token, booking } = await holdOne();
    await t.api.post(`/api/bookings/${booking.id}/payment`, { method: 'upi', upiId: 'success@upi' }, token, { 'Idempotency-Key': 'one' });
    const twice = await t.api.post(`/api/bookings/${booking.id}/payment`, { method: 'upi', upiId: 'success@upi' }, token, {
      'Idempotency-Key': 'two',
    });
    expect(twice.status).toBe(409);
    expect(await charges(booking.id)).toEqual(['captured']);
  });

  it('validates payment details and names the field, charging nothing', async () => {
    const { token, booking } = await holdOne();
    const cases: [object, string][] = [
      [card('4242424242424241'), 'card.number'],
      [{ method: 'credit_card', card: { number: '4242424242424242', expiry: '13/30', cvv: '123' } }, 'card.expiry'],
      [{ method: 'credit_card', card: { number: '4242424242424242', expiry: '01/20', cvv: '123' } }, 'card.expiry'],
      [{ method: 'credit_card', card: { number: '4242424242424242', expiry: '12/35', cvv: '12' } }, 'card.cvv'],
      [{ method: 'credit_card' }, 'card'],
      [{ method: 'upi', upiId: 'no-at-sign' }, 'upiId'],
      [{ method: 'upi' }, 'upiId'],
      [{ method: 'cash' }, 'method'],
      [{ method: 'wallet', walletId: 'w', amount: 1 }, 'amount'],
    ];
    for (const [body, field] of cases) {
      const reply = await t.api.post(`/api/bookings/${booking.id}/payment`, body, token, {
        'Idempotency-Key': `v-${field}-${Math.random()}`,
      });
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.field, JSON.stringify(body)).toBe(field);
    }
    expect(await charges(booking.id)).toEqual([]);
    expect((await t.api.get(`/api/bookings/${booking.id}`, token)).body.status).toBe('pending');
  });

  it('refuses a late payer whose seat someone else now holds: 409 hold-expired, not charged, the other keeps it', async () => {
    const { show, seats, token, booking } = await holdOne();
    t.clock.advance(t.ctx.config.holdTtlSeconds + 1);
    const rival = await t.api.customer('Rival');
    const taken = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, rival.token);
    expect(taken.status).toBe(201);

    const late = await t.api.post(`/api/bookings/${booking.id}/payment`, card('4242424242424242'), token, { 'Idempotency-Key': 'late' });
    expect(late.status).toBe(409);
    expect(late.body.type).toMatch(/\/hold-expired$/);
    expect(await charges(booking.id)).toEqual([]);
    expect((await t.api.get(`/api/bookings/${booking.id}`, token)).body.status).toBe('expired');
    const map = (await t.api.get(`/api/shows/${show.id}/seats`)).body.seats as { id: string; status: string }[];
    expect(map.find((s) => s.id === seats[0]!.id)!.status).toBe('held');
    expect(
      (await t.api.post(`/api/bookings/${taken.body.id}/payment`, card('4242424242424242'), rival.token, { 'Idempotency-Key': 'r' }))
        .status,
    ).toBe(200);
  });

  it('refuses to pay for a hold once its show has started: 409 show-started-before-payment, nothing charged', async () => {
    // A show three minutes from now on the test clock; the hold is still live (HOLD_TTL_SECONDS is 300) when it starts.
    const aheadHours = (t.clock.now().getTime() - Date.now()) / 3_600_000;
    const { show, seats } = await t.api.scenario(admin, { startsInHours: aheadHours + 3 / 60 });
    const customer = await t.api.customer('Latecomer');
    const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token);
    expect(hold.status).toBe(201);
    t.clock.advance(200);
    expect(Date.parse(hold.body.expiresAt)).toBeGreaterThan(t.clock.now().getTime());

    const late = await t.api.post(`/api/bookings/${hold.body.id}/payment`, card('4242424242424242'), customer.token, {
      'Idempotency-Key': 'after-start',
    });
    expect(late.status).toBe(409);
    expect(late.headers.get('content-type')).toContain('application/problem+json');
    expect(late.body.type).toMatch(/\/show-started-before-payment$/);
    expect(await charges(hold.body.id)).toEqual([]);
    const payments = await t.ctx.db.query('SELECT 1 FROM payments WHERE booking_id = $1', [hold.body.id]);
    expect(payments.rowCount).toBe(0);
    expect((await t.api.get(`/api/bookings/${hold.body.id}`, customer.token)).body.status).toBe('expired');
  });
});

describe('a hold that lapses while its charge is in flight', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    // The gateway moves the clock past the hold while "processing", as a slow bank would.
    t = await startTestApp({
      gateway: {
        afterCapture: async () => {
          t.clock.advance(t.ctx.config.holdTtlSeconds + 5);
        },
      },
    });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  it('refunds the charge at once, expires the booking and frees the seats', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token);
    const reply = await t.api.post(`/api/bookings/${hold.body.id}/payment`, card('4242424242424242'), customer.token, {
      'Idempotency-Key': 'slow',
    });
    expect(reply.status).toBe(409);
    expect(reply.body.type).toMatch(/\/hold-expired$/);
    const ledger = await t.ctx.db.query<{ status: string; amount: number }>(
      'SELECT c.status, c.amount FROM test_gateway_charges c JOIN payments p ON p.id = c.reference WHERE p.booking_id = $1',
      [hold.body.id],
    );
    expect(ledger.rows).toEqual([{ status: 'refunded', amount: 25_000 }]);
    const payment = await t.ctx.db.query<{ status: string; refunded_amount: number }>(
      'SELECT status, refunded_amount FROM payments WHERE booking_id = $1',
      [hold.body.id],
    );
    expect(payment.rows).toEqual([{ status: 'refunded', refunded_amount: 25_000 }]);
    expect((await t.api.get(`/api/bookings/${hold.body.id}`, customer.token)).body.status).toBe('expired');
    expect((await t.api.get(`/api/shows/${show.id}`)).body.seatsAvailable).toBe(10);
  });
});
