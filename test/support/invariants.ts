// What must hold after anything, whatever failed: checked after every fault scenario.
// Each query returns the rows that break one rule; no rows means it holds.

interface Queryable {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

const rules: [string, string][] = [
  [
    'a booked seat belongs to exactly one confirmed booking, which asked for it, unless staff hold it back',
    `SELECT ss.show_id, ss.seat_id, ss.booking_id FROM show_seats ss
     LEFT JOIN bookings b ON b.id = ss.booking_id
     LEFT JOIN booking_seats bs ON bs.booking_id = ss.booking_id AND bs.seat_id = ss.seat_id
     WHERE ss.status = 'booked' AND ss.blocked_reason IS NULL AND (b.status IS DISTINCT FROM 'confirmed' OR bs.seat_id IS NULL)`,
  ],
  [
    'a confirmed booking owns every seat it asked for',
    `SELECT b.id, bs.seat_id FROM bookings b JOIN booking_seats bs ON bs.booking_id = b.id
     LEFT JOIN show_seats ss ON ss.show_id = b.show_id AND ss.seat_id = bs.seat_id
     WHERE b.status = 'confirmed' AND (ss.status IS DISTINCT FROM 'booked' OR ss.booking_id IS DISTINCT FROM b.id)`,
  ],
  [
    'no seat is in two confirmed bookings',
    `SELECT b.show_id, bs.seat_id, count(*) FROM bookings b JOIN booking_seats bs ON bs.booking_id = b.id
     WHERE b.status = 'confirmed' GROUP BY b.show_id, bs.seat_id HAVING count(*) > 1`,
  ],
  [
    'a held seat is held by a pending booking',
    `SELECT ss.show_id, ss.seat_id FROM show_seats ss LEFT JOIN bookings b ON b.id = ss.booking_id
     WHERE ss.status = 'held' AND b.status IS DISTINCT FROM 'pending'`,
  ],
  [
    'a completed payment has a confirmed booking',
    `SELECT p.id FROM payments p JOIN bookings b ON b.id = p.booking_id WHERE p.status = 'completed' AND b.status <> 'confirmed'`,
  ],
  [
    'a confirmed booking has exactly one completed payment of its total',
    `SELECT b.id FROM bookings b WHERE b.status = 'confirmed'
       AND (SELECT count(*) FROM payments p WHERE p.booking_id = b.id AND p.status = 'completed' AND p.amount = b.total) <> 1`,
  ],
  [
    'refunds never exceed payments, and a refunded payment is refunded in full',
    `SELECT id FROM payments WHERE refunded_amount > amount OR (status = 'refunded' AND refunded_amount <> amount)`,
  ],
  [
    'every charge the gateway captured has a ticket or a full refund',
    `SELECT c.reference FROM test_gateway_charges c LEFT JOIN payments p ON p.id = c.reference LEFT JOIN bookings b ON b.id = p.booking_id
     WHERE c.status = 'captured' AND NOT (p.status = 'completed' AND b.status = 'confirmed')`,
  ],
  [
    'a refunded payment was refunded at the gateway',
    `SELECT p.id FROM payments p JOIN test_gateway_charges c ON c.reference = p.id WHERE p.status = 'refunded' AND c.status <> 'refunded'`,
  ],
  [
    'available + held + booked = capacity for every show',
    `SELECT s.id FROM shows s JOIN halls h ON h.id = s.hall_id
     WHERE (SELECT count(*) FROM show_seats ss WHERE ss.show_id = s.id AND ss.status IN ('available', 'held', 'booked')) <> h.total_seats`,
  ],
];

/** Every broken rule, with a few of the rows that break it; empty when all hold. */
export async function brokenInvariants(db: Queryable): Promise<string[]> {
  const broken: string[] = [];
  for (const [rule, sql] of rules) {
    const rows = (await db.query<Record<string, unknown>>(sql)).rows;
    if (rows.length > 0) broken.push(`${rule}: ${rows.length} rows, e.g. ${JSON.stringify(rows.slice(0, 3))}`);
  }
  return broken;
}

/** Payments still in flight or awaiting a refund: recovery is not finished while any remain. */
export async function unsettledPayments(db: Queryable): Promise<number> {
  const rows = (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM payments WHERE status IN ('pending', 'refund_pending')"))
    .rows;
  return rows[0]!.n;
}
