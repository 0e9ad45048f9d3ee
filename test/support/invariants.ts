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

/** A payment as a real gateway's ledger holds it (the Razorpay stand-in's). */
export interface GatewayLedgerPayment {
  id: string;
  amount: number;
  status: string;
  amount_refunded: number;
}

/**
 * Nothing charged without a ticket or a refund, against a real gateway's ledger: each captured
 * payment paid for a confirmed booking and is not refunded, or is refunded in full and Houseful
 * says so; and a payment Houseful calls refunded was refunded at the gateway.
 */
export async function brokenGatewayInvariants(db: Queryable, ledger: readonly GatewayLedgerPayment[]): Promise<string[]> {
  const broken: string[] = [];
  for (const charge of ledger) {
    if (charge.status !== 'captured' && charge.status !== 'refunded') continue;
    const ours = (
      await db.query<{ payment: string; booking: string }>(
        'SELECT p.status AS payment, b.status AS booking FROM payments p JOIN bookings b ON b.id = p.booking_id WHERE p.gateway_ref = $1',
        [charge.id],
      )
    ).rows;
    const kept = ours.length === 1 && ours[0]!.payment === 'completed' && ours[0]!.booking === 'confirmed' && charge.amount_refunded === 0;
    const refunded = ours.length === 1 && ours[0]!.payment === 'refunded' && charge.amount_refunded === charge.amount;
    if (!kept && !refunded)
      broken.push(`gateway payment ${charge.id} (${charge.status}) is neither a ticket nor refunded: ${JSON.stringify(ours)}`);
  }
  const refundedHere = (
    await db.query<{ id: string; gateway_ref: string | null }>(
      "SELECT id, gateway_ref FROM payments WHERE status = 'refunded' AND gateway_order_id IS NOT NULL",
    )
  ).rows;
  const byId = new Map(ledger.map((charge) => [charge.id, charge]));
  for (const payment of refundedHere) {
    const charge = payment.gateway_ref ? byId.get(payment.gateway_ref) : undefined;
    if (!charge || charge.amount_refunded !== charge.amount) broken.push(`payment ${payment.id} is refunded here but not at the gateway`);
  }
  return broken;
}
