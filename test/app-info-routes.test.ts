// The small routes the web app reads: who is signed in, and the limits of a hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from './support/app.ts';

describe('GET /api/me and GET /api/booking-rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { MAX_SEATS_PER_BOOKING: '6', HOLD_TTL_SECONDS: '120' } });
  });
  afterAll(() => t.close());

  it('say who is signed in and how many seats a booking may hold, for how long', async () => {
    expect((await t.api.get('/api/me')).status).toBe(401);
    const customer = await t.api.customer('Ravi');
    expect((await t.api.get('/api/me', customer.token)).body).toEqual({
      id: customer.id,
      name: 'Ravi',
      email: customer.email,
      phone: null,
      role: 'customer',
      emailVerified: false,
      phoneVerified: false,
      cinemaRoles: [],
    });
    expect((await t.api.get('/api/me', await adminToken(t.ctx))).body.role).toBe('admin');
    expect((await t.api.get('/api/booking-rules')).body).toEqual({ maxSeatsPerBooking: 6, holdTtlSeconds: 120 });
  });
});
