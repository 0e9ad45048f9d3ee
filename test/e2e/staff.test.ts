// Cinema staff in the browser: add a city, cinema and movie, lay out a hall, schedule a show
// (clashes shown before saving), see it listed for customers, then the show's page, the
// dashboard's charts, a ticket checked in at the door, and cancelling the show with its refund shown first.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from '../support/app.ts';
import { accessibilityViolations, launchBrowser, openContext, screenshot, waitOrExplain } from './support/browser.ts';
import { browserTierRuns } from './support/chromium.ts';

/** Tomorrow's date in India as YYYY-MM-DD, for the datetime-local field. */
function tomorrowInIndia(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date(Date.now() + 86_400_000));
}

describe.runIf(browserTierRuns())('cinema staff in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let staff: Page;
  const a11y: Record<string, string[]> = {};

  beforeAll(async () => {
    // The show is scheduled for tomorrow evening and its ticket checked in today: the door opens three days ahead here.
    t = await startTestApp({ env: { CHECKIN_OPENS_MINUTES_BEFORE: '4320' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('signs in and adds a city, a cinema and a movie', async () => {
    const email = `manager-${Date.now()}@example.com`;
    await adminToken(t.ctx, email);
    staff = await (await openContext(browser, t.url)).newPage();
    await staff.goto('/signin?next=/admin');
    await staff.getByLabel('Email').fill(email);
    await staff.getByLabel('Password').fill('admin-password');
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('heading', { name: 'Staff', exact: true }).waitFor();

    const cityForm = staff.getByRole('form', { name: 'New city' });
    await cityForm.getByLabel('Name').fill('Pune');
    await cityForm.getByLabel('State').fill('Maharashtra');
    await cityForm.getByRole('button', { name: 'Add city' }).click();
    await cityForm.getByText('City Pune added.').waitFor();

    const cinemaForm = staff.getByRole('form', { name: 'New cinema' });
    await cinemaForm.getByRole('option', { name: 'Pune' }).waitFor({ state: 'attached' });
    await cinemaForm.getByLabel('City').selectOption({ label: 'Pune' });
    await cinemaForm.getByLabel('Name').fill('Cinepolis Westend');
    await cinemaForm.getByLabel('Address').fill('Westend Mall, Aundh, Pune 411007');
    await cinemaForm.getByRole('button', { name: 'Add cinema' }).click();
    await cinemaForm.getByText('Cinema Cinepolis Westend added.').waitFor();

    const movieForm = staff.getByRole('form', { name: 'New movie' });
    await movieForm.getByLabel('Title').fill('Dunki');
    await movieForm.getByLabel('Duration (minutes)').fill('161');
    await movieForm.getByLabel('Language').fill('Hindi');
    await movieForm.getByLabel('Genre').fill('Drama');
    await movieForm.getByRole('button', { name: 'Add movie' }).click();
    await movieForm.getByText('Movie Dunki added.').waitFor();
    a11y.staffHome = await accessibilityViolations(staff);
  });

  it('lays out a hall row by row with a live preview', async () => {
    await staff.getByRole('link', { name: 'New hall' }).click();
    await staff.getByRole('heading', { name: 'New hall' }).waitFor();
    await staff.getByRole('option', { name: /Cinepolis Westend/ }).waitFor({ state: 'attached' });
    await staff.getByLabel('Cinema').selectOption({ label: 'Cinepolis Westend (Pune)' });
    await staff.getByLabel('Hall name').fill('Screen 3');
    await staff.getByRole('heading', { name: 'Preview: 44 seats' }).waitFor();
    await staff.getByLabel('Row 2 seats').fill('14');
    await staff.getByLabel('Row 2 aisles after seats').fill('4, 10');
    await staff.getByRole('button', { name: 'Add row' }).click();
    await staff.getByLabel('Row 5 seat type').selectOption('premium');
    await staff.getByRole('heading', { name: 'Preview: 54 seats' }).waitFor();
    await staff.getByRole('button', { name: 'B14, regular, available', exact: true }).waitFor();
    await staff.getByRole('button', { name: 'E8, premium, available', exact: true }).waitFor();
    a11y.hallEditor = await accessibilityViolations(staff);
    await screenshot(staff, 'admin-hall-editor');
    await staff.getByRole('button', { name: 'Save hall' }).click();
    await staff.getByText('Hall Screen 3 saved with 54 seats.').waitFor();
  });

  it('schedules a show, sees a clash before saving another, and the show is listed for customers', async () => {
    await staff.goto('/admin/shows/new');
    await staff.getByRole('option', { name: /Dunki/ }).waitFor({ state: 'attached' });
    await staff.getByLabel('Movie').selectOption({ label: 'Dunki (161 min)' });
    await staff.getByLabel('Hall').selectOption({ label: 'Cinepolis Westend · Screen 3 (54 seats)' });
    await staff.getByLabel(/^Starts/).fill(`${tomorrowInIndia()}T18:30`);
    await staff.getByLabel('Regular').fill('220');
    await staff.getByText(/^No clashes: the hall is free until .* 9:11 PM\.$/).waitFor();
    await staff.getByRole('button', { name: 'Save show' }).click();
    await staff.getByText('Show created.').waitFor();

    await staff.getByLabel(/^Starts/).fill(`${tomorrowInIndia()}T20:00`);
    const clash = staff.getByRole('alert').filter({ hasText: 'This overlaps shows in the hall:' });
    await clash.getByText(/^Dunki, .* 6:30 PM to .* 9:11 PM$/).waitFor();
    expect(await staff.getByRole('button', { name: 'Save show' }).isDisabled()).toBe(true);
    a11y.newShow = await accessibilityViolations(staff);
    await screenshot(staff, 'admin-new-show');

    const customer = await (await openContext(browser, t.url)).newPage();
    await customer.goto('/');
    await customer.getByRole('button', { name: /^Pune/ }).click();
    await customer.getByRole('link', { name: 'Dunki' }).click();
    await customer.getByRole('heading', { name: 'Cinepolis Westend' }).waitFor();
    await customer.getByRole('link', { name: /^6:30 PM.*Screen 3.*54 of 54 seats free/ }).click();
    await customer.getByRole('button', { name: 'A1, regular, ₹220.00, available', exact: true }).waitFor();
  });

  it("shows the show's live seat map and bookings, the dashboard charts, checks a ticket in, and cancels the show with its refund", async () => {
    const showId = (await t.api.get('/api/shows')).body[0].id as string;
    const buyer = await t.api.customer('Neha');
    const seats = (await t.api.get(`/api/shows/${showId}/seats`)).body.seats as { id: string; label: string }[];
    const hold = await t.api.post('/api/bookings', { showId, seatIds: [seats[0]!.id, seats[1]!.id] }, buyer.token);
    const paid = await t.api.post(
      `/api/bookings/${hold.body.id}/payment`,
      { method: 'credit_card', card: { number: '4242424242424242', expiry: '12/30', cvv: '123' } },
      buyer.token,
      { 'Idempotency-Key': 'staff-e2e' },
    );
    expect(paid.status).toBe(200);

    await staff.goto('/admin/dashboard');
    await waitOrExplain(staff, staff.getByRole('heading', { name: 'Dashboard' }));
    await staff.getByText('₹440.00').first().waitFor();
    expect(await staff.locator('canvas').count()).toBe(5);
    await staff.getByRole('img', { name: /^Revenue per day \(₹\): .* 440/ }).waitFor();
    a11y.dashboard = await accessibilityViolations(staff);
    await screenshot(staff, 'admin-dashboard');

    await staff.getByRole('link', { name: 'Dunki' }).click();
    await staff.getByRole('cell', { name: /^Neha/ }).waitFor();
    await staff.getByRole('button', { name: 'A1, regular, ₹220.00, booked', exact: true }).waitFor();
    a11y.showPage = await accessibilityViolations(staff);
    await screenshot(staff, 'admin-show');

    // At the door: the ticket's code admits once, then is refused.
    const ticket = await t.api.get(`/api/bookings/${hold.body.id}/ticket`, buyer.token);
    expect(ticket.status).toBe(200);
    const showPage = staff.url();
    await staff.goto('/admin/checkin');
    await waitOrExplain(staff, staff.getByLabel(/^Ticket code/));
    await staff.getByLabel(/^Ticket code/).fill(ticket.body.token);
    await staff.getByRole('button', { name: 'Check in' }).click();
    await staff
      .getByRole('status')
      .getByText(/^Admitted: Neha, Dunki at .*, Screen 3, seats A1, A2\.$/)
      .waitFor();
    await screenshot(staff, 'admin-checkin');
    await staff.getByLabel(/^Ticket code/).fill(ticket.body.token);
    await staff.getByRole('button', { name: 'Check in' }).click();
    await staff
      .getByRole('alert')
      .getByText(/^Not admitted: /)
      .waitFor();
    await staff.goto(showPage);

    await waitOrExplain(staff, staff.getByRole('button', { name: 'Cancel show' }));
    await staff.getByRole('button', { name: 'Cancel show' }).click();
    await staff.getByText('Cancelling refunds ₹440.00 in full to 1 confirmed booking').waitFor();
    await staff.getByRole('button', { name: 'Yes, cancel and refund ₹440.00' }).click();
    await staff.getByText('Show cancelled: 1 bookings cancelled, ₹440.00 refunded.').waitFor();
    await staff.getByRole('button', { name: 'A1, regular, ₹220.00, available', exact: true }).waitFor();
    expect((await t.api.get(`/api/bookings/${hold.body.id}`, buyer.token)).body).toMatchObject({
      status: 'cancelled',
      refund: { amount: { amount: 44_000 } },
    });
  });

  it('refuses a code that is no ticket at the door', async () => {
    await staff.goto('/admin/checkin');
    await waitOrExplain(staff, staff.getByLabel(/^Ticket code/));
    await staff.getByLabel(/^Ticket code/).fill('not-a-ticket');
    await staff.getByRole('button', { name: 'Check in' }).click();
    await staff
      .getByRole('alert')
      .getByText(/^Not admitted: /)
      .waitFor();
    a11y.checkIn = await accessibilityViolations(staff);
    expect(a11y).toEqual({ staffHome: [], hallEditor: [], newShow: [], dashboard: [], showPage: [], checkIn: [] });

    // A check that never reached the server refuses nothing: it says so and keeps the code to try again.
    await staff.route('**/api/admin/checkins', (route) => route.abort('internetdisconnected'), { times: 1 });
    await staff.getByLabel(/^Ticket code/).fill('some-code');
    await staff.getByRole('button', { name: 'Check in' }).click();
    await staff
      .getByRole('alert')
      .getByText(/^Not checked: .*try again\.$/)
      .waitFor();
    expect(await staff.getByLabel(/^Ticket code/).inputValue()).toBe('some-code');
  });
});
