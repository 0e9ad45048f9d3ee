// Promo codes: created and changed by staff with checked limits, applied by the hold as a discount
// line, refused with a reason before anything is held, and given back when a booking ends unpaid.
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

  const change = (code: string, body: unknown, token: string) => t.api.request('PATCH', `/api/admin/promo-codes/${code}`, { token, body });
  const listed = async (code: string) =>
    (await t.api.get('/api/admin/promo-codes', admin)).body.find((p: { code: string }) => p.code === code);

  it('lets staff change a code’s limits and end it early; bookings already held keep their bill', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const code = uniqueCode('EDIT');
    expect((await t.api.post('/api/admin/promo-codes', { code, percentOff: 10, maxDiscount: 4_000, minTotal: 100 }, admin)).status).toBe(
      201,
    );
    const [first, second, third] = [await t.api.customer(), await t.api.customer(), await t.api.customer()];
    const before = await hold(first.token, show.id, [seats[0]!.id, seats[1]!.id], code);
    expect(before.body.total.amount).toBe(46_000);

    const changed = await change(code.toLowerCase(), { maxDiscount: 1_000, maxUses: 5, minTotal: null }, admin);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ code, maxDiscount: 1_000, maxUses: 5, uses: 1 });
    expect(changed.body.minTotal).toBeUndefined();
    expect((await t.api.get(`/api/bookings/${before.body.id}`, first.token)).body.total.amount).toBe(46_000);
    expect((await hold(second.token, show.id, [seats[2]!.id, seats[3]!.id], code)).body.total.amount).toBe(49_000);

    const lowered = await change(code, { maxUses: 1 }, admin);
    expect(lowered.status).toBe(409);
    expect(lowered.body).toMatchObject({ type: '/problems/promo-code-uses-taken', uses: 2, field: 'maxUses' });
    expect((await change(code, { maxUses: 2 }, admin)).body.maxUses).toBe(2);
    expect((await change(code, { maxUses: null }, admin)).body.maxUses).toBeUndefined();

    const ended = await change(code, { active: false }, admin);
    expect(ended.status).toBe(200);
    expect(Date.parse(ended.body.validUntil)).toBeLessThanOrEqual(t.clock.now().getTime());
    const refused = await hold(third.token, show.id, [seats[4]!.id], code);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: '/problems/promo-code-not-applicable', why: 'unknown' });
    expect(refused.body.reason).toMatch(/^There is no offer with this code for this booking\./);
    // The booking held before the change is paid at the price it was held at.
    const paid = await t.api.post(`/api/bookings/${before.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, first.token, {
      'idempotency-key': `promo-${before.body.id}`,
    });
    expect(paid.body.payment.amount.amount).toBe(46_000);

    const audit = (await t.api.get('/api/admin/audit?limit=500', admin)).body as { action: string; subjectId: string }[];
    expect(audit.filter((e) => e.subjectId === code && e.action === 'promo-code.update')).toHaveLength(4);
  });

  it('refuses a bad change with a 400 naming the field, changing nothing', async () => {
    const code = uniqueCode('KEEP');
    const created = {
      code,
      amountOff: 5_000,
      validFrom: '2027-01-01T00:00:00+05:30',
      validUntil: '2027-02-01T00:00:00+05:30',
      maxUses: 10,
    };
    expect((await t.api.post('/api/admin/promo-codes', created, admin)).status).toBe(201);
    const was = await listed(code);
    const bad: [unknown, string][] = [
      [{ validUntil: '2026-12-31T00:00:00+05:30' }, 'validUntil'],
      [{ validUntil: 'next week' }, 'validUntil'],
      [{ validUntil: '2027-01-15T00:00:00' }, 'validUntil'],
      [{ maxUses: 0 }, 'maxUses'],
      [{ maxUsesPerCustomer: 1.5 }, 'maxUsesPerCustomer'],
      [{ minTotal: -1 }, 'minTotal'],
      [{ maxDiscount: 'lots' }, 'maxDiscount'],
      [{ active: true }, 'active'],
      [{ active: false, validUntil: '2027-01-15T00:00:00+05:30' }, 'active'],
      [{ amountOff: 100 }, 'amountOff'],
    ];
    for (const [body, field] of bad) {
      const reply = await change(code, body, admin);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(reply.body), JSON.stringify(body)).toContain(field);
    }
    expect((await change(code, {}, admin)).status).toBe(400);
    expect(await listed(code)).toEqual(was);
    expect((await change('NOSUCHCODE', { maxUses: 3 }, admin)).status).toBe(404);
    // Ending a code that has not started yet: it never starts.
    const ended = await change(code, { active: false }, admin);
    expect(ended.status).toBe(200);
    expect(ended.body.validFrom).toBeUndefined();
  });

  it('lets a manager change their cinema’s codes only; a chain-wide code is an admin’s', async () => {
    const [a, b] = [await t.api.scenario(admin), await t.api.scenario(admin)];
    const manager = await t.api.customer('Manager');
    expect((await t.api.post('/api/admin/staff', { email: manager.email, role: 'manager', cinemaIds: [a.cinema.id] }, admin)).status).toBe(
      201,
    );
    const codes = { atA: uniqueCode('ATA'), atB: uniqueCode('ATB'), chain: uniqueCode('CHAIN') };
    await t.api.post('/api/admin/promo-codes', { code: codes.atA, percentOff: 5, cinemaId: a.cinema.id }, admin);
    await t.api.post('/api/admin/promo-codes', { code: codes.atB, percentOff: 5, cinemaId: b.cinema.id }, admin);
    await t.api.post('/api/admin/promo-codes', { code: codes.chain, percentOff: 5 }, admin);
    expect((await change(codes.atA, { maxUses: 3 }, manager.token)).status).toBe(200);
    expect((await change(codes.atB, { maxUses: 3 }, manager.token)).status).toBe(404);
    const chain = await change(codes.chain, { maxUses: 3 }, manager.token);
    expect(chain.status).toBe(403);
    expect(chain.body.detail).toContain('only an admin');
    expect((await change(codes.chain, { maxUses: 3 }, admin)).status).toBe(200);
    expect((await change(codes.atA, { maxUses: 3 }, (await t.api.customer()).token)).status).toBe(403);
  });

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

  it('refuses a percent or amount off that rounds to nothing (or to another number) with a 400 naming the field, creating nothing', async () => {
    // The table keeps the percent in hundredths: 0.001 would be kept as 0.00, which it refuses, and 12.345 as 12.35.
    const bad = [
      '"percentOff": 0.001',
      '"percentOff": 0.004',
      '"percentOff": 0.005',
      '"percentOff": 1e-9',
      '"percentOff": 5e-324',
      '"percentOff": 12.345',
      '"amountOff": 0.5',
      '"amountOff": 0.999',
      '"amountOff": 1e-9',
    ];
    for (const json of bad) {
      const code = uniqueCode('TINY');
      const raw = `{"code": "${code}", ${json}}`;
      const field = json.slice(1, json.indexOf('"', 1));
      const reply = await t.api.request('POST', '/api/admin/promo-codes', { raw, token: admin });
      expect(reply.status, raw).toBe(400);
      expect(reply.headers.get('content-type'), raw).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(reply.body), raw).toContain(field);
      expect(await listed(code), raw).toBeUndefined();
    }
    // The smallest of each still makes a code, kept as given.
    const smallest = uniqueCode('TINY');
    expect((await t.api.post('/api/admin/promo-codes', { code: smallest, percentOff: 0.01 }, admin)).status).toBe(201);
    expect((await listed(smallest)).percentOff).toBe(0.01);
    expect((await t.api.post('/api/admin/promo-codes', { code: uniqueCode('TINY'), amountOff: 1 }, admin)).status).toBe(201);
    expect((await t.api.post('/api/admin/promo-codes', { code: uniqueCode('TINY'), percentOff: 99.99 }, admin)).status).toBe(201);
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

  it('answers a code that does not apply to this booking exactly as an unknown code, holding nothing', async () => {
    const { show, seats, movie } = await t.api.scenario(admin);
    const other = await t.api.scenario(admin);
    const [customer, someoneElse] = [await t.api.customer(), await t.api.customer()];
    const codes = {
      elsewhere: uniqueCode('ELSE'),
      otherFilm: uniqueCode('FILM'),
      later: uniqueCode('LATER'),
      over: uniqueCode('OVER'),
      ended: uniqueCode('ENDED'),
      big: uniqueCode('BIG'),
      gone: uniqueCode('GONE'),
    };
    await t.api.post('/api/admin/promo-codes', { code: codes.elsewhere, percentOff: 5, cinemaId: other.cinema.id }, admin);
    await t.api.post('/api/admin/promo-codes', { code: codes.otherFilm, percentOff: 5, movieId: other.movie.id }, admin);
    await t.api.post('/api/admin/promo-codes', { code: codes.later, percentOff: 5, validFrom: '2099-01-01T00:00:00+05:30' }, admin);
    await t.api.post(
      '/api/admin/promo-codes',
      { code: codes.over, percentOff: 5, validFrom: '2020-01-01T00:00:00+05:30', validUntil: '2021-01-01T00:00:00+05:30' },
      admin,
    );
    await t.api.post('/api/admin/promo-codes', { code: codes.ended, percentOff: 5 }, admin);
    expect((await change(codes.ended, { active: false }, admin)).status).toBe(200);
    await t.api.post('/api/admin/promo-codes', { code: codes.big, percentOff: 5, minTotal: 100_000 }, admin);
    await t.api.post('/api/admin/promo-codes', { code: codes.gone, percentOff: 5, maxUses: 1 }, admin);
    expect((await hold(someoneElse.token, show.id, [seats[5]!.id], codes.gone)).status).toBe(201);

    // Everything but the code itself, which is only echoed back (as matched: upper case, trimmed).
    const answer = async (code: string) => {
      const reply = await hold(customer.token, show.id, [seats[0]!.id], code);
      return {
        status: reply.status,
        contentType: reply.headers.get('content-type'),
        body: JSON.parse(JSON.stringify(reply.body).replaceAll(code.trim().toUpperCase(), '<code>')) as unknown,
      };
    };
    const unknown = await answer(uniqueCode('NOSUCH'));
    expect(unknown).toMatchObject({
      status: 409,
      contentType: expect.stringMatching(/^application\/problem\+json/),
      body: { type: '/problems/promo-code-not-applicable', why: 'unknown', code: '<code>' },
    });
    expect((unknown.body as { reason: string }).reason).toMatch(/^There is no offer with this code for this booking\./);
    for (const code of Object.values(codes)) expect(await answer(code), code).toEqual(unknown);
    // Typed in another case, or with spaces around it: still the same answer.
    expect(await answer(` ${codes.elsewhere.toLowerCase()} `)).toEqual(await answer(` ${uniqueCode('NOSUCH').toLowerCase()} `));
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
    expect(lost.body.why).toBe('unknown');
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
    expect((await hold(second.token, show.id, [seats[1]!.id], code)).body.why).toBe('unknown');
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
