// The demo catalogue (what `npm start` loads) seen in the browser with some seats sold: the
// pages a first visitor meets, checked with axe, and screenshotted for the README.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCatalogue } from '../../src/seed/demo.ts';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { accessibilityViolations, launchBrowser, openContext, screenshot } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';

const DEMO_DAYS = 2;

describe.runIf(browserTierRuns())('the demo catalogue in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: string;
  let busyShow: { id: string; movie: { id: string; title: string }; cinema: { name: string } };

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCatalogue(t.ctx, DEMO_DAYS);
    admin = await adminToken(t.ctx);
    const mumbai = (await t.api.get('/api/cities')).body.find((c: { name: string }) => c.name === 'Mumbai');
    const shows = (await t.api.get(`/api/shows?cityId=${mumbai.id}`)).body as (typeof busyShow & { hall: { name: string } })[];
    busyShow = shows.filter((s) => s.hall.name === 'Audi 1' && s.cinema.name === 'PVR Phoenix Palladium')[1] ?? shows[0]!;
    // Sell part of one show: confirmed bookings here and there, and one hold still open.
    const seats = (await t.api.get(`/api/shows/${busyShow.id}/seats`)).body.seats as { id: string; label: string }[];
    const groups = [
      ['C5', 'C6', 'C7', 'C8'],
      ['D6', 'D7'],
      ['G5', 'G6', 'G7', 'G8', 'G9'],
      ['H1', 'H2'],
      ['K3', 'K4'],
      ['A1', 'A2', 'A3'],
    ];
    for (const [i, labels] of groups.entries()) {
      const buyer = await t.api.customer(`Buyer${i}`);
      const seatIds = labels.map((label) => seats.find((s) => s.label === label)!.id);
      const hold = await t.api.post('/api/bookings', { showId: busyShow.id, seatIds }, buyer.token);
      if (i === groups.length - 1) continue; // left held
      await t.api.post(`/api/bookings/${hold.body.id}/payment`, { method: 'upi', upiId: 'success@upi' }, buyer.token, {
        'Idempotency-Key': `tour-${i}`,
      });
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the movies of a city, a movie’s shows and a part-sold seat map, all passing axe', async () => {
    const page = await (await openContext(browser, t.url)).newPage();
    await page.goto('/');
    await page.getByRole('button', { name: /^Mumbai/ }).click();
    await page.getByRole('link', { name: busyShow.movie.title }).waitFor();
    expect(
      await page
        .getByRole('listitem')
        .filter({ has: page.locator('.poster') })
        .count(),
    ).toBeGreaterThan(3);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'tour-home');

    await page.getByRole('link', { name: busyShow.movie.title }).click();
    await page.getByRole('heading', { name: 'PVR Phoenix Palladium' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'tour-movie');

    await page.goto(`/shows/${busyShow.id}`);
    await page
      .getByRole('button', { name: 'C5, regular, ₹250.00, booked', exact: true })
      .or(page.getByRole('button', { name: /^C5, regular, .*, booked$/ }))
      .waitFor();
    await page.getByRole('button', { name: /^A1, regular, .*, held$/ }).waitFor();
    await page.getByRole('button', { name: /^J7, premium, .*, available$/ }).click();
    await page.getByRole('button', { name: /^J8, premium, .*, available$/ }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'tour-seat-map');
  });

  it('gives staff a dashboard of the demo shows', async () => {
    const page = await (await openContext(browser, t.url, { token: admin })).newPage();
    await page.goto('/admin/dashboard');
    await page.getByRole('img', { name: /^Revenue per cinema|^Revenue and occupancy per cinema/ }).waitFor();
    expect(await page.locator('canvas').count()).toBe(5);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'tour-dashboard');
  });
});
