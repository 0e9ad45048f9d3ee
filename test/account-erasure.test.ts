// A customer's rights over their data (India's Digital Personal Data Protection Act, 2023): a copy
// of everything Houseful holds about them, and erasure of the account. What GST law requires to be
// kept (the bookings sold and their tax invoices and credit notes) stays, no longer tied to a person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverPayments } from '../src/jobs/payment-recovery.ts';
import { brokenInvariants } from './support/invariants.ts';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';
import { bookAndPay } from './support/bookings.ts';

describe.each(backends())('account export and erasure (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  const erase = (token: string | undefined, body?: unknown) =>
    t.api.request('DELETE', '/api/me', { ...(body === undefined ? {} : { body }), ...(token ? { token } : {}) });
  const count = async (sql: string, params: unknown[]) => (await t.ctx.db.query<{ n: number }>(sql, params)).rows[0]!.n;

  /** A customer with a phone who booked three seats of a show an hour away and gave one back. */
  async function customerWithHistory() {
    const { show, seats, cinema } = await t.api.scenario(admin, { startsInHours: 1 });
    const customer = await t.api.customer('Asha Rao', '+91 98200 11111');
    const booking = await bookAndPay(
      t.api,
      customer.token,
      show.id,
      seats.slice(0, 3).map((s) => s.id),
    );
    const cancelled = await t.api.post(`/api/bookings/${booking.id}/cancel`, { seatIds: [seats[0]!.id] }, customer.token);
    expect(cancelled.status).toBe(200);
    return { show, seats, cinema, customer, booking: cancelled.body };
  }

  it('exports everything Houseful holds about the caller as a JSON attachment, and no token', async () => {
    const { customer, booking, cinema } = await customerWithHistory();
    const later = await t.api.scenario(admin, { startsInHours: 48 });
    expect((await t.api.post(`/api/shows/${later.show.id}/watch`, undefined, customer.token)).status).toBe(201);
    // A role at a cinema is held about them too.
    expect((await t.api.post('/api/admin/staff', { email: customer.email, role: 'door', cinemaIds: [cinema.id] }, admin)).status).toBe(201);
    // Someone else's booking is not theirs to read.
    const other = await t.api.customer('Other');
    await bookAndPay(t.api, other.token, later.show.id, [later.seats[0]!.id]);

    const exported = await t.api.get('/api/me/export', customer.token);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('application/json');
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="houseful-data-[\w-]+\.json"$/);
    const data = exported.body;
    expect(data.account).toMatchObject({
      id: customer.id,
      name: 'Asha Rao',
      email: customer.email,
      phone: '+91 98200 11111',
      role: 'customer',
      cinemaRoles: [{ cinemaId: cinema.id, role: 'door' }],
    });
    expect(data.account.createdAt).toEqual(expect.any(String));
    expect(data.sessions).toEqual([{ createdAt: expect.any(String), expiresAt: expect.any(String) }]);
    expect(data.bookings).toHaveLength(1);
    const exportedBooking = data.bookings[0];
    expect(exportedBooking).toMatchObject({ id: booking.id, status: 'confirmed' });
    expect(exportedBooking.seats).toHaveLength(2);
    expect(exportedBooking.payments).toEqual([
      expect.objectContaining({ method: 'credit_card', amount: { amount: 75_000, currency: 'INR' }, status: 'completed' }),
    ]);
    expect(exportedBooking.refunds).toEqual([expect.objectContaining({ amount: { amount: 25_000, currency: 'INR' }, status: 'refunded' })]);
    expect(exportedBooking.taxDocuments.map((d: { kind: string }) => d.kind).sort()).toEqual(['credit-note', 'invoice']);
    expect(exportedBooking.taxDocuments[0].number).toMatch(/\//);
    expect(data.waitlist).toEqual([{ showId: later.show.id, since: expect.any(String), notifiedAt: null }]);
    expect(data.messages.map((m: { kind: string; channel: string }) => `${m.kind}/${m.channel}`).sort()).toEqual([
      'booking-confirmed/mail',
      'email-verification/mail',
      'seats-cancelled/mail',
    ]);
    for (const key of ['promoCodeUses', 'idempotencyKeys', 'staffActions', 'staffWork', 'signInFailures']) expect(data).toHaveProperty(key);
    // Never a secret: no session token, no password hash.
    const text = JSON.stringify(data);
    expect(text).not.toContain(customer.token);
    expect(text).not.toMatch(/argon2/);
    expect(text).not.toContain(other.email);

    expect((await t.api.get('/api/me/export')).status).toBe(401);
  });

  it('refuses a wrong or missing password with 400 naming password, and changes nothing', async () => {
    const customer = await t.api.customer('Keeps', '+91 98200 22222');
    for (const body of [{ password: 'not-my-password' }, {}, undefined]) {
      const refused = await erase(customer.token, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body.field, JSON.stringify(refused.body)).toBe('password');
    }
    expect((await erase(undefined, { password: 'password123' })).status).toBe(401);
    expect((await t.api.get('/api/me', customer.token)).body).toMatchObject({
      name: 'Keeps',
      email: customer.email,
      phone: '+91 98200 22222',
    });
  });

  it('refuses while a hold is live or a paid show is still ahead, naming the bookings, and erases once they are over', async () => {
    const { show, seats } = await t.api.scenario(admin, { startsInHours: 1 });
    const customer = await t.api.customer('Waits');
    const paid = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id]);
    const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[1]!.id] }, customer.token);
    expect(hold.status).toBe(201);

    const refused = await erase(customer.token, { password: 'password123' });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/account-has-open-bookings$/);
    expect([...refused.body.bookingIds].sort()).toEqual([paid.id, hold.body.id].sort());
    expect((await t.api.get('/api/me', customer.token)).body.name).toBe('Waits');

    // Once the hold is let go and the show is over, nothing stands in the way.
    expect((await t.api.post(`/api/bookings/${hold.body.id}/cancel`, {}, customer.token)).status).toBe(200);
    t.clock.advance(4 * 3600);
    try {
      expect((await erase(customer.token, { password: 'password123' })).status).toBe(204);
    } finally {
      t.clock.advance(-4 * 3600);
    }
  });

  it('refuses while money is still on its way back to the customer, and erases once the refund is made', async () => {
    const { show, seats } = await t.api.scenario(admin, { startsInHours: 1 });
    const customer = await t.api.customer('Owed');
    const booking = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id]);
    const refund = t.ctx.gateway.refund.bind(t.ctx.gateway);
    t.ctx.gateway.refund = () => Promise.reject(new Error('gateway unavailable'));
    try {
      const cancelled = await t.api.post(`/api/bookings/${booking.id}/cancel`, {}, customer.token);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', refund: { status: 'pending' } });
    } finally {
      t.ctx.gateway.refund = refund;
    }
    const refused = await erase(customer.token, { password: 'password123' });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/account-has-open-bookings$/);
    expect(refused.body.bookingIds).toEqual([booking.id]);

    t.clock.advance(t.ctx.config.paymentRecoveryAfterSeconds + 1);
    try {
      await recoverPayments(t.ctx);
      expect((await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body.refund.status).toBe('refunded');
      expect((await erase(customer.token, { password: 'password123' })).status).toBe(204);
    } finally {
      t.clock.advance(-(t.ctx.config.paymentRecoveryAfterSeconds + 1));
    }
  });

  it('refuses to erase an admin account: another admin must take the role away first', async () => {
    const email = `boss-${Math.random().toString(36).slice(2)}@example.com`;
    const token = await adminToken(t.ctx, email);
    const refused = await erase(token, { password: 'admin-password' });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/account-is-admin$/);
    expect(await count('SELECT count(*)::int AS n FROM users WHERE email = $1', [email])).toBe(1);
  });

  it('erases the account: anonymised, signed out everywhere, no roles, watches or mail left; bookings and tax documents kept', async () => {
    const { customer, booking, cinema } = await customerWithHistory();
    const later = await t.api.scenario(admin, { startsInHours: 48 });
    expect((await t.api.post(`/api/shows/${later.show.id}/watch`, undefined, customer.token)).status).toBe(201);
    expect((await t.api.post('/api/admin/staff', { email: customer.email, role: 'door', cinemaIds: [cinema.id] }, admin)).status).toBe(201);
    const secondDevice = (await t.api.post('/api/sessions', { email: customer.email, password: 'password123' })).body.token as string;
    // Someone else, untouched by it.
    const other = await t.api.customer('Other One', '+91 98200 33333');
    const othersBooking = await bookAndPay(t.api, other.token, later.show.id, [later.seats[0]!.id]);

    const documentsBefore = (
      await t.ctx.db.query('SELECT id, document_no, recipient, total FROM tax_documents WHERE booking_id = $1 ORDER BY id', [booking.id])
    ).rows;
    expect(documentsBefore).toHaveLength(2);

    // Mail to them still waiting to go (the sign-up's code, the booking's confirmation and receipt), and a wrong password on record.
    expect(await count("SELECT count(*)::int AS n FROM outbox WHERE recipient = $1 AND status = 'pending'", [customer.email])).toBe(3);
    // (Counted only while limits are on, as they are not here: written as the backoff writes it.)
    await t.ctx.db.query('INSERT INTO sign_in_failures (email, failures, last_failed_at) VALUES ($1, 1, $2)', [customer.email, new Date()]);

    t.clock.advance(4 * 3600); // the show is over
    try {
      const erased = await erase(customer.token, { password: 'password123' });
      expect(erased.status).toBe(204);

      // Signed out on every device; the old email and password open nothing.
      expect((await t.api.get('/api/me', customer.token)).status).toBe(401);
      expect((await t.api.get('/api/me', secondDevice)).status).toBe(401);
      expect((await t.api.post('/api/sessions', { email: customer.email, password: 'password123' })).status).toBe(401);
      expect(await count('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [customer.id])).toBe(0);

      // The account row stays, for what refers to it, with nothing that names a person.
      const user = (
        await t.ctx.db.query<{ name: string; email: string; phone: string | null; role: string; erased_at: Date | null }>(
          'SELECT name, email, phone, role, erased_at FROM users WHERE id = $1',
          [customer.id],
        )
      ).rows[0]!;
      expect(user.name).not.toContain('Asha');
      expect(user.email).not.toContain(customer.email.split('@')[0]!);
      expect(user.email).toMatch(/\.invalid$/);
      expect(user.phone).toBeNull();
      expect(user.role).toBe('customer');
      expect(user.erased_at).not.toBeNull();

      // No role, watch, pending mail or message addressed to them; the audit log keeps the act by the account's id.
      expect(await count('SELECT count(*)::int AS n FROM staff_roles WHERE user_id = $1', [customer.id])).toBe(0);
      expect(await count('SELECT count(*)::int AS n FROM show_watchers WHERE user_id = $1', [customer.id])).toBe(0);
      expect(await count('SELECT count(*)::int AS n FROM idempotency_keys WHERE user_id = $1', [customer.id])).toBe(0);
      expect(await count('SELECT count(*)::int AS n FROM outbox WHERE recipient IN ($1, $2)', [customer.email, '+91 98200 11111'])).toBe(0);
      expect(await count('SELECT count(*)::int AS n FROM sign_in_failures WHERE email = $1', [customer.email])).toBe(0);
      expect(
        await count("SELECT count(*)::int AS n FROM admin_audit WHERE user_id = $1 AND action = 'account.erase' AND subject_id = $1", [
          customer.id,
        ]),
      ).toBe(1);
      expect(
        JSON.stringify((await t.ctx.db.query('SELECT details FROM admin_audit WHERE user_id = $1', [customer.id])).rows),
      ).not.toContain(customer.email);

      // The booking stays as sold, and its tax documents exactly as issued (GST law keeps them).
      expect(await count("SELECT count(*)::int AS n FROM bookings WHERE id = $1 AND status = 'confirmed'", [booking.id])).toBe(1);
      expect(await count('SELECT count(*)::int AS n FROM booking_seats WHERE booking_id = $1', [booking.id])).toBe(3);
      expect(await count('SELECT count(*)::int AS n FROM payments WHERE booking_id = $1', [booking.id])).toBe(1);
      expect(await count('SELECT count(*)::int AS n FROM refunds WHERE booking_id = $1', [booking.id])).toBe(1);
      expect(
        (
          await t.ctx.db.query('SELECT id, document_no, recipient, total FROM tax_documents WHERE booking_id = $1 ORDER BY id', [
            booking.id,
          ])
        ).rows,
      ).toEqual(documentsBefore);

      // The email is free to sign up with again, as a new account that sees none of the old.
      const again = await t.api.post('/api/users', { name: 'Asha Again', email: customer.email, password: 'another-password' });
      expect(again.status).toBe(201);
      expect(again.body.id).not.toBe(customer.id);
      const fresh = (await t.api.post('/api/sessions', { email: customer.email, password: 'another-password' })).body.token as string;
      expect((await t.api.get('/api/bookings', fresh)).body).toEqual([]);

      // Someone else is untouched.
      expect((await t.api.get('/api/me', other.token)).body).toMatchObject({ name: 'Other One', phone: '+91 98200 33333' });
      expect((await t.api.get(`/api/bookings/${othersBooking.id}`, other.token)).body.status).toBe('confirmed');

      expect(await brokenInvariants(t.ctx.db)).toEqual([]);
    } finally {
      t.clock.advance(-4 * 3600);
    }
  });
});
