// What is kept of a card (README, "Security"): the payment method, and in the Idempotency-Key's
// request hash the last four digits and the expiry, keyed with a server secret. The CVV and the
// full number are written nowhere and logged nowhere.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, backends, startTestApp, type TestApp } from './support/app.ts';

const NUMBER = '4242424242424242';
const CVV = '7391';

/** The body as the old hash saw it: keys sorted at every level, as JSON. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

describe.each(backends())('card data (%s)', (backend) => {
  let t: TestApp;
  let admin: string;
  const logs: string[] = [];
  beforeAll(async () => {
    t = await startTestApp({ backend, logTo: (line) => logs.push(line) });
    admin = await adminToken(t.ctx);
  });
  afterAll(() => t.close());

  /** Every text, json and jsonb value of every table, as text, with where it was found. */
  async function everyStoredText(): Promise<{ where: string; text: string }[]> {
    const columns = (
      await t.ctx.db.query<{ table_name: string; column_name: string }>(
        `SELECT c.table_name, c.column_name FROM information_schema.columns c
         JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
         WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE' AND c.data_type IN ('text', 'character varying', 'json', 'jsonb')
         ORDER BY c.table_name, c.column_name`,
      )
    ).rows;
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toContain('idempotency_keys.request_hash');
    const found: { where: string; text: string }[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const rows = await t.ctx.db.query<{ v: string | null }>(`SELECT "${column}"::text AS v FROM "${table}"`);
      for (const row of rows.rows) if (row.v !== null) found.push({ where: `${table}.${column}`, text: row.v });
    }
    return found;
  }

  const leaks = (text: string) =>
    text.includes(NUMBER) ||
    text.includes('4242 4242 4242 4242') ||
    // The word cvv (a field name), not three letters inside a random id such as cin_Cvvh…
    /(^|[^0-9A-Za-z_-])cvv([^0-9A-Za-z_-]|$)/i.test(text) ||
    new RegExp(`(^|[^0-9A-Za-z_-])${CVV}([^0-9A-Za-z_-]|$)`).test(text);

  it('stores and logs neither the card number nor the CVV, and the request hash is not a plain hash of the body', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const paid = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token);
    const body = { method: 'credit_card', card: { number: NUMBER, expiry: '12/35', cvv: CVV } };
    const reply = await t.api.post(`/api/bookings/${paid.body.id}/payment`, body, customer.token, { 'Idempotency-Key': 'card-1' });
    expect(reply.status).toBe(200);

    // A declined card and a card that is not a card number leave nothing either.
    const declined = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[1]!.id] }, customer.token);
    const declinedBody = { method: 'credit_card', card: { number: '4000 0000 0000 0002', expiry: '12/35', cvv: CVV } };
    expect(
      (await t.api.post(`/api/bookings/${declined.body.id}/payment`, declinedBody, customer.token, { 'Idempotency-Key': 'card-2' })).status,
    ).toBe(402);
    const held = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[2]!.id] }, customer.token);
    const invalid = await t.api.post(
      `/api/bookings/${held.body.id}/payment`,
      { method: 'credit_card', card: { number: '4242424242424241', expiry: '12/35', cvv: CVV } },
      customer.token,
      { 'Idempotency-Key': 'card-3' },
    );
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).not.toContain('4242424242424241');

    const stored = await everyStoredText();
    expect(stored.filter((s) => leaks(s.text) || s.text.includes('4000000000000002') || s.text.includes('4242424242424241'))).toEqual([]);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.filter((line) => leaks(line) || line.includes('4000 0000 0000 0002') || line.includes('4242424242424241'))).toEqual([]);

    // The CVV cannot be found by hashing every candidate body, as it could be from a plain SHA-256.
    const key = await t.ctx.db.query<{ request_hash: string }>(
      "SELECT request_hash FROM idempotency_keys WHERE user_id = $1 AND key = 'card-1'",
      [customer.id],
    );
    const hash = key.rows[0]!.request_hash;
    const candidates = new Set<string>();
    for (let cvv = 0; cvv < 10_000; cvv++) {
      for (const digits of [String(cvv).padStart(3, '0'), String(cvv).padStart(4, '0')]) {
        const guess = { booking: paid.body.id, body: { ...body, card: { ...body.card, cvv: digits } } };
        candidates.add(createHash('sha256').update(canonical(guess)).digest('hex'));
      }
    }
    expect(candidates.has(hash)).toBe(false);
  });

  it('still replays the same card under the same key and refuses another card under it', async () => {
    const { show, seats } = await t.api.scenario(admin);
    const customer = await t.api.customer();
    const hold = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[0]!.id] }, customer.token);
    const body = { method: 'credit_card', card: { number: NUMBER, expiry: '12/35', cvv: CVV } };
    const path = `/api/bookings/${hold.body.id}/payment`;
    const first = await t.api.post(path, body, customer.token, { 'Idempotency-Key': 'same-card' });
    // The same card written with spaces is the same request.
    const again = await t.api.post(path, { ...body, card: { ...body.card, number: '4242 4242 4242 4242' } }, customer.token, {
      'Idempotency-Key': 'same-card',
    });
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body).toEqual(first.body);
    const other = await t.api.post(
      path,
      { method: 'credit_card', card: { number: '5555555555554444', expiry: '12/35', cvv: CVV } },
      customer.token,
      { 'Idempotency-Key': 'same-card' },
    );
    expect(other.status).toBe(422);
    const otherExpiry = await t.api.post(path, { ...body, card: { ...body.card, expiry: '11/35' } }, customer.token, {
      'Idempotency-Key': 'same-card',
    });
    expect(otherExpiry.status).toBe(422);
  });
});
