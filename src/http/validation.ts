// "A missing resource is a 404 before any other check" (docs/api.md): routes whose body names
// other resources validate with attachValidation and run this as their preHandler. A valid body
// goes on to the rule, which answers 404 for a missing resource itself; only an invalid one has
// the resources it names looked up here (each field by the route's own check), before its 400.
import type { FastifyRequest } from 'fastify';

/** Each body field that names a resource, with the check that throws NotFound when it does not exist. */
export type ReferenceChecks = Record<string, (id: string) => Promise<void>>;

export function lookUpBeforeRefusing(checks: ReferenceChecks) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!request.validationError) return;
    const body = request.body;
    if (body && typeof body === 'object') {
      for (const [field, mustExist] of Object.entries(checks)) {
        const id = (body as Record<string, unknown>)[field];
        if (typeof id === 'string' && id.length > 0 && id.length <= 64) await mustExist(id);
      }
    }
    throw request.validationError;
  };
}
