// "A missing resource is a 404 before any other check" (docs/api.md): routes whose body names
// other resources validate with attachValidation and run this as their preHandler. A valid body
// goes on to the rule, which answers 404 for a missing resource itself; only an invalid one is
// looked up here, before its 400.
import type { FastifyRequest } from 'fastify';
import { mustExist, type CatalogueTable } from '../catalogue/admin.ts';

import type { Context } from '../context.ts';

export function lookUpBeforeRefusing(ctx: Context, references: Record<string, CatalogueTable>) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!request.validationError) return;
    const body = request.body;
    if (body && typeof body === 'object') {
      for (const [field, table] of Object.entries(references)) {
        const id = (body as Record<string, unknown>)[field];
        if (typeof id === 'string' && id.length > 0 && id.length <= 64) await mustExist(ctx.db, table, id);
      }
    }
    throw request.validationError;
  };
}
