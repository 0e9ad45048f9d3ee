// Every SQL statement about refunds: what deciding a cancellation needs of a booking, the refunds
// as written pending and settled once the gateway has made them, and their lease for recovery.
import { TAX_RATES_IN_FORCE } from '../../billing/repository.ts';
import type { Queryable } from '../../db/database.ts';
import type { BookingStatus } from '../../domain/states.ts';

/** What deciding a cancellation needs: the booking, its show, its bill, seats and items, the cinema's policy. */
export interface CancellationFacts {
  id: string;
  user_id: string;
  status: BookingStatus;
  show_id: string;
  expires_at: Date;
  created_at: Date;
  starts_at: Date;
  time_zone: string;
  bill: object | null;
  legacy_rates: object[] | null;
  /** The cinema's billing settings as stored, null where it set none: the refund policy of a booking whose bill does not keep its own. */
  settings: object | null;
  /** Every seat the booking was billed for, with the refund that gave it back, if any. */
  seats: { id: string; type: string; price: number; refund_id: string | null }[];
  /** The food and drink it took, with how many of each its refunds gave back; empty for none. */
  items: { itemId: string; name: string; quantity: number; refunded: number }[];
  /** When its food and drink were handed over at the counter; null while they were not. */
  items_collected_at: Date | null;
  checked_in_at: Date | null;
  /** Its completed (or partly refunded) payment; null when unpaid. */
  payment: { id: string; amount: number; status: string } | null;
}

export async function cancellationFacts(db: Queryable, bookingId: string): Promise<CancellationFacts | undefined> {
  return (
    await db.query<CancellationFacts>(
      `SELECT b.id, b.user_id, b.status, b.show_id, b.expires_at, b.created_at, s.starts_at, c.time_zone, b.bill,
         CASE WHEN b.bill IS NULL THEN (${TAX_RATES_IN_FORCE.replaceAll('$1', 'b.created_at')}) END AS legacy_rates,
         cb.settings,
         (SELECT coalesce(json_agg(json_build_object('id', se.id, 'type', se.seat_type, 'price', bs.price, 'refund_id', bs.refund_id)
            ORDER BY se.id), '[]'::json)
          FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id WHERE bs.booking_id = b.id) AS seats,
         (SELECT coalesce(json_agg(json_build_object('itemId', l.item_id, 'name', i.name, 'quantity', l.quantity,
            'refunded', l.refunded_quantity) ORDER BY l.item_id), '[]'::json)
          FROM item_order_lines l JOIN items i ON i.id = l.item_id WHERE l.booking_id = b.id) AS items,
         (SELECT collected_at FROM item_orders WHERE booking_id = b.id) AS items_collected_at,
         (SELECT checked_in_at FROM ticket_checkins WHERE booking_id = b.id) AS checked_in_at,
         (SELECT json_build_object('id', p.id, 'amount', p.amount, 'status', p.status) FROM payments p
          WHERE p.booking_id = b.id AND p.status IN ('completed', 'refund_pending', 'refunded')
          ORDER BY p.created_at DESC LIMIT 1) AS payment
       FROM bookings b JOIN shows s ON s.id = b.show_id JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id
       LEFT JOIN cinema_billing cb ON cb.cinema_id = c.id
       WHERE b.id = $1`,
      [bookingId],
    )
  ).rows[0];
}

export interface NewRefund {
  id: string;
  bookingId: string;
  paymentId: string;
  seatIds: readonly string[];
  seatsValue: number;
  /** The units of food and drink given back, each after the `from` given back before. */
  items: readonly { itemId: string; quantity: number; from: number }[];
  itemsValue: number;
  amount: number;
  percent: number;
  reason: 'customer' | 'staff' | 'show-cancelled';
  now: Date;
}

export async function insertRefund(tx: Queryable, refund: NewRefund): Promise<void> {
  await tx.query(
    `INSERT INTO refunds (id, booking_id, payment_id, seat_ids, seats_value, amount, percent, reason, status, created_at, updated_at,
       items, items_value)
     VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8, 'pending', $9, $9, $10::jsonb, $11)`,
    [
      refund.id,
      refund.bookingId,
      refund.paymentId,
      [...refund.seatIds],
      refund.seatsValue,
      refund.amount,
      refund.percent,
      refund.reason,
      refund.now,
      JSON.stringify(refund.items),
      refund.itemsValue,
    ],
  );
}

/** A refund to be sent to the gateway. */
export interface PendingRefund {
  id: string;
  payment_id: string;
  amount: number;
}

/** Every refund of the payment, made or not (found through its booking's index). */
export async function refundsOfPayment(db: Queryable, paymentId: string): Promise<(PendingRefund & { status: 'pending' | 'refunded' })[]> {
  return (
    await db.query<PendingRefund & { status: 'pending' | 'refunded' }>(
      `SELECT id, payment_id, amount, status FROM refunds
       WHERE booking_id = (SELECT booking_id FROM payments WHERE id = $1) AND payment_id = $1 ORDER BY created_at, id`,
      [paymentId],
    )
  ).rows;
}

/** Marks a pending refund refunded; false when it was not pending (another instance settled it). */
export async function markRefunded(tx: Queryable, refundId: string, now: Date): Promise<boolean> {
  const moved = await tx.query(
    "UPDATE refunds SET status = 'refunded', refunded_at = $2, updated_at = $2 WHERE id = $1 AND status = 'pending'",
    [refundId, now],
  );
  return moved.rowCount === 1;
}

/** Whether the payment still has a refund waiting for the gateway. */
export async function hasPendingRefunds(tx: Queryable, paymentId: string): Promise<boolean> {
  return (await tx.query("SELECT 1 FROM refunds WHERE payment_id = $1 AND status = 'pending' LIMIT 1", [paymentId])).rows.length > 0;
}

/**
 * Leases up to `limit` refunds left pending since before `olderThan` by bumping updated_at to
 * `now`, so two instances recovering at once never send the same one at the same time.
 */
export async function leasePendingRefunds(db: Queryable, now: Date, olderThan: Date, limit: number): Promise<PendingRefund[]> {
  return (
    await db.query<PendingRefund>(
      `UPDATE refunds SET updated_at = $1
       WHERE id IN (SELECT id FROM refunds WHERE status = 'pending' AND updated_at < $2
                    ORDER BY updated_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, payment_id, amount`,
      [now, olderThan, limit],
    )
  ).rows;
}
