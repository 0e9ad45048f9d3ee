// Every SQL statement about the box office counter: cashiers' shifts and the sales made in them.
import type { Queryable } from '../db/database.ts';

import type { CounterMethod } from '../domain/tenders.ts';

export type { CounterMethod } from '../domain/tenders.ts';

export interface Takings {
  method: CounterMethod;
  sales: number;
  amount: number;
  refunded: number;
}

export interface ShiftRow {
  id: string;
  cinema_id: string;
  cinema_name: string;
  time_zone: string;
  cashier_id: string;
  cashier_name: string;
  opened_at: Date;
  closed_at: Date | null;
  closed_by: string | null;
  /** Frozen at closing; null while open. */
  takings: Takings[] | null;
}

const SELECT_SHIFTS = `
  SELECT sh.id, sh.cinema_id, c.name AS cinema_name, c.time_zone, sh.cashier_id, u.name AS cashier_name,
    sh.opened_at, sh.closed_at, sh.closed_by, sh.takings
  FROM counter_shifts sh JOIN cinemas c ON c.id = sh.cinema_id JOIN users u ON u.id = sh.cashier_id`;

/** Opens a shift; false when the cashier already has an open one (anywhere). */
export async function insertShift(tx: Queryable, shift: { id: string; cinemaId: string; cashierId: string; now: Date }): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO counter_shifts (id, cinema_id, cashier_id, opened_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (cashier_id) WHERE closed_at IS NULL DO NOTHING`,
    [shift.id, shift.cinemaId, shift.cashierId, shift.now],
  );
  return inserted.rowCount === 1;
}

export async function openShiftOf(db: Queryable, cashierId: string): Promise<ShiftRow | undefined> {
  return (await db.query<ShiftRow>(`${SELECT_SHIFTS} WHERE sh.cashier_id = $1 AND sh.closed_at IS NULL`, [cashierId])).rows[0];
}

export async function findShift(db: Queryable, shiftId: string): Promise<ShiftRow | undefined> {
  return (await db.query<ShiftRow>(`${SELECT_SHIFTS} WHERE sh.id = $1`, [shiftId])).rows[0];
}

/**
 * Shifts, newest first: of the cinemas in `cinemaIds` (null: every cinema), and of one cashier
 * when `cashierId` is set.
 */
export async function listShifts(
  db: Queryable,
  filter: { cinemaIds: readonly string[] | null; cashierId: string | null; limit: number },
): Promise<ShiftRow[]> {
  return (
    await db.query<ShiftRow>(
      `${SELECT_SHIFTS} WHERE ($1::text[] IS NULL OR sh.cinema_id = ANY($1::text[])) AND ($2::text IS NULL OR sh.cashier_id = $2)
       ORDER BY sh.opened_at DESC, sh.id LIMIT $3`,
      [filter.cinemaIds === null ? null : [...filter.cinemaIds], filter.cashierId, filter.limit],
    )
  ).rows;
}

/** What the shift's sales took, by method: paid sales only, with what was paid back of them since. */
export async function shiftTakings(db: Queryable, shiftId: string): Promise<Takings[]> {
  return (
    await db.query<Takings>(
      `SELECT cs.method, count(*)::int AS sales, coalesce(sum(p.amount), 0)::int AS amount, coalesce(sum(p.refunded_amount), 0)::int AS refunded
       FROM counter_sales cs JOIN payments p ON p.booking_id = cs.booking_id AND p.status IN ('completed', 'refund_pending', 'refunded')
       WHERE cs.shift_id = $1 GROUP BY cs.method ORDER BY cs.method`,
      [shiftId],
    )
  ).rows;
}

/** Closes the shift with its takings; false when it was closed already. */
export async function closeShiftRow(tx: Queryable, shiftId: string, closedBy: string, now: Date, takings: Takings[]): Promise<boolean> {
  const closed = await tx.query(
    'UPDATE counter_shifts SET closed_at = $3, closed_by = $2, takings = $4 WHERE id = $1 AND closed_at IS NULL',
    [shiftId, closedBy, now, JSON.stringify(takings)],
  );
  return closed.rowCount === 1;
}

/** Takes the shift's row lock, so a sale recorded into it and its closing take turns. */
export async function lockOpenShift(tx: Queryable, shiftId: string): Promise<boolean> {
  return (await tx.query('SELECT 1 FROM counter_shifts WHERE id = $1 AND closed_at IS NULL FOR UPDATE', [shiftId])).rowCount === 1;
}

export async function insertCounterSale(
  tx: Queryable,
  sale: { bookingId: string; shiftId: string; soldBy: string; method: CounterMethod; reference: string | null; now: Date },
): Promise<void> {
  await tx.query('INSERT INTO counter_sales (booking_id, shift_id, sold_by, method, reference, sold_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    sale.bookingId,
    sale.shiftId,
    sale.soldBy,
    sale.method,
    sale.reference,
    sale.now,
  ]);
}

export interface CounterSaleRow {
  id: string;
  status: string;
  show_id: string;
  total: number;
  bill: object | null;
  created_at: Date;
  method: CounterMethod;
  reference: string | null;
  sold_at: Date;
  shift_id: string;
  sold_by: string;
  sold_by_name: string;
  starts_at: Date;
  time_zone: string;
  movie_id: string;
  title: string;
  cinema_id: string;
  cinema_name: string;
  address: string;
  hall_id: string;
  hall_name: string;
  seats: { id: string; label: string; type: string; price: number }[];
  payment: { id: string; method: string; status: string; amount: number } | null;
  invoice: { number: string; issuedAt: string } | null;
  pickup_code: string | null;
}

/** A counter sale with what its ticket and receipt show; undefined when the booking was not sold at the counter. */
export async function findCounterSale(db: Queryable, bookingId: string): Promise<CounterSaleRow | undefined> {
  return (
    await db.query<CounterSaleRow>(
      `SELECT b.id, b.status, b.show_id, b.total, b.bill, b.created_at, cs.method, cs.reference, cs.sold_at, cs.shift_id, cs.sold_by,
         u.name AS sold_by_name, s.starts_at, c.time_zone, m.id AS movie_id, m.title, c.id AS cinema_id, c.name AS cinema_name, c.address,
         h.id AS hall_id, h.name AS hall_name,
         (SELECT coalesce(json_agg(json_build_object('id', se.id, 'label', se.label, 'type', se.seat_type, 'price', bs.price)
            ORDER BY se.row_index, se.number), '[]'::json)
          FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id WHERE bs.booking_id = b.id) AS seats,
         (SELECT json_build_object('id', p.id, 'method', p.method, 'status', p.status, 'amount', p.amount)
          FROM payments p WHERE p.booking_id = b.id AND p.status IN ('completed', 'refund_pending', 'refunded')
          ORDER BY p.created_at DESC LIMIT 1) AS payment,
         (SELECT json_build_object('number', td.document_no, 'issuedAt', td.issued_at)
          FROM tax_documents td WHERE td.booking_id = b.id AND td.kind = 'invoice') AS invoice,
         (SELECT io.pickup_code FROM item_orders io WHERE io.booking_id = b.id) AS pickup_code
       FROM counter_sales cs JOIN bookings b ON b.id = cs.booking_id JOIN users u ON u.id = cs.sold_by
       JOIN shows s ON s.id = b.show_id JOIN movies m ON m.id = s.movie_id JOIN halls h ON h.id = s.hall_id
       JOIN cinemas c ON c.id = h.cinema_id
       WHERE cs.booking_id = $1`,
      [bookingId],
    )
  ).rows[0];
}
