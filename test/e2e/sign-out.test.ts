// Signing out in the browser ends the session on the server too: the token the page held is
// refused afterwards, not merely forgotten by the page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { launchBrowser, openContext } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';

describe.runIf(browserTierRuns())('signing out in the browser', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('ends the session on the server before forgetting the token', async () => {
    const customer = await t.api.customer('Leaving');
    const page = await (await openContext(browser, t.url, { token: customer.token })).newPage();
    await page.goto('/');
    await page.getByRole('button', { name: /^Sign out/ }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('houseful.token'))).toBeNull();
    expect((await t.api.get('/api/me', customer.token)).status).toBe(401);
  });
});
