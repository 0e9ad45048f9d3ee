// Customers online and cashiers at the counter race for the last of an item, through two Houseful
// processes on one PostgreSQL database: stock never goes below zero, every unit taken belongs to
// exactly one live booking, and a booking never has its seats without its items or the other way round.
import { describe, expect, it } from 'vitest';
import { postgresAvailable } from '../support/app.ts';
import { brokenInvariants } from '../support/invariants.ts';
import { twoInstancesOnAFreshDatabase } from '../support/two-instances.ts';

describe.skipIf(!postgresAvailable())('food and drink stock raced through two server processes', () => {
  const race = twoInstancesOnAFreshDatabase();

  const customers = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => race.apis[i % 2]!.customer(`Hungry${i}`)));

  async function cashiers(n: number, cinemaId: string): Promise<string[]> {
    return Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const api = race.apis[i % 2]!;
        const account = await api.customer(`Till${i}`);
        expect(
          (await api.post('/api/admin/staff', { email: account.email, role: 'box-office', cinemaIds: [cinemaId] }, race.admin)).status,
        ).toBe(201);
        expect((await api.post('/api/admin/shifts', { cinemaId }, account.token)).status).toBe(201);
        return account.token;
      }),
    );
  }

  async function item(cinemaId: string, name: string, stock: number): Promise<string> {
    const created = await race.apis[0]!.post(`/api/admin/cinemas/${cinemaId}/items`, { name, price: 10_000, stock }, race.admin);
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  /** Per item: what is left, and what live (unreturned) orders hold; they must add up to what there was. */
  async function ledger(itemIds: string[]) {
    const { rows } = await race.pool.query<{ id: string; stock: number; held: number; live_bookings_without_seats: number }>(
      `SELECT i.id, i.stock,
         (SELECT coalesce(sum(l.quantity), 0)::int FROM item_order_lines l JOIN item_orders o ON o.booking_id = l.booking_id
          WHERE l.item_id = i.id AND o.stock_returned_at IS NULL) AS held,
         (SELECT count(*)::int FROM item_orders o JOIN bookings b ON b.id = o.booking_id
          WHERE b.status IN ('pending', 'confirmed') AND NOT EXISTS (SELECT 1 FROM show_seats ss WHERE ss.booking_id = b.id)) AS live_bookings_without_seats
       FROM items i WHERE i.id = ANY($1::text[])`,
      [itemIds],
    );
    return rows;
  }

  it('gives the last 5 of an item to exactly 5 of 60 customers and cashiers, each on free seats of their own', async () => {
    const { show, seats, cinema } = await race.apis[0]!.scenario(race.admin, { rows: [{ label: 'A', seatType: 'regular', seats: 60 }] });
    const popcorn = await item(cinema.id, 'Popcorn', 5);
    const [tills, online] = await Promise.all([cashiers(10, cinema.id), customers(50)]);
    const items = [{ itemId: popcorn, quantity: 1 }];
    const replies = await Promise.all([
      ...tills.map((token, i) =>
        race.apis[i % 2]!.post(
          '/api/admin/counter-sales',
          { showId: show.id, seatIds: [seats[i]!.id], payment: { method: 'cash' }, items },
          token,
        ),
      ),
      ...online.map((c, i) =>
        race.apis[(i + 1) % 2]!.post('/api/bookings', { showId: show.id, seatIds: [seats[10 + i]!.id], items }, c.token),
      ),
    ]);
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(55);
    for (const refused of replies.filter((r) => r.status === 409)) expect(refused.body.unavailableItemIds).toEqual([popcorn]);

    // The losers hold no seats: only the 5 winners' seats are taken.
    const taken = await race.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM show_seats WHERE show_id = $1 AND status <> 'available'",
      [show.id],
    );
    expect(taken.rows[0]!.n).toBe(5);
    expect(await ledger([popcorn])).toEqual([{ id: popcorn, stock: 0, held: 5, live_bookings_without_seats: 0 }]);
    expect(await brokenInvariants(race.pool)).toEqual([]);
  });

  it('settles 80 holds wanting two items in either order with no deadlock, never below zero, and gives back exactly what is cancelled unpaid', async () => {
    const { show, seats, cinema } = await race.apis[0]!.scenario(race.admin, { rows: [{ label: 'A', seatType: 'regular', seats: 40 }] });
    const [cola, nachos] = [await item(cinema.id, 'Cola', 12), await item(cinema.id, 'Nachos', 7)];
    const racers = await customers(80);
    // Two customers want each seat; each asks for both items, half of them the other way round.
    const replies = await Promise.all(
      racers.map((c, i) => {
        const both = [
          { itemId: cola, quantity: 1 + (i % 2) },
          { itemId: nachos, quantity: 1 },
        ];
        const items = i % 4 < 2 ? both : both.reverse();
        return race.apis[i % 2]!.post('/api/bookings', { showId: show.id, seatIds: [seats[i % 40]!.id], items }, c.token);
      }),
    );
    expect(replies.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const won = replies.filter((r) => r.status === 201);
    const colaTaken = won.reduce((sum, r) => sum + Number(/Cola × (\d)/.exec(JSON.stringify(r.body.lines))![1]), 0);
    expect(won.length).toBeGreaterThan(0);
    expect(won.length).toBeLessThanOrEqual(7);
    expect(colaTaken).toBeLessThanOrEqual(12);
    const afterRace = await ledger([cola, nachos]);
    for (const row of afterRace) expect(row.stock).toBeGreaterThanOrEqual(0);
    expect(afterRace.find((r) => r.id === cola)).toMatchObject({ stock: 12 - colaTaken, held: colaTaken });
    expect(afterRace.find((r) => r.id === nachos)).toMatchObject({ stock: 7 - won.length, held: won.length });
    // Either the nachos or the cola ran out: a refusal always had a reason.
    expect(won.length === 7 || 12 - colaTaken < 2).toBe(true);

    // Each winner cancels unpaid, through either instance at once: every unit comes back, once.
    const cancelled = await Promise.all(
      won.map((r, i) => {
        const owner = racers[replies.indexOf(r)]!;
        return race.apis[i % 2]!.post(`/api/bookings/${r.body.id}/cancel`, undefined, owner.token);
      }),
    );
    expect(cancelled.every((r) => r.status === 200)).toBe(true);
    const after = await ledger([cola, nachos]);
    expect(after.find((r) => r.id === cola)).toEqual({ id: cola, stock: 12, held: 0, live_bookings_without_seats: 0 });
    expect(after.find((r) => r.id === nachos)).toEqual({ id: nachos, stock: 7, held: 0, live_bookings_without_seats: 0 });
    expect(await brokenInvariants(race.pool)).toEqual([]);
  });
});

describe.skipIf(!postgresAvailable())('food and drink held unpaid by one account, raced through two server processes', () => {
  // Past the new-account cap, so that only the cap on items held limits these holds.
  const race = twoInstancesOnAFreshDatabase({ NEW_ACCOUNT_MINUTES: '0' });

  it('never lets one account hold more than MAX_HELD_ITEMS_PER_ACCOUNT items unpaid, however many holds it fires at once', async () => {
    const limit = 40;
    // Three cinemas' shows, an item of each with its stock not counted: only the cap can refuse.
    const shows = await Promise.all([0, 1, 2].map(() => race.apis[0]!.scenario(race.admin)));
    const items = await Promise.all(
      shows.map(async ({ cinema }) => {
        const created = await race.apis[0]!.post(`/api/admin/cinemas/${cinema.id}/items`, { name: 'Popcorn', price: 10_000 }, race.admin);
        expect(created.status).toBe(201);
        return created.body.id as string;
      }),
    );
    const customer = await race.apis[0]!.customer('Hoarder');
    // 24 holds of one seat and 5 items each, 8 per show (within MAX_SEATS_PER_BOOKING): 120 items asked for, 40 allowed.
    const replies = await Promise.all(
      Array.from({ length: 24 }, (_, i) => {
        const { show, seats } = shows[i % 3]!;
        const wanted = [{ itemId: items[i % 3]!, quantity: 5 }];
        return race.apis[i % 2]!.post(
          '/api/bookings',
          { showId: show.id, seatIds: [seats[Math.floor(i / 3)]!.id], items: wanted },
          customer.token,
        );
      }),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(limit / 5);
    const refused = replies.filter((r) => r.status !== 201);
    for (const reply of refused) {
      expect(reply.status).toBe(409);
      expect(reply.body).toMatchObject({ type: expect.stringMatching(/\/held-items-limit-reached$/), limit });
    }

    // What the database holds for the account: exactly the cap, and no refused hold kept a seat.
    const held = await race.pool.query<{ items: number; seats: number }>(
      `SELECT (SELECT coalesce(sum(l.quantity), 0)::int FROM item_order_lines l JOIN bookings b ON b.id = l.booking_id
               WHERE b.user_id = u.id AND b.status = 'pending') AS items,
              (SELECT count(*)::int FROM show_seats ss JOIN bookings b ON b.id = ss.booking_id
               WHERE b.user_id = u.id AND ss.status = 'held') AS seats
       FROM users u WHERE u.email = $1`,
      [customer.email],
    );
    expect(held.rows[0]).toEqual({ items: limit, seats: limit / 5 });
    expect(await brokenInvariants(race.pool)).toEqual([]);
  });
});
