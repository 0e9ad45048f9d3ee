// "A missing resource is a 404 before any other check": routes that name other resources in
// their body validate with attachValidation. A valid body goes on to the rule, which answers 404
// for a missing resource itself; only an invalid one is looked up here, before its 400.
import type { FastifyRequest } from 'fastify';
import type { Context } from '../context.ts';
import { NotFound } from '../domain/errors.ts';

type Table = 'cities' | 'cinemas' | 'halls' | 'movies';

const resourceName: Record<Table, string> = { cities: 'city', cinemas: 'cinema', halls: 'hall', movies: 'movie' };

export async function requireValid(request: FastifyRequest, references: Record<string, Table>, ctx: Context): Promise<void> {
  if (!request.validationError) return;
  const body = request.body;
  if (body && typeof body === 'object') {
    for (const [field, table] of Object.entries(references)) {
      const id = (body as Record<string, unknown>)[field];
      if (typeof id !== 'string' || id.length === 0 || id.length > 64) continue;
      const found = await ctx.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
      if (found.rowCount === 0) throw new NotFound(resourceName[table]);
    }
  }
  throw request.validationError;
}
