// What a customer sees when paying goes wrong: a declined card (seats freed at once), a hold
// that lapsed before paying, seats someone else took after the hold lapsed, an answer lost on
// the network (retried with the same Idempotency-Key), and a bank slower than the server waits.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { accessibilityViolations, launchBrowser, openContext, screenshot } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';
import { makeCatalogue } from './support/catalogue.ts';

const HOLD_TTL_SECONDS = 300;

describe.runIf(browserTierRuns())('payment failures in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let showId: string;

  beforeAll(async () => {
    t = await startTestApp();
    showId = (await makeCatalogue(t.api, await adminToken(t.ctx))).show.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function seatStatus(label: string): Promise<string | undefined> {
    const map = await t.api.get(`/api/shows/${showId}/seats`);
    return (map.body.seats as { label: string; status: string }[]).find((s) => s.label === label)?.status;
  }

  const holdInBrowser = (labels: string[]) => holdSeatsInBrowser(t, browser, showId, labels);

  /** The Idempotency-Key of every payment POST the page sends, in order. */
  function paymentKeys(page: Page): string[] {
    const keys: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/api\/bookings\/[^/]+\/payment$/.test(request.url()))
        keys.push(request.headers()['idempotency-key'] ?? '');
    });
    return keys;
  }

  async function payments(page: Page): Promise<number> {
    const bookingId = /\/bookings\/([^/]+)/.exec(page.url())?.[1];
    return (await t.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM payments WHERE booking_id = $1', [bookingId])).rows[0]!.n;
  }

  it('a declined card says so and frees the seats at once', async () => {
    const page = await holdInBrowser(['C1', 'C2']);
    expect(await seatStatus('C1')).toBe('held');
    await page.getByLabel('Card number').fill('4000 0000 0000 0002');
    await page.getByLabel('Expiry (MM/YY)').fill('12/30');
    await page.getByLabel('CVV').fill('123');
    await page.getByRole('button', { name: 'Pay ₹500.00' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Payment declined' });
    await alert.getByText('Your payment was declined and nothing was charged. Your seats have been released.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'payment-declined');
    expect(await seatStatus('C1')).toBe('available');
    expect(await seatStatus('C2')).toBe('available');
    await alert.getByRole('link', { name: 'Choose seats again' }).click();
    await page.getByRole('button', { name: 'C1, regular, ₹250.00, available', exact: true }).waitFor();
  });

  it('a hold that lapsed before paying is explained, and nothing is charged', async () => {
    const page = await holdInBrowser(['D1']);
    t.clock.advance(HOLD_TTL_SECONDS + 5);
    await page.getByRole('radio', { name: 'Wallet' }).check();
    await page.getByRole('button', { name: 'Pay ₹250.00' }).click();
    await page.getByRole('alert').getByRole('heading', { name: 'Your hold lapsed' }).waitFor();
    expect(await seatStatus('D1')).toBe('available');
  });

  it('seats taken by someone else after the hold lapsed are explained as taken', async () => {
    const page = await holdInBrowser(['E1']);
    t.clock.advance(HOLD_TTL_SECONDS + 5);
    const other = await t.api.customer('Other');
    const seatId = (await t.api.get(`/api/shows/${showId}/seats`)).body.seats.find((s: { label: string }) => s.label === 'E1').id;
    expect((await t.api.post('/api/bookings', { showId, seatIds: [seatId] }, other.token)).status).toBe(201);
    await page.getByRole('radio', { name: 'Net banking' }).check();
    await page.getByRole('button', { name: 'Pay ₹400.00' }).click();
    await page.getByRole('alert').getByRole('heading', { name: 'Seats taken meanwhile' }).waitFor();
    expect(await seatStatus('E1')).toBe('held');
  });

  it('a payment whose answer was lost is retried with the same Idempotency-Key and charged once', async () => {
    const page = await holdInBrowser(['D5']);
    const keys = paymentKeys(page);
    let lost = false;
    await page.route('**/api/bookings/*/payment', async (route) => {
      if (lost) return route.continue();
      lost = true;
      await route.fetch(); // the server takes the payment…
      await route.abort('connectionreset'); // …and its answer never arrives
    });
    await page.getByRole('radio', { name: 'UPI' }).check();
    await page.getByLabel('UPI ID').fill('kabir@okbank');
    await page.getByRole('button', { name: 'Pay ₹250.00' }).click();
    await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await seatStatus('D5')).toBe('booked');
    expect(await payments(page)).toBe(1);
  });

  it('retries of one attempt share its key; changed payment details are a new attempt with a new key', async () => {
    const page = await holdInBrowser(['D6']);
    const keys = paymentKeys(page);
    let sent = 0;
    await page.route('**/api/bookings/*/payment', (route) => (++sent <= 3 ? route.abort('internetdisconnected') : route.continue()));
    await page.getByRole('radio', { name: 'UPI' }).check();
    await page.getByLabel('UPI ID').fill('kabir@okbnk');
    await page.getByRole('button', { name: 'Pay ₹250.00' }).click();
    await page.getByRole('alert').getByRole('heading', { name: 'No answer yet' }).waitFor();
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    await page.getByLabel('UPI ID').fill('kabir@okbank');
    await page.getByRole('button', { name: 'Pay ₹250.00' }).click();
    await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor();
    expect(keys).toHaveLength(4);
    expect(keys[3]).not.toBe(keys[0]);
    expect(await payments(page)).toBe(1);
  });
});

describe.runIf(browserTierRuns())('a bank slower than the server waits, in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let showId: string;

  beforeAll(async () => {
    // The server answers 503 payment-pending after 200 ms; the bank answers after 2.5 s.
    t = await startTestApp({ env: { PAYMENT_TIMEOUT_MS: '200' }, gateway: { delayMs: 2_500 } });
    showId = (await makeCatalogue(t.api, await adminToken(t.ctx))).show.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('waits on the booking and shows the confirmation, without paying again', async () => {
    const page = await holdSeatsInBrowser(t, browser, showId, ['A1']);
    let posts = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/payment')) posts++;
    });
    await page.getByRole('radio', { name: 'Wallet' }).check();
    await page.getByRole('button', { name: 'Pay ₹250.00' }).click();
    await page
      .getByRole('status')
      .getByText(/^The bank is taking longer than usual/)
      .waitFor();
    await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor({ timeout: 15_000 });
    expect(posts).toBe(1);
  });

  it('waits on the booking and says so when the slow bank declines', async () => {
    const page = await holdSeatsInBrowser(t, browser, showId, ['A2']);
    await page.getByLabel('Card number').fill('4000 0000 0000 0002');
    await page.getByLabel('Expiry (MM/YY)').fill('12/30');
    await page.getByLabel('CVV').fill('123');
    await page.getByRole('button', { name: 'Pay ₹250.00' }).click();
    await page
      .getByRole('status')
      .getByText(/^The bank is taking longer than usual/)
      .waitFor();
    await page.getByRole('alert').getByRole('heading', { name: 'Payment not completed' }).waitFor({ timeout: 15_000 });
    await page.getByRole('alert').getByRole('link', { name: 'Choose seats again' }).waitFor();
  });
});

/** Signs a new customer in, chooses the seats with the mouse, holds them; returns the checkout page. */
async function holdSeatsInBrowser(t: TestApp, browser: Browser, showId: string, labels: string[]): Promise<Page> {
  const customer = await t.api.customer('Kabir');
  const page = await (await openContext(browser, t.url, { token: customer.token })).newPage();
  await page.goto(`/shows/${showId}`);
  for (const label of labels) await page.getByRole('button', { name: new RegExp(`^${label}, .*, available$`) }).click();
  await page.getByRole('button', { name: labels.length === 1 ? 'Hold 1 seat' : `Hold ${labels.length} seats` }).click();
  await page.getByRole('heading', { name: 'Checkout' }).waitFor();
  return page;
}
