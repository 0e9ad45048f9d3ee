// Headless Chromium for the browser tests: Debian's chromium driven by playwright-core,
// a WCAG check with axe, and screenshots saved for the README.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { chromiumPath } from './chromium.ts';

// Every run saves its screenshots under test-results/; UPDATE_SCREENSHOTS=1 refreshes the
// README's copies in docs/screenshots/ instead.
export const SCREENSHOT_DIR = fileURLToPath(
  new URL(process.env.UPDATE_SCREENSHOTS === '1' ? '../../../docs/screenshots/' : '../../../test-results/screenshots/', import.meta.url),
);
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile at the app's URL; signed in when given a token. */
export async function openContext(
  browser: Browser,
  baseURL: string,
  options: { token?: string; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: options.viewport ?? DESKTOP, locale: 'en-IN' });
  // Server errors and page crashes are printed, so a failed wait in CI says what went wrong.
  context.on('response', (response) => {
    if (response.status() >= 500) console.warn(`browser got ${response.status()} for ${response.request().method()} ${response.url()}`);
  });
  context.on('weberror', (error) => console.warn(`page error: ${error.error().message}`));
  if (options.token) {
    await context.addInitScript((token) => {
      try {
        if (!localStorage.getItem('houseful.token')) localStorage.setItem('houseful.token', token);
      } catch {
        // about:blank and other opaque documents have no localStorage; the app's pages do.
      }
    }, options.token);
  }
  return context;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true, animations: 'disabled' });
}

/** WCAG 2.x A and AA violations on the page as it is now, as readable lines (empty: none). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

/** Waits for the locator; on timeout, the error also says what the page showed instead. */
export async function waitOrExplain(page: Page, locator: Locator, timeout = 30_000): Promise<void> {
  try {
    await locator.waitFor({ timeout });
  } catch (error) {
    const resources = await page
      .evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => `${new URL(e.name).pathname} ${Math.round(e.startTime)}+${Math.round(e.duration)}ms`)
          .join(', '),
      )
      .catch(() => '(unknown)');
    const shown = await page
      .locator('main')
      .innerText({ timeout: 1_000 })
      .catch(() => '(no main element)');
    const origin = new URL(page.url()).origin;
    const probe = async (path: string) => {
      const started = Date.now();
      const answer = await fetch(origin + path, { signal: AbortSignal.timeout(5_000) }).then(
        (r) => String(r.status),
        (e: Error) => e.name,
      );
      return `${path} ${answer} in ${Date.now() - started} ms`;
    };
    const server = [await probe('/healthz'), await probe('/api/cities'), await probe('/api/booking-rules')].join('; ');
    throw new Error(
      `${(error as Error).message}\nat ${page.url()} the page showed:\n${shown.slice(0, 500)}\nserver: ${server}\nloaded: ${resources}`,
    );
  }
}
