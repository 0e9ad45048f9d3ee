// Forgotten password and email verification in the browser, at a phone's and a laptop's width: the
// codes are read from the mail Houseful sent over SMTP and typed in as a person would.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxWorker } from '../../src/jobs/outbox-worker.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { codeIn, nextMail } from '../support/codes.ts';
import { MailSink } from '../support/mail-sink.ts';
import { accessibilityViolations, DESKTOP, launchBrowser, openContext, PHONE, screenshot } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';

const widths = [
  ['phone', PHONE],
  ['laptop', DESKTOP],
] as const;

describe.runIf(browserTierRuns())('forgotten password and email verification in the browser', () => {
  let t: TestApp;
  let sink: MailSink;
  let stopWorker: () => Promise<void>;
  let browser: Browser;

  beforeAll(async () => {
    sink = await MailSink.start();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    stopWorker = await startOutboxWorker(t.ctx);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stopWorker?.();
    await t?.close();
    await sink?.close();
  });

  const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it.each(widths)('resets a forgotten password from the sign-in page, at a %s width', async (name, viewport) => {
    const customer = await t.api.customer(`Forgetful ${name}`);
    const page = await (await openContext(browser, t.url, { viewport })).newPage();
    await page.goto('/signin');
    await page.getByLabel('Email').fill(customer.email);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(customer.email);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, `password-reset-ask-${name}`);

    const mail = nextMail(sink, customer.email, 'Reset your password');
    await page.getByRole('button', { name: 'Mail me a code' }).click();
    const code = codeIn(await mail());

    // A wrong code is shown under the code field, and nothing changes.
    await page.getByLabel('Code from the mail').fill('WRONGCOD');
    await page.getByLabel('New password (at least 8 characters)').fill('a-fresh-password');
    await page.getByRole('button', { name: 'Set new password' }).click();
    const codeError = page.locator('#code-error');
    await codeError.waitFor();
    expect(await codeError.innerText()).toContain('wrong');
    expect(await page.getByLabel('Code from the mail').getAttribute('aria-invalid')).toBe('true');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, `password-reset-code-${name}`);

    // A weak password is shown under the password field.
    await page.getByLabel('Code from the mail').fill(code);
    await page.getByLabel('New password (at least 8 characters)').fill('short');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.locator('#password-error').waitFor();

    await page.getByLabel('New password (at least 8 characters)').fill('a-fresh-password');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('button', { name: /^Sign out/ }).waitFor();
    expect((await t.api.get('/api/me', customer.token)).status).toBe(401);
    expect((await t.api.post('/api/sessions', { email: customer.email, password: 'a-fresh-password' })).status).toBe(201);
  });

  it.each(widths)('confirms the email after sign-up with the mailed code, at a %s width', async (name, viewport) => {
    const email = `verify-${name}-${Math.random().toString(36).slice(2)}@example.com`;
    const page = await (await openContext(browser, t.url, { viewport })).newPage();
    await page.goto('/signup');
    await page.getByLabel('Name').fill(`Verifier ${name}`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password (at least 8 characters)').fill('password123');
    const first = nextMail(sink, email, 'Confirm your email');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Confirm your email' }).waitFor();
    await first();

    // Asking for another code: the first no longer works, the new one does.
    const second = nextMail(sink, email, 'Confirm your email');
    await page.getByRole('button', { name: 'Mail me a new code' }).click();
    await page.getByText('A new code is on its way').waitFor();
    const code = codeIn(await second());

    await page.getByLabel('Code from the mail').fill('WRONGCOD');
    await page.getByRole('button', { name: 'Confirm email' }).click();
    await page.locator('#code-error').waitFor();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, `verify-email-${name}`);

    await page.getByLabel('Code from the mail').fill(code);
    await page.getByRole('button', { name: 'Confirm email' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await page.getByText('(verified)').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, `account-verified-${name}`);
  });

  it('reminds an unverified account with a banner that leads to the code page, and the account page says not verified', async () => {
    const customer = await t.api.customer('Reminded');
    const page = await (await openContext(browser, t.url, { viewport: PHONE, token: customer.token })).newPage();
    await page.goto('/account');
    await page.getByText('(not verified yet)').waitFor();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'account-unverified-phone');
    await page.getByRole('link', { name: 'Enter the code' }).click();
    await page.getByRole('heading', { name: 'Confirm your email' }).waitFor();
  });
});
