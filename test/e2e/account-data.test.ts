// The account page in the browser: a customer downloads a copy of their data, and deletes their
// account with their password, at a phone's width and a laptop's: a wrong password is said beside
// the field, a booking still ahead is named, and after deletion they are signed out.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { bookAndPay } from '../support/bookings.ts';
import { accessibilityViolations, DESKTOP, launchBrowser, openContext, PHONE, screenshot } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';

describe.runIf(browserTierRuns())('downloading my data and deleting my account in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    admin = await adminToken(t.ctx);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const [width, viewport] of [
    ['phone', PHONE],
    ['laptop', DESKTOP],
  ] as const) {
    it(`downloads the data and deletes the account once nothing is open (${width})`, async () => {
      const { show, seats } = await t.api.scenario(admin, { startsInHours: 48 });
      const customer = await t.api.customer('Meera Iyer', '+91 98200 44444');
      const booking = await bookAndPay(t.api, customer.token, show.id, [seats[0]!.id]);
      const page = await (await openContext(browser, t.url, { token: customer.token, viewport })).newPage();
      await page.goto('/');
      await page.getByRole('link', { name: 'Account' }).click();
      await page.getByRole('heading', { name: 'Your account' }).waitFor();
      expect(await page.locator('main').innerText()).toContain(customer.email);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await screenshot(page, `account-${width}`);

      // A copy of everything, as a file.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^houseful-data-.*\.json$/);
      const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
      expect(data.account).toMatchObject({ name: 'Meera Iyer', email: customer.email, phone: '+91 98200 44444' });
      expect(data.bookings.map((b: { id: string }) => b.id)).toEqual([booking.id]);

      // A wrong password is said beside the field, and nothing changes.
      const password = page.getByLabel('Your password');
      await password.fill('not-my-password');
      await page.getByLabel('I understand my account cannot be restored').check();
      await page.getByRole('button', { name: 'Delete my account' }).click();
      const besideField = page.locator('#delete-password-error');
      await besideField.waitFor();
      expect(await besideField.innerText()).toMatch(/not this account's password/);
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `account-delete-wrong-password-${width}`);

      // The paid show still ahead keeps the account, and is named with a way to it.
      await password.fill('password123');
      await page.getByRole('button', { name: 'Delete my account' }).click();
      const refused = page.getByRole('alert').filter({ hasText: /still open/ });
      await refused.waitFor();
      await refused.getByRole('link', { name: 'See my bookings' }).waitFor();
      expect(await page.locator('#delete-password-error').count()).toBe(0);
      await screenshot(page, `account-delete-open-booking-${width}`);
      expect((await t.api.get('/api/me', customer.token)).status).toBe(200);

      // Once the booking is cancelled, the account goes, and the browser is signed out.
      expect((await t.api.post(`/api/bookings/${booking.id}/cancel`, {}, customer.token)).status).toBe(200);
      await page.getByRole('button', { name: 'Delete my account' }).click();
      await page.getByRole('heading', { name: 'Account deleted' }).waitFor();
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
      expect(await page.evaluate(() => localStorage.getItem('houseful.token'))).toBeNull();
      expect((await t.api.get('/api/me', customer.token)).status).toBe(401);
      expect((await t.api.post('/api/sessions', { email: customer.email, password: 'password123' })).status).toBe(401);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `account-deleted-${width}`);
      await page.context().close();
    });
  }
});
