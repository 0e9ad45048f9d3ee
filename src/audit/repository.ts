// Every SQL statement about the audit log: who changed what, where, and reading it back.
import type { Queryable } from '../db/database.ts';

/**
 * Records a staff action. Its cinema is the one given, or else the cinema of its subject (a cinema,
 * hall, show, booking, promo code or counter shift), so a manager reads the log of their cinemas;
 * null for what belongs to the whole chain.
 */
export async function recordAudit(
  tx: Queryable,
  userId: string,
  action: string,
  subjectId: string,
  details: unknown,
  cinemaId?: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO admin_audit (user_id, action, subject_id, details, cinema_id) VALUES ($1, $2, $3, $4, coalesce($5::text,
       (SELECT id FROM cinemas WHERE id = $3),
       (SELECT cinema_id FROM halls WHERE id = $3),
       (SELECT h.cinema_id FROM shows s JOIN halls h ON h.id = s.hall_id WHERE s.id = $3),
       (SELECT h.cinema_id FROM bookings b JOIN shows s ON s.id = b.show_id JOIN halls h ON h.id = s.hall_id WHERE b.id = $3),
       (SELECT cinema_id FROM promo_codes WHERE code = $3),
       (SELECT cinema_id FROM counter_shifts WHERE id = $3)))`,
    [userId, action, subjectId, JSON.stringify(details), cinemaId ?? null],
  );
}

export interface AuditRow {
  id: string;
  at: Date;
  user_id: string;
  name: string | null;
  email: string | null;
  action: string;
  subject_id: string | null;
  cinema_id: string | null;
  details: unknown;
}

/**
 * The audit log, newest first, before the entry `beforeId` when given: every entry when `cinemaIds`
 * is null (an admin), else those of these cinemas.
 */
export async function auditEntries(
  db: Queryable,
  filter: { cinemaIds: readonly string[] | null; beforeId: number | null; limit: number },
): Promise<AuditRow[]> {
  return (
    await db.query<AuditRow>(
      `SELECT a.id::text AS id, a.at, a.user_id, u.name, u.email, a.action, a.subject_id, a.cinema_id, a.details
       FROM admin_audit a LEFT JOIN users u ON u.id = a.user_id
       WHERE ($1::text[] IS NULL OR a.cinema_id = ANY($1::text[])) AND ($2::bigint IS NULL OR a.id < $2::bigint)
       ORDER BY a.id DESC LIMIT $3`,
      [filter.cinemaIds === null ? null : [...filter.cinemaIds], filter.beforeId, filter.limit],
    )
  ).rows;
}
