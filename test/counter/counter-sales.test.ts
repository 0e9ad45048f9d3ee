// The box office: a cashier opens a shift, sells seats at the counter (confirmed at once, no
// customer account, no convenience fee, a tax invoice, a ticket to print), and closes the shift
// with what was taken by method; a manager sees every shift of their cinema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from '../support/app.ts';
import { fetchPdf, pdfText } from '../support/pdf.ts';

const sum = (lines: { amount: { amount: number } }[]) => lines.reduce((total, line) => total + line.amount.amount, 0);

// Online customers pay a fee at cinemas billed so; the counter never does.
const BILLING_WITH_FEE = {
  legalName: 'Phoenix Screens Private Limited',
  gstin: '27AAPFU0939F1ZV',
  pricesIncludeTax: true,
  convenienceFee: { perTicket: 3_000 },
  refundPolicy: { tiers: [{ hoursBefore: 0, percent: 100 }], feesRefundable: true },
};

describe.each(backends())('counter sales (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  let a: Awaited<ReturnType<TestApp['api']['scenario']>>;
  let b: Awaited<ReturnType<TestApp['api']['scenario']>>;

  beforeAll(async () => {
    t = await startTestApp({ backend, env: { CHECKIN_OPENS_MINUTES_BEFORE: '2880' } });
    admin = await adminToken(t.ctx);
    a = await t.api.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: 20 }] });
    b = await t.api.scenario(admin);
    expect((await t.api.put(`/api/admin/cinemas/${a.cinema.id}/billing`, BILLING_WITH_FEE, admin)).status).toBe(200);
  });
  afterAll(() => t.close());

  async function staff(role: string, cinemaIds: string[]) {
    const account = await t.api.customer(role);
    expect((await t.api.post('/api/admin/staff', { email: account.email, role, cinemaIds }, admin)).status).toBe(201);
    return account;
  }

  const sell = (token: string, seatIds: string[], method = 'cash', showId = a.show.id) =>
    t.api.post('/api/admin/counter-sales', { showId, seatIds, payment: { method } }, token);

  it('sells confirmed seats with no customer account and no fee, invoiced, with a ticket the door accepts', async () => {
    const cashier = await staff('box-office', [a.cinema.id]);
    expect((await t.api.post('/api/admin/shifts', { cinemaId: a.cinema.id }, cashier.token)).status).toBe(201);
    const seatIds = [a.seats[0]!.id, a.seats[1]!.id];
    const sale = await sell(cashier.token, seatIds, 'upi-qr');
    expect(sale.status, JSON.stringify(sale.body)).toBe(201);
    expect(sale.body).toMatchObject({ status: 'confirmed', payment: { method: 'upi-qr', status: 'completed' } });
    expect(sale.body.lines.map((l: { kind: string }) => l.kind)).not.toContain('fee');
    expect(sum(sale.body.lines)).toBe(sale.body.total.amount);
    expect(sale.body.total.amount).toBe(50_000);
    expect(sale.body.invoice.number).toMatch(/^INV\//);

    // An online customer pays the fee on the same show.
    const customer = await t.api.customer();
    const online = await t.api.post('/api/bookings', { showId: a.show.id, seatIds: [a.seats[2]!.id] }, customer.token);
    expect(online.body.lines.map((l: { kind: string }) => l.kind)).toContain('fee');

    const map = (await t.api.get(`/api/shows/${a.show.id}/seats`)).body.seats as { id: string; status: string }[];
    expect(map.filter((s) => seatIds.includes(s.id)).map((s) => s.status)).toEqual(['booked', 'booked']);
    // No account holds it: not the cashier's booking, nor anyone's.
    expect((await t.api.get('/api/bookings', cashier.token)).body).toEqual([]);
    expect((await t.api.get(`/api/bookings/${sale.body.id}`, cashier.token)).status).toBe(404);
    expect((await t.api.post(`/api/bookings/${sale.body.id}/cancel`, undefined, cashier.token)).status).toBe(404);
    const listed = (await t.api.get(`/api/admin/shows/${a.show.id}/bookings`, admin)).body.bookings as { id: string; customer: object }[];
    expect(listed.find((x) => x.id === sale.body.id)!.customer).toEqual({ name: 'Walk-in customer', email: '' });

    const pdf = await fetchPdf(t.api, `/api/admin/counter-sales/${sale.body.id}/ticket.pdf`, cashier.token);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdfText(pdf.bytes)).toContain('Seats A1, A2');
    expect((await t.api.get(`/api/admin/counter-sales/${sale.body.id}`, cashier.token)).body.ticket.token).toBe(sale.body.ticket.token);

    const door = await t.api.post('/api/admin/checkins', { token: sale.body.ticket.token }, cashier.token);
    expect(door.status).toBe(201);
    expect(door.body).toMatchObject({ customer: 'Walk-in customer', seats: ['A1', 'A2'] });
  });

  it('refuses a sale that cannot be made, changing nothing', async () => {
    const cashier = await staff('box-office', [a.cinema.id, b.cinema.id]);
    const seat = a.seats[10]!.id;
    const noShift = await sell(cashier.token, [seat]);
    expect(noShift.status).toBe(409);
    expect(noShift.body.type).toMatch(/\/no-open-shift$/);
    // A shift at cinema B does not sell cinema A's seats.
    expect((await t.api.post('/api/admin/shifts', { cinemaId: b.cinema.id }, cashier.token)).status).toBe(201);
    const again = await t.api.post('/api/admin/shifts', { cinemaId: a.cinema.id }, cashier.token);
    expect(again.status).toBe(409);
    expect(again.body.type).toMatch(/\/shift-already-open$/);
    expect((await sell(cashier.token, [seat])).body.type).toMatch(/\/no-open-shift$/);

    const shiftB = (await t.api.get('/api/admin/shifts/current', cashier.token)).body;
    const bad: [Record<string, unknown>, string][] = [
      [{ showId: b.show.id, seatIds: [], payment: { method: 'cash' } }, 'seatIds'],
      [{ showId: b.show.id, seatIds: [b.seats[0]!.id, b.seats[0]!.id], payment: { method: 'cash' } }, 'seatIds'],
      [{ showId: b.show.id, seatIds: [a.seats[0]!.id], payment: { method: 'cash' } }, 'seatIds'],
      [{ showId: b.show.id, seatIds: [b.seats[0]!.id], payment: { method: 'cheque' } }, 'payment'],
      [{ showId: b.show.id, seatIds: [b.seats[0]!.id] }, 'payment'],
    ];
    for (const [body, field] of bad) {
      const reply = await t.api.post('/api/admin/counter-sales', body, cashier.token);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(reply.body)).toContain(field);
    }
    expect((await sell(cashier.token, [b.seats[0]!.id], 'cash', 'shw_missing')).status).toBe(404);

    // Seats an online customer holds are theirs.
    const customer = await t.api.customer();
    expect((await t.api.post('/api/bookings', { showId: b.show.id, seatIds: [b.seats[1]!.id] }, customer.token)).status).toBe(201);
    const taken = await sell(cashier.token, [b.seats[1]!.id, b.seats[2]!.id], 'cash', b.show.id);
    expect(taken.status).toBe(409);
    expect(taken.body.unavailableSeatIds).toEqual([b.seats[1]!.id]);

    // A show that is not upcoming any more.
    const gone = await t.api.scenario(admin);
    const cashierGone = await staff('box-office', [gone.cinema.id]);
    expect((await t.api.post('/api/admin/shifts', { cinemaId: gone.cinema.id }, cashierGone.token)).status).toBe(201);
    expect((await t.api.post(`/api/admin/shows/${gone.show.id}/cancel`, undefined, admin)).status).toBe(200);
    const late = await sell(cashierGone.token, [gone.seats[0]!.id], 'cash', gone.show.id);
    expect(late.status).toBe(409);
    expect(late.body.type).toMatch(/\/show-not-upcoming$/);

    const seatsB = (await t.api.get(`/api/shows/${b.show.id}/seats`)).body.seats as { id: string; status: string }[];
    expect(seatsB.filter((s) => s.status === 'booked')).toEqual([]);
    expect((await t.api.get(`/api/admin/shifts/${shiftB.id}`, cashier.token)).body.takings).toEqual([]);
  });

  it('closes a shift with what was taken by method; a manager sees every shift of their cinema, a cashier only their own', async () => {
    const first = await staff('box-office', [a.cinema.id]);
    const second = await staff('box-office', [a.cinema.id]);
    const manager = await staff('manager', [a.cinema.id]);
    const shift = (await t.api.post('/api/admin/shifts', { cinemaId: a.cinema.id }, first.token)).body;
    const other = (await t.api.post('/api/admin/shifts', { cinemaId: a.cinema.id }, second.token)).body;
    expect((await sell(first.token, [a.seats[12]!.id], 'cash')).status).toBe(201);
    expect((await sell(first.token, [a.seats[13]!.id, a.seats[14]!.id], 'cash')).status).toBe(201);
    expect((await sell(first.token, [a.seats[15]!.id], 'card-terminal')).status).toBe(201);

    // The other cashier's shift is not theirs to see or close.
    expect((await t.api.get(`/api/admin/shifts/${other.id}`, first.token)).status).toBe(404);
    expect((await t.api.post(`/api/admin/shifts/${other.id}/close`, undefined, first.token)).status).toBe(404);

    const closed = await t.api.post(`/api/admin/shifts/${shift.id}/close`, undefined, first.token);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.takings).toEqual([
      { method: 'card-terminal', sales: 1, amount: { amount: 25_000, currency: 'INR' }, refunded: { amount: 0, currency: 'INR' } },
      { method: 'cash', sales: 2, amount: { amount: 75_000, currency: 'INR' }, refunded: { amount: 0, currency: 'INR' } },
    ]);
    expect(closed.body.total.amount).toBe(100_000);
    expect((await t.api.post(`/api/admin/shifts/${shift.id}/close`, undefined, first.token)).status).toBe(409);
    // Closed: no more sales into it.
    expect((await sell(first.token, [a.seats[16]!.id])).body.type).toMatch(/\/no-open-shift$/);

    const seenByManager = (await t.api.get(`/api/admin/shifts?cinemaId=${a.cinema.id}`, manager.token)).body as { id: string }[];
    expect(seenByManager.map((s) => s.id)).toEqual(expect.arrayContaining([shift.id, other.id]));
    const seenByCashier = (await t.api.get('/api/admin/shifts', first.token)).body as { id: string }[];
    expect(seenByCashier.map((s) => s.id)).toEqual([shift.id]);
    // A manager may close a cashier's shift left open.
    expect((await t.api.post(`/api/admin/shifts/${other.id}/close`, undefined, manager.token)).status).toBe(200);

    const audit = (await t.api.get(`/api/admin/audit?cinemaId=${a.cinema.id}&limit=500`, manager.token)).body as { action: string }[];
    for (const action of ['shift.open', 'counter.sale', 'shift.close']) expect(audit.map((e) => e.action)).toContain(action);
  });

  it('sells the best available seats, of a seat type if asked, with no fee; 409 naming no seats when there is no such block', async () => {
    const c = await t.api.scenario(admin, {
      rows: [
        { label: 'A', seatType: 'regular', seats: 6 },
        { label: 'B', seatType: 'premium', seats: 4 },
      ],
    });
    expect((await t.api.put(`/api/admin/cinemas/${c.cinema.id}/billing`, BILLING_WITH_FEE, admin)).status).toBe(200);
    const cashier = await staff('box-office', [c.cinema.id]);
    const shift = (await t.api.post('/api/admin/shifts', { cinemaId: c.cinema.id }, cashier.token)).body;
    const best = (choice: Record<string, unknown>) =>
      t.api.post('/api/admin/counter-sales', { showId: c.show.id, payment: { method: 'cash' }, ...choice }, cashier.token);
    const booked = async () =>
      ((await t.api.get(`/api/shows/${c.show.id}/seats`)).body.seats as { id: string; status: string }[])
        .filter((s) => s.status === 'booked')
        .map((s) => s.id)
        .sort();

    const sale = await best({ quantity: 2, seatType: 'premium' });
    expect(sale.status, JSON.stringify(sale.body)).toBe(201);
    expect(sale.body.status).toBe('confirmed');
    expect(sale.body.seats.map((s: { type: string }) => s.type)).toEqual(['premium', 'premium']);
    // Side by side, in the middle of the row.
    expect(sale.body.seats.map((s: { label: string }) => s.label).sort()).toEqual(['B2', 'B3']);
    expect(sale.body.lines.map((l: { kind: string }) => l.kind)).not.toContain('fee');
    expect(sum(sale.body.lines)).toBe(sale.body.total.amount);
    expect(await booked()).toEqual(sale.body.seats.map((s: { id: string }) => s.id).sort());
    // Online, best available on the same show carries the fee.
    const customer = await t.api.customer();
    const online = await t.api.post('/api/bookings', { showId: c.show.id, quantity: 1 }, customer.token);
    expect(online.status).toBe(201);
    expect(online.body.lines.map((l: { kind: string }) => l.kind)).toContain('fee');
    expect((await t.api.post(`/api/bookings/${online.body.id}/cancel`, undefined, customer.token)).status).toBe(200);

    const seat = c.seats[0]!.id;
    const bad: [Record<string, unknown>, string][] = [
      [{ quantity: 1, seatIds: [seat] }, 'quantity'],
      [{}, 'seatIds'],
      [{ seatIds: [seat], seatType: 'premium' }, 'seatType'],
      [{ quantity: 0 }, 'quantity'],
      [{ quantity: 1.5 }, 'quantity'],
      [{ quantity: 1, seatType: 'balcony' }, 'seatType'],
    ];
    for (const [choice, field] of bad) {
      const reply = await best(choice);
      expect(reply.status, JSON.stringify(choice)).toBe(400);
      expect(reply.body.field ?? reply.body.errors[0].field, JSON.stringify(choice)).toBe(field);
    }
    // Two premium seats are left, and not side by side with a third.
    const none = await best({ quantity: 3, seatType: 'premium' });
    expect(none.status).toBe(409);
    expect(none.body).toMatchObject({ type: expect.stringMatching(/\/seats-unavailable$/), unavailableSeatIds: [] });
    expect(await booked()).toEqual(sale.body.seats.map((s: { id: string }) => s.id).sort());
    const takings = (await t.api.get(`/api/admin/shifts/${shift.id}`, cashier.token)).body.takings as { sales: number }[];
    expect(takings.map((row) => row.sales)).toEqual([1]);
  });
});
