// "Does this exist": the one lookup every route's 404 and every rule's reference check go through.
import { NotFound } from '../domain/errors.ts';
import type { Queryable } from './database.ts';

/** The tables that other records and requests name by id, with what a missing one is called. */
const RESOURCES = { cities: 'city', cinemas: 'cinema', halls: 'hall', movies: 'movie', shows: 'show' } as const;

export type CatalogueTable = keyof typeof RESOURCES;

export async function exists(db: Queryable, table: CatalogueTable, id: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rowCount > 0;
}

/** NotFound naming the resource when there is no row with this id. */
export async function mustExist(db: Queryable, table: CatalogueTable, id: string): Promise<void> {
  if (!(await exists(db, table, id))) throw new NotFound(RESOURCES[table]);
}

/** The check that a row of this table exists, for a route's "404 before 400" lookups. */
export function existsIn(db: Queryable, table: CatalogueTable): (id: string) => Promise<void> {
  return (id) => mustExist(db, table, id);
}
