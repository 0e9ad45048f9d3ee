// What must hold after anything, whatever failed: checked after every fault scenario.
// Each query returns the rows that break one rule; no rows means it holds. The ledger's
// reconciliation needs each seat's and each unit of food and drink's share of its bill, worked out
// by the billing rules themselves.
import { billOf, type Supply } from '../../src/billing/bill.ts';
import { TAX_RATES_IN_FORCE, type TaxRateJson } from '../../src/billing/repository.ts';
import { billOfBooking, type StoredBill } from '../../src/billing/stored.ts';
import { itemSupplies, itemUnitShares, seatShares, shareValue, unitsValue } from '../../src/payments/refunds/amounts.ts';

interface Queryable {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

const rules: [string, string][] = [
  [
    'a booked seat belongs to exactly one confirmed booking, which asked for it, unless staff hold it back',
    `SELECT ss.show_id, ss.seat_id, ss.booking_id FROM show_seats ss
     LEFT JOIN bookings b ON b.id = ss.booking_id
     LEFT JOIN booking_seats bs ON bs.booking_id = ss.booking_id AND bs.seat_id = ss.seat_id AND bs.refund_id IS NULL
     WHERE ss.status = 'booked' AND ss.blocked_reason IS NULL AND (b.status IS DISTINCT FROM 'confirmed' OR bs.seat_id IS NULL)`,
  ],
  [
    'a confirmed booking owns every seat it asked for and has not given back',
    `SELECT b.id, bs.seat_id FROM bookings b JOIN booking_seats bs ON bs.booking_id = b.id AND bs.refund_id IS NULL
     LEFT JOIN show_seats ss ON ss.show_id = b.show_id AND ss.seat_id = bs.seat_id
     WHERE b.status = 'confirmed' AND (ss.status IS DISTINCT FROM 'booked' OR ss.booking_id IS DISTINCT FROM b.id)`,
  ],
  [
    'no seat is in two confirmed bookings',
    `SELECT b.show_id, bs.seat_id, count(*) FROM bookings b JOIN booking_seats bs ON bs.booking_id = b.id AND bs.refund_id IS NULL
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
    'refunds never exceed payments; a refunded payment is refunded in full, or by what its refunds gave back',
    `SELECT p.id FROM payments p WHERE p.refunded_amount > p.amount
       OR (p.status = 'refunded' AND p.refunded_amount <> coalesce((SELECT sum(r.amount) FROM refunds r WHERE r.payment_id = p.id), p.amount))
       OR (p.status <> 'refunded' AND p.refunded_amount <> coalesce((SELECT sum(r.amount) FROM refunds r
             WHERE r.payment_id = p.id AND r.status = 'refunded'), 0))`,
  ],
  [
    'every charge the gateway kept has a ticket, or was kept back by a refund policy',
    `SELECT c.reference FROM test_gateway_charges c LEFT JOIN payments p ON p.id = c.reference LEFT JOIN bookings b ON b.id = p.booking_id
     WHERE c.status = 'captured' AND NOT (p.status = 'completed' AND b.status = 'confirmed')
       AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.payment_id = p.id)`,
  ],
  [
    'the gateway refunded what Houseful says it refunded',
    `SELECT p.id FROM payments p JOIN test_gateway_charges c ON c.reference = p.id
     WHERE p.status IN ('completed', 'refunded') AND c.refunded_amount <> p.refunded_amount`,
  ],
  [
    'a seat is given back at most once, by the refund that names it',
    `SELECT r.id, s.seat_id FROM refunds r CROSS JOIN LATERAL unnest(r.seat_ids) AS s(seat_id)
     LEFT JOIN booking_seats bs ON bs.booking_id = r.booking_id AND bs.seat_id = s.seat_id
     WHERE bs.refund_id IS DISTINCT FROM r.id`,
  ],
  [
    'the ledger holds each settled charge once, of its amount',
    `SELECT p.id FROM payments p WHERE p.status IN ('completed', 'refund_pending', 'refunded')
       AND (SELECT coalesce(sum(l.amount), -1) FROM ledger_entries l WHERE l.payment_id = p.id AND l.kind = 'charge') <> p.amount`,
  ],
  [
    "the ledger's refunds of a payment are what it has refunded",
    `SELECT p.id FROM payments p
     WHERE (SELECT coalesce(sum(l.amount), 0) FROM ledger_entries l WHERE l.payment_id = p.id AND l.kind = 'refund') <> p.refunded_amount`,
  ],
  [
    'food and drink handed over are given back only when the cinema cancels the show',
    `SELECT r.id FROM refunds r JOIN item_orders o ON o.booking_id = r.booking_id
     WHERE r.items <> '[]'::jsonb AND o.collected_at IS NOT NULL AND r.created_at >= o.collected_at AND r.reason <> 'show-cancelled'`,
  ],
  [
    "an item's units given back are what its booking's refunds name",
    `SELECT l.booking_id, l.item_id FROM item_order_lines l
     WHERE l.refunded_quantity <> (SELECT coalesce(sum((g->>'quantity')::int), 0) FROM refunds r, jsonb_array_elements(r.items) g
                                   WHERE r.booking_id = l.booking_id AND g->>'itemId' = l.item_id)`,
  ],
  [
    'a credit note gives back what its refund gave back',
    `SELECT td.id FROM tax_documents td JOIN refunds r ON r.id = td.refund_id WHERE td.kind = 'credit-note' AND td.total <> r.amount`,
  ],
  [
    'available + held + booked = capacity for every show',
    `SELECT s.id FROM shows s JOIN halls h ON h.id = s.hall_id
     WHERE (SELECT count(*) FROM show_seats ss WHERE ss.show_id = s.id AND ss.status IN ('available', 'held', 'booked')) <> h.total_seats`,
  ],
];

interface LedgerOfBooking {
  id: string;
  status: string;
  /** Whether it was ever paid for and confirmed: only then does it keep food and drink. */
  was_confirmed: boolean;
  created_at: Date | string;
  bill: StoredBill | null;
  legacy_rates: TaxRateJson[] | null;
  seats: { id: string; type: string; price: number; refund_id: string | null }[];
  refunds: {
    id: string;
    seat_ids: string[];
    seats_value: number;
    items: { itemId: string; quantity: number; from: number }[];
    items_value: number;
    amount: number;
    status: string;
  }[];
  items: { itemId: string; name: string; quantity: number; refunded: number }[] | null;
  items_collected_at: Date | string | null;
  charged: number;
  refunded: number;
  /** A capture refunded whole because its hold lapsed, not yet made. */
  whole_pending: number;
}

const LEDGER_OF_BOOKINGS = `
  SELECT b.id, b.status, b.confirmed_at IS NOT NULL AS was_confirmed, b.created_at, b.bill,
    CASE WHEN b.bill IS NULL THEN (${TAX_RATES_IN_FORCE.replaceAll('$1', 'b.created_at')}) END AS legacy_rates,
    (SELECT json_agg(json_build_object('id', se.id, 'type', se.seat_type, 'price', bs.price, 'refund_id', bs.refund_id))
     FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id WHERE bs.booking_id = b.id) AS seats,
    (SELECT coalesce(json_agg(json_build_object('id', r.id, 'seat_ids', r.seat_ids, 'seats_value', r.seats_value, 'amount', r.amount,
       'status', r.status, 'items', r.items, 'items_value', r.items_value)), '[]'::json)
     FROM refunds r WHERE r.booking_id = b.id) AS refunds,
    (SELECT json_agg(json_build_object('itemId', l.item_id, 'name', i.name, 'quantity', l.quantity, 'refunded', l.refunded_quantity))
     FROM item_order_lines l JOIN items i ON i.id = l.item_id WHERE l.booking_id = b.id) AS items,
    (SELECT collected_at FROM item_orders WHERE booking_id = b.id) AS items_collected_at,
    (SELECT coalesce(sum(amount), 0)::int FROM ledger_entries l WHERE l.booking_id = b.id AND l.kind = 'charge') AS charged,
    (SELECT coalesce(sum(amount), 0)::int FROM ledger_entries l WHERE l.booking_id = b.id AND l.kind = 'refund') AS refunded,
    (SELECT coalesce(sum(p.amount - p.refunded_amount), 0)::int FROM payments p WHERE p.booking_id = b.id AND p.status = 'refund_pending'
       AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.payment_id = p.id)) AS whole_pending
  FROM bookings b WHERE EXISTS (SELECT 1 FROM ledger_entries l WHERE l.booking_id = b.id)`;

/**
 * The ledger reconciles, per booking: charged - refunded - refunds still pending = what was paid
 * for the seats it keeps (while confirmed) + what was paid for the food and drink it keeps (a
 * booking once confirmed: not given back, so handed over or still to be) + what refund policies
 * kept back of what was given back. Each refund's seats and units were worth what it says, by the
 * bill's share of each, it gave back no more than that, and each item's units were given back one
 * after another, never the same twice. A booking that ended keeps only food and drink handed over.
 */
async function ledgerMismatches(db: Queryable): Promise<Record<string, unknown>[]> {
  const parse = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);
  const broken: Record<string, unknown>[] = [];
  for (const row of (await db.query<LedgerOfBooking>(LEDGER_OF_BOOKINGS)).rows) {
    const seats = parse(row.seats) ?? [];
    const refunds = parse(row.refunds);
    const sold = parse(row.items) ?? [];
    const bill = billOfBooking(parse(row.bill), seats, parse(row.legacy_rates), new Date(row.created_at));
    const shares = seatShares(bill, seats);
    const worth = (ids: readonly string[]) => ids.reduce((sum, id) => sum + shareValue(shares.get(id) ?? []), 0);
    const units = itemUnitShares(bill);
    const supplyOf = itemSupplies(bill, sold);
    for (const refund of refunds) {
      if (refund.seat_ids.length > 0 && refund.seats_value !== worth(refund.seat_ids))
        broken.push({ refund: refund.id, worth: worth(refund.seat_ids), said: refund.seats_value });
      const itemsWorth = parse(refund.items).reduce(
        (sum, given) =>
          sum +
          (supplyOf.has(given.itemId)
            ? unitsValue(units, { supply: supplyOf.get(given.itemId)!, from: given.from, count: given.quantity })
            : NaN),
        0,
      );
      if (refund.items_value !== itemsWorth) broken.push({ refund: refund.id, itemsWorth, said: refund.items_value });
      if (refund.amount > refund.seats_value + refund.items_value)
        broken.push({ refund: refund.id, amount: refund.amount, seatsValue: refund.seats_value, itemsValue: refund.items_value });
    }
    // Each item's units given back one after another from the first, none twice.
    const givenBack = new Map<string, number>();
    const ranges = refunds.flatMap((r) => parse(r.items).map((given) => ({ refund: r.id, ...given })));
    for (const given of ranges.sort((a, b) => a.itemId.localeCompare(b.itemId) || a.from - b.from)) {
      const before = givenBack.get(given.itemId) ?? 0;
      if (given.from !== before) broken.push({ refund: given.refund, item: given.itemId, from: given.from, before });
      givenBack.set(given.itemId, before + given.quantity);
    }
    let keptItems = 0;
    for (const item of sold) {
      const back = givenBack.get(item.itemId) ?? 0;
      if (back > item.quantity) broken.push({ booking: row.id, item: item.itemId, givenBack: back, sold: item.quantity });
      else if (row.was_confirmed)
        keptItems += unitsValue(units, { supply: supplyOf.get(item.itemId)!, from: back, count: item.quantity - back });
    }
    if (row.status !== 'confirmed' && keptItems > 0 && row.items_collected_at === null) {
      broken.push({ booking: row.id, status: row.status, keptItems, handedOver: false });
    }
    const pending = refunds.filter((r) => r.status === 'pending').reduce((sum, r) => sum + r.amount, 0) + Number(row.whole_pending);
    const keptSeats = row.status === 'confirmed' ? worth(seats.filter((s) => s.refund_id === null).map((s) => s.id)) : 0;
    const keptBack = refunds.reduce((sum, r) => sum + r.seats_value + r.items_value - r.amount, 0);
    if (Number(row.charged) - Number(row.refunded) - pending !== keptSeats + keptItems + keptBack) {
      broken.push({ booking: row.id, charged: row.charged, refunded: row.refunded, pending, keptSeats, keptItems, keptBack });
    }
  }
  return broken;
}

/** Credit notes whose lines do not sum to their total. */
async function creditNoteMismatches(db: Queryable): Promise<Record<string, unknown>[]> {
  const rows = (
    await db.query<{ id: string; supplies: Supply[] | string; total: number }>(
      "SELECT id, supplies, total FROM tax_documents WHERE kind = 'credit-note'",
    )
  ).rows;
  return rows
    .map((row) => ({
      id: row.id,
      lines: billOf(typeof row.supplies === 'string' ? (JSON.parse(row.supplies) as Supply[]) : row.supplies).total,
      total: Number(row.total),
    }))
    .filter((row) => row.lines !== row.total);
}

/** Every broken rule, with a few of the rows that break it; empty when all hold. */
export async function brokenInvariants(db: Queryable): Promise<string[]> {
  const broken: string[] = [];
  for (const [rule, sql] of rules) {
    const rows = (await db.query<Record<string, unknown>>(sql)).rows;
    if (rows.length > 0) broken.push(`${rule}: ${rows.length} rows, e.g. ${JSON.stringify(rows.slice(0, 3))}`);
  }
  const ledger = await ledgerMismatches(db);
  if (ledger.length > 0) {
    broken.push(`charges - refunds = what is kept, per booking: ${ledger.length} rows, e.g. ${JSON.stringify(ledger.slice(0, 3))}`);
  }
  const notes = await creditNoteMismatches(db);
  if (notes.length > 0)
    broken.push(`a credit note's lines sum to its total: ${notes.length} rows, e.g. ${JSON.stringify(notes.slice(0, 3))}`);
  return broken;
}

/** Payments still in flight or awaiting a refund, and refunds not yet made: recovery is not finished while any remain. */
export async function unsettledPayments(db: Queryable): Promise<number> {
  const rows = (
    await db.query<{ n: number }>(
      `SELECT ((SELECT count(*) FROM payments WHERE status IN ('pending', 'refund_pending'))
             + (SELECT count(*) FROM refunds WHERE status = 'pending'))::int AS n`,
    )
  ).rows;
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
 * payment paid for a confirmed booking or was refunded (in full, or by what its refunds gave back
 * under the refund policy), and the gateway refunded of it exactly what Houseful says it refunded.
 * A payment that matched no booking's order (gateway_mismatches) paid for nothing: refunded whole,
 * or listed for staff untouched.
 */
export async function brokenGatewayInvariants(db: Queryable, ledger: readonly GatewayLedgerPayment[]): Promise<string[]> {
  const broken: string[] = [];
  for (const charge of ledger) {
    if (charge.status !== 'captured' && charge.status !== 'refunded') continue;
    const mismatch = (
      await db.query<{ status: string }>('SELECT status FROM gateway_mismatches WHERE gateway_payment_id = $1', [charge.id])
    ).rows[0];
    if (mismatch) {
      const paidFor = (await db.query('SELECT 1 FROM payments WHERE gateway_ref = $1', [charge.id])).rows.length > 0;
      const settled =
        (mismatch.status === 'refunded' && charge.amount_refunded === charge.amount) ||
        (mismatch.status === 'needs-staff' && charge.amount_refunded === 0);
      if (paidFor || !settled)
        broken.push(
          `gateway payment ${charge.id} matched no order (${mismatch.status}) but is ${charge.status}, ${charge.amount_refunded} refunded`,
        );
      continue;
    }
    const ours = (
      await db.query<{ payment: string; booking: string; refunded: number }>(
        `SELECT p.status AS payment, b.status AS booking, p.refunded_amount AS refunded
         FROM payments p JOIN bookings b ON b.id = p.booking_id WHERE p.gateway_ref = $1`,
        [charge.id],
      )
    ).rows;
    const one = ours.length === 1 ? ours[0]! : undefined;
    const kept = one?.payment === 'completed' && one.booking === 'confirmed';
    const refunded = one?.payment === 'refunded';
    if ((!kept && !refunded) || Number(one!.refunded) !== charge.amount_refunded)
      broken.push(
        `gateway payment ${charge.id} (${charge.status}, ${charge.amount_refunded} refunded) is neither a ticket nor refunded as Houseful says: ${JSON.stringify(ours)}`,
      );
  }
  const refundedHere = (
    await db.query<{ id: string; gateway_ref: string | null; refunded_amount: number }>(
      "SELECT id, gateway_ref, refunded_amount FROM payments WHERE status = 'refunded' AND gateway_order_id IS NOT NULL",
    )
  ).rows;
  const byId = new Map(ledger.map((charge) => [charge.id, charge]));
  for (const payment of refundedHere) {
    const charge = payment.gateway_ref ? byId.get(payment.gateway_ref) : undefined;
    if (!charge || charge.amount_refunded !== Number(payment.refunded_amount))
      broken.push(`payment ${payment.id} is refunded here but not at the gateway`);
  }
  return broken;
}
