// Roles scoped to cinemas: granted by an admin, enforced on every staff route, and each staff
// action in the audit log, which admins read whole and managers for their cinemas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from '../support/app.ts';
import { bookAndPay } from '../support/bookings.ts';

describe.each(backends())('staff roles per cinema (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  let a: Awaited<ReturnType<TestApp['api']['scenario']>>;
  let b: Awaited<ReturnType<TestApp['api']['scenario']>>;

  beforeAll(async () => {
    t = await startTestApp({ backend, env: { CHECKIN_OPENS_MINUTES_BEFORE: '2880' } });
    admin = await adminToken(t.ctx);
    a = await t.api.scenario(admin);
    b = await t.api.scenario(admin);
  });
  afterAll(() => t.close());

  /** A new account given the role at the cinemas; its bearer token. */
  async function staff(role: string, cinemaIds?: string[]): Promise<{ token: string; id: string; email: string }> {
    const account = await t.api.customer(role);
    const granted = await t.api.post('/api/admin/staff', { email: account.email, role, ...(cinemaIds ? { cinemaIds } : {}) }, admin);
    expect(granted.status, JSON.stringify(granted.body)).toBe(201);
    return account;
  }

  it('grants a role at cinemas to an existing account, refusing bad grants with nothing changed', async () => {
    const account = await t.api.customer('Meera');
    const refused: [Record<string, unknown>, number, string][] = [
      [{ email: account.email, role: 'owner', cinemaIds: [a.cinema.id] }, 400, 'role'],
      [{ email: account.email, role: 'manager' }, 400, 'cinemaIds'],
      [{ email: account.email, role: 'manager', cinemaIds: [] }, 400, 'cinemaIds'],
      [{ email: account.email, role: 'door', cinemaIds: [a.cinema.id, a.cinema.id] }, 400, 'cinemaIds'],
      [{ email: account.email, role: 'admin', cinemaIds: [a.cinema.id] }, 400, 'cinemaIds'],
      [{ email: account.email, role: 'manager', cinemaIds: [a.cinema.id, 'cin_missing'] }, 404, 'cinema'],
      [{ email: 'nobody-here@example.com', role: 'door', cinemaIds: [a.cinema.id] }, 404, 'account'],
    ];
    for (const [body, status, named] of refused) {
      const reply = await t.api.post('/api/admin/staff', body, admin);
      expect(reply.status, JSON.stringify(body)).toBe(status);
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
      expect(JSON.stringify(reply.body)).toContain(named);
    }
    expect((await t.api.get('/api/me', account.token)).body.cinemaRoles).toEqual([]);

    const granted = await t.api.post('/api/admin/staff', { email: account.email, role: 'manager', cinemaIds: [a.cinema.id] }, admin);
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ id: account.id, admin: false, cinemas: [{ cinemaId: a.cinema.id, role: 'manager' }] });
    // A second grant at the same cinema replaces the role there.
    await t.api.post('/api/admin/staff', { email: account.email, role: 'door', cinemaIds: [a.cinema.id] }, admin);
    expect((await t.api.get('/api/me', account.token)).body.cinemaRoles).toEqual([{ cinemaId: a.cinema.id, role: 'door' }]);
    // Admins have every cinema: a narrower role would be a demotion.
    const otherAdmin = await staff('admin');
    expect((await t.api.post('/api/admin/staff', { email: otherAdmin.email, role: 'door', cinemaIds: [a.cinema.id] }, admin)).status).toBe(
      409,
    );
    expect((await t.api.get('/api/me', otherAdmin.token)).body.role).toBe('admin');
  });

  it("lets a manager run their own cinema, and shows them another cinema's halls, shows and bookings as missing", async () => {
    const manager = await staff('manager', [a.cinema.id]);
    const customer = await t.api.customer();
    const bookingB = await bookAndPay(t.api, customer.token, b.show.id, [b.seats[0]!.id]);

    // Their own cinema: a hall, a show, a show's bookings, the billing settings.
    const hall = await t.api.post(
      '/api/admin/halls',
      { cinemaId: a.cinema.id, name: 'Screen 2', rows: [{ label: 'A', seatType: 'regular', seats: 5 }] },
      manager.token,
    );
    expect(hall.status).toBe(201);
    const startsAt = new Date(Date.now() + 72 * 3_600_000).toISOString();
    const show = await t.api.post(
      '/api/admin/shows',
      { movieId: a.movie.id, hallId: hall.body.id, startsAt, prices: { regular: 20_000, premium: 30_000, vip: 40_000 } },
      manager.token,
    );
    expect(show.status).toBe(201);
    expect((await t.api.get(`/api/admin/shows/${a.show.id}/bookings`, manager.token)).status).toBe(200);
    expect((await t.api.get(`/api/admin/cinemas/${a.cinema.id}/billing`, manager.token)).status).toBe(200);

    // Another cinema's: exactly the answer for something that does not exist.
    const asMissing = async (method: 'GET' | 'POST' | 'PUT', path: string, missingPath: string, body?: object) => {
      const options = { token: manager.token, ...(body ? { body } : {}) };
      const foreign = await t.api.request(method, path, options);
      const missing = await t.api.request(method, missingPath, options);
      expect(foreign.status, path).toBe(404);
      expect(foreign.body, path).toEqual(missing.body);
    };
    await asMissing('GET', `/api/admin/shows/${b.show.id}/bookings`, '/api/admin/shows/shw_missing/bookings');
    await asMissing('POST', `/api/admin/shows/${b.show.id}/cancel`, '/api/admin/shows/shw_missing/cancel');
    await asMissing('POST', `/api/admin/bookings/${bookingB.id}/refund`, '/api/admin/bookings/bkg_missing/refund', { reason: 'x' });
    await asMissing('GET', `/api/admin/cinemas/${b.cinema.id}/billing`, '/api/admin/cinemas/cin_missing/billing');
    const hallBody = (cinemaId: string) => ({ cinemaId, name: 'Screen 9', rows: [{ label: 'A', seatType: 'regular', seats: 5 }] });
    const foreignHall = await t.api.post('/api/admin/halls', hallBody(b.cinema.id), manager.token);
    const missingHall = await t.api.post('/api/admin/halls', hallBody('cin_missing'), manager.token);
    expect(foreignHall.status).toBe(404);
    expect(foreignHall.body).toEqual(missingHall.body);
    const showBody = (hallId: string) => ({ movieId: b.movie.id, hallId, startsAt, prices: { regular: 1, premium: 1, vip: 1 } });
    expect((await t.api.post('/api/admin/shows', showBody(b.hall.id), manager.token)).body).toEqual(
      (await t.api.post('/api/admin/shows', showBody('hal_missing'), manager.token)).body,
    );
    // Show B is untouched and its booking still confirmed.
    expect((await t.api.get(`/api/shows/${b.show.id}`)).body.status).toBe('upcoming');
    expect((await t.api.get(`/api/bookings/${bookingB.id}`, customer.token)).body.status).toBe('confirmed');

    // Lists hold only their cinemas.
    const cinemas = (await t.api.get('/api/admin/cinemas', manager.token)).body as { id: string }[];
    expect(cinemas.map((c) => c.id)).toEqual([a.cinema.id]);
    const halls = (await t.api.get('/api/admin/halls', manager.token)).body as { cinemaId: string }[];
    expect(new Set(halls.map((h) => h.cinemaId))).toEqual(new Set([a.cinema.id]));
    const board = (await t.api.get('/api/admin/dashboard', manager.token)).body;
    expect(board.shows.map((s: { cinemaId: string }) => s.cinemaId)).not.toContain(b.cinema.id);
    expect(board.shows.map((s: { showId: string }) => s.showId)).toContain(a.show.id);

    // The chain's own: cities, movies, staff, cinemas.
    expect((await t.api.post('/api/admin/cities', { name: 'Pune', state: 'Maharashtra' }, manager.token)).status).toBe(403);
    expect(
      (await t.api.post('/api/admin/movies', { title: 'X', durationMinutes: 90, language: 'Hindi', genre: 'Drama' }, manager.token)).status,
    ).toBe(403);
    expect((await t.api.post('/api/admin/staff', { email: manager.email, role: 'admin' }, manager.token)).status).toBe(403);
    expect((await t.api.get('/api/admin/staff', manager.token)).status).toBe(403);
    expect((await t.api.post('/api/admin/promo-codes', { code: `CHAIN${Date.now()}`, percentOff: 5 }, manager.token)).status).toBe(403);
    expect(
      (await t.api.post('/api/admin/promo-codes', { code: `MINE${Date.now()}`, percentOff: 5, cinemaId: a.cinema.id }, manager.token))
        .status,
    ).toBe(201);
  });

  it('lets the box office check tickets in at their cinema and the door do nothing but that', async () => {
    const cashier = await staff('box-office', [a.cinema.id]);
    const door = await staff('door', [a.cinema.id]);
    const customer = await t.api.customer();
    const ticketOf = async (showId: string, seatId: string) => {
      const booking = await bookAndPay(t.api, customer.token, showId, [seatId]);
      return (await t.api.get(`/api/bookings/${booking.id}/ticket`, customer.token)).body.token as string;
    };
    const atA = await ticketOf(a.show.id, a.seats[5]!.id);
    const atA2 = await ticketOf(a.show.id, a.seats[6]!.id);
    const atB = await ticketOf(b.show.id, b.seats[5]!.id);

    expect((await t.api.post('/api/admin/checkins', { token: atA }, door.token)).status).toBe(201);
    expect((await t.api.post('/api/admin/checkins', { token: atA2 }, cashier.token)).status).toBe(201);
    // Another cinema's ticket is no ticket here, and stays unused.
    const foreign = await t.api.post('/api/admin/checkins', { token: atB }, door.token);
    expect(foreign.status).toBe(422);
    expect(foreign.body.type).toMatch(/\/ticket-invalid$/);
    expect((await t.api.post('/api/admin/checkins', { token: atB }, admin)).status).toBe(201);

    for (const token of [door.token, cashier.token]) {
      expect((await t.api.get(`/api/admin/shows/${a.show.id}/bookings`, token)).status).toBe(403);
      expect((await t.api.post('/api/admin/halls', { cinemaId: a.cinema.id, name: 'X', rows: [] }, token)).status).toBe(403);
    }
    expect((await t.api.post('/api/admin/shifts', { cinemaId: a.cinema.id }, door.token)).status).toBe(403);
    const sale = { showId: a.show.id, seatIds: [a.seats[9]!.id], payment: { method: 'cash' } };
    expect((await t.api.post('/api/admin/counter-sales', sale, door.token)).status).toBe(403);
    expect((await t.api.get('/api/admin/cinemas', door.token)).body.map((c: { id: string }) => c.id)).toEqual([a.cinema.id]);
    // A customer is no staff anywhere.
    expect((await t.api.post('/api/admin/checkins', { token: atA }, customer.token)).status).toBe(403);
  });

  it('logs every staff action with who, what, when and where: admins read it all, managers their cinemas', async () => {
    const manager = await staff('manager', [a.cinema.id]);
    const other = await staff('manager', [b.cinema.id]);
    const hallA = await t.api.post(
      '/api/admin/halls',
      { cinemaId: a.cinema.id, name: 'Audited A', rows: [{ label: 'A', seatType: 'regular', seats: 3 }] },
      manager.token,
    );
    const hallB = await t.api.post(
      '/api/admin/halls',
      { cinemaId: b.cinema.id, name: 'Audited B', rows: [{ label: 'A', seatType: 'regular', seats: 3 }] },
      other.token,
    );

    const all = (await t.api.get('/api/admin/audit?limit=500', admin)).body as {
      action: string;
      subjectId: string;
      cinemaId: string | null;
      user: { id: string };
      at: string;
    }[];
    const entryA = all.find((e) => e.subjectId === hallA.body.id)!;
    expect(entryA).toMatchObject({ action: 'hall.create', cinemaId: a.cinema.id, user: { id: manager.id } });
    expect(Date.parse(entryA.at)).toBeGreaterThan(Date.now() - 60_000);
    expect(all.some((e) => e.subjectId === hallB.body.id)).toBe(true);
    expect(all.some((e) => e.action === 'staff.grant' && e.subjectId === manager.id)).toBe(true);
    expect(all.some((e) => e.action === 'city.create' && e.cinemaId === null)).toBe(true);

    const mine = (await t.api.get('/api/admin/audit?limit=500', manager.token)).body as { subjectId: string; cinemaId: string }[];
    expect(mine.some((e) => e.subjectId === hallA.body.id)).toBe(true);
    expect(mine.every((e) => e.cinemaId === a.cinema.id)).toBe(true);
    // Another cinema's log reads as a missing cinema's: empty.
    expect((await t.api.get(`/api/admin/audit?cinemaId=${b.cinema.id}`, manager.token)).body).toEqual([]);
    expect((await t.api.get(`/api/admin/halls?cinemaId=${b.cinema.id}`, manager.token)).body).toEqual([]);
    expect((await t.api.get(`/api/admin/audit?cinemaId=${b.cinema.id}`, other.token)).body.length).toBeGreaterThan(0);
    expect((await t.api.get('/api/admin/audit?limit=0', manager.token)).status).toBe(400);

    // Paging: older entries than the last one read.
    const page = (await t.api.get('/api/admin/audit?limit=2', admin)).body as { id: string }[];
    const next = (await t.api.get(`/api/admin/audit?limit=2&before=${page[1]!.id}`, admin)).body as { id: string }[];
    expect(BigInt(next[0]!.id)).toBeLessThan(BigInt(page[1]!.id));
  });
  it('lets an admin revoke a role at a cinema, or every role, taking effect on the next request', async () => {
    const account = await staff('manager', [a.cinema.id, b.cinema.id]);
    expect((await t.api.get(`/api/admin/cinemas/${a.cinema.id}/billing`, account.token)).status).toBe(200);
    const other = await staff('manager', [a.cinema.id]);
    expect((await t.api.request('DELETE', `/api/admin/staff/${account.id}/cinemas/${a.cinema.id}`, { token: other.token })).status).toBe(
      403,
    );

    const revoked = await t.api.request('DELETE', `/api/admin/staff/${account.id}/cinemas/${a.cinema.id}`, { token: admin });
    expect(revoked.status).toBe(204);
    expect((await t.api.get(`/api/admin/cinemas/${a.cinema.id}/billing`, account.token)).status).toBe(404);
    expect((await t.api.get(`/api/admin/cinemas/${b.cinema.id}/billing`, account.token)).status).toBe(200);
    expect((await t.api.get('/api/me', account.token)).body.cinemaRoles).toEqual([{ cinemaId: b.cinema.id, role: 'manager' }]);
    // Nothing left to revoke there.
    expect((await t.api.request('DELETE', `/api/admin/staff/${account.id}/cinemas/${a.cinema.id}`, { token: admin })).status).toBe(404);

    // Every role, an admin's too: a customer again.
    const otherAdmin = await staff('admin');
    for (const id of [account.id, otherAdmin.id])
      expect((await t.api.request('DELETE', `/api/admin/staff/${id}`, { token: admin })).status).toBe(204);
    expect((await t.api.get(`/api/admin/cinemas/${b.cinema.id}/billing`, account.token)).status).toBe(403);
    expect((await t.api.get('/api/admin/staff', otherAdmin.token)).status).toBe(403);
    expect((await t.api.get('/api/me', otherAdmin.token)).body).toMatchObject({ role: 'customer', cinemaRoles: [] });
    expect((await t.api.request('DELETE', `/api/admin/staff/${account.id}`, { token: admin })).status).toBe(404);
    const listed = (await t.api.get('/api/admin/staff', admin)).body as { id: string }[];
    expect(listed.map((m) => m.id)).not.toContain(account.id);

    // Not one's own: another admin must.
    const me = (await t.api.get('/api/me', admin)).body.id as string;
    expect((await t.api.request('DELETE', `/api/admin/staff/${me}`, { token: admin })).status).toBe(403);
    const audit = (await t.api.get('/api/admin/audit', admin)).body as { action: string; subjectId: string; cinemaId: string | null }[];
    expect(audit.filter((e) => e.action === 'staff.revoke' && e.subjectId === account.id).map((e) => e.cinemaId)).toEqual([
      null,
      a.cinema.id,
    ]);
  });
});
