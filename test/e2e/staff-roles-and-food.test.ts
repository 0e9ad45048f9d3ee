// Staff roles and food and drink in the browser: an admin grants a role and revokes one on the staff
// roles page; the staff home shows each role only what it may do; a manager adds an item; a customer
// adds it to their seats and sees it billed at checkout.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { accessibilityViolations, launchBrowser, openContext } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';

const STAFF_PAGES = [
  'New hall',
  'New show',
  'Dashboard',
  'Money',
  'Food and drink',
  'Door check-in',
  'Box office',
  'Audit log',
  'Staff roles',
];

describe.runIf(browserTierRuns())('staff roles and food and drink in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: string;
  let scenario: Awaited<ReturnType<TestApp['api']['scenario']>>;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    admin = await adminToken(t.ctx);
    scenario = await t.api.scenario(admin);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The staff pages the home page offers to whoever holds the token. */
  async function pagesOffered(token: string): Promise<string[]> {
    const page = await (await openContext(browser, t.url, { token })).newPage();
    await page.goto('/admin');
    const nav = page.getByRole('navigation', { name: 'Staff' });
    await nav.getByRole('link').first().waitFor();
    const offered = await nav.getByRole('link').allInnerTexts();
    await page.context().close();
    return offered;
  }

  it('grants a manager role and revokes it on the staff roles page', async () => {
    const meera = await t.api.customer('Meera');
    const page = await (await openContext(browser, t.url, { token: admin })).newPage();
    await page.goto('/admin/staff');
    await page.getByRole('heading', { name: 'Staff roles' }).waitFor();
    const form = page.getByRole('form', { name: 'Grant a role' });
    await form.getByLabel('Email of an existing account').fill(meera.email);
    await form.getByRole('radio', { name: /Manager/ }).check();
    await form.getByRole('checkbox', { name: /PVR Phoenix/ }).check();
    await form.getByRole('button', { name: 'Grant' }).click();
    await page.getByText(`${meera.email} is now manager.`).waitFor();
    await page.getByRole('cell', { name: meera.email }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect((await t.api.get('/api/me', meera.token)).body.cinemaRoles).toEqual([{ cinemaId: scenario.cinema.id, role: 'manager' }]);

    await page.getByRole('button', { name: `Revoke Meera's manager role at PVR Phoenix` }).click();
    await page.getByText('Meera is no longer manager at PVR Phoenix.').waitFor();
    expect((await t.api.get('/api/me', meera.token)).body.cinemaRoles).toEqual([]);
    await page.context().close();
  });

  it('shows each role only the staff pages it may use', async () => {
    const grant = async (role: string) => {
      const account = await t.api.customer(role);
      await t.api.post('/api/admin/staff', { email: account.email, role, cinemaIds: [scenario.cinema.id] }, admin);
      return account.token;
    };
    expect(await pagesOffered(admin)).toEqual(STAFF_PAGES);
    expect(await pagesOffered(await grant('manager'))).toEqual(STAFF_PAGES.filter((p) => p !== 'Staff roles'));
    expect(await pagesOffered(await grant('box-office'))).toEqual(['Door check-in', 'Box office']);
    expect(await pagesOffered(await grant('door'))).toEqual(['Door check-in']);
  });

  it('lets a manager add popcorn and a customer add it to their seats, billed at checkout', async () => {
    const manager = await t.api.customer('Manager');
    await t.api.post('/api/admin/staff', { email: manager.email, role: 'manager', cinemaIds: [scenario.cinema.id] }, admin);
    const staffPage = await (await openContext(browser, t.url, { token: manager.token })).newPage();
    await staffPage.goto('/admin/items');
    const form = staffPage.getByRole('form', { name: 'New item' });
    await form.getByLabel('Name').fill('Popcorn');
    await form.getByLabel(/^Price/).fill('300');
    await form.getByLabel(/^Stock/).fill('10');
    await form.getByRole('button', { name: 'Add item' }).click();
    await staffPage.getByText('Popcorn added.').waitFor();
    await staffPage.getByRole('rowheader', { name: 'Popcorn' }).waitFor();
    expect(await accessibilityViolations(staffPage)).toEqual([]);

    const customer = await t.api.customer('Asha');
    const page = await (await openContext(browser, t.url, { token: customer.token })).newPage();
    await page.goto(`/shows/${scenario.show.id}`);
    await page.getByRole('button', { name: 'A1, regular, ₹250.00, available', exact: true }).click();
    await page.getByLabel('How many Popcorn').fill('2');
    await page.getByTestId('running-total').getByText('₹850.00').waitFor();
    await page.getByRole('button', { name: 'Hold 1 seat' }).click();
    await page.waitForURL(/\/checkout$/);
    await page.getByText('Popcorn × 2').waitFor();
    const items = (await t.api.get(`/api/admin/cinemas/${scenario.cinema.id}/items`, manager.token)).body as { stock: number }[];
    expect(items[0]!.stock).toBe(8);
    await page.context().close();
    await staffPage.context().close();
  });
});
