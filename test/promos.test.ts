// Promo codes: created by staff with checked limits, applied by the hold as a discount line,
// refused with a reason before anything is held, and given back when a booking ends unpaid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepExpiredHolds } from '../src/jobs/sweeper.ts';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';

let serial = 0;
const uniqueCode = (stem: string) => `${stem}${Date.now().toString(36).toUpperCase()}${serial++}`;

describe.each(backends())('promo codes (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ backend });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  const hold = (token: string, showId: string, seatIds: string[], promoCode?: string) =>
    t.api.post('/api/bookings', { showId, seatIds, ...(promoCode === undefined ? {} : { promoCode }) }, token);

  it('refuses bad codes with a 400 naming the field, a duplicate with 409, an unknown cinema with 404', async () => {
    const { cinema } = await t.api.scenario(admin);
    const bad: [Record<string, unknown>, string][] = [
      [{ code: uniqueCode('P'), percentOff: 120 }, 'percentOff'],
      [{ code: uniqueCode('P'), percentOff: 10, amountOff: 500 }, 'percentOff'],
      [{ code: uniqueCode('P') }, 'percentOff'],
      [{ code: uniqueCode('P'), amountOff: -5 }, 'amountOff'],
      [
        { code: uniqueCode('P'), percentOff: 10, validFrom: '2027-01-02T00:00:00+05:30', validUntil: '2027-01-01T00:00:00+05:30' },
        'validUntil',
      ],
      [{ code: 'no spaces allowed', percentOff: 10 }, 'code'],
      [{ code: uniqueCode('P'), percentOff: 10, maxUses: 0 }, 'maxUses'],
    ];
    for (const [body, field] of bad) {
      const reply = await t.api.post('/api/admin/promo-codes', body, admin);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(reply.body)).toContain(field);
    }
    expect(
      (await t.api.post('/api/admin/promo-codes', { code: uniqueCode('P'), percentOff: 10, cinemaId: 'cin_nope' }, admin)).status,
    ).toBe(404);
    const code = uniqueCode('DUP');
    expect((await t.api.post('/api/admin/promo-codes', { code, percentOff: 10, cinemaId: cinema.id }, admin)).status).toBe(201);
    expect((await t.api.post('/api/admin/promo-codes', { code: code.toLowerCase(), amountOff: 100 }, admin)).status).toBe(409);
    const listed = (await t.api.get('/api/admin/promo-codes', admin)).body;
    expect(listed.find((p: { code: string }) => p.code === code)).toMatchObject({ percentOff: 10, uses: 0, cinemaId: cinema.id });
  });

  it('takes a discount off as a line, the lines still summing to the total', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const code = uniqueCode('TENOFF');
    expect((await t.api.post('/api/admin/promo-codes', { code, percentOff: 10, maxDiscount: 4_000 }, admin)).status).toBe(201);
    const customer = await t.api.customer();
    const held = await hold(customer.token, show.id, [seats[0]!.id, seats[1]!.id], code.toLowerCase());
    expect(held.status).toBe(201);
    // 2 x Rs. 250 = Rs. 500; 10% is Rs. 50, capped at Rs. 40.
    expect(held.body.total.amount).toBe(46_000);
    const discount = held.body.lines.find((l: { kind: string }) => l.kind === 'discount');
    expect(discount.label).toBe(`Offer ${code}`);
    expect(discount.amount.amount).toBeLessThan(0);
    expect(held.body.lines.reduce((sum: number, l: { amount: { amount: number } }) => sum + l.amount.amount, 0)).toBe(46_000);
  });

  it('refuses a code that does not apply with a reason, holding nothing', async () => {
    const { show, seats, movie } = await t.api.scenario(admin);
    const other = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const codes = {
      elsewhere: uniqueCode('ELSE'),
      otherFilm: uniqueCode('FILM'),
      later: uniqueCode('LATER'),
      over: uniqueCode('OVER'),
      big: uniqueCode('BIG'),
    };
    await t.api.post('/api/admin/promo-codes', { code: codes.elsewhere, percentOff: 5, cinemaId: other.cinema.id }, admin);
    await t.api.post('/api/admin/promo-codes', { code: codes.otherFilm, percentOff: 5, movieId: other.movie.id }, admin);
    await t.api.post('/api/admin/promo-codes', { code: codes.later, percentOff: 5, validFrom: '2099-01-01T00:00:00+05:30' }, admin);
    await t.api.post(
      '/api/admin/promo-codes',
      { code: codes.over, percentOff: 5, validFrom: '2020-01-01T00:00:00+05:30', validUntil: '2021-01-01T00:00:00+05:30' },
      admin,
    );
    await t.api.post('/api/admin/promo-codes', { code: codes.big, percentOff: 5, minTotal: 100_000 }, admin);
    const cases: [string, string, RegExp][] = [
      ['NOSUCHCODE', 'unknown', /no offer with this code/],
      [codes.elsewhere, 'other-cinema', /another cinema/],
      [codes.otherFilm, 'other-movie', /another film/],
      [codes.later, 'not-yet-valid', /starts on 1 January 2099/],
      [codes.over, 'expired', /ended on 1 January 2021/],
      [codes.big, 'below-minimum', /at least ₹1,000\.00/],
    ];
    for (const [code, why, reason] of cases) {
      const reply = await hold(customer.token, show.id, [seats[0]!.id], code);
      expect(reply.status, code).toBe(409);
      expect(reply.body.type).toMatch(/\/promo-code-not-applicable$/);
      expect(reply.body.why).toBe(why);
      expect(reply.body.reason).toMatch(reason);
    }
    expect(movie.id).not.toBe(other.movie.id);
    // Nothing was held.
    expect((await t.api.get('/api/bookings', customer.token)).body).toEqual([]);
    const seatMap = (await t.api.get(`/api/shows/${show.id}/seats`)).body.seats;
    expect(seatMap[0].status).toBe('available');
  });

  it('gives a limited code’s last use to one booking, and takes it back when that booking is cancelled unpaid', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const code = uniqueCode('ONCE');
    await t.api.post('/api/admin/promo-codes', { code, amountOff: 5_000, maxUses: 1 }, admin);
    const [first, second] = [await t.api.customer(), await t.api.customer()];
    const won = await hold(first.token, show.id, [seats[0]!.id], code);
    expect(won.status).toBe(201);
    const lost = await hold(second.token, show.id, [seats[1]!.id], code);
    expect(lost.status).toBe(409);
    expect(lost.body.why).toBe('used-up');
    expect((await t.api.post(`/api/bookings/${won.body.id}/cancel`, undefined, first.token)).status).toBe(200);
    const again = await hold(second.token, show.id, [seats[1]!.id], code);
    expect(again.status).toBe(201);
    expect(again.body.total.amount).toBe(20_000);
  });

  it('takes a use back when the hold lapses unpaid and is swept', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const code = uniqueCode('LAPSE');
    await t.api.post('/api/admin/promo-codes', { code, percentOff: 10, maxUses: 1 }, admin);
    const [first, second] = [await t.api.customer(), await t.api.customer()];
    expect((await hold(first.token, show.id, [seats[0]!.id], code)).status).toBe(201);
    expect((await hold(second.token, show.id, [seats[1]!.id], code)).body.why).toBe('used-up');
    t.clock.advance(t.ctx.config.holdTtlSeconds + 1);
    expect(await sweepExpiredHolds(t.ctx)).toBeGreaterThanOrEqual(1);
    expect((await hold(second.token, show.id, [seats[1]!.id], code)).status).toBe(201);
    expect((await t.api.get('/api/admin/promo-codes', admin)).body.find((p: { code: string }) => p.code === code).uses).toBe(1);
  });

  it('holds a customer to their own limit, and keeps a paid booking’s use', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const code = uniqueCode('MINE');
    await t.api.post('/api/admin/promo-codes', { code, percentOff: 20, maxUsesPerCustomer: 1 }, admin);
    const customer = await t.api.customer();
    const first = await hold(customer.token, show.id, [seats[0]!.id], code);
    expect(first.status).toBe(201);
    const paid = await t.api.post(`/api/bookings/${first.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, customer.token, {
      'idempotency-key': `promo-${first.body.id}`,
    });
    expect(paid.status).toBe(200);
    expect(paid.body.payment.amount.amount).toBe(20_000);
    await t.api.post(`/api/bookings/${first.body.id}/cancel`, undefined, customer.token);
    const second = await hold(customer.token, show.id, [seats[1]!.id], code);
    expect(second.status).toBe(409);
    expect(second.body.why).toBe('used-by-you');
    // Someone else may still use it.
    expect((await hold((await t.api.customer()).token, show.id, [seats[2]!.id], code)).status).toBe(201);
  });
});
