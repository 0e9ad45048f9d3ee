// Seats as halls really are: seat kinds and their rules, seats staff hold back, best available,
// the rule against lone seats, and the listing of shows with a wheelchair space free.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';

type Row = { label: string; seatType: string; seats: number; aislesAfter?: number[]; kinds?: Record<string, string> };

describe.each(backends())('seats (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  /** A show in a hall of these rows, its seats by label, and a hold by labels. */
  async function hall(rows: Row[]) {
    const made = await t.api.scenario(admin, { rows });
    const byLabel = new Map(made.seats.map((seat) => [seat.label, seat]));
    const ids = (...labels: string[]) => labels.map((label) => byLabel.get(label)!.id);
    const hold = async (token: string, ...labels: string[]) =>
      t.api.post('/api/bookings', { showId: made.show.id, seatIds: ids(...labels) }, token);
    const best = async (token: string, quantity: number, seatType?: string) =>
      t.api.post('/api/bookings', { showId: made.show.id, quantity, ...(seatType ? { seatType } : {}) }, token);
    const statusOf = async (label: string) =>
      (await t.api.get(`/api/shows/${made.show.id}/seats`)).body.seats.find((seat: { label: string }) => seat.label === label);
    return { ...made, byLabel, ids, hold, best, statusOf };
  }

  const labelsOf = (booking: { seats: { label: string }[] }) => booking.seats.map((seat) => seat.label);
  const setRule = (cinemaId: string, noSingleSeatGaps: boolean) =>
    t.api.put(`/api/admin/cinemas/${cinemaId}/seating`, { noSingleSeatGaps }, admin);

  describe('seat kinds', () => {
    it('gives every seat of the map its kind, standard unless the row sets one, and keeps the kinds in the layout', async () => {
      const { seats, show } = await hall([
        { label: 'A', seatType: 'regular', seats: 6, kinds: { '1': 'wheelchair', '2': 'companion', '6': 'restricted-view' } },
        { label: 'B', seatType: 'premium', seats: 4, kinds: { '1': 'couple', '2': 'couple', '4': 'recliner' } },
      ]);
      expect(Object.fromEntries(seats.map((seat) => [seat.label, seat.kind]))).toEqual({
        A1: 'wheelchair',
        A2: 'companion',
        A3: 'standard',
        A4: 'standard',
        A5: 'standard',
        A6: 'restricted-view',
        B1: 'couple',
        B2: 'couple',
        B3: 'standard',
        B4: 'recliner',
      });
      const map = (await t.api.get(`/api/shows/${show.id}/seats`)).body;
      expect(map.seats.find((seat: { label: string }) => seat.label === 'A6').note).toMatch(/restricted view/i);
      expect(map.seats.find((seat: { label: string }) => seat.label === 'A3').note).toBeUndefined();
      expect(map.rows[1].kinds).toEqual({ '1': 'couple', '2': 'couple', '4': 'recliner' });
    });

    it('refuses a kind on a seat number the row lacks, a key that is no seat number, an unknown kind and a couple seat without a partner: 400 naming the field', async () => {
      const { cinema } = await t.api.scenario(admin);
      const cases: [Row[], string][] = [
        [[{ label: 'A', seatType: 'regular', seats: 4, kinds: { '5': 'wheelchair' } }], 'rows[0].kinds'],
        [
          [
            { label: 'A', seatType: 'regular', seats: 4 },
            { label: 'B', seatType: 'regular', seats: 4, kinds: { x: 'recliner' } },
          ],
          'rows[1].kinds',
        ],
        [[{ label: 'A', seatType: 'regular', seats: 4, kinds: { '1': 'throne' } }], 'rows[0].kinds'],
        [[{ label: 'A', seatType: 'regular', seats: 4, kinds: { '3': 'couple' } }], 'rows[0].kinds'],
        // A pair split by an aisle is no pair.
        [[{ label: 'A', seatType: 'regular', seats: 4, aislesAfter: [2], kinds: { '2': 'couple', '3': 'couple' } }], 'rows[0].kinds'],
      ];
      for (const [rows, field] of cases) {
        const reply = await t.api.post('/api/admin/halls', { cinemaId: cinema.id, name: 'Bad', rows }, admin);
        expect(reply.status, JSON.stringify(rows)).toBe(400);
        expect(reply.body.field).toContain(field);
      }
      const halls = (await t.api.get(`/api/admin/halls?cinemaId=${cinema.id}`, admin)).body;
      expect(halls.map((h: { name: string }) => h.name)).not.toContain('Bad');
    });

    it('holds a couple seat only with its partner', async () => {
      const s = await hall([{ label: 'A', seatType: 'regular', seats: 6, kinds: { '3': 'couple', '4': 'couple' } }]);
      const customer = await t.api.customer();
      const alone = await s.hold(customer.token, 'A3');
      expect(alone.status).toBe(400);
      expect(alone.body.field).toBe('seatIds');
      expect(alone.body.detail).toMatch(/A3 is a couple seat.*A4/);
      expect((await s.statusOf('A3')).status).toBe('available');
      const pair = await s.hold(customer.token, 'A3', 'A4');
      expect(pair.status).toBe(201);
      expect(pair.body.seats.map((seat: { kind: string }) => seat.kind)).toEqual(['couple', 'couple']);
    });

    it('keeps companion seats for wheelchair users while a wheelchair space is free, then sells them like any seat', async () => {
      const s = await hall([
        { label: 'A', seatType: 'regular', seats: 6, kinds: { '1': 'wheelchair', '2': 'companion', '3': 'companion' } },
      ]);
      const [someone, wheelchairUser] = [await t.api.customer(), await t.api.customer()];
      const refused = await s.hold(someone.token, 'A3');
      expect(refused.status).toBe(409);
      expect(refused.body.type).toMatch(/\/companion-seat-reserved$/);
      expect(refused.body.seatIds).toEqual(s.ids('A3'));
      expect((await s.hold(wheelchairUser.token, 'A1', 'A2')).status).toBe(201);
      // No wheelchair space is free now: the last companion seat is anyone's.
      expect((await s.hold(someone.token, 'A3')).status).toBe(201);
    });

    it('tells the customer of a restricted view on the booking, before paying', async () => {
      const s = await hall([{ label: 'A', seatType: 'regular', seats: 4, kinds: { '4': 'restricted-view' } }]);
      const customer = await t.api.customer();
      const held = await s.hold(customer.token, 'A3', 'A4');
      expect(held.status).toBe(201);
      expect(held.body.seats[1]).toMatchObject({ label: 'A4', kind: 'restricted-view', note: expect.stringMatching(/restricted view/i) });
      expect(held.body.seats[0].note).toBeUndefined();
      expect((await t.api.get(`/api/bookings/${held.body.id}`, customer.token)).body.seats).toEqual(held.body.seats);
    });
  });

  describe('seats staff hold back', () => {
    it('blocks seats: they read booked with blocked: true, cannot be held, and come back when released', async () => {
      const s = await hall([{ label: 'A', seatType: 'regular', seats: 6 }]);
      const before = (await t.api.get(`/api/shows/${s.show.id}`)).body.seatsAvailable;
      const blocked = await t.api.post(
        `/api/admin/shows/${s.show.id}/blocks`,
        { seatIds: s.ids('A2', 'A3'), reason: 'House seats' },
        admin,
      );
      expect(blocked.status).toBe(200);
      expect(blocked.body.blocked.map((b: { label: string; reason: string }) => [b.label, b.reason])).toEqual([
        ['A2', 'House seats'],
        ['A3', 'House seats'],
      ]);
      expect(await s.statusOf('A2')).toMatchObject({ status: 'booked', blocked: true });
      expect((await s.statusOf('A1')).blocked).toBeUndefined();
      expect((await t.api.get(`/api/shows/${s.show.id}`)).body.seatsAvailable).toBe(before - 2);
      // Held back is not sold: the dashboard's occupancy leaves them out.
      const dashboard = (await t.api.get('/api/admin/dashboard', admin)).body;
      expect(dashboard.shows.find((show: { showId: string }) => show.showId === s.show.id).seatsBooked).toBe(0);
      const customer = await t.api.customer();
      const refused = await s.hold(customer.token, 'A1', 'A2');
      expect(refused.status).toBe(409);
      expect(refused.body.unavailableSeatIds).toEqual(s.ids('A2'));

      const released = await t.api.post(`/api/admin/shows/${s.show.id}/blocks/release`, { seatIds: s.ids('A2', 'A5') }, admin);
      expect(released.status).toBe(200);
      expect(released.body.blocked.map((b: { label: string }) => b.label)).toEqual(['A3']);
      expect(await s.statusOf('A2')).toMatchObject({ status: 'available' });
      expect((await s.hold(customer.token, 'A1', 'A2')).status).toBe(201);
      expect((await t.api.get(`/api/admin/shows/${s.show.id}/blocks`, admin)).body.blocked).toHaveLength(1);
    });

    it('refuses to block a seat someone holds or has bought, naming it, and blocks none of the others', async () => {
      const s = await hall([{ label: 'A', seatType: 'regular', seats: 6 }]);
      const customer = await t.api.customer();
      const held = await s.hold(customer.token, 'A4');
      expect(held.status).toBe(201);
      const refused = await t.api.post(`/api/admin/shows/${s.show.id}/blocks`, { seatIds: s.ids('A3', 'A4'), reason: 'Broken' }, admin);
      expect(refused.status).toBe(409);
      expect(refused.body.unavailableSeatIds).toEqual(s.ids('A4'));
      expect((await s.statusOf('A3')).status).toBe('available');
      // A lapsed hold is no hold: its seat can be blocked.
      t.clock.advance(t.ctx.config.holdTtlSeconds + 1);
      expect((await t.api.post(`/api/admin/shows/${s.show.id}/blocks`, { seatIds: s.ids('A4'), reason: 'Broken' }, admin)).status).toBe(
        200,
      );
      expect(await s.statusOf('A4')).toMatchObject({ status: 'booked', blocked: true });
    });

    it('answers bad blocks with 400 naming the field, an unknown show with 404, a customer with 403', async () => {
      const s = await hall([{ label: 'A', seatType: 'regular', seats: 4 }]);
      const other = await hall([{ label: 'A', seatType: 'regular', seats: 4 }]);
      const path = `/api/admin/shows/${s.show.id}/blocks`;
      const cases: [unknown, string][] = [
        [{ seatIds: other.ids('A1'), reason: 'Guests' }, 'seatIds'],
        [{ seatIds: [], reason: 'Guests' }, 'seatIds'],
        [{ seatIds: s.ids('A1', 'A1'), reason: 'Guests' }, 'seatIds'],
        [{ seatIds: s.ids('A1') }, 'reason'],
        [{ seatIds: s.ids('A1'), reason: '   ' }, 'reason'],
      ];
      for (const [body, field] of cases) {
        const reply = await t.api.post(path, body, admin);
        expect(reply.status, JSON.stringify(body)).toBe(400);
        expect(reply.body.field).toBe(field);
      }
      expect((await t.api.post(`${path}/release`, { seatIds: other.ids('A1') }, admin)).body.field).toBe('seatIds');
      expect((await t.api.post('/api/admin/shows/shw_nope/blocks', { seatIds: [] }, admin)).status).toBe(404);
      const customer = await t.api.customer();
      expect((await t.api.post(path, { seatIds: s.ids('A1'), reason: 'Mine' }, customer.token)).status).toBe(403);
      expect((await s.statusOf('A1')).status).toBe('available');
    });
  });

  describe('best available', () => {
    it('holds the best adjacent block: the middle row, the middle seats, never across an aisle', async () => {
      const s = await hall([
        { label: 'A', seatType: 'regular', seats: 8, aislesAfter: [4] },
        { label: 'B', seatType: 'regular', seats: 8, aislesAfter: [4] },
        { label: 'C', seatType: 'regular', seats: 8, aislesAfter: [4] },
      ]);
      const [first, second, third] = [await t.api.customer(), await t.api.customer(), await t.api.customer()];
      const one = await s.best(first.token, 2);
      expect(one.status).toBe(201);
      expect(one.body.status).toBe('pending');
      // Row B; the aisle after B4 keeps a pair off B4-B5, so the pairs nearest the centre are B3-B4 and B5-B6.
      expect(labelsOf(one.body)).toEqual(['B3', 'B4']);
      expect(labelsOf((await s.best(second.token, 2)).body)).toEqual(['B5', 'B6']);
      const four = await s.best(third.token, 4);
      expect(four.status).toBe(201);
      const labels = labelsOf(four.body);
      expect(new Set(labels.map((l) => l[0])).size).toBe(1);
      expect(labels.map((l) => Number(l.slice(1)))).toSatisfy((n: number[]) => n.every((x, i) => i === 0 || x === n[i - 1]! + 1));
      expect((await s.statusOf(labels[0]!)).status).toBe('held');
    });

    it('offers only the asked seat type, never wheelchair or companion seats, and couple seats only in pairs', async () => {
      const s = await hall([
        { label: 'A', seatType: 'regular', seats: 4, kinds: { '2': 'wheelchair', '3': 'companion' } },
        { label: 'B', seatType: 'premium', seats: 4, kinds: { '2': 'couple', '3': 'couple' } },
      ]);
      const customer = await t.api.customer();
      const couple = await s.best(customer.token, 2, 'premium');
      expect(couple.status).toBe(201);
      expect(labelsOf(couple.body)).toEqual(['B2', 'B3']);
      // Row A has no two neighbours that are neither a wheelchair space nor a companion seat.
      const none = await s.best(customer.token, 2, 'regular');
      expect(none.status).toBe(409);
      expect(none.body.type).toMatch(/\/seats-unavailable$/);
      expect(none.body.unavailableSeatIds).toEqual([]);
    });

    it('answers 409 seats-unavailable with no seat ids when no block is free, and holds nothing', async () => {
      const s = await hall([{ label: 'A', seatType: 'regular', seats: 5, aislesAfter: [2] }]);
      const customer = await t.api.customer();
      const reply = await s.best(customer.token, 4);
      expect(reply.status).toBe(409);
      expect(reply.body.unavailableSeatIds).toEqual([]);
      expect((await t.api.get('/api/bookings', customer.token)).body).toEqual([]);
    });

    it('refuses a quantity of 0 or over the limit, both seatIds and quantity, and a seat type without quantity: 400 naming the field', async () => {
      const s = await hall([{ label: 'A', seatType: 'regular', seats: 4 }]);
      const customer = await t.api.customer();
      const max = t.ctx.config.maxSeatsPerBooking;
      const cases: [unknown, string][] = [
        [{ showId: s.show.id, quantity: 0 }, 'quantity'],
        [{ showId: s.show.id, quantity: max + 1 }, 'quantity'],
        [{ showId: s.show.id, quantity: 1.5 }, 'quantity'],
        [{ showId: s.show.id, quantity: 2, seatIds: s.ids('A1', 'A2') }, 'quantity'],
        [{ showId: s.show.id, seatIds: s.ids('A1'), seatType: 'regular' }, 'seatType'],
        [{ showId: s.show.id, quantity: 2, seatType: 'gold' }, 'seatType'],
        [{ showId: s.show.id }, 'seatIds'],
      ];
      for (const [body, field] of cases) {
        const reply = await t.api.post('/api/bookings', body, customer.token);
        expect(reply.status, JSON.stringify(body)).toBe(400);
        expect(reply.body.field).toBe(field);
      }
      expect((await t.api.post('/api/bookings', { showId: 'shw_nope', quantity: 0 }, customer.token)).status).toBe(404);
      expect((await t.api.post('/api/bookings', { showId: 'shw_nope', quantity: 2 }, customer.token)).status).toBe(404);
    });

    it('leaves no seat alone where the cinema asks for that', async () => {
      const s = await hall([{ label: 'A', seatType: 'regular', seats: 5 }]);
      expect((await setRule(s.cinema.id, true)).status).toBe(200);
      const customer = await t.api.customer();
      // Without the rule the middle pair (A2-A3 or A3-A4) would leave A1 or A5 alone.
      const pair = await s.best(customer.token, 2);
      expect(pair.status).toBe(201);
      expect([
        ['A1', 'A2'],
        ['A4', 'A5'],
      ]).toContainEqual(labelsOf(pair.body));
    });
  });

  describe('no stranded seats', () => {
    it('sets the rule, refusing a bad body with 400 naming the field and an unknown cinema with 404', async () => {
      const { cinema } = await t.api.scenario(admin);
      expect((await t.api.get(`/api/admin/cinemas/${cinema.id}/seating`, admin)).body).toEqual({
        cinemaId: cinema.id,
        noSingleSeatGaps: false,
      });
      const bad = await t.api.put(`/api/admin/cinemas/${cinema.id}/seating`, { noSingleSeatGaps: 'yes' }, admin);
      expect(bad.status).toBe(400);
      expect(bad.body.field).toBe('noSingleSeatGaps');
      expect((await t.api.put('/api/admin/cinemas/cin_nope/seating', { noSingleSeatGaps: true }, admin)).status).toBe(404);
      expect((await setRule(cinema.id, true)).body).toEqual({ cinemaId: cinema.id, noSingleSeatGaps: true });
      expect((await t.api.get(`/api/admin/cinemas/${cinema.id}/seating`, admin)).body.noSingleSeatGaps).toBe(true);
    });

    it('refuses a hold that would leave one seat alone beside a taken seat, a row end or an aisle, naming it', async () => {
      const s = await hall([{ label: 'A', seatType: 'regular', seats: 8, aislesAfter: [4] }]);
      const [first, second] = [await t.api.customer(), await t.api.customer()];
      // Rule off: as in v1.
      const v1 = await s.hold(first.token, 'A2');
      expect(v1.status).toBe(201);
      expect((await t.api.post(`/api/bookings/${v1.body.id}/cancel`, undefined, first.token)).status).toBe(200);
      await setRule(s.cinema.id, true);
      const cases: [string[], string[]][] = [
        [['A2'], ['A1']], // the row's end
        [
          ['A2', 'A3'],
          ['A1', 'A4'],
        ], // the row's end and the aisle
        [
          ['A6', 'A7'],
          ['A5', 'A8'],
        ],
      ];
      for (const [labels, stranded] of cases) {
        const reply = await s.hold(first.token, ...labels);
        expect(reply.status, labels.join()).toBe(409);
        expect(reply.body.type).toMatch(/\/would-strand-seat$/);
        expect(reply.body.strandedSeatIds).toEqual(s.ids(...stranded));
      }
      expect((await s.hold(first.token, 'A1', 'A2')).status).toBe(201);
      // Between taken seats: A4 alone once A3 is taken.
      const between = await s.hold(second.token, 'A3');
      expect(between.status).toBe(409);
      expect(between.body.strandedSeatIds).toEqual(s.ids('A4'));
      expect((await s.hold(second.token, 'A3', 'A4')).status).toBe(201);
      expect((await s.statusOf('A1')).status).toBe('held');
    });

    it('does not hold a seat already alone against a hold elsewhere in its stretch', async () => {
      const s = await hall([{ label: 'A', seatType: 'regular', seats: 6 }]);
      const customer = await t.api.customer();
      // Staff left A2 alone (rules bind holds, not staff).
      await t.api.post(`/api/admin/shows/${s.show.id}/blocks`, { seatIds: s.ids('A1', 'A3'), reason: 'Camera' }, admin);
      await setRule(s.cinema.id, true);
      expect((await s.hold(customer.token, 'A4', 'A5', 'A6')).status).toBe(201);
      // Taking the lone seat itself is always fine.
      expect((await s.hold(customer.token, 'A2')).status).toBe(201);
    });
  });

  describe('listings by wheelchair space', () => {
    it('lists with ?wheelchair=true only shows with a wheelchair space free', async () => {
      const withSpace = await hall([{ label: 'A', seatType: 'regular', seats: 4, kinds: { '1': 'wheelchair' } }]);
      const without = await hall([{ label: 'A', seatType: 'regular', seats: 4 }]);
      const listed = async (cityId: string) =>
        (await t.api.get(`/api/shows?cityId=${cityId}&wheelchair=true`)).body.map((s: { id: string }) => s.id);
      expect(await listed(withSpace.city.id)).toEqual([withSpace.show.id]);
      expect(await listed(without.city.id)).toEqual([]);
      expect((await t.api.get(`/api/shows?cityId=${without.city.id}&wheelchair=false`)).body).toHaveLength(1);
      const customer = await t.api.customer();
      expect((await withSpace.hold(customer.token, 'A1')).status).toBe(201);
      expect(await listed(withSpace.city.id)).toEqual([]);
      const bad = await t.api.get('/api/shows?wheelchair=yes');
      expect(bad.status).toBe(400);
      expect(bad.body.field).toBe('wheelchair');
    });
  });
});
