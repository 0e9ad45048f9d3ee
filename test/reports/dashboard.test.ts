// The dashboard per cinema and role: occupancy, ticket and food revenue, counter against online, per
// show, day and cinema, and the same figures as CSV; a manager reads their own cinemas only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from '../support/app.ts';

type Row = Record<string, string>;

function parseCsv(text: string): Row[] {
  const [head, ...rows] = text.trim().split('\r\n');
  const columns = head!.split(',');
  // The figures' cells hold no commas or quotes; names here have none either.
  return rows.map((row) => Object.fromEntries(row.split(',').map((cell, i) => [columns[i]!, cell])));
}

const MONEY = ['revenue', 'net', 'gst', 'fees', 'discounts', 'tickets', 'items', 'counter', 'online'] as const;

describe.each(backends())('the dashboard (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  let a: Awaited<ReturnType<TestApp['api']['scenario']>>;
  let b: Awaited<ReturnType<TestApp['api']['scenario']>>;
  let managerA: string;

  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
    a = await t.api.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: 10 }] });
    b = await t.api.scenario(admin);
    const manager = await t.api.customer('Manager');
    expect((await t.api.post('/api/admin/staff', { email: manager.email, role: 'manager', cinemaIds: [a.cinema.id] }, admin)).status).toBe(
      201,
    );
    managerA = manager.token;

    const popcorn = (await t.api.post(`/api/admin/cinemas/${a.cinema.id}/items`, { name: 'Popcorn', price: 30_000 }, managerA)).body.id;
    const coffee = (await t.api.post(`/api/admin/cinemas/${a.cinema.id}/items`, { name: 'Coffee', price: 12_000 }, managerA)).body.id;
    const customer = await t.api.customer();
    const pay = async (showId: string, seatIds: string[], items: unknown[] = []) => {
      const held = await t.api.post('/api/bookings', { showId, seatIds, items }, customer.token);
      expect(held.status).toBe(201);
      const paid = await t.api.post(`/api/bookings/${held.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, customer.token, {
        'idempotency-key': `d-${held.body.id}`,
      });
      expect(paid.status).toBe(200);
    };
    // Online at A: a ticket and popcorn; at the counter: a ticket and two coffees; unpaid: nothing counts.
    await pay(a.show.id, [a.seats[0]!.id], [{ itemId: popcorn, quantity: 1 }]);
    const cashier = await t.api.customer('Cashier');
    await t.api.post('/api/admin/staff', { email: cashier.email, role: 'box-office', cinemaIds: [a.cinema.id] }, admin);
    await t.api.post('/api/admin/shifts', { cinemaId: a.cinema.id }, cashier.token);
    const sale = await t.api.post(
      '/api/admin/counter-sales',
      { showId: a.show.id, seatIds: [a.seats[1]!.id], payment: { method: 'cash' }, items: [{ itemId: coffee, quantity: 2 }] },
      cashier.token,
    );
    expect(sale.status).toBe(201);
    expect((await t.api.post('/api/bookings', { showId: a.show.id, seatIds: [a.seats[2]!.id] }, customer.token)).status).toBe(201);
    await pay(b.show.id, [b.seats[0]!.id]);
  });
  afterAll(() => t.close());

  it('splits a cinema’s revenue into tickets and food, counter and online, with its occupancy', async () => {
    const board = (await t.api.get('/api/admin/dashboard', managerA)).body;
    expect(board.shows.map((s: { showId: string }) => s.showId)).toEqual([a.show.id]);
    expect(board.byCinema.map((c: { cinemaId: string }) => c.cinemaId)).toEqual([a.cinema.id]);
    expect(board.totals).toMatchObject({
      seatsTotal: 10,
      seatsBooked: 2,
      occupancy: 0.2,
      itemsSold: 3,
      revenue: { amount: 25_000 + 30_000 + 25_000 + 24_000 },
      tickets: { amount: 50_000 },
      items: { amount: 54_000 },
      counter: { amount: 49_000 },
      online: { amount: 55_000 },
    });
    const [day] = board.byDay;
    expect(day).toMatchObject({ date: board.shows[0].date, revenue: board.totals.revenue, items: board.totals.items });

    // An admin reads one cinema, or every one.
    const atA = (await t.api.get(`/api/admin/dashboard?cinemaId=${a.cinema.id}`, admin)).body;
    expect(atA.totals).toEqual(board.totals);
    const all = (await t.api.get('/api/admin/dashboard', admin)).body;
    expect(all.byCinema.map((c: { cinemaId: string }) => c.cinemaId).sort()).toEqual([a.cinema.id, b.cinema.id].sort());
  });

  it('gives the same figures as CSV per show, day and cinema', async () => {
    const board = (await t.api.get(`/api/admin/dashboard?cinemaId=${a.cinema.id}`, managerA)).body;
    const rupees = (money: { amount: number }) => (money.amount / 100).toFixed(2);
    const agree = (row: Row, figures: Record<string, unknown>) => {
      for (const key of MONEY) expect(row[key], key).toBe(rupees(figures[key] as { amount: number }));
      expect(Number(row.seats_total)).toBe(figures.seatsTotal);
      expect(Number(row.seats_booked)).toBe(figures.seatsBooked);
      expect(Number(row.items_sold)).toBe(figures.itemsSold);
    };
    for (const [by, list, key, csvKey] of [
      ['show', board.shows, 'showId', 'show_id'],
      ['day', board.byDay, 'date', 'date'],
      ['cinema', board.byCinema, 'cinemaId', 'cinema_id'],
    ] as const) {
      const csv = await t.api.request('GET', `/api/admin/dashboard.csv?cinemaId=${a.cinema.id}&by=${by}`, { token: managerA });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      const rows = parseCsv(csv.body as string);
      expect(rows.map((row) => row[csvKey])).toEqual(list.map((entry: Record<string, string>) => entry[key]));
      rows.forEach((row, i) => agree(row, list[i]));
    }
  });

  it('does not let a manager read another cinema’s figures', async () => {
    expect((await t.api.get(`/api/admin/dashboard?cinemaId=${b.cinema.id}`, managerA)).status).toBe(404);
    expect((await t.api.request('GET', `/api/admin/dashboard.csv?cinemaId=${b.cinema.id}`, { token: managerA })).status).toBe(404);
    const csv = (await t.api.request('GET', '/api/admin/dashboard.csv', { token: managerA })).body as string;
    expect(csv).not.toContain(b.show.id);
    const cashier = await t.api.customer('Cashier');
    await t.api.post('/api/admin/staff', { email: cashier.email, role: 'box-office', cinemaIds: [a.cinema.id] }, admin);
    expect((await t.api.get('/api/admin/dashboard', cashier.token)).status).toBe(403);
    const bad = await t.api.request('GET', '/api/admin/dashboard.csv?by=week', { token: managerA });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('by');
  });
});
