// Every SQL statement about the ledger: the charges and refunds the gateway made, per booking and
// cinema, and the day's settlement they add up to. Entries are only ever added, each at most once.
import type { Queryable } from '../db/database.ts';

export interface LedgerEntry {
  kind: 'charge' | 'refund';
  paymentId: string;
  /** Null for a charge, and for a whole charge refunded because its hold had lapsed. */
  refundId: string | null;
  amount: number;
  at: Date;
}

/** Adds the entry for the payment's booking and cinema; a second add of the same charge or refund is a no-op. */
export async function addLedgerEntry(tx: Queryable, entry: LedgerEntry): Promise<void> {
  await tx.query(
    `INSERT INTO ledger_entries (booking_id, cinema_id, payment_id, refund_id, kind, amount, at)
     SELECT p.booking_id, h.cinema_id, p.id, $2, $3, $4, $5
     FROM payments p JOIN bookings b ON b.id = p.booking_id JOIN shows s ON s.id = b.show_id JOIN halls h ON h.id = s.hall_id
     WHERE p.id = $1
     ON CONFLICT DO NOTHING`,
    [entry.paymentId, entry.refundId, entry.kind, entry.amount, entry.at],
  );
}

export interface SettlementRow {
  booking_id: string;
  payment_id: string;
  refund_id: string | null;
  kind: 'charge' | 'refund';
  amount: number;
  at: Date;
  method: string;
}

/**
 * The cinema's ledger entries in [from, to) of money that went through the gateway, in the order
 * they were made. Counter sales are left out: their money is in the cashiers' drawers and terminals,
 * and each shift's report accounts for it.
 */
export async function ledgerEntriesOfCinema(db: Queryable, cinemaId: string, from: Date, to: Date): Promise<SettlementRow[]> {
  return (
    await db.query<SettlementRow>(
      `SELECT l.booking_id, l.payment_id, l.refund_id, l.kind, l.amount, l.at, p.method
       FROM ledger_entries l JOIN payments p ON p.id = l.payment_id
       WHERE l.cinema_id = $1 AND l.at >= $2 AND l.at < $3
         AND NOT EXISTS (SELECT 1 FROM counter_sales cs WHERE cs.booking_id = l.booking_id)
       ORDER BY l.at, l.id`,
      [cinemaId, from, to],
    )
  ).rows;
}

export async function cinemaTimeZone(db: Queryable, cinemaId: string): Promise<string | undefined> {
  return (await db.query<{ time_zone: string }>('SELECT time_zone FROM cinemas WHERE id = $1', [cinemaId])).rows[0]?.time_zone;
}
