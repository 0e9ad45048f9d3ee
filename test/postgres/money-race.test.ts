// Money under races, through two Houseful processes on one PostgreSQL database: invoice numbers
// run without a gap or a repeat however many confirmations land at once, and a limited promo
// code's last uses go to exactly as many bookings as it allows; counted exactly.
import { describe, expect, it } from 'vitest';
import { postgresAvailable } from '../support/app.ts';
import { bookAndPay } from '../support/bookings.ts';
import { twoInstancesOnAFreshDatabase } from '../support/two-instances.ts';

describe.skipIf(!postgresAvailable())('money races through two server processes on one PostgreSQL database', () => {
  const race = twoInstancesOnAFreshDatabase();

  const customers = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => race.apis[i % 2]!.customer(`Payer${i}`)));

  it('numbers 30 confirmations paid at once through two processes 1..30, no gap, no repeat', async () => {
    const { show, seats, cinema } = await race.apis[0]!.scenario(race.admin, { rows: [{ label: 'A', seatType: 'regular', seats: 30 }] });
    const payers = await customers(30);
    const booked = await Promise.all(payers.map((payer, i) => bookAndPay(race.apis[i % 2]!, payer.token, show.id, [seats[i]!.id])));
    const numbers = booked.map((b) => Number(b.invoice.number.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const rows = await race.pool.query<{ n: number; distinct_numbers: number; max: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT number)::int AS distinct_numbers, max(number) AS max
       FROM tax_documents WHERE cinema_id = $1 AND kind = 'invoice'`,
      [cinema.id],
    );
    expect(rows.rows[0]).toEqual({ n: 30, distinct_numbers: 30, max: 30 });
  });

  for (const [limit, racers] of [
    [1, 40],
    [5, 40],
  ] as const) {
    it(`gives a code limited to ${limit} use(s) to exactly ${limit} of ${racers} customers racing for it, holding nothing for the rest`, async () => {
      const { show, seats } = await race.apis[0]!.scenario(race.admin, { rows: [{ label: 'A', seatType: 'regular', seats: racers }] });
      const code = `RACE${limit}X${Date.now().toString(36).toUpperCase()}`;
      expect((await race.apis[0]!.post('/api/admin/promo-codes', { code, percentOff: 50, maxUses: limit }, race.admin)).status).toBe(201);
      const people = await customers(racers);
      const replies = await Promise.all(
        people.map((person, i) =>
          race.apis[i % 2]!.post('/api/bookings', { showId: show.id, seatIds: [seats[i]!.id], promoCode: code }, person.token),
        ),
      );
      const won = replies.filter((r) => r.status === 201);
      const refused = replies.filter((r) => r.status === 409);
      expect(won).toHaveLength(limit);
      expect(refused).toHaveLength(racers - limit);
      for (const reply of refused) {
        expect(reply.body.type).toMatch(/\/promo-code-not-applicable$/);
        expect(reply.body.why).toBe('unknown');
      }
      const counted = await race.pool.query<{ uses: number; live: number; pending: number; held: number }>(
        `SELECT (SELECT uses FROM promo_codes WHERE code = $1) AS uses,
           (SELECT count(*)::int FROM promo_code_uses WHERE code = $1 AND released_at IS NULL) AS live,
           (SELECT count(*)::int FROM bookings WHERE show_id = $2) AS pending,
           (SELECT count(*)::int FROM show_seats WHERE show_id = $2 AND status = 'held') AS held`,
        [code, show.id],
      );
      expect(counted.rows[0]).toEqual({ uses: limit, live: limit, pending: limit, held: limit });
    });
  }
});
