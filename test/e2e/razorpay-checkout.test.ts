// Paying on Razorpay's checkout in the browser (PAYMENT_GATEWAY=razorpay): the page loads the
// checkout script the server names (here the stand-in's, which pays at once and answers with a
// valid signature), the server verifies the answer, and the customer sees the ticket.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { brokenGatewayInvariants, brokenInvariants } from '../support/invariants.ts';
import { RazorpayStandIn } from '../support/razorpay-stand-in.ts';
import { launchBrowser, openContext } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';
import { makeCatalogue } from './support/catalogue.ts';

describe.runIf(browserTierRuns())('paying on the Razorpay checkout in the browser', () => {
  let t: TestApp;
  let gateway: RazorpayStandIn;
  let browser: Browser;
  let showId: string;

  beforeAll(async () => {
    gateway = await RazorpayStandIn.start();
    t = await startTestApp({ env: gateway.env() });
    showId = (await makeCatalogue(t.api, await adminToken(t.ctx))).show.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await gateway?.close();
  });

  it('opens the checkout instead of asking for card details, and shows the ticket once paid', async () => {
    const customer = await t.api.customer('Meera');
    const page = await (await openContext(browser, t.url, { token: customer.token })).newPage();
    await page.goto(`/shows/${showId}`);
    await page.getByRole('button', { name: /^B1, .*, available$/ }).click();
    await page.getByRole('button', { name: 'Hold 1 seat' }).click();
    await page.getByRole('heading', { name: 'Checkout' }).waitFor();
    await page.getByText("You pay on Razorpay's secure page").waitFor();
    expect(await page.getByLabel('Card number').count()).toBe(0);

    await page.getByRole('button', { name: 'Pay ₹250.00' }).click();
    await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor({ timeout: 15_000 });
    const bookingId = /\/bookings\/([^/]+)/.exec(page.url())![1]!;
    expect((await t.api.get(`/api/bookings/${bookingId}`, customer.token)).body).toMatchObject({
      status: 'confirmed',
      payment: { method: 'razorpay', status: 'completed' },
    });
    expect(gateway.orderFor(bookingId)?.status).toBe('paid');
    expect(await brokenInvariants(t.ctx.db)).toEqual([]);
    expect(await brokenGatewayInvariants(t.ctx.db, [...gateway.payments.values()])).toEqual([]);
  });
});
