// Seat kinds and best available in a real browser: a customer hears each wheelchair space and
// companion seat announced by name and sees them in the legend, then holds the best three seats
// with one button; staff mark seat kinds on the hall editor's preview. Both pages pass axe.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { accessibilityViolations, launchBrowser, openContext, screenshot } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';
import { makeCatalogue } from './support/catalogue.ts';

describe.runIf(browserTierRuns())('seats in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.ctx);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('announces wheelchair spaces and companion seats, and holds the best three seats side by side', async () => {
    const catalogue = await makeCatalogue(t.api, admin, {
      rows: [
        {
          label: 'A',
          seatType: 'regular',
          seats: 8,
          aislesAfter: [4],
          kinds: { '1': 'wheelchair', '2': 'companion', '8': 'restricted-view' },
        },
        ...['B', 'C', 'D'].map((label) => ({ label, seatType: 'regular' as const, seats: 8, aislesAfter: [4] })),
      ],
    });
    const customer = await t.api.customer('Meera');
    const page = await (await openContext(browser, t.url, { token: customer.token })).newPage();
    await page.goto(`/shows/${catalogue.show.id}`);

    await page.getByRole('button', { name: 'A1, regular, wheelchair space, ₹250.00, available', exact: true }).waitFor();
    await page.getByRole('button', { name: 'A2, regular, companion seat, ₹250.00, available', exact: true }).waitFor();
    await page.getByRole('button', { name: 'A8, regular, restricted view, ₹250.00, available', exact: true }).waitFor();
    await page.getByRole('button', { name: 'A3, regular, ₹250.00, available', exact: true }).waitFor();
    const legend = page.getByRole('list', { name: 'Seat legend' });
    for (const entry of ['Wheelchair space', 'Companion seat', 'Restricted view']) await legend.getByText(entry).waitFor();
    const a11y = await accessibilityViolations(page);
    await screenshot(page, 'seats-best-available');

    const best = page.getByRole('form', { name: 'Best available' });
    await best.getByLabel('Seats').selectOption('3');
    await best.getByRole('button', { name: 'Take the best 3 seats' }).click();
    await page.getByRole('heading', { name: 'Checkout' }).waitFor();

    const [booking] = (await t.api.get('/api/bookings', customer.token)).body as { seats: { label: string }[] }[];
    const labels = booking!.seats.map((seat) => seat.label);
    expect(labels).toHaveLength(3);
    expect(new Set(labels.map((label) => label[0])).size).toBe(1);
    const numbers = labels.map((label) => Number(label.slice(1)));
    expect(numbers).toEqual([numbers[0], numbers[0]! + 1, numbers[0]! + 2]);
    await page.getByText(`Seats: ${labels.join(', ')}`).waitFor();
    expect(a11y).toEqual([]);
  });

  it('lets staff mark wheelchair spaces and companion seats on the hall preview', async () => {
    const { cinema } = await makeCatalogue(t.api, admin, { city: 'Pune' });
    const email = `staff-${Date.now()}@example.com`;
    await adminToken(t.ctx, email);
    const staff = await (await openContext(browser, t.url)).newPage();
    await staff.goto('/signin?next=/admin/halls/new');
    await staff.getByLabel('Email').fill(email);
    await staff.getByLabel('Password').fill('admin-password');
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('heading', { name: 'New hall' }).waitFor();
    await staff.getByRole('option', { name: /PVR Phoenix Palladium \(Pune\)/ }).waitFor({ state: 'attached' });
    await staff.getByLabel('Cinema').selectOption({ label: 'PVR Phoenix Palladium (Pune)' });
    await staff.getByLabel('Hall name').fill('Audi Access');

    await staff.getByLabel('Seat kind to set').selectOption({ label: 'wheelchair space' });
    await staff.getByRole('button', { name: 'A1, regular, available', exact: true }).click();
    await staff.getByLabel('Seat kind to set').selectOption({ label: 'companion seat' });
    await staff.getByRole('button', { name: 'A2, regular, available', exact: true }).click();
    await staff.getByRole('button', { name: 'A1, regular, wheelchair space, available', exact: true }).waitFor();
    await staff.getByRole('button', { name: 'A2, regular, companion seat, available', exact: true }).waitFor();
    // Choosing a seat of that kind again makes it standard.
    await staff.getByRole('button', { name: 'A3, regular, available', exact: true }).click();
    await staff.getByRole('button', { name: 'A3, regular, companion seat, available', exact: true }).click();
    await staff.getByRole('button', { name: 'A3, regular, available', exact: true }).waitFor();
    const a11y = await accessibilityViolations(staff);
    await screenshot(staff, 'admin-hall-kinds');
    await staff.getByRole('button', { name: 'Save hall' }).click();
    await staff.getByText(/^Hall Audi Access saved with \d+ seats\.$/).waitFor();

    const halls = (await t.api.get(`/api/admin/halls?cinemaId=${cinema.id}`, admin)).body as { name: string; rows: { kinds?: object }[] }[];
    expect(halls.find((hall) => hall.name === 'Audi Access')!.rows[0]!.kinds).toEqual({ '1': 'wheelchair', '2': 'companion' });
    expect(a11y).toEqual([]);
  });
});
