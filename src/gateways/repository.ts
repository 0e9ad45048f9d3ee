// Every SQL statement of the gateways' own: the built-in test gateway's ledger of charges and
// refunds (kept in the same database, so a charge survives the process that asked for it), and what
// a router or an adapter reads of Houseful's payment row to find its way.
import type { Queryable } from '../db/database.ts';

/** How the payment was made (an online method, razorpay, or a counter method); undefined when there is no such payment. */
export async function paymentMethod(db: Queryable, paymentId: string): Promise<string | undefined> {
  return (await db.query<{ method: string }>('SELECT method FROM payments WHERE id = $1', [paymentId])).rows[0]?.method;
}

/** The gateway's own references a payment row keeps: its payment id and, on a hosted checkout, its order. */
export async function gatewayRefsOf(
  db: Queryable,
  paymentId: string,
): Promise<{ gateway_ref: string | null; gateway_order_id: string | null } | undefined> {
  return (
    await db.query<{ gateway_ref: string | null; gateway_order_id: string | null }>(
      'SELECT gateway_ref, gateway_order_id FROM payments WHERE id = $1',
      [paymentId],
    )
  ).rows[0];
}

export type LedgerStatus = 'captured' | 'declined' | 'refunded';

/** The test gateway's charge for this reference; charging a reference again keeps the first outcome. */
export async function recordTestCharge(db: Queryable, reference: string, amount: number, method: string, status: LedgerStatus) {
  return (
    await db.query<{ status: LedgerStatus }>(
      `INSERT INTO test_gateway_charges (reference, amount, method, status) VALUES ($1, $2, $3, $4)
       ON CONFLICT (reference) DO UPDATE SET reference = EXCLUDED.reference RETURNING status`,
      [reference, amount, method, status],
    )
  ).rows[0]!.status;
}

export async function refundTestCharge(db: Queryable, reference: string): Promise<void> {
  await db.query(
    "UPDATE test_gateway_charges SET status = 'refunded', refunded_amount = amount WHERE reference = $1 AND status = 'captured'",
    [reference],
  );
}

/**
 * The test gateway refunds part of a charge under a refund id, once: the charge reads refunded when
 * nothing of it is left. False when the charge has not that much left (or was never captured).
 */
export async function refundPartOfTestCharge(db: Queryable, reference: string, amount: number, refundId: string): Promise<boolean> {
  const done = await db.query(
    `WITH charge AS (
       UPDATE test_gateway_charges SET refunded_amount = refunded_amount + $3,
         status = CASE WHEN refunded_amount + $3 = amount THEN 'refunded' ELSE status END
       WHERE reference = $1 AND status = 'captured' AND refunded_amount + $3 <= amount
         AND NOT EXISTS (SELECT 1 FROM test_gateway_refunds WHERE refund_id = $2)
       RETURNING reference)
     INSERT INTO test_gateway_refunds (refund_id, reference, amount) SELECT $2, reference, $3 FROM charge`,
    [reference, refundId, amount],
  );
  if (done.rowCount === 1) return true;
  // Asked again under the same id: already done.
  return (await db.query('SELECT 1 FROM test_gateway_refunds WHERE refund_id = $1', [refundId])).rows.length === 1;
}

export async function testChargeStatus(db: Queryable, reference: string): Promise<LedgerStatus | undefined> {
  return (await db.query<{ status: LedgerStatus }>('SELECT status FROM test_gateway_charges WHERE reference = $1', [reference])).rows[0]
    ?.status;
}
