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

describe('serving the API documentation at /docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** The policy's directives by name. */
  const directives = (policy: string | null) =>
    new Map(
      (policy ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );

  it('has a content security policy of its own: its own scripts and styles only, no inline script, not framed', async () => {
    for (const path of ['/docs', '/docs/']) {
      const response = await fetch(t.url + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain('text/html');
      const policy = directives(response.headers.get('content-security-policy'));
      expect(policy.get('default-src'), path).toEqual(["'none'"]);
      expect(policy.get('script-src'), path).toEqual(["'self'"]);
      // Only Swagger UI's own files, and its logo's one <style> by its hash.
      expect(policy.get('style-src'), path).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]+=*'$/)]);
      expect(policy.get('connect-src'), path).toEqual(["'self'"]);
      expect(policy.get('img-src'), path).toEqual(["'self'", 'data:']);
      expect(policy.get('object-src'), path).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(policy.get('base-uri'), path).toEqual(["'none'"]);
      expect(policy.get('form-action'), path).toEqual(["'none'"]);
      await response.arrayBuffer();
    }
  });

  it('still loads: every script and style the page names is served under the same policy, with none inline', async () => {
    const html = await (await fetch(`${t.url}/docs`)).text();
    expect([...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!.trim())).toEqual(['', '', '']);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.filter((a) => a.endsWith('.js'))).toHaveLength(3);
    expect(assets.filter((a) => a.endsWith('.css'))).toHaveLength(2);
    for (const asset of assets) {
      const url = new URL(asset, `${t.url}/docs`);
      expect(url.origin, asset).toBe(t.url);
      const response = await fetch(url);
      expect(response.status, asset).toBe(200);
      expect(directives(response.headers.get('content-security-policy')).get('script-src'), asset).toEqual(["'self'"]);
      if (asset.endsWith('.js')) expect(response.headers.get('content-type'), asset).toContain('javascript');
      if (asset.endsWith('.css')) expect(response.headers.get('content-type'), asset).toContain('text/css');
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(0);
    }
    // What the page then asks for: the OpenAPI document.
    const spec = await fetch(`${t.url}/docs/json`);
    expect(spec.status).toBe(200);
    expect((await spec.json()).openapi).toBe('3.1.0');
  });

  it('leaves the web app its own policy', async () => {
    const app = await fetch(`${t.url}/`, { headers: { accept: 'text/html' } });
    expect(directives(app.headers.get('content-security-policy')).get('default-src')).toEqual(["'self'"]);
    await app.arrayBuffer();
  });
});
