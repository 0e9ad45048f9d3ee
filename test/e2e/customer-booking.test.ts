// A customer books in a real browser from sign-up to cancelling one seat and then the other, while a second browser
// watches the same seat map change live. Every main page also passes an axe WCAG AA check.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { bookAndPay } from '../support/bookings.ts';
import { accessibilityViolations, launchBrowser, openContext, PHONE, screenshot } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';
import { makeCatalogue } from './support/catalogue.ts';

describe.runIf(browserTierRuns())('a customer in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let catalogue: Awaited<ReturnType<typeof makeCatalogue>>;

  beforeAll(async () => {
    t = await startTestApp();
    catalogue = await makeCatalogue(t.api, await adminToken(t.ctx));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const seat = (page: Page, label: string, rest: string) => page.getByRole('button', { name: `${label}, ${rest}`, exact: true });

  it('signs up, picks city, movie and show, chooses two seats by keyboard, pays by UPI, cancels one seat then the other; other browsers see it live', async () => {
    const customer = await (await openContext(browser, t.url)).newPage();
    const watcher = await (await openContext(browser, t.url)).newPage();
    const a11y: Record<string, string[]> = {};

    // Sign up.
    await customer.goto('/signup');
    await customer.getByLabel('Name').fill('Asha Rao');
    await customer.getByLabel('Email').fill(`asha-${Date.now()}@example.com`);
    await customer.getByLabel('Password (at least 8 characters)').fill('password123');
    await customer.getByRole('button', { name: 'Create account' }).click();
    await customer.getByRole('button', { name: /^Sign out/ }).waitFor();
    // Confirming the email with its mailed code can wait: "Later" goes on to where the customer was headed.
    await customer.getByRole('heading', { name: 'Confirm your email' }).waitFor();
    await customer.getByRole('link', { name: 'Later' }).click();

    // Pick a city: the choice is remembered across a reload.
    await customer.getByRole('heading', { name: 'Pick your city' }).waitFor();
    a11y.cityPicker = await accessibilityViolations(customer);
    await customer.getByRole('button', { name: /^Mumbai/ }).click();
    await customer.getByRole('heading', { name: 'Now showing in Mumbai' }).waitFor();
    await customer.reload();
    await customer.getByRole('heading', { name: 'Now showing in Mumbai' }).waitFor();

    // Filter and search, then open the movie.
    await customer.getByRole('link', { name: 'Jawan' }).waitFor();
    await customer.getByLabel('Language').selectOption('English');
    await customer.getByRole('link', { name: 'Jawan' }).waitFor({ state: 'detached' });
    await customer.getByLabel('Language').selectOption('');
    await customer.getByLabel('Search by title').fill('incep');
    await customer.getByText('1 movie').waitFor();
    a11y.home = await accessibilityViolations(customer);
    await screenshot(customer, 'home');
    await customer.getByRole('link', { name: 'Inception' }).click();

    // The movie's shows, with how full each is, in the cinema's time.
    const showLink = customer.getByRole('link', { name: /Audi 1.*0% full.*80 of 80 seats free/ });
    await showLink.waitFor();
    await customer.getByRole('heading', { name: 'PVR Phoenix Palladium' }).waitFor();
    a11y.movie = await accessibilityViolations(customer);
    await screenshot(customer, 'movie');
    await showLink.click();

    // Two watchers open the same seat map, signed out: one on the events stream, one whose
    // stream is refused, so it falls back to polling the seat map.
    const streamOpened = watcher.waitForResponse(
      (r) =>
        r.url().endsWith(`/api/shows/${catalogue.show.id}/events`) &&
        r.status() === 200 &&
        r.headers()['content-type']!.includes('text/event-stream'),
    );
    await watcher.goto(`/shows/${catalogue.show.id}`);
    await streamOpened;
    await seat(watcher, 'A4', 'regular, ₹250.00, available').waitFor();
    const poller = await (await openContext(browser, t.url)).newPage();
    await poller.route('**/events', (route) => route.fulfill({ status: 404, contentType: 'application/problem+json', body: '{}' }));
    await poller.goto(`/shows/${catalogue.show.id}`);
    await seat(poller, 'A4', 'regular, ₹250.00, available').waitFor();

    // Two seats by keyboard alone: Tab into the map, arrows to move, Space and Enter to choose.
    await seat(customer, 'A1', 'regular, ₹250.00, available').waitFor();
    await customer.getByRole('button', { name: /^Hold/ }).waitFor();
    a11y.seatMap = await accessibilityViolations(customer);
    await customer.keyboard.press('Tab');
    for (let i = 0; i < 40 && !(await customer.evaluate(() => document.activeElement?.hasAttribute('data-seat-id'))); i++) {
      await customer.keyboard.press('Tab');
    }
    expect(await customer.evaluate(() => document.activeElement?.textContent)).toBe('A1, regular, ₹250.00, available');
    await customer.keyboard.press('ArrowRight');
    await customer.keyboard.press('ArrowRight');
    await customer.keyboard.press('ArrowRight'); // across the aisle after A3
    expect(await customer.evaluate(() => document.activeElement?.textContent)).toBe('A4, regular, ₹250.00, available');
    await customer.keyboard.press('Space');
    await customer.keyboard.press('ArrowRight');
    await customer.keyboard.press('Enter');
    await seat(customer, 'A4', 'regular, ₹250.00, selected').waitFor();
    await seat(customer, 'A5', 'regular, ₹250.00, selected').waitFor();
    await customer.keyboard.press('ArrowDown');
    expect(await customer.evaluate(() => document.activeElement?.textContent)).toBe('B5, regular, ₹250.00, available');
    expect(await customer.getByTestId('running-total').textContent()).toBe('₹500.00');
    await screenshot(customer, 'seat-map');
    // A promo code that does not exist is refused with its reason, and nothing is held.
    await customer.getByLabel('Promo code').fill('NOSUCHCODE');
    await customer.getByRole('button', { name: 'Hold 2 seats' }).click();
    await customer.getByText(/Promo code NOSUCHCODE: There is no offer with this code/).waitFor();
    await customer.getByLabel('Promo code').fill('');
    await customer.getByRole('button', { name: 'Hold 2 seats' }).click();

    // Checkout: the countdown, the methods, pay by UPI.
    await customer.getByRole('heading', { name: 'Checkout' }).waitFor();
    await customer
      .getByRole('timer')
      .getByText(/Seats held for \d:\d\d/)
      .waitFor();
    await seat(watcher, 'A4', 'regular, ₹250.00, held').waitFor();
    await seat(watcher, 'A5', 'regular, ₹250.00, held').waitFor();
    await seat(poller, 'A4', 'regular, ₹250.00, held').waitFor();
    for (const method of ['Card', 'UPI', 'Net banking', 'Wallet']) await customer.getByRole('radio', { name: method }).waitFor();
    // The breakdown: the tickets before GST, CGST and SGST, adding up to the total.
    const bill = customer.getByTestId('bill-lines');
    await bill.getByText('Regular ticket × 2').waitFor();
    await bill.getByText('CGST 9%').waitFor();
    expect(await customer.getByTestId('bill-total').textContent()).toBe('₹500.00');
    await customer.getByRole('radio', { name: 'UPI' }).check();
    await customer.getByLabel('UPI ID').fill('success@upi');
    a11y.checkout = await accessibilityViolations(customer);
    await screenshot(customer, 'checkout');
    const ticketRead = customer.waitForResponse((r) => /\/api\/bookings\/[^/]+\/ticket$/.test(r.url()) && r.status() === 200);
    await customer.getByRole('button', { name: 'Pay ₹500.00' }).click();

    // Confirmation with the QR ticket; the watcher sees the seats booked.
    await customer.getByRole('heading', { name: 'Booking confirmed' }).waitFor();
    await ticketRead; // the QR code carries the signed ticket token
    await customer.getByRole('img', { name: /^Ticket QR code for booking / }).waitFor();
    await customer.getByText('Seats: A4, A5').waitFor();
    a11y.ticket = await accessibilityViolations(customer);
    await screenshot(customer, 'ticket');
    await seat(watcher, 'A4', 'regular, ₹250.00, booked').waitFor();
    await seat(watcher, 'A5', 'regular, ₹250.00, booked').waitFor();
    await seat(poller, 'A5', 'regular, ₹250.00, booked').waitFor();
    await screenshot(watcher, 'seat-map-live');

    // My bookings: upcoming; cancel one seat of two, the refund quoted before confirming.
    await customer.getByRole('link', { name: 'My bookings' }).first().click();
    const upcoming = customer.getByRole('list', { name: 'Upcoming bookings' });
    await upcoming.getByRole('link', { name: 'Inception' }).waitFor();
    a11y.myBookings = await accessibilityViolations(customer);
    await screenshot(customer, 'my-bookings');
    await upcoming.getByRole('button', { name: 'Cancel seats for Inception' }).click();
    await customer.getByText('Which seats do you want to cancel?').waitFor();
    await customer.getByTestId('cancel-quote').getByText('₹500.00').waitFor();
    await customer.getByRole('checkbox', { name: 'A4' }).uncheck();
    await customer.getByTestId('cancel-quote').getByText('₹250.00').waitFor();
    expect(await customer.getByTestId('cancel-quote').textContent()).toMatch(
      /^Cancelling 1 of 2 seats now gives back ₹250\.00 \(in full\)\. The refund is worked out at the moment you confirm/,
    );
    a11y.cancelSeats = await accessibilityViolations(customer);
    await screenshot(customer, 'cancel-seats');
    await customer.getByRole('button', { name: 'Yes, cancel and refund ₹250.00' }).click();
    await customer.getByText('1 seat cancelled. ₹250.00 refunded.').waitFor();
    // The booking stays upcoming with the seat kept, and lists the refund with its status.
    await upcoming.getByText(/^A4 · ₹500\.00 · confirmed/).waitFor();
    await upcoming
      .getByRole('list', { name: 'Refunds' })
      .getByText(/₹250\.00 for A5 \(100% back\) · refunded/)
      .waitFor();
    await seat(watcher, 'A5', 'regular, ₹250.00, available').waitFor();
    await seat(poller, 'A5', 'regular, ₹250.00, available').waitFor();
    await seat(watcher, 'A4', 'regular, ₹250.00, booked').waitFor();

    // Then the last seat: the booking is cancelled, its refund the sum of both.
    await upcoming.getByRole('button', { name: 'Cancel booking for Inception' }).click();
    await customer.getByRole('button', { name: 'Yes, cancel and refund ₹250.00' }).click();
    await customer.getByText('Booking cancelled. ₹250.00 refunded.').waitFor();
    await customer
      .getByRole('list', { name: 'Past and cancelled bookings' })
      .getByText(/cancelled · refunded ₹500.00/)
      .waitFor();
    await seat(watcher, 'A4', 'regular, ₹250.00, available').waitFor();
    await seat(poller, 'A4', 'regular, ₹250.00, available').waitFor();

    expect(a11y).toEqual({ cityPicker: [], home: [], movie: [], seatMap: [], checkout: [], ticket: [], myBookings: [], cancelSeats: [] });
  });

  it('works on a phone-sized screen: the seat map scrolls inside the page, not the page sideways', async () => {
    const page = await (await openContext(browser, t.url, { viewport: PHONE })).newPage();
    await page.goto(`/shows/${catalogue.show.id}`);
    await seat(page, 'G1', 'vip, ₹600.00, available').waitFor();
    await page.getByRole('button', { name: /^G1, vip/ }).click();
    await page.getByTestId('running-total').getByText('₹600.00').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'seat-map-phone');
  });

  it('shows no QR code while the ticket cannot be read, says so, and shows it once a retry reads it', async () => {
    const customer = await t.api.customer('Ravi');
    const seats = (await t.api.get(`/api/shows/${catalogue.show.id}/seats`)).body.seats as { id: string; label: string }[];
    const booking = await bookAndPay(t.api, customer.token, catalogue.show.id, [seats.find((s) => s.label === 'C7')!.id]);
    const page = await (await openContext(browser, t.url, { token: customer.token })).newPage();
    let failing = true;
    await page.route('**/api/bookings/*/ticket', (route) =>
      failing ? route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{}' }) : route.continue(),
    );
    await page.goto(`/bookings/${booking.id}`);
    await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor();
    await page
      .getByRole('alert')
      .getByText(/^The ticket's QR code could not be loaded/)
      .waitFor();
    expect(await page.getByRole('img', { name: /^Ticket QR code/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    failing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('img', { name: `Ticket QR code for booking ${booking.id}` }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
