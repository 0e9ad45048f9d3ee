// Verifying a phone on the account page, then signing in with a code by SMS, in Chromium at a
// phone's width and a laptop's: the SMS is caught by a real webhook and its code typed in.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxWorker } from '../../src/jobs/outbox-worker.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { SmsWebhook } from '../support/sms-webhook.ts';
import { waitUntil } from '../support/wait.ts';
import { accessibilityViolations, DESKTOP, launchBrowser, openContext, PHONE, screenshot } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';

describe.runIf(browserTierRuns())('sign-in with a code by SMS in the browser', () => {
  let t: TestApp;
  let sms: SmsWebhook;
  let stopWorker: () => Promise<void>;
  let browser: Browser;

  beforeAll(async () => {
    sms = await SmsWebhook.start();
    t = await startTestApp({ env: { SMS_WEBHOOK_URL: sms.url } });
    stopWorker = await startOutboxWorker(t.ctx);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stopWorker?.();
    await t?.close();
    await sms?.close();
  });

  /** The code of the SMS number `index` (0: the first) sent to `to`. */
  async function code(to: string, index: number): Promise<string> {
    const message = await waitUntil(async () => sms.messages.filter((m) => m.to === to)[index], 10_000, `SMS ${index} to ${to}`);
    return /\b(\d{6})\b/.exec(message.text)![1]!;
  }

  for (const [width, viewport, digits] of [
    ['phone', PHONE, '9876500001'],
    ['laptop', DESKTOP, '9876500002'],
  ] as const) {
    it(`verifies the phone on the account page, then signs in with a code by SMS (${width})`, async () => {
      const customer = await t.api.customer('Meera', `+91 ${digits.slice(0, 5)} ${digits.slice(5)}`);
      const to = `+91${digits}`;
      const account = await (await openContext(browser, t.url, { token: customer.token, viewport })).newPage();
      await account.goto('/');
      await account.getByRole('link', { name: 'Account' }).click();
      await account.getByText('(not verified)').waitFor();
      await account.getByRole('button', { name: 'Verify by SMS' }).click();
      const codeField = account.getByLabel('Code from the SMS');
      await codeField.fill('000000' === (await code(to, 0)) ? '111111' : '000000');
      await account.getByRole('button', { name: 'Verify phone' }).click();
      await account.getByRole('alert').filter({ hasText: 'wrong, used or no longer valid' }).waitFor();
      expect(await codeField.getAttribute('aria-invalid')).toBe('true');
      expect(await accessibilityViolations(account)).toEqual([]);
      await screenshot(account, `account-phone-code-wrong-${width}`);
      await codeField.fill(await code(to, 0));
      await account.getByRole('button', { name: 'Verify phone' }).click();
      await account.getByText('(verified)').waitFor();
      expect((await t.api.get('/api/me', customer.token)).body.phoneVerified).toBe(true);
      await screenshot(account, `account-phone-verified-${width}`);

      const page = await (await openContext(browser, t.url, { viewport })).newPage();
      await page.goto('/signin');
      await page.getByRole('button', { name: 'Use a code by SMS instead' }).click();
      const form = page.getByRole('form', { name: 'Sign in with a code by SMS' });
      const phoneField = form.getByLabel('Mobile number');
      await phoneField.fill('call me');
      await form.getByRole('button', { name: 'Send code' }).click();
      await form.getByRole('alert').waitFor();
      expect(await phoneField.getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, `sms-sign-in-phone-wrong-${width}`);

      await phoneField.fill(digits);
      await form.getByRole('button', { name: 'Send code' }).click();
      const signInCode = form.getByLabel('Code from the SMS');
      await signInCode.waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `sms-sign-in-code-${width}`);
      await signInCode.fill(await code(to, 1));
      await form.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: /^Sign out/ }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const token = await page.evaluate(() => localStorage.getItem('houseful.token'));
      expect((await t.api.get('/api/me', token ?? '')).body.id).toBe(customer.id);
    });
  }
});
