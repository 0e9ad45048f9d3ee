// Held-back seats in the browser: a manager opens a show's "Hold seats back" page, is told which
// chosen seat a customer took meanwhile, blocks two seats with a reason, sees them listed with it
// (and the customer's seat map shows them booked), then releases one. The page passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { accessibilityViolations, launchBrowser, openContext } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';

describe.runIf(browserTierRuns())('held-back seats in the staff pages', () => {
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

  it('blocks two seats with a reason, shows them booked to customers, and releases one', async () => {
    const admin = await adminToken(t.ctx);
    const { cinema, show, seats } = await t.api.scenario(admin);
    const manager = await t.api.customer('Manager');
    expect((await t.api.post('/api/admin/staff', { email: manager.email, role: 'manager', cinemaIds: [cinema.id] }, admin)).status).toBe(
      201,
    );
    const [first, second, third] = [seats[0]!, seats[1]!, seats[2]!];
    const seat = (page: Page, label: string, state: string) => page.getByRole('button', { name: new RegExp(`^${label}, .*, ${state}$`) });

    const staff = await (await openContext(browser, t.url, { token: manager.token })).newPage();
    await staff.goto(`/admin/shows/${show.id}`);
    await staff.getByRole('link', { name: 'Hold seats back' }).click();
    await staff.getByRole('heading', { name: 'Hold seats back' }).waitFor();
    await staff.getByText('No seats are held back.').waitFor();

    // Three seats chosen, the third held by a customer before staff block them: all or none.
    await seat(staff, first.label, 'available').click();
    await seat(staff, second.label, 'available').focus();
    await staff.keyboard.press('Enter');
    await seat(staff, third.label, 'available').click();
    await staff.getByText(`Chosen: ${first.label}, ${second.label}, ${third.label}`).waitFor();
    const customer = await t.api.customer();
    expect((await t.api.post('/api/bookings', { showId: show.id, seatIds: [third.id] }, customer.token)).status).toBe(201);
    const form = staff.getByRole('form', { name: 'Block seats' });
    await form.getByLabel('Reason').fill('House seats for the director');
    await form.getByRole('button', { name: 'Block chosen seats' }).click();
    await staff.getByText(`${third.label} is held or bought by a customer: nothing was blocked.`, { exact: false }).waitFor();
    expect((await t.api.get(`/api/admin/shows/${show.id}/blocks`, admin)).body.blocked).toEqual([]);

    await seat(staff, third.label, 'selected').click();
    await form.getByRole('button', { name: 'Block chosen seats' }).click();
    await staff.getByRole('status').getByText(`Blocked ${first.label}, ${second.label}.`).waitFor();
    const released = staff.getByRole('form', { name: 'Release seats' });
    for (const label of [first.label, second.label]) {
      await released.getByRole('row').filter({ hasText: label }).getByText('House seats for the director').waitFor();
    }
    expect(await accessibilityViolations(staff)).toEqual([]);

    const shopper = await (await openContext(browser, t.url, { token: (await t.api.customer()).token })).newPage();
    await shopper.goto(`/shows/${show.id}`);
    await seat(shopper, first.label, 'booked').waitFor();
    await seat(shopper, second.label, 'booked').waitFor();

    await released.getByLabel(`Release ${first.label}`).check();
    await released.getByRole('button', { name: 'Release ticked seats' }).click();
    await staff.getByRole('status').getByText(`Released ${first.label}: customers can book them again.`).waitFor();
    await released.getByLabel(`Release ${first.label}`).waitFor({ state: 'detached' });
    await released.getByLabel(`Release ${second.label}`).waitFor();
    await seat(shopper, first.label, 'available').waitFor();
    await seat(shopper, second.label, 'booked').waitFor();
    const left = (await t.api.get(`/api/admin/shows/${show.id}/blocks`, admin)).body.blocked as { id: string; reason: string }[];
    expect(left.map((b) => [b.id, b.reason])).toEqual([[second.id, 'House seats for the director']]);
  });
});
