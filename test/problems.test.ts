// Every typed error a rule can throw has its own status in the one problem table, so none can
// leave as a silent 400 (or worse), and an error missing from the table is a 500, never a 400.
import { describe, expect, it } from 'vitest';
import * as errors from '../src/domain/errors.ts';
import { domainProblems, problemForDomainError } from '../src/http/problems.ts';

const errorClasses: [string, unknown][] = Object.entries(errors).filter(
  ([, value]) => typeof value === 'function' && value.prototype instanceof errors.DomainError,
);

describe('the problem table', () => {
  it('knows every domain error', () => {
    expect(errorClasses.length).toBeGreaterThan(10);
    const mapped = new Set<unknown>(domainProblems.map(([type]) => type));
    expect(errorClasses.filter(([, type]) => !mapped.has(type)).map(([name]) => name)).toEqual([]);
  });

  it('gives each a status that says what went wrong, and its stable name as the type', () => {
    for (const [type, status] of domainProblems) {
      expect(status, type.name).toBeGreaterThanOrEqual(400);
      expect(status, type.name).toBeLessThan(600);
    }
    const body = problemForDomainError(new errors.SeatsUnavailable(['s1']));
    expect(body).toMatchObject({ type: '/problems/seats-unavailable', status: 409, unavailableSeatIds: ['s1'] });
  });

  it('answers 500 for an error the table does not know', () => {
    class Unmapped extends errors.DomainError {
      readonly problem = 'unmapped';
    }
    expect(problemForDomainError(new Unmapped('x')).status).toBe(500);
  });
});
