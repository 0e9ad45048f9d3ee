// Every staff route, as Fastify registered it, walked as each role: generated from the route table
// with the access each route declares, so a route added later is walked too, and one that declares
// no access cannot be registered at all.
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessHooks, STAFF_ROLES, type Access, type StaffRole } from '../../src/staff/access.ts';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { bookAndPay } from '../support/bookings.ts';

const rank = (role: StaffRole) => STAFF_ROLES.indexOf(role);

describe('every /api/admin route, as every role', () => {
  let t: TestApp;
  let admin: string;
  let subjectAtA: Record<string, string>;
  const callers: { name: string; token?: string; role?: StaffRole; cinema?: 'A' | 'B' }[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: { CHECKIN_OPENS_MINUTES_BEFORE: '2880' } });
    admin = await adminToken(t.ctx);
    const a = await t.api.scenario(admin);
    const b = await t.api.scenario(admin);
    const grant = async (role: StaffRole, cinemaId: string) => {
      const account = await t.api.customer(role);
      const body = role === 'admin' ? { email: account.email, role } : { email: account.email, role, cinemaIds: [cinemaId] };
      expect((await t.api.post('/api/admin/staff', body, admin)).status).toBe(201);
      return account.token;
    };
    const customer = await t.api.customer();
    const booking = await bookAndPay(t.api, customer.token, a.show.id, [a.seats[0]!.id]);
    const cashierA = await grant('box-office', a.cinema.id);
    const shift = await t.api.post('/api/admin/shifts', { cinemaId: a.cinema.id }, cashierA);
    const sale = await t.api.post(
      '/api/admin/counter-sales',
      { showId: a.show.id, seatIds: [a.seats[1]!.id], payment: { method: 'cash' } },
      cashierA,
    );
    expect(sale.status).toBe(201);
    const item = await t.api.post(`/api/admin/cinemas/${a.cinema.id}/items`, { name: 'Popcorn', price: 30_000 }, admin);
    expect(item.status).toBe(201);
    const promo = await t.api.post(
      '/api/admin/promo-codes',
      { code: `ATA${Date.now().toString(36)}`, percentOff: 5, cinemaId: a.cinema.id },
      admin,
    );
    expect(promo.status).toBe(201);
    subjectAtA = {
      'promo-code': promo.body.code,
      item: item.body.id,
      cinema: a.cinema.id,
      hall: a.hall.id,
      show: a.show.id,
      booking: sale.body.id,
      shift: shift.body.id,
      ticket: (await t.api.get(`/api/bookings/${booking.id}/ticket`, customer.token)).body.token,
    };
    callers.push(
      { name: 'nobody' },
      { name: 'a customer', token: customer.token },
      { name: 'door at A', token: await grant('door', a.cinema.id), role: 'door', cinema: 'A' },
      { name: 'box office at A', token: cashierA, role: 'box-office', cinema: 'A' },
      { name: 'manager at A', token: await grant('manager', a.cinema.id), role: 'manager', cinema: 'A' },
      { name: 'manager at B', token: await grant('manager', b.cinema.id), role: 'manager', cinema: 'B' },
      { name: 'admin', token: await grant('admin', a.cinema.id), role: 'admin' },
    );
  });
  afterAll(() => t.close());

  /** The request that names cinema A's subject where the route reads it. */
  function requestFor(method: string, url: string, access: Access) {
    const place = access.at;
    const id = place ? subjectAtA[place.subject]! : 'x_missing';
    const path = url.replace(/:(\w+)/g, (_, name: string) => (place?.in === 'params' && place.field === name ? id : 'x_missing'));
    const query = place?.in === 'query' ? `?${place.field}=${encodeURIComponent(id)}` : '';
    const body = place?.in === 'body' ? { [place.field]: id } : method === 'GET' ? undefined : {};
    return { path: path + query, body };
  }

  it('finds the staff routes in the route table, each with its declared access', () => {
    const routes = [...t.app.staffAccess.keys()];
    expect(routes.length).toBeGreaterThan(20);
    for (const route of ['POST /api/admin/staff', 'POST /api/admin/counter-sales', 'POST /api/admin/checkins', 'GET /api/admin/audit']) {
      expect(routes).toContain(route);
    }
    for (const route of routes) {
      const [method, url] = route.split(' ') as [string, string];
      expect(t.app.hasRoute({ method: method as 'GET', url }), route).toBe(true);
    }
  });

  it('refuses each route to whoever its access does not admit, and hides cinema A from cinema B', async () => {
    const outcomes: string[] = [];
    for (const [route, access] of t.app.staffAccess) {
      const [method, url] = route.split(' ') as [string, string];
      if (method === 'HEAD') continue;
      const { path, body } = requestFor(method, url, access);
      for (const caller of callers) {
        const reply = await t.api.request(method, path, { ...(caller.token ? { token: caller.token } : {}), ...(body ? { body } : {}) });
        let expected: number | 'admitted';
        if (!caller.token) expected = 401;
        else if (!caller.role || rank(caller.role) < rank(access.role)) expected = 403;
        else if (access.at && caller.cinema === 'B') expected = access.at.subject === 'ticket' ? 422 : 404;
        else expected = 'admitted';
        if (expected === 'admitted') {
          // Only reads are carried out here; what is admitted must not be refused for who the caller is
          // (a route that names no subject may still find nothing, such as no open shift).
          const refused = [401, 403, ...(access.at ? [404] : [])];
          if (method === 'GET' && refused.includes(reply.status)) outcomes.push(`${route} as ${caller.name}: ${reply.status}`);
          // A list read at cinema B shows nothing of cinema A.
          const leaked = Object.values(subjectAtA).filter((id) => JSON.stringify(reply.body ?? '').includes(id));
          if (method === 'GET' && caller.cinema === 'B' && leaked.length > 0)
            outcomes.push(`${route} as ${caller.name} shows ${leaked.join(', ')}`);
        } else if (reply.status !== expected) {
          outcomes.push(`${route} as ${caller.name}: ${reply.status}, expected ${expected}`);
        } else {
          expect(reply.headers.get('content-type'), route).toContain('application/problem+json');
        }
      }
    }
    expect(outcomes).toEqual([]);
  });

  it('refuses to register a staff route that declares no access', async () => {
    const app = Fastify();
    app.addHook('onRoute', accessHooks(t.ctx, async () => undefined).onRoute);
    expect(() => app.get('/api/admin/forgotten', async () => 'open')).toThrow(/declares no access rule/);
    await app.close();
  });
});
