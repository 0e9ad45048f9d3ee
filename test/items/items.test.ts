// Food and drink: a cinema's managers keep its items (price, GST at 5% unless set, stock); a
// customer adds them to a booking and a cashier to a counter sale, as lines of kind item with their
// GST, on the invoice and the ticket with a pickup code; stock is taken with the seats or not at all
// and comes back when the booking ends unpaid; what is not handed over is refunded as item lines of
// its own, and what was handed over only when the cinema cancels the show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billOf, type Supply } from '../../src/billing/bill.ts';
import { sweepExpiredHolds } from '../../src/jobs/sweeper.ts';
import { brokenInvariants } from '../support/invariants.ts';
import { adminToken, backends, startTestApp, type TestApp } from '../support/app.ts';
import { fetchPdf, pdfText } from '../support/pdf.ts';

const sum = (lines: { amount: { amount: number } }[]) => lines.reduce((total, line) => total + line.amount.amount, 0);
const UPI = { method: 'upi', upiId: 'success@upi' };

describe.each(backends())('food and drink (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  let a: Awaited<ReturnType<TestApp['api']['scenario']>>;
  let b: Awaited<ReturnType<TestApp['api']['scenario']>>;
  let managerA: string;

  beforeAll(async () => {
    t = await startTestApp({
      backend,
      env: { CHECKIN_OPENS_MINUTES_BEFORE: '2880', MAX_ITEMS_PER_SEAT: '5', MAX_HELD_ITEMS_PER_ACCOUNT: '12' },
    });
    admin = await adminToken(t.ctx);
    a = await t.api.scenario(admin, { rows: [{ label: 'A', seatType: 'regular', seats: 20 }] });
    b = await t.api.scenario(admin);
    managerA = (await staff('manager', [a.cinema.id])).token;
  });
  afterAll(() => t.close());

  async function staff(role: string, cinemaIds: string[]) {
    const account = await t.api.customer(role);
    expect((await t.api.post('/api/admin/staff', { email: account.email, role, cinemaIds }, admin)).status).toBe(201);
    return account;
  }

  async function item(cinemaId: string, body: Record<string, unknown>, token = managerA) {
    const created = await t.api.post(`/api/admin/cinemas/${cinemaId}/items`, body, token);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body as { id: string; stock: number | null };
  }

  const stockOf = async (itemId: string, cinemaId = a.cinema.id) =>
    ((await t.api.get(`/api/admin/cinemas/${cinemaId}/items`, admin)).body as { id: string; stock: number | null }[]).find(
      (i) => i.id === itemId,
    )!.stock;

  const seatStatus = async (seatId: string, showId = a.show.id) =>
    ((await t.api.get(`/api/shows/${showId}/seats`)).body.seats as { id: string; status: string }[]).find((s) => s.id === seatId)!.status;

  const policy = (cinemaId: string, tiers: { hoursBefore: number; percent: number }[]) =>
    t.api.put(
      `/api/admin/cinemas/${cinemaId}/billing`,
      {
        legalName: 'PVR Ltd',
        gstin: '27AAPFU0939F1ZV',
        pricesIncludeTax: true,
        convenienceFee: {},
        refundPolicy: { tiers, feesRefundable: true },
      },
      admin,
    );

  /** Holds the seats with the items and pays; the confirmed booking. */
  async function bookWithItems(token: string, showId: string, seatIds: string[], items: { itemId: string; quantity: number }[]) {
    const held = await t.api.post('/api/bookings', { showId, seatIds, items }, token);
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    const paid = await t.api.post(`/api/bookings/${held.body.id}/payment`, UPI, token, { 'Idempotency-Key': `pay-${held.body.id}` });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    return paid.body as { id: string; pickupCode: string; total: { amount: number } };
  }

  /** The booking's credit notes, oldest first, as issued. */
  async function creditNotes(bookingId: string) {
    const rows = await t.ctx.db.query<{ supplies: Supply[] | string; total: number }>(
      "SELECT supplies, total FROM tax_documents WHERE booking_id = $1 AND kind = 'credit-note' ORDER BY number",
      [bookingId],
    );
    return rows.rows.map((r) => ({
      supplies: typeof r.supplies === 'string' ? (JSON.parse(r.supplies) as Supply[]) : r.supplies,
      total: Number(r.total),
    }));
  }

  it('lets a manager keep the menu of their cinema only; GST is 5% unless set', async () => {
    const popcorn = await t.api.post(`/api/admin/cinemas/${a.cinema.id}/items`, { name: ' Popcorn ', price: 30_000, stock: 10 }, managerA);
    expect(popcorn.status).toBe(201);
    expect(popcorn.body).toMatchObject({
      name: 'Popcorn',
      price: { amount: 30_000, currency: 'INR' },
      taxPercent: 5,
      stock: 10,
      retiredAt: null,
    });
    const water = await item(a.cinema.id, { name: 'Water', price: 5_000, taxPercent: 18 });
    expect(water).toMatchObject({ stock: null });

    // Another cinema's manager, and a cashier, may not.
    const managerB = (await staff('manager', [b.cinema.id])).token;
    expect((await t.api.post(`/api/admin/cinemas/${a.cinema.id}/items`, { name: 'Nachos', price: 20_000 }, managerB)).status).toBe(404);
    expect((await t.api.request('PATCH', `/api/admin/items/${popcorn.body.id}`, { body: { price: 1 }, token: managerB })).status).toBe(404);
    const cashier = (await staff('box-office', [a.cinema.id])).token;
    expect((await t.api.post(`/api/admin/cinemas/${a.cinema.id}/items`, { name: 'Nachos', price: 20_000 }, cashier)).status).toBe(403);
    expect((await t.api.get(`/api/admin/cinemas/${a.cinema.id}/items`, cashier)).status).toBe(200);
    expect((await t.api.get(`/api/admin/cinemas/${a.cinema.id}/items`, managerB)).status).toBe(404);

    const bad: [Record<string, unknown>, string][] = [
      [{ name: 'Nachos', price: 0 }, 'price'],
      [{ name: 'Nachos', price: 1.5 }, 'price'],
      [{ name: 'Nachos', price: 20_000, taxPercent: 40 }, 'taxPercent'],
      [{ name: 'Nachos', price: 20_000, stock: -1 }, 'stock'],
      [{ name: '   ', price: 20_000 }, 'name'],
      [{ price: 20_000 }, 'name'],
    ];
    for (const [body, field] of bad) {
      const reply = await t.api.post(`/api/admin/cinemas/${a.cinema.id}/items`, body, managerA);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.field ?? reply.body.errors[0].field).toBe(field);
    }
    expect((await t.api.post('/api/admin/cinemas/cin_missing/items', { name: 'Nachos', price: 20_000 }, admin)).status).toBe(404);

    const changed = await t.api.request('PATCH', `/api/admin/items/${popcorn.body.id}`, {
      body: { price: 32_000, stock: 12 },
      token: managerA,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ price: { amount: 32_000 }, stock: 12, taxPercent: 5 });
    expect((await t.api.request('PATCH', `/api/admin/items/${popcorn.body.id}`, { body: {}, token: managerA })).status).toBe(400);

    // Customers see what is on sale; a retired item leaves the menu.
    const menu = (await t.api.get(`/api/cinemas/${a.cinema.id}/items`)).body as { id: string; soldOut: boolean }[];
    expect(menu.map((i) => i.id)).toEqual(expect.arrayContaining([popcorn.body.id, water.id]));
    expect((await t.api.post(`/api/admin/items/${water.id}/retire`, undefined, managerA)).body.retiredAt).not.toBeNull();
    expect(((await t.api.get(`/api/cinemas/${a.cinema.id}/items`)).body as { id: string }[]).map((i) => i.id)).not.toContain(water.id);
    expect((await t.api.get('/api/cinemas/cin_missing/items')).status).toBe(404);

    const audit = (await t.api.get(`/api/admin/audit?cinemaId=${a.cinema.id}`, managerA)).body as { action: string }[];
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['item.create', 'item.change', 'item.retire']));
  });

  it('bills items with a booking as lines of kind item with their GST, on the invoice, with a pickup code', async () => {
    const popcorn = await item(a.cinema.id, { name: 'Popcorn', price: 30_000, stock: 5 });
    const cola = await item(a.cinema.id, { name: 'Cola', price: 15_000 });
    const customer = await t.api.customer();
    const held = await t.api.post(
      '/api/bookings',
      {
        showId: a.show.id,
        seatIds: [a.seats[0]!.id],
        items: [
          { itemId: popcorn.id, quantity: 2 },
          { itemId: cola.id, quantity: 1 },
        ],
      },
      customer.token,
    );
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    expect(held.body.total.amount).toBe(25_000 + 2 * 30_000 + 15_000);
    expect(sum(held.body.lines)).toBe(held.body.total.amount);
    const lines = held.body.lines as { kind: string; label: string; amount: { amount: number } }[];
    expect(lines.filter((l) => l.kind === 'item').map((l) => l.label)).toEqual(['Popcorn × 2', 'Cola × 1']);
    expect(lines.map((l) => l.label)).toEqual(expect.arrayContaining(['CGST 2.5%', 'SGST 2.5%', 'CGST 9%', 'SGST 9%']));
    expect(held.body.pickupCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(await stockOf(popcorn.id)).toBe(3);
    expect(await stockOf(cola.id)).toBeNull();

    const paid = await t.api.post(`/api/bookings/${held.body.id}/payment`, UPI, customer.token, {
      'Idempotency-Key': `items-${held.body.id}`,
    });
    expect(paid.status).toBe(200);
    const booking = (await t.api.get(`/api/bookings/${held.body.id}`, customer.token)).body;
    expect(booking).toMatchObject({ status: 'confirmed', pickupCode: held.body.pickupCode, total: { amount: 100_000 } });
    const invoice = pdfText((await fetchPdf(t.api, `/api/bookings/${held.body.id}/invoice`, customer.token)).bytes);
    expect(invoice).toContain('Popcorn x 2');
    expect(invoice).toContain('996331');

    // A paid booking's items were sold: cancelling refunds them with the booking and does not restock.
    const cancelled = await t.api.post(`/api/bookings/${held.body.id}/cancel`, undefined, customer.token);
    expect(cancelled.status).toBe(200);
    expect((await t.api.get(`/api/bookings/${held.body.id}`, customer.token)).body.refund.amount.amount).toBe(100_000);
    expect(await stockOf(popcorn.id)).toBe(3);
  });

  it('keeps the food and drink on a partial cancel, and refunds it with the last seats as item lines of its own by the policy’s percent', async () => {
    const c = await t.api.scenario(admin);
    expect((await policy(c.cinema.id, [{ hoursBefore: 0, percent: 50 }])).status).toBe(200);
    const popcorn = await item(c.cinema.id, { name: 'Popcorn', price: 30_000, stock: 5 }, admin);
    const customer = await t.api.customer();
    const booking = await bookWithItems(customer.token, c.show.id, [c.seats[0]!.id, c.seats[1]!.id], [{ itemId: popcorn.id, quantity: 2 }]);
    expect(booking.total.amount).toBe(2 * 25_000 + 2 * 30_000);

    // Half of one Rs. 250 seat; the popcorn stays with the seat still booked.
    const quote = await t.api.get(`/api/bookings/${booking.id}/cancellation?seatIds=${c.seats[0]!.id}`, customer.token);
    expect(quote.body).toMatchObject({ cancellable: true, percent: 50, refund: { amount: 12_500 } });
    const some = await t.api.post(`/api/bookings/${booking.id}/cancel`, { seatIds: [c.seats[0]!.id] }, customer.token);
    expect(some.status, JSON.stringify(some.body)).toBe(200);
    expect(some.body.refunds[0].amount.amount).toBe(12_500);

    // The last seat: its half, and half of the popcorn not handed over, on a line of its own.
    expect((await t.api.get(`/api/bookings/${booking.id}/cancellation`, customer.token)).body.refund.amount).toBe(12_500 + 30_000);
    const rest = await t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, customer.token);
    expect(rest.status).toBe(200);
    expect(rest.body.status).toBe('cancelled');
    expect(rest.body.refunds.map((r: { amount: { amount: number } }) => r.amount.amount)).toEqual([12_500, 42_500]);
    const notes = await creditNotes(booking.id);
    expect(notes.map((n) => n.supplies.map((s) => [s.kind, s.label, s.sac]))).toEqual([
      [['ticket', 'Regular ticket × 1', '999614']],
      [
        ['ticket', 'Regular ticket × 1', '999614'],
        ['item', 'Popcorn × 2', '996331'],
      ],
    ]);
    for (const note of notes) expect(billOf(note.supplies).total).toBe(note.total);
    expect(notes.map((n) => n.total)).toEqual([12_500, 42_500]);
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
  });

  it('gives food and drink back with some seats when asked, hands over only the rest, and never refunds what was handed over', async () => {
    const c = await t.api.scenario(admin);
    const popcorn = await item(c.cinema.id, { name: 'Popcorn', price: 30_000, stock: 5 }, admin);
    const cola = await item(c.cinema.id, { name: 'Cola', price: 15_000 }, admin);
    const customer = await t.api.customer();
    const seats = [c.seats[0]!.id, c.seats[1]!.id, c.seats[2]!.id];
    const booking = await bookWithItems(customer.token, c.show.id, seats, [
      { itemId: popcorn.id, quantity: 2 },
      { itemId: cola.id, quantity: 1 },
    ]);
    expect(booking.total.amount).toBe(3 * 25_000 + 2 * 30_000 + 15_000);

    // Items that are not the booking's, repeated, or more than it has: 400 naming the field, nothing changed.
    const bad: [unknown, string][] = [
      [[{ itemId: 'itm_missing', quantity: 1 }], 'items[0].itemId'],
      [[{ itemId: popcorn.id, quantity: 3 }], 'items[0].quantity'],
      [
        [
          { itemId: cola.id, quantity: 1 },
          { itemId: cola.id, quantity: 1 },
        ],
        'items[1].itemId',
      ],
      [[{ itemId: cola.id, quantity: 0 }], 'items[0].quantity'],
    ];
    for (const [items, field] of bad) {
      const refused = await t.api.post(`/api/bookings/${booking.id}/cancel`, { seatIds: [seats[0]], items }, customer.token);
      expect(refused.status, JSON.stringify(items)).toBe(400);
      expect(refused.body.field ?? refused.body.errors[0].field).toBe(field);
    }
    expect((await t.api.get(`/api/bookings/${booking.id}`, customer.token)).body.seats).toHaveLength(3);

    const some = await t.api.post(
      `/api/bookings/${booking.id}/cancel`,
      { seatIds: [seats[0]], items: [{ itemId: popcorn.id, quantity: 1 }] },
      customer.token,
    );
    expect(some.status, JSON.stringify(some.body)).toBe(200);
    expect(some.body.refunds[0].amount.amount).toBe(25_000 + 30_000);
    expect((await creditNotes(booking.id))[0]!.supplies.map((s) => s.label)).toEqual(['Regular ticket × 1', 'Popcorn × 1']);

    // The counter hands over what is left: one popcorn, the cola.
    const cashier = await staff('box-office', [c.cinema.id]);
    const handed = await t.api.post('/api/admin/pickups', { cinemaId: c.cinema.id, pickupCode: booking.pickupCode }, cashier.token);
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
    expect(handed.body.items).toEqual([
      { itemId: cola.id, name: 'Cola', quantity: 1 },
      { itemId: popcorn.id, name: 'Popcorn', quantity: 1 },
    ]);

    // Handed over: not given back, with some seats or with the last.
    const late = await t.api.post(
      `/api/bookings/${booking.id}/cancel`,
      { seatIds: [seats[1]], items: [{ itemId: cola.id, quantity: 1 }] },
      customer.token,
    );
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ type: expect.stringMatching(/\/items-already-collected$/), field: 'items' });
    const rest = await t.api.post(`/api/bookings/${booking.id}/cancel`, undefined, customer.token);
    expect(rest.status).toBe(200);
    expect(rest.body.refunds.map((r: { amount: { amount: number } }) => r.amount.amount)).toEqual([55_000, 50_000]);
    expect((await creditNotes(booking.id))[1]!.supplies.map((s) => s.kind)).toEqual(['ticket']);
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
  });

  it('refuses to hand over food and drink that were all given back: 409 items-refunded', async () => {
    const c = await t.api.scenario(admin);
    const cola = await item(c.cinema.id, { name: 'Cola', price: 15_000 }, admin);
    const customer = await t.api.customer();
    const booking = await bookWithItems(customer.token, c.show.id, [c.seats[0]!.id, c.seats[1]!.id], [{ itemId: cola.id, quantity: 1 }]);
    const some = await t.api.post(
      `/api/bookings/${booking.id}/cancel`,
      { seatIds: [c.seats[0]!.id], items: [{ itemId: cola.id, quantity: 1 }] },
      customer.token,
    );
    expect(some.body.refunds[0].amount.amount).toBe(25_000 + 15_000);
    const cashier = await staff('box-office', [c.cinema.id]);
    const refused = await t.api.post('/api/admin/pickups', { cinemaId: c.cinema.id, pickupCode: booking.pickupCode }, cashier.token);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/\/items-refunded$/);
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
  });

  it('refunds food and drink handed over too when the cinema cancels the show; a staff refund keeps what was handed over', async () => {
    const c = await t.api.scenario(admin);
    const popcorn = await item(c.cinema.id, { name: 'Popcorn', price: 30_000 }, admin);
    const cashier = await staff('box-office', [c.cinema.id]);
    const customer = await t.api.customer();
    const wanted = [{ itemId: popcorn.id, quantity: 1 }];
    const [eaten, waiting, shown] = [
      await bookWithItems(customer.token, c.show.id, [c.seats[0]!.id], wanted),
      await bookWithItems(customer.token, c.show.id, [c.seats[1]!.id], wanted),
      await bookWithItems(customer.token, c.show.id, [c.seats[2]!.id], wanted),
    ];
    for (const booking of [eaten, shown]) {
      const handed = await t.api.post('/api/admin/pickups', { cinemaId: c.cinema.id, pickupCode: booking.pickupCode }, cashier.token);
      expect(handed.status).toBe(200);
    }
    const refund = (id: string) => t.api.post(`/api/admin/bookings/${id}/refund`, { reason: 'the projector failed' }, admin);
    expect((await refund(eaten.id)).body.refunded.amount).toBe(25_000);
    expect((await refund(waiting.id)).body.refunded.amount).toBe(55_000);
    expect((await t.api.post(`/api/admin/shows/${c.show.id}/cancel`, {}, admin)).body.refunded.amount).toBe(55_000);
    expect((await t.api.get(`/api/bookings/${shown.id}`, customer.token)).body.refund.amount.amount).toBe(55_000);
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
  });

  it('holds items with the best available seats too', async () => {
    const juice = await item(a.cinema.id, { name: 'Juice', price: 9_000, stock: 4 });
    const customer = await t.api.customer();
    const held = await t.api.post(
      '/api/bookings',
      { showId: a.show.id, quantity: 2, items: [{ itemId: juice.id, quantity: 3 }] },
      customer.token,
    );
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    expect(held.body.seats).toHaveLength(2);
    expect(held.body.total.amount).toBe(2 * 25_000 + 3 * 9_000);
    expect(sum(held.body.lines)).toBe(held.body.total.amount);
    expect(held.body.pickupCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(await stockOf(juice.id)).toBe(1);
    const short = await t.api.post(
      '/api/bookings',
      { showId: a.show.id, quantity: 1, items: [{ itemId: juice.id, quantity: 2 }] },
      customer.token,
    );
    expect(short.status).toBe(409);
    expect(short.body.unavailableItemIds).toEqual([juice.id]);
    expect((await t.api.post(`/api/bookings/${held.body.id}/cancel`, undefined, customer.token)).status).toBe(200);
    expect(await stockOf(juice.id)).toBe(4);
  });

  it('refuses items that are unknown, of another cinema, retired, repeated or short, holding nothing', async () => {
    const mine = await item(a.cinema.id, { name: 'Samosa', price: 8_000, stock: 1 });
    const retired = await item(a.cinema.id, { name: 'Old stock', price: 8_000 });
    await t.api.post(`/api/admin/items/${retired.id}/retire`, undefined, managerA);
    const theirs = await item(b.cinema.id, { name: 'Their popcorn', price: 30_000 }, admin);
    const customer = await t.api.customer();
    const seat = a.seats[5]!.id;
    const hold = (items: unknown) => t.api.post('/api/bookings', { showId: a.show.id, seatIds: [seat], items }, customer.token);

    const bad: [unknown, string][] = [
      [[{ itemId: 'itm_missing', quantity: 1 }], 'items[0].itemId'],
      [
        [
          { itemId: mine.id, quantity: 1 },
          { itemId: theirs.id, quantity: 1 },
        ],
        'items[1].itemId',
      ],
      [[{ itemId: retired.id, quantity: 1 }], 'items[0].itemId'],
      [
        [
          { itemId: mine.id, quantity: 1 },
          { itemId: mine.id, quantity: 1 },
        ],
        'items[1].itemId',
      ],
      [[{ itemId: mine.id, quantity: 0 }], 'items[0].quantity'],
      [[{ itemId: mine.id }], 'items[0].quantity'],
    ];
    for (const [items, field] of bad) {
      const reply = await hold(items);
      expect(reply.status, JSON.stringify(items)).toBe(400);
      expect(reply.body.field ?? reply.body.errors[0].field).toBe(field);
    }
    const short = await hold([{ itemId: mine.id, quantity: 2 }]);
    expect(short.status).toBe(409);
    expect(short.body).toMatchObject({ type: expect.stringMatching(/\/items-unavailable$/), unavailableItemIds: [mine.id] });
    // An unknown show is a 404 before the items are judged.
    expect(
      (
        await t.api.post(
          '/api/bookings',
          { showId: 'shw_missing', seatIds: [seat], items: [{ itemId: 'itm_missing', quantity: 1 }] },
          customer.token,
        )
      ).status,
    ).toBe(404);

    expect(await seatStatus(seat)).toBe('available');
    expect((await t.api.get('/api/bookings', customer.token)).body).toEqual([]);
    expect(await stockOf(mine.id)).toBe(1);
  });

  it('refuses more than MAX_ITEMS_PER_SEAT items per seat in one hold: 400 naming items, nothing held', async () => {
    const popcorn = await item(a.cinema.id, { name: 'Bucket popcorn', price: 30_000, stock: 100 });
    const cola = await item(a.cinema.id, { name: 'Bucket cola', price: 15_000 });
    const customer = await t.api.customer();
    const seats = [a.seats[10]!.id, a.seats[11]!.id];
    // 5 per seat: 3 popcorns and 3 colas are 6 for one seat, counted across the items.
    const sixForOne = [
      { itemId: popcorn.id, quantity: 3 },
      { itemId: cola.id, quantity: 3 },
    ];
    const refused = [
      await t.api.post('/api/bookings', { showId: a.show.id, seatIds: [seats[0]], items: sixForOne }, customer.token),
      await t.api.post('/api/bookings', { showId: a.show.id, quantity: 1, items: [{ itemId: popcorn.id, quantity: 6 }] }, customer.token),
      await t.api.post(
        '/api/bookings',
        { showId: a.show.id, seatIds: seats, items: [{ itemId: popcorn.id, quantity: 11 }] },
        customer.token,
      ),
    ];
    for (const reply of refused) {
      expect(reply.status, JSON.stringify(reply.body)).toBe(400);
      expect(reply.body).toMatchObject({ type: expect.stringMatching(/\/invalid-input$/), field: 'items' });
      expect(reply.body.detail).toContain('5 per seat');
    }
    expect(await seatStatus(seats[0]!)).toBe('available');
    expect(await seatStatus(seats[1]!)).toBe('available');
    expect(await stockOf(popcorn.id)).toBe(100);
    expect((await t.api.get('/api/bookings', customer.token)).body).toEqual([]);

    // Exactly 5 per seat is allowed: 10 for two seats.
    const held = await t.api.post(
      '/api/bookings',
      { showId: a.show.id, seatIds: seats, items: [{ itemId: popcorn.id, quantity: 10 }] },
      customer.token,
    );
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    expect(await stockOf(popcorn.id)).toBe(90);
    expect((await t.api.post(`/api/bookings/${held.body.id}/cancel`, undefined, customer.token)).status).toBe(200);
    expect(await stockOf(popcorn.id)).toBe(100);
  });

  it('caps the items one account holds unpaid across its pending holds: 409 held-items-limit-reached, nothing held', async () => {
    const popcorn = await item(a.cinema.id, { name: 'Cheese popcorn', price: 30_000, stock: 100 });
    const theirs = await item(b.cinema.id, { name: 'Their cola', price: 15_000, stock: 50 }, admin);
    const customer = await t.api.customer();
    const hold = (showId: string, seatId: string, items: unknown[]) =>
      t.api.post('/api/bookings', { showId, seatIds: [seatId], items }, customer.token);
    // 12 across every show and cinema: 5 and 5 here, then 3 more at the other cinema is one too many.
    const first = await hold(a.show.id, a.seats[3]!.id, [{ itemId: popcorn.id, quantity: 5 }]);
    const second = await hold(a.show.id, a.seats[4]!.id, [{ itemId: popcorn.id, quantity: 5 }]);
    expect([first.status, second.status]).toEqual([201, 201]);
    const over = await hold(b.show.id, b.seats[5]!.id, [{ itemId: theirs.id, quantity: 3 }]);
    expect(over.status, JSON.stringify(over.body)).toBe(409);
    expect(over.body).toMatchObject({ type: expect.stringMatching(/\/held-items-limit-reached$/), field: 'items', limit: 12 });
    expect(await seatStatus(b.seats[5]!.id, b.show.id)).toBe('available');
    expect(await stockOf(theirs.id, b.cinema.id)).toBe(50);
    expect((await t.api.get('/api/bookings', customer.token)).body).toHaveLength(2);
    // Up to the cap is fine, and a hold without items is not counted.
    expect((await hold(b.show.id, b.seats[5]!.id, [{ itemId: theirs.id, quantity: 2 }])).status).toBe(201);
    expect((await hold(b.show.id, b.seats[6]!.id, [])).status).toBe(201);
    expect((await hold(a.show.id, a.seats[14]!.id, [{ itemId: popcorn.id, quantity: 1 }])).status).toBe(409);

    // Paying for a hold makes room: paid items are sold, not held.
    const paid = await t.api.post(`/api/bookings/${first.body.id}/payment`, UPI, customer.token, {
      'Idempotency-Key': `cap-${first.body.id}`,
    });
    expect(paid.status).toBe(200);
    const third = await hold(a.show.id, a.seats[14]!.id, [{ itemId: popcorn.id, quantity: 5 }]);
    expect(third.status, JSON.stringify(third.body)).toBe(201);
    // So does cancelling one unpaid.
    expect((await t.api.post(`/api/bookings/${second.body.id}/cancel`, undefined, customer.token)).status).toBe(200);
    expect((await hold(a.show.id, a.seats[17]!.id, [{ itemId: popcorn.id, quantity: 5 }])).status).toBe(201);
    expect(await stockOf(popcorn.id)).toBe(100 - 5 - 5 - 5);

    // A cashier's counter sales are not capped by what the cashier holds unpaid online.
    const cashier = await staff('box-office', [a.cinema.id]);
    expect((await t.api.post('/api/admin/shifts', { cinemaId: a.cinema.id }, cashier.token)).status).toBe(201);
    const own = await t.api.post(
      '/api/bookings',
      { showId: b.show.id, seatIds: [b.seats[7]!.id, b.seats[8]!.id, b.seats[9]!.id], items: [{ itemId: theirs.id, quantity: 12 }] },
      cashier.token,
    );
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const sale = await t.api.post(
      '/api/admin/counter-sales',
      { showId: a.show.id, seatIds: [a.seats[19]!.id], payment: { method: 'cash' }, items: [{ itemId: popcorn.id, quantity: 5 }] },
      cashier.token,
    );
    expect(sale.status, JSON.stringify(sale.body)).toBe(201);
    // The per-seat cap holds at the counter too.
    const tooMany = await t.api.post(
      '/api/admin/counter-sales',
      { showId: a.show.id, quantity: 1, payment: { method: 'cash' }, items: [{ itemId: popcorn.id, quantity: 6 }] },
      cashier.token,
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.field).toBe('items');
  });

  it('takes no stock when the seats are refused, and gives it back when the booking is cancelled unpaid or lapses', async () => {
    const nachos = await item(a.cinema.id, { name: 'Nachos', price: 20_000, stock: 2 });
    const [first, second] = [await t.api.customer(), await t.api.customer()];
    const won = await t.api.post(
      '/api/bookings',
      { showId: a.show.id, seatIds: [a.seats[7]!.id], items: [{ itemId: nachos.id, quantity: 1 }] },
      first.token,
    );
    expect(won.status).toBe(201);
    expect(await stockOf(nachos.id)).toBe(1);

    // Seats someone holds: refused, and the nacho still there is not taken.
    const seatTaken = await t.api.post(
      '/api/bookings',
      { showId: a.show.id, seatIds: [a.seats[7]!.id], items: [{ itemId: nachos.id, quantity: 1 }] },
      second.token,
    );
    expect(seatTaken.status).toBe(409);
    expect(seatTaken.body.unavailableSeatIds).toEqual([a.seats[7]!.id]);
    expect(await stockOf(nachos.id)).toBe(1);

    expect((await t.api.post(`/api/bookings/${won.body.id}/cancel`, undefined, first.token)).status).toBe(200);
    expect(await stockOf(nachos.id)).toBe(2);

    const wanted = [{ itemId: nachos.id, quantity: 2 }];
    const lapses = await t.api.post('/api/bookings', { showId: a.show.id, seatIds: [a.seats[8]!.id], items: wanted }, second.token);
    expect(lapses.status).toBe(201);
    expect(await stockOf(nachos.id)).toBe(0);
    expect((await t.api.get(`/api/cinemas/${a.cinema.id}/items`)).body.find((i: { id: string }) => i.id === nachos.id)).toMatchObject({
      soldOut: true,
      left: 0,
    });
    // Another customer's hold with free seats but no nachos left: refused, their seats not held.
    const third = await t.api.customer();
    const none = await t.api.post(
      '/api/bookings',
      { showId: a.show.id, seatIds: [a.seats[9]!.id], items: [{ itemId: nachos.id, quantity: 1 }] },
      third.token,
    );
    expect(none.status).toBe(409);
    expect(await seatStatus(a.seats[9]!.id)).toBe('available');

    t.clock.advance(t.ctx.config.holdTtlSeconds + 1);
    expect(await sweepExpiredHolds(t.ctx)).toBeGreaterThanOrEqual(1);
    expect(await stockOf(nachos.id)).toBe(2);
    // Swept again: given back once only.
    await sweepExpiredHolds(t.ctx);
    expect(await stockOf(nachos.id)).toBe(2);
  });

  it('sells items at the counter with no fee, on the printed ticket with the pickup code', async () => {
    const coffee = await item(a.cinema.id, { name: 'Coffee', price: 12_000, stock: 3 });
    const cashier = (await staff('box-office', [a.cinema.id])).token;
    expect((await t.api.post('/api/admin/shifts', { cinemaId: a.cinema.id }, cashier)).status).toBe(201);
    const items = [{ itemId: coffee.id, quantity: 2 }];
    const sale = await t.api.post(
      '/api/admin/counter-sales',
      { showId: a.show.id, seatIds: [a.seats[12]!.id], payment: { method: 'cash' }, items },
      cashier,
    );
    expect(sale.status, JSON.stringify(sale.body)).toBe(201);
    expect(sale.body.total.amount).toBe(25_000 + 24_000);
    expect(sum(sale.body.lines)).toBe(sale.body.total.amount);
    expect(sale.body.lines.filter((l: { kind: string }) => l.kind === 'item')).toHaveLength(1);
    expect(sale.body.pickupCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(await stockOf(coffee.id)).toBe(1);
    const ticket = pdfText((await fetchPdf(t.api, `/api/admin/counter-sales/${sale.body.id}/ticket.pdf`, cashier)).bytes);
    expect(ticket).toContain(`Pickup code ${sale.body.pickupCode}`);

    // Another cinema's item at this counter: 400, nothing sold.
    const theirs = await item(b.cinema.id, { name: 'Their coffee', price: 12_000 }, admin);
    const foreign = await t.api.post(
      '/api/admin/counter-sales',
      { showId: a.show.id, seatIds: [a.seats[13]!.id], payment: { method: 'cash' }, items: [{ itemId: theirs.id, quantity: 1 }] },
      cashier,
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.field).toBe('items[0].itemId');
    expect(await seatStatus(a.seats[13]!.id)).toBe('available');
  });

  it('hands a booking’s food and drink over at its cinema’s counter by pickup code, once', async () => {
    const tea = await item(a.cinema.id, { name: 'Tea', price: 4_000 });
    const samosa = await item(a.cinema.id, { name: 'Samosa', price: 6_000 });
    const customer = await t.api.customer();
    const wanted = [
      { itemId: tea.id, quantity: 2 },
      { itemId: samosa.id, quantity: 1 },
    ];
    const held = await t.api.post('/api/bookings', { showId: a.show.id, seatIds: [a.seats[18]!.id], items: wanted }, customer.token);
    expect(held.status).toBe(201);
    const code = held.body.pickupCode as string;
    const cashier = await staff('box-office', [a.cinema.id]);
    const collect = (pickupCode: string, token = cashier.token, cinemaId = a.cinema.id) =>
      t.api.post('/api/admin/pickups', { cinemaId, pickupCode }, token);

    // Not paid yet: nothing to hand over.
    const unpaid = await collect(code);
    expect(unpaid.status).toBe(409);
    expect(unpaid.body.currentStatus).toBe('pending');
    const paid = await t.api.post(`/api/bookings/${held.body.id}/payment`, UPI, customer.token, { 'Idempotency-Key': `pickup-${code}` });
    expect(paid.status).toBe(200);

    // Typed as said: lower case, with a space.
    const handed = await collect(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
    expect(handed.body).toMatchObject({
      bookingId: held.body.id,
      pickupCode: code,
      show: { id: a.show.id },
      items: [
        { itemId: samosa.id, name: 'Samosa', quantity: 1 },
        { itemId: tea.id, name: 'Tea', quantity: 2 },
      ],
      collectedBy: { id: cashier.id, name: 'box-office' },
    });
    const again = await collect(code);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ type: expect.stringMatching(/\/items-already-collected$/), collectedAt: handed.body.collectedAt });

    // Unknown here, malformed, another cinema's counter, or a role that does not sell.
    const unknown = code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    expect((await collect(unknown)).status).toBe(404);
    const malformed = await collect('AB!');
    expect(malformed.status).toBe(400);
    expect(malformed.body.field).toBe('pickupCode');
    expect((await collect(code, admin, b.cinema.id)).status).toBe(404);
    expect((await collect(code, (await staff('box-office', [b.cinema.id])).token)).status).toBe(404);
    expect((await collect(code, (await staff('door', [a.cinema.id])).token)).status).toBe(403);

    const audit = (await t.api.get(`/api/admin/audit?cinemaId=${a.cinema.id}&limit=500`, managerA)).body as {
      action: string;
      subjectId: string;
    }[];
    expect(audit.filter((e) => e.action === 'pickup.collect').map((e) => e.subjectId)).toEqual([held.body.id]);
  });

  it('hands the food and drink over once to two cashiers given the same code at once', async () => {
    const cola = await item(a.cinema.id, { name: 'Lime soda', price: 7_000 });
    const cashiers = await Promise.all([staff('box-office', [a.cinema.id]), staff('box-office', [a.cinema.id])]);
    expect((await t.api.post('/api/admin/shifts', { cinemaId: a.cinema.id }, cashiers[0].token)).status).toBe(201);
    const sale = await t.api.post(
      '/api/admin/counter-sales',
      { showId: a.show.id, quantity: 1, payment: { method: 'cash' }, items: [{ itemId: cola.id, quantity: 1 }] },
      cashiers[0].token,
    );
    expect(sale.status, JSON.stringify(sale.body)).toBe(201);
    const replies = await Promise.all(
      cashiers.map((c) => t.api.post('/api/admin/pickups', { cinemaId: a.cinema.id, pickupCode: sale.body.pickupCode }, c.token)),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});
