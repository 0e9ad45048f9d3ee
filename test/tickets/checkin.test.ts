// The door: a ticket token (what the QR code in the confirmation mail encodes) checks in once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signTicket, ticketSecret, verifyTicket } from '../../src/tickets/tokens.ts';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { bookAndPay } from '../support/bookings.ts';

describe('POST /api/admin/checkins', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    // These shows start tomorrow; check-in opens two days before them here (the time window is tested below).
    t = await startTestApp({ env: { CHECKIN_OPENS_MINUTES_BEFORE: '2880' } });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  async function ticketFor(seatCount = 1) {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer('Guest');
    const booking = await bookAndPay(
      t.api,
      customer.token,
      show.id,
      seats.slice(0, seatCount).map((s) => s.id),
    );
    const ticket = await t.api.get(`/api/bookings/${booking.id}/ticket`, customer.token);
    expect(ticket.status).toBe(200);
    return { booking, customer, token: ticket.body.token as string };
  }

  it('accepts a ticket once; a second scan is refused and says when it was first used', async () => {
    const { booking, token } = await ticketFor(2);
    const first = await t.api.post('/api/admin/checkins', { token }, admin);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ bookingId: booking.id, movie: 'Inception', seats: ['A1', 'A2'], customer: 'Guest' });
    expect(first.body.checkedInAt).toMatch(/\+05:30$/);

    const second = await t.api.post('/api/admin/checkins', { token }, admin);
    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toContain('application/problem+json');
    expect(second.body).toMatchObject({ field: 'token', checkedInAt: first.body.checkedInAt });
    expect(second.body.type).toMatch(/\/ticket-already-used$/);
  });

  it('refuses forged and altered tokens', async () => {
    const { booking, token } = await ticketFor();
    const altered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    const otherSecret = signTicket(Buffer.from('not the secret of this database, not at all'), booking.id);
    for (const forged of [altered, otherSecret, 'hello', `HF1.${booking.id}.`]) {
      const refused = await t.api.post('/api/admin/checkins', { token: forged }, admin);
      expect(refused.status, forged).toBe(422);
      expect(refused.body).toMatchObject({ field: 'token' });
      expect(refused.body.type).toMatch(/\/ticket-invalid$/);
    }
    // The genuine one still works: refusals used nothing up.
    expect((await t.api.post('/api/admin/checkins', { token }, admin)).status).toBe(201);
  });

  it('accepts exactly one encoding of a token: base64url without padding, as issued', async () => {
    const { token } = await ticketFor();
    const signature = token.split('.')[2]!;
    // 32 bytes in 43 characters leave the last character two spare bits: a variant decodes to the same bytes.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(signature.at(-1)!);
    const spareBits = `${token.slice(0, -1)}${alphabet[last ^ 1]}`;
    const standard = token.replaceAll('-', '+').replaceAll('_', '/');
    const variants = [`${token}=`, spareBits, ...(standard === token ? [] : [standard])];
    for (const variant of variants) {
      const refused = await t.api.post('/api/admin/checkins', { token: variant }, admin);
      expect(refused.status, variant).toBe(422);
      expect(refused.body.type).toMatch(/\/ticket-invalid$/);
    }
    // Every variant of a signature with both url-safe characters in it is refused too.
    const secret = Buffer.from('a secret of at least thirty-two characters, for this test');
    const bookingId = Array.from({ length: 500 }, (_, i) => `bkg_${i}`).find((id) => /-.*_|_.*-/.test(signTicket(secret, id)))!;
    const issued = signTicket(secret, bookingId);
    expect(verifyTicket(secret, issued)).toBe(bookingId);
    for (const variant of [issued.replace('-', '+'), issued.replace('_', '/'), `${issued}==`]) {
      expect(verifyTicket(secret, variant), variant).toBeUndefined();
    }
    expect((await t.api.post('/api/admin/checkins', { token }, admin)).status).toBe(201);
  });

  it('refuses the ticket of a cancelled booking', async () => {
    const { booking, customer, token } = await ticketFor();
    expect((await t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, customer.token)).status).toBe(200);
    const refused = await t.api.post('/api/admin/checkins', { token }, admin);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ field: 'token', bookingStatus: 'cancelled' });
    expect(refused.body.type).toMatch(/\/ticket-not-valid$/);
  });

  it('is for staff only, and names a missing token', async () => {
    const { customer, token } = await ticketFor();
    expect((await t.api.post('/api/admin/checkins', { token })).status).toBe(401);
    expect((await t.api.post('/api/admin/checkins', { token }, customer.token)).status).toBe(403);
    const missing = await t.api.post('/api/admin/checkins', {}, admin);
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('token');
  });

  it('gives no ticket for a booking that is not confirmed, and none for someone else’s', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer('Pending');
    const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token);
    expect((await t.api.get(`/api/bookings/${hold.body.id}/ticket`, customer.token)).status).toBe(409);
    const stranger = await t.api.customer('Stranger');
    expect((await t.api.get(`/api/bookings/${hold.body.id}/ticket`, stranger.token)).status).toBe(404);
  });

  it('keeps one generated secret per database, shared by every instance on it', async () => {
    const secret = await ticketSecret(t.ctx);
    const anotherInstance = { db: t.ctx.db, config: { ...t.ctx.config } };
    expect((await ticketSecret(anotherInstance)).equals(secret)).toBe(true);
    const stored = await t.ctx.db.query<{ n: number }>("SELECT count(*)::int AS n FROM settings WHERE key = 'ticket-secret'");
    expect(stored.rows[0]!.n).toBe(1);
    expect(verifyTicket(secret, signTicket(secret, 'bkg_x'))).toBe('bkg_x');
    const withEnv = { db: t.ctx.db, config: { ...t.ctx.config, authSecret: 'a-secret-of-at-least-thirty-two-characters' } };
    expect((await ticketSecret(withEnv)).equals(secret)).toBe(false);
  });
});

describe('the check-in window', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.ctx, 'door@example.com');
  });
  afterAll(() => t.close());

  it('opens CHECKIN_OPENS_MINUTES_BEFORE the show (120 by default) and closes when the show ends', async () => {
    const { show, seats } = await t.api.scenario(admin, { startsInHours: 24 });
    const customer = await t.api.customer('Early');
    const first = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id]);
    const second = await bookAndPay(t.api, customer.token, show.id, [seats[1]!.id]);
    const tokenOf = async (bookingId: string) =>
      (await t.api.get(`/api/bookings/${bookingId}/ticket`, customer.token)).body.token as string;

    const early = await t.api.post('/api/admin/checkins', { token: await tokenOf(first.id) }, admin);
    expect(early.status).toBe(409);
    expect(early.headers.get('content-type')).toContain('application/problem+json');
    expect(early.body.type).toMatch(/\/check-in-not-open$/);
    expect(early.body.field).toBe('token');
    const startsAt = Date.parse(show.startsAt);
    expect(Date.parse(early.body.opensAt)).toBe(startsAt - 120 * 60_000);
    expect(early.body.opensAt).toMatch(/\+05:30$/);
    expect(t.ctx.config.checkInOpensMinutesBefore).toBe(120);

    // A minute after the window opens (re-signing in, as the admin's session would have lapsed).
    t.clock.advance((startsAt - 119 * 60_000 - t.clock.now().getTime()) / 1000);
    const staff = (await t.api.post('/api/sessions', { email: 'door@example.com', password: 'admin-password' })).body.token as string;
    expect((await t.api.post('/api/admin/checkins', { token: await tokenOf(first.id) }, staff)).status).toBe(201);

    // Once the show has ended (Inception runs 148 minutes) the door is closed.
    const secondToken = await tokenOf(second.id);
    t.clock.advance((Date.parse(show.endsAt) + 1_000 - t.clock.now().getTime()) / 1000);
    const late = await t.api.post('/api/admin/checkins', { token: secondToken }, staff);
    expect(late.status).toBe(409);
    expect(late.body.type).toMatch(/\/check-in-closed$/);
    expect(late.body.field).toBe('token');
    const used = await t.ctx.db.query('SELECT 1 FROM ticket_checkins WHERE booking_id = $1', [second.id]);
    expect(used.rowCount).toBe(0);
  });
});
