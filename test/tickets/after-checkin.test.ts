// Once a ticket is admitted at the door its seats were used: the customer can no longer cancel it
// for a refund (nor can the seat be sold again), while staff may still refund it deliberately, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from '../support/app.ts';
import { bookAndPay } from '../support/bookings.ts';

describe.each(backends())('a checked-in ticket (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  /** A confirmed booking of one seat in a show an hour from now (check-in is open), and its ticket token. */
  async function ticketed(seatCount = 1) {
    const { show, seats } = await t.api.scenario(admin, { startsInHours: 1 });
    const customer = await t.api.customer('Guest');
    const seatIds = seats.slice(0, seatCount).map((s) => s.id);
    const booking = await bookAndPay(t.api, customer.token, show.id, seatIds);
    const token = (await t.api.get(`/api/bookings/${booking.id}/ticket`, customer.token)).body.token as string;
    return { show, seatIds, customer, booking, token };
  }

  const seatStatus = async (showId: string, seatId: string) =>
    ((await t.api.get(`/api/shows/${showId}/seats`)).body.seats as { id: string; status: string }[]).find((s) => s.id === seatId)!.status;

  const paymentStatuses = async (bookingId: string) =>
    (await t.ctx.db.query<{ status: string }>('SELECT status FROM payments WHERE booking_id = $1', [bookingId])).rows.map((r) => r.status);

  it('refuses the customer’s cancel with 409 ticket-checked-in and changes nothing: no refund, the seat stays booked', async () => {
    const { show, seatIds, customer, booking, token } = await ticketed();
    const admitted = await t.api.post('/api/admin/checkins', { token }, admin);
    expect(admitted.status).toBe(201);

    const refused = await t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, customer.token);
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.type).toMatch(/\/ticket-checked-in$/);
    expect(refused.body.checkedInAt).toBe(admitted.body.checkedInAt);

    expect((await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body).toMatchObject({ status: 'confirmed' });
    expect((await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body.refund).toBeUndefined();
    expect(await paymentStatuses(booking.id)).toEqual(['completed']);
    expect(await seatStatus(show.id, seatIds[0]!)).toBe('booked');
    const other = await t.api.customer('Other');
    const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds }, other.token);
    expect(hold.status).toBe(409);
  });

  it('lets staff refund a checked-in booking with a reason: 200, refunded in full, the seat freed, and audited', async () => {
    const { show, seatIds, customer, booking, token } = await ticketed(2);
    expect((await t.api.post('/api/admin/checkins', { token }, admin)).status).toBe(201);

    const noReason = await t.api.post(`/api/admin/bookings/${booking.id}/refund`, {}, admin);
    expect(noReason.status).toBe(400);
    expect(noReason.body.field).toBe('reason');
    const blankReason = await t.api.post(`/api/admin/bookings/${booking.id}/refund`, { reason: '   ' }, admin);
    expect(blankReason.status).toBe(400);
    expect(blankReason.body.field).toBe('reason');
    expect((await t.api.post(`/api/admin/bookings/${booking.id}/refund`, { reason: 'x' }, customer.token)).status).toBe(403);
    expect((await t.api.post('/api/admin/bookings/bkg_nope/refund', { reason: 'x' }, admin)).status).toBe(404);

    const refunded = await t.api.post(`/api/admin/bookings/${booking.id}/refund`, { reason: 'the projector failed mid-show' }, admin);
    expect(refunded.status).toBe(200);
    expect(refunded.body).toMatchObject({ bookingId: booking.id, status: 'cancelled', refunded: { amount: booking.total.amount } });
    expect(refunded.body.checkedInAt).toEqual(expect.any(String));

    expect((await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body).toMatchObject({
      status: 'cancelled',
      refund: { amount: { amount: booking.total.amount }, status: 'refunded' },
    });
    expect(await paymentStatuses(booking.id)).toEqual(['refunded']);
    expect(await seatStatus(show.id, seatIds[0]!)).toBe('available');

    const audit = await t.ctx.db.query<{ user_id: string; action: string; details: { reason: string; refunded: number } }>(
      "SELECT user_id, action, details FROM admin_audit WHERE subject_id = $1 AND action = 'booking.refund'",
      [booking.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.details).toMatchObject({ reason: 'the projector failed mid-show', refunded: booking.total.amount });
    const me = await t.api.get('/api/me', admin);
    expect(audit.rows[0]!.user_id).toBe(me.body.id);

    // Done once: a second refund is refused.
    const again = await t.api.post(`/api/admin/bookings/${booking.id}/refund`, { reason: 'again' }, admin);
    expect(again.status).toBe(409);
  });

  it('lets staff refund a confirmed booking that was not checked in, but not a pending one', async () => {
    const { show, seats } = await t.api.scenario(admin, { startsInHours: 1 });
    const customer = await t.api.customer('Unused');
    const booking = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id]);
    const refunded = await t.api.post(`/api/admin/bookings/${booking.id}/refund`, { reason: 'customer phoned' }, admin);
    expect(refunded.status).toBe(200);
    expect(refunded.body.checkedInAt).toBeNull();
    const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[1]!.id] }, customer.token);
    const pending = await t.api.post(`/api/admin/bookings/${hold.body.id}/refund`, { reason: 'nothing to refund' }, admin);
    expect(pending.status).toBe(409);
    expect(pending.body.currentStatus).toBe('pending');
  });

  it('never lets a check-in and a cancel racing for the same ticket both succeed', async () => {
    const tickets = await Promise.all(Array.from({ length: 6 }, () => ticketed()));
    const outcomes = await Promise.all(
      tickets.map(async ({ customer, booking, token }) => {
        const [checkIn, cancel] = await Promise.all([
          t.api.post('/api/admin/checkins', { token }, admin),
          t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, customer.token),
        ]);
        return [checkIn.status, cancel.status];
      }),
    );
    for (const [checkIn, cancel] of outcomes) {
      expect([checkIn, cancel].filter((status) => status === 201 || status === 200)).toHaveLength(1);
      expect(checkIn === 201 ? cancel : checkIn).toBe(409);
    }
  });
});
