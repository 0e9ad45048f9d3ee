// "A missing resource is a 404 before any other check" (docs/api.md), decided here for every
// customer and catalogue route (staff routes' own cinema is located earlier, by staff/access.ts).
// Routes that name other resources validate with attachValidation and run this as their
// preHandler. A request the route would not refuse goes on to the rule, which answers 404 for a
// missing resource itself, at no extra cost; only one about to be refused has what it names looked
// up here first (each by the route's own check), then gets its 400.
import type { FastifyError, FastifyRequest } from 'fastify';
import type { DomainError } from '../domain/errors.ts';

/** Where a request names a resource: a field of its body or its path. */
type Named = `${'body' | 'params'}.${string}`;

/** Each field that names a resource, with the check that throws NotFound when it does not exist. */
export type ReferenceChecks = Partial<Record<Named, (id: string, request: FastifyRequest) => Promise<void>>>;

/**
 * The refusal the request earns, given its schema's (undefined when it passed): by default the
 * schema's own; a route adds what its rule would refuse before any database is read, in its order.
 */
export type Judge = (request: FastifyRequest, invalid: FastifyError | undefined) => DomainError | FastifyError | undefined;

export function lookUpBeforeRefusing(checks: ReferenceChecks, judge: Judge = (_request, invalid) => invalid) {
  return async (request: FastifyRequest): Promise<void> => {
    const refusal = judge(request, request.validationError as FastifyError | undefined);
    if (!refusal) return;
    for (const [where, mustExist] of Object.entries(checks)) {
      const [source, field] = where.split('.') as ['body' | 'params', string];
      const named = request[source];
      const id = named && typeof named === 'object' ? (named as Record<string, unknown>)[field] : undefined;
      if (typeof id === 'string' && id.length > 0 && id.length <= 64) await mustExist!(id, request);
    }
    throw refusal;
  };
}
