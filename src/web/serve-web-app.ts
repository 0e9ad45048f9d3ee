// Serves the built web app (web/dist) at `/`: its files as they are, and index.html for any other
// page a browser asks for, so deep links like /movies/abc work. The API keeps its own 404s.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

// The app loads only its own scripts and styles; the QR ticket is a data: image; the
// seat map's live updates come from our own /api. Inline styles are allowed for chart sizing.
// With a hosted-checkout gateway, its origins (its checkout script, the frame and the calls it
// makes) are allowed too, and nothing else.
function contentSecurityPolicy(gatewayOrigins: readonly string[]): string {
  const and = gatewayOrigins.map((origin) => ` ${origin}`).join('');
  return [
    "default-src 'self'",
    `script-src 'self'${and}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${and}`,
    `connect-src 'self'${and}`,
    `frame-src 'self'${and}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Houseful</title></head>
<body><h1>Houseful</h1><p>The web app has not been built. Run <code>npm run build:web</code> (or <code>npm install</code>), then restart.</p>
<p>The API is at <a href="/docs">/docs</a>.</p></body></html>`;

export function webAppBuilt(dist = WEB_DIST): boolean {
  return existsSync(`${dist}index.html`);
}

/** True for a browser asking for a page (not an API call, not a file with an extension). */
export function isPageRequest(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '';
  if (path.startsWith('/api/') || path === '/api') return false;
  if (/\.[a-z0-9]+$/i.test(path)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

export async function registerWebApp(
  app: FastifyInstance,
  dist = WEB_DIST,
  gatewayOrigins: readonly string[] = [],
): Promise<(reply: FastifyReply) => FastifyReply> {
  const policy = contentSecurityPolicy(gatewayOrigins);
  if (!webAppBuilt(dist)) {
    app.log.warn(`web app not built (${dist}index.html missing): run npm run build:web`);
    return (reply) => reply.status(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
  }
  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    setHeaders: (res, filePath) => {
      res.header('content-security-policy', policy);
      // Vite names built assets by content hash, so they never change under one name.
      if (filePath.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
      else res.header('cache-control', 'no-cache');
    },
  });
  return (reply) => reply.header('content-security-policy', policy).header('cache-control', 'no-cache').sendFile('index.html');
}
