// Every SQL statement about staff: roles per cinema, where a resource lives, and the audit log.
import type { Queryable } from '../db/database.ts';

export type CinemaRole = 'manager' | 'box-office' | 'door';

/** What a staff route can name, each living at one cinema (a promo code may belong to the whole chain). */
export type Subject = 'cinema' | 'hall' | 'show' | 'booking' | 'shift' | 'item' | 'promo-code';

const CINEMA_OF: Record<Subject, string> = {
  cinema: 'SELECT id AS cinema_id FROM cinemas WHERE id = $1',
  hall: 'SELECT cinema_id FROM halls WHERE id = $1',
  show: 'SELECT h.cinema_id FROM shows s JOIN halls h ON h.id = s.hall_id WHERE s.id = $1',
  booking: 'SELECT h.cinema_id FROM bookings b JOIN shows s ON s.id = b.show_id JOIN halls h ON h.id = s.hall_id WHERE b.id = $1',
  shift: 'SELECT cinema_id FROM counter_shifts WHERE id = $1',
  item: 'SELECT cinema_id FROM items WHERE id = $1',
  'promo-code': 'SELECT cinema_id FROM promo_codes WHERE code = upper(btrim($1))',
};

/** The cinema the subject with this id belongs to; null for the whole chain's, undefined when there is no such subject. */
export async function cinemaOf(db: Queryable, subject: Subject, id: string): Promise<string | null | undefined> {
  const found = (await db.query<{ cinema_id: string | null }>(CINEMA_OF[subject], [id])).rows[0];
  return found ? found.cinema_id : undefined;
}

/** The account's role at each cinema where it has one. */
export async function rolesOf(db: Queryable, userId: string): Promise<{ cinema_id: string; role: CinemaRole }[]> {
  return (await db.query<{ cinema_id: string; role: CinemaRole }>('SELECT cinema_id, role FROM staff_roles WHERE user_id = $1', [userId]))
    .rows;
}

export async function findAccountByEmail(db: Queryable, email: string): Promise<{ id: string; role: 'customer' | 'admin' } | undefined> {
  return (await db.query<{ id: string; role: 'customer' | 'admin' }>('SELECT id, role FROM users WHERE email = $1', [email])).rows[0];
}

export async function makeAccountAdmin(tx: Queryable, userId: string): Promise<void> {
  await tx.query("UPDATE users SET role = 'admin' WHERE id = $1 AND role <> 'admin'", [userId]);
}

/** Takes the account's role at the cinema away; the role it had, undefined when it had none there. */
export async function deleteRole(tx: Queryable, userId: string, cinemaId: string): Promise<CinemaRole | undefined> {
  return (
    await tx.query<{ role: CinemaRole }>('DELETE FROM staff_roles WHERE user_id = $1 AND cinema_id = $2 RETURNING role', [userId, cinemaId])
  ).rows[0]?.role;
}

/** Takes every role the account has away: at each cinema, and the chain's admin; whether it had any. */
export async function deleteAllRoles(tx: Queryable, userId: string): Promise<boolean> {
  const cinemas = await tx.query('DELETE FROM staff_roles WHERE user_id = $1', [userId]);
  const admin = await tx.query("UPDATE users SET role = 'customer' WHERE id = $1 AND role = 'admin'", [userId]);
  return cinemas.rowCount + admin.rowCount > 0;
}

/** Gives the account this role at each cinema, replacing the role it had there. */
export async function upsertRoles(
  tx: Queryable,
  grant: { userId: string; role: CinemaRole; cinemaIds: readonly string[]; grantedBy: string; now: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO staff_roles (user_id, cinema_id, role, granted_by, granted_at)
     SELECT $1, cinema_id, $3, $4, $5 FROM unnest($2::text[]) AS cinema_id
     ON CONFLICT (user_id, cinema_id) DO UPDATE SET role = $3, granted_by = $4, granted_at = $5`,
    [grant.userId, [...grant.cinemaIds], grant.role, grant.grantedBy, grant.now],
  );
}

/** Which of these cinema ids exist. */
export async function existingCinemas(db: Queryable, cinemaIds: readonly string[]): Promise<string[]> {
  return (await db.query<{ id: string }>('SELECT id FROM cinemas WHERE id = ANY($1::text[])', [[...cinemaIds]])).rows.map((r) => r.id);
}

export interface StaffMemberRow {
  id: string;
  name: string;
  email: string;
  admin: boolean;
  cinemas: { cinemaId: string; cinemaName: string; role: CinemaRole }[] | null;
}

const SELECT_STAFF = `
  SELECT u.id, u.name, u.email, u.role = 'admin' AS admin,
    (SELECT json_agg(json_build_object('cinemaId', c.id, 'cinemaName', c.name, 'role', r.role) ORDER BY c.name, c.id)
     FROM staff_roles r JOIN cinemas c ON c.id = r.cinema_id WHERE r.user_id = u.id) AS cinemas
  FROM users u`;

/** Every admin and every account with a role at a cinema, by name. */
export async function staffMembers(db: Queryable): Promise<StaffMemberRow[]> {
  return (
    await db.query<StaffMemberRow>(
      `${SELECT_STAFF} WHERE u.role = 'admin' OR EXISTS (SELECT 1 FROM staff_roles r WHERE r.user_id = u.id) ORDER BY u.name, u.id LIMIT 2000`,
    )
  ).rows;
}

export async function staffMember(db: Queryable, userId: string): Promise<StaffMemberRow | undefined> {
  return (await db.query<StaffMemberRow>(`${SELECT_STAFF} WHERE u.id = $1`, [userId])).rows[0];
}
