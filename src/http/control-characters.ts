// Control characters are refused in every request before any route sees it: PostgreSQL cannot
// store a NUL byte at all (every such request used to be a 500), and no id, name or email has a
// reason to hold a tab, an escape or a line break. Free text (a description, an address) may
// break lines and hold tabs; nothing may hold NUL or another C0 control character, or DEL.
import type { FastifyRequest } from 'fastify';
import { InvalidInput } from '../domain/errors.ts';

/** Body fields written as prose: line breaks and tabs are kept there. */
const FREE_TEXT_FIELDS = new Set(['description', 'address']);

// Matching control characters is the point of these two.
/* eslint-disable no-control-regex */
const ANY_CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/* eslint-enable no-control-regex */

const REASON = 'must not contain control characters (such as NUL, escape or, outside free text, a line break)';

function childField(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent || 'body'}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/** The first field whose value (or key) holds a control character not allowed there, or undefined. */
function offendingField(value: unknown, field: string, freeText: boolean, depth = 0): string | undefined {
  if (typeof value === 'string') return (freeText ? CONTROL_BUT_LINE_BREAKS : ANY_CONTROL).test(value) ? field : undefined;
  if (value === null || typeof value !== 'object' || depth > 32) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = offendingField(value[i], childField(field, i), false, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const child = childField(field, key);
    if (ANY_CONTROL.test(key)) return field || 'body';
    const found = offendingField(item, child, FREE_TEXT_FIELDS.has(key), depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A preValidation hook for every route: a path parameter, query parameter or body field with a
 * control character is 400 invalid-input naming it, like a body that is not JSON.
 */
export async function refuseControlCharacters(request: FastifyRequest): Promise<void> {
  for (const part of [request.params, request.query]) {
    // Path and query values are never free text.
    if (part && typeof part === 'object') {
      for (const [key, value] of Object.entries(part)) {
        if (ANY_CONTROL.test(key)) throw new InvalidInput('query', REASON);
        const found = offendingField(value, key, false);
        if (found !== undefined) throw new InvalidInput(found, REASON);
      }
    }
  }
  const found = offendingField(request.body, '', false);
  if (found !== undefined) throw new InvalidInput(found || 'body', REASON);
}
