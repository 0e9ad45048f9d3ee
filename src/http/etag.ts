// Entity tags for bodies answered from memory: a strong tag is a hash of the body alone, so every
// instance gives the same tag for the same content, and a client's If-None-Match is honoured by
// whichever instance it reaches.
import { createHash } from 'node:crypto';

/** A strong ETag (quoted) for the body: the first 128 bits of its SHA-256, base64url. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** The If-None-Match header names the tag (RFC 9110 13.1.2: weak comparison, `*` matches any). */
export function noneMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
