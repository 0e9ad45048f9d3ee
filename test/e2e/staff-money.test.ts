// The Money page in the browser: a cinema's billing settings (a bad GSTIN refused, naming the
// field), a promo code added and listed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { launchBrowser, openContext } from './support/browser.ts';
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

  it('saves a cinema’s billing after refusing a mistyped GSTIN, and adds a promo code', async () => {
    const email = `accounts-${Date.now()}@example.com`;
    const token = await adminToken(t.ctx, email);
    await t.api.scenario(token);
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
    await billing.getByRole('button', { name: 'Save billing' }).click();
    await billing.getByText('Saved. New bookings use these settings at once.').waitFor();

    const promo = staff.getByRole('form', { name: 'New promo code' });
    await promo.getByLabel('Code').fill('DIWALI50');
    await promo.getByLabel('Value').fill('50');
    await promo.getByLabel('Uses in all').fill('100');
    await promo.getByRole('button', { name: 'Add promo code' }).click();
    await staff.getByRole('cell', { name: 'DIWALI50' }).waitFor();
    await staff.getByRole('cell', { name: '0 / 100' }).waitFor();
  });
});
