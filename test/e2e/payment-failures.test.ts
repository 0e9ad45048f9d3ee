// What a customer sees when paying goes wrong: a declined card (seats freed at once), a hold
// that lapsed before paying, and seats someone else took after the hold lapsed.
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

  /** Signs a new customer in, chooses the seats with the mouse, holds them; returns the checkout page. */
  async function holdInBrowser(labels: string[]): Promise<Page> {
    const customer = await t.api.customer('Kabir');
    const page = await (await openContext(browser, t.url, { token: customer.token })).newPage();
    await page.goto(`/shows/${showId}`);
    for (const label of labels) await page.getByRole('button', { name: new RegExp(`^${label}, .*, available$`) }).click();
    await page.getByRole('button', { name: labels.length === 1 ? 'Hold 1 seat' : `Hold ${labels.length} seats` }).click();
    await page.getByRole('heading', { name: 'Checkout' }).waitFor();
    return page;
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
});
