// The server serves the web app at `/` with its own content security policy, answers deep
// links with the app, and keeps problem+json 404s for the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.ts';

describe('serving the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const page = (path: string, accept = 'text/html,application/xhtml+xml') => fetch(t.url + path, { headers: { accept } });

  it('serves index.html at / with a content security policy that allows only its own scripts', async () => {
    const response = await page('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('<div id="app"></div>');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(t.url + script);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('answers a deep link with the app, so a reload on /movies/x works', async () => {
    for (const path of ['/movies/mov_x', '/bookings/bkg_1/checkout', '/admin/dashboard?x=1']) {
      const response = await page(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<div id="app"></div>');
    }
  });

  it('keeps problem+json 404s for unknown API routes, missing files and non-HTML requests', async () => {
    for (const [path, accept] of [
      ['/api/nothing-here', 'text/html'],
      ['/assets/missing.js', '*/*'],
      ['/movies/mov_x', 'application/json'],
    ] as const) {
      const response = await page(path, accept);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toContain('application/problem+json');
    }
  });
});
