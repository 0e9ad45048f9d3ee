// Reading the audit log: admins read all of it, managers the entries of their cinemas.
import type { Queryable } from '../db/database.ts';
import { InvalidInput } from '../domain/errors.ts';
import { auditEntries } from './repository.ts';
import type { AuditEntryView } from './schemas.ts';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;

/**
 * The newest entries first, older than `before` when given: of one cinema when `cinemaId` is set,
 * else of every cinema in `visible` (null: the whole log, chain-wide entries included).
 */
export async function readAudit(
  db: Queryable,
  visible: readonly string[] | null,
  query: { cinemaId?: string | undefined; before?: string | undefined; limit?: string | undefined },
): Promise<AuditEntryView[]> {
  const limit = query.limit === undefined ? DEFAULT_LIMIT : Number(query.limit);
  if (!(limit >= 1 && limit <= MAX_LIMIT)) throw new InvalidInput('limit', `must be 1 to ${MAX_LIMIT}`);
  // One cinema the caller cannot read is as empty as one that does not exist.
  const wanted = query.cinemaId;
  const cinemaIds = wanted === undefined ? visible : visible === null || visible.includes(wanted) ? [wanted] : [];
  const rows = await auditEntries(db, { cinemaIds, beforeId: query.before === undefined ? null : Number(query.before), limit });
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    user: { id: row.user_id, name: row.name, email: row.email },
    action: row.action,
    subjectId: row.subject_id,
    cinemaId: row.cinema_id,
    details: row.details,
  }));
}
