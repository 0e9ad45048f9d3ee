// The box office in the browser: a cashier sells the best available seats with no map click and
// prints the ticket, then hands a customer's food and drink over by the pickup code, once.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { accessibilityViolations, launchBrowser, openContext } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';

describe.runIf(browserTierRuns())('the box office counter in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: string;
  let scenario: Awaited<ReturnType<TestApp['api']['scenario']>>;
  let cashier: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    admin = await adminToken(t.ctx);
    scenario = await t.api.scenario(admin);
    const account = await t.api.customer('Cashier');
    await t.api.post('/api/admin/staff', { email: account.email, role: 'box-office', cinemaIds: [scenario.cinema.id] }, admin);
    expect((await t.api.post('/api/admin/shifts', { cinemaId: scenario.cinema.id }, account.token)).status).toBe(201);
    cashier = account.token;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('sells the best available seats and hands food and drink over by pickup code', async () => {
    const page = await (await openContext(browser, t.url, { token: cashier })).newPage();
    await page.goto('/admin/counter');
    await page.getByRole('heading', { name: 'Box office' }).waitFor();
    const show = page.getByLabel('Show');
    await show.getByRole('option', { name: /Screen 1/ }).waitFor({ state: 'attached' });
    await show.selectOption({ index: 1 });
    await page.getByRole('radio', { name: 'Best available' }).check();
    await page.getByLabel('How many seats').fill('3');
    await page.getByText('The best 3 seats side by side').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sell and print ticket' }).click();
    await page.waitForURL(/\/admin\/counter\/sales\//);
    const saleId = page.url().split('/').pop()!;
    const sale = (await t.api.get(`/api/admin/counter-sales/${saleId}`, cashier)).body as { status: string; seats: { label: string }[] };
    expect(sale.status).toBe('confirmed');
    expect(sale.seats).toHaveLength(3);
    await page.getByText(`Seats ${sale.seats.map((s) => s.label).join(', ')}`).waitFor();

    // A customer's food and drink, bought online, handed over at the counter.
    const popcorn = await t.api.post(`/api/admin/cinemas/${scenario.cinema.id}/items`, { name: 'Popcorn', price: 30_000 }, admin);
    const customer = await t.api.customer('Asha');
    const held = await t.api.post(
      '/api/bookings',
      { showId: scenario.show.id, seatIds: [scenario.seats[0]!.id], items: [{ itemId: popcorn.body.id, quantity: 2 }] },
      customer.token,
    );
    const paid = await t.api.post(`/api/bookings/${held.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, customer.token, {
      'Idempotency-Key': `counter-e2e-${held.body.id}`,
    });
    expect(paid.status).toBe(200);
    await page.goto('/admin/counter');
    const pickup = page.getByRole('form', { name: 'Hand over food and drink' });
    await pickup.getByLabel('Pickup code').fill(held.body.pickupCode.toLowerCase());
    await pickup.getByRole('button', { name: 'Hand over' }).click();
    await pickup.getByText(/Hand over Popcorn × 2/).waitFor();
    await pickup.getByLabel('Pickup code').fill(held.body.pickupCode);
    await pickup.getByRole('button', { name: 'Hand over' }).click();
    await pickup
      .getByRole('alert')
      .getByText(/were handed over at/)
      .waitFor();
    await page.context().close();
  });
});
