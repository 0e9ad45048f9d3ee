// The Money page in the browser: a cinema's billing settings (a bad GSTIN refused, naming the
// field) with its refund policy, the day's settlement, a promo code added, listed with its uses,
// changed and ended.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { bookAndPay } from '../support/bookings.ts';
import { accessibilityViolations, launchBrowser, openContext } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';

describe.runIf(browserTierRuns())('the Money page for staff', () => {
  let t: TestApp;
  let browser: Browser;
  let staff: Page;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('saves a cinema’s billing and refund policy after refusing a mistyped GSTIN and repeated tier hours, settles the day, and adds a promo code', async () => {
    const email = `accounts-${Date.now()}@example.com`;
    const token = await adminToken(t.ctx, email);
    const { cinema, show, seats } = await t.api.scenario(token);
    staff = await (await openContext(browser, t.url)).newPage();
    await staff.goto('/signin?next=/admin/money');
    await staff.getByLabel('Email').fill(email);
    await staff.getByLabel('Password').fill('admin-password');
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('heading', { name: 'Money', exact: true }).waitFor();

    const billing = staff.getByRole('form', { name: 'Billing for PVR Phoenix' });
    await billing.getByLabel('Legal name').fill('Phoenix Screens Private Limited');
    await billing.getByLabel('GSTIN').fill('27AAPFU0939F1ZW');
    await billing.getByRole('button', { name: 'Save billing' }).click();
    await billing.getByText(/gstin: its check character does not match/).waitFor();
    await billing.getByLabel('GSTIN').fill('27AAPFU0939F1ZV');
    await billing.getByLabel('Kind').selectOption('perTicket');
    await billing.getByLabel('Amount (₹ or %)').fill('20');
    // The refund policy: half back from 2 hours before the show. A tier added as it comes (0 hours)
    // repeats the first one's hours: refused by the server, naming the field.
    await billing.getByRole('button', { name: 'Add a tier' }).click();
    await billing.getByRole('button', { name: 'Save billing' }).click();
    await billing.getByText(/refundPolicy\.tiers: must not repeat hoursBefore/).waitFor();
    await billing.getByLabel('Tier 2: hours before the show').fill('2');
    await billing.getByLabel('Tier 2: percent back').fill('50');
    await billing.getByLabel('Tier 1: hours before the show').fill('24');
    await billing.getByLabel('Convenience fees come back too (at the same percent)').uncheck();
    await billing.getByRole('button', { name: 'Save billing' }).click();
    await billing.getByText('Saved. New bookings use these settings at once.').waitFor();
    const saved = (await t.api.get(`/api/admin/cinemas/${cinema.id}/billing`, token)).body;
    expect(saved.refundPolicy).toEqual({
      tiers: [
        { hoursBefore: 24, percent: 100 },
        { hoursBefore: 2, percent: 50 },
      ],
      feesRefundable: false,
    });

    // The day's settlement: a booking paid today, what the gateway should pay out.
    const customer = await t.api.customer();
    const paid = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id]);
    // Rs. 250, a Rs. 20 fee and its 18% GST.
    expect(paid.total.amount).toBe(27_360);
    const settlement = staff.getByRole('form', { name: 'Daily settlement' });
    await settlement.getByRole('button', { name: 'Show settlement' }).click();
    await staff.getByTestId('settlement-payout').getByText('₹273.60', { exact: true }).waitFor();

    const promo = staff.getByRole('form', { name: 'New promo code' });
    await promo.getByLabel('Code').fill('DIWALI50');
    await promo.getByLabel('Value').fill('50');
    await promo.getByLabel('Uses in all').fill('100');
    await promo.getByRole('button', { name: 'Add promo code' }).click();
    await staff.getByRole('cell', { name: 'DIWALI50', exact: true }).waitFor();
    await staff.getByRole('cell', { name: '0 / 100' }).waitFor();
  });

  it('changes a promo code’s limit and ends it early; a booking held before keeps its price', async () => {
    const token = await adminToken(t.ctx);
    const { show, seats } = await t.api.scenario(token);
    const customer = await t.api.customer();
    const held = await t.api.post('/api/bookings', { showId: show.id, seatIds: [seats[1]!.id], promoCode: 'diwali50' }, customer.token);
    expect(held.status).toBe(201);
    await staff.reload();
    const row = staff.getByRole('row').filter({ has: staff.getByRole('cell', { name: 'DIWALI50', exact: true }) });
    await row.getByRole('cell', { name: '1 / 100' }).waitFor();

    await row.getByRole('button', { name: 'Change DIWALI50' }).click();
    const editor = staff.getByRole('form', { name: 'Change DIWALI50' });
    await editor.getByLabel('Uses in all (taken: 1)').fill('5');
    await editor.getByLabel('Uses per customer').fill('1');
    expect(await accessibilityViolations(staff)).toEqual([]);
    await editor.getByRole('button', { name: 'Save DIWALI50' }).click();
    await staff
      .getByRole('status')
      .getByText(/DIWALI50 saved/)
      .waitFor();
    await row.getByRole('cell', { name: '1 / 5' }).waitFor();

    await row.getByRole('button', { name: 'Change DIWALI50' }).click();
    await editor.getByRole('button', { name: 'End DIWALI50 now' }).click();
    await staff.getByRole('status').getByText('DIWALI50 has ended: it is refused from now on.').waitFor();
    await row.getByRole('cell', { name: /^ended / }).waitFor();

    const refused = await t.api.post(
      '/api/bookings',
      { showId: show.id, seatIds: [seats[2]!.id], promoCode: 'DIWALI50' },
      (await t.api.customer()).token,
    );
    // An ended code answers exactly as an unknown one, so campaigns cannot be found by guessing.
    expect(refused.status).toBe(409);
    expect(refused.body.why).toBe('unknown');
    expect(refused.body.reason).toMatch(/^There is no offer with this code for this booking/);
    expect((await t.api.get(`/api/bookings/${held.body.id}`, customer.token)).body.total).toEqual(held.body.total);
  });
});
