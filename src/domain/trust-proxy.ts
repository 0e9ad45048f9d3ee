// TRUST_PROXY: which proxies in front of Houseful may say who the client is (X-Forwarded-For), in
// Fastify's own `trustProxy` terms. Every per-address limit reads `request.ip`, which is the socket's
// address unless the request came through a trusted proxy.
import { isIP } from 'node:net';

/** Fastify's trustProxy: false trusts no proxy, true every hop, a number that many hops, a list those addresses. */
export type TrustProxy = boolean | number | string[];

/** The names proxy-addr (Fastify's reader of X-Forwarded-For) knows for ranges of addresses. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** Why one entry of the list is neither an address, an address/prefix (or /netmask) nor a named range. */
function entryProblem(entry: string): string | undefined {
  if (NAMED_RANGES.includes(entry)) return undefined;
  const [address, range, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return `"${entry}" is not an address or CIDR`;
  if (range === undefined) return undefined;
  if (/^\d+$/.test(range)) return Number(range) <= (family === 4 ? 32 : 128) ? undefined : `"${entry}" has too long a prefix`;
  return family === 4 && isIP(range) === 4 ? undefined : `"${entry}" is not an address or CIDR`;
}

/**
 * TRUST_PROXY as Fastify takes it; a string saying what is wrong otherwise. Unset (or empty): false,
 * the client is the socket's address and forwarded headers are ignored.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | string {
  const value = raw?.trim() ?? '';
  if (value === '' || value.toLowerCase() === 'false') return false;
  if (value.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops >= 1 && hops <= 32 ? hops : `must be true, a hop count from 1 to 32, or addresses/CIDRs, got "${value}"`;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const problem = entry === '' ? 'has an empty entry' : entryProblem(entry);
    if (problem) return `must be true, a hop count, or a comma-separated list of addresses/CIDRs: ${problem}`;
  }
  return entries;
}

/**
 * What Fastify is given: a hop count becomes "trust the nearest n hops", as proxy-addr reads it (Fastify
 * itself now trusts no hop for a bare number, since a client reaching the server directly could then name
 * itself; TRUST_PROXY=n says the server is reached only through those n proxies).
 */
export function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust;
  return (_address, hop) => hop < trust;
}
