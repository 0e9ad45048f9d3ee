// The API documentation (Swagger UI at /docs) works in a browser under its own content security
// policy: it draws the operations and the policy refuses nothing it needs.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { launchBrowser, openContext, waitOrExplain } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';

describe.runIf(browserTierRuns())('the API documentation in the browser', () => {
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

  it('draws every operation under its content security policy, which refuses nothing', async () => {
    const page = await (await openContext(browser, t.url)).newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy refused ${event.violatedDirective}: ${event.blockedURI}`);
      });
    });
    const response = await page.goto('/docs');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await waitOrExplain(page, page.getByText('Houseful', { exact: false }).first());
    await waitOrExplain(page, page.locator('.opblock-summary-path', { hasText: '/api/bookings' }).first());
    // Opening an operation draws its parameters and responses.
    await page.locator('.opblock-summary', { hasText: '/api/bookings' }).first().click();
    await waitOrExplain(page, page.locator('.opblock-body').first());
    expect(refused).toEqual([]);
  });
});
