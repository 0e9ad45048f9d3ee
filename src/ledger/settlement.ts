// A cinema's daily settlement: what the gateway should pay out for a day in the cinema's zone,
// the day's charges less the day's refunds, from the ledger. Staff check it against the gateway's
// own settlement report.
import { DateTime } from 'luxon';
import type { Queryable } from '../db/database.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import { cell } from '../invoices/csv.ts';
import { cinemaTimeZone, ledgerEntriesOfCinema, type SettlementRow } from './repository.ts';

export interface Settlement {
  cinemaId: string;
  date: string;
  timeZone: string;
  charges: { count: number; amount: number };
  refunds: { count: number; amount: number };
  /** Charges less refunds: what the gateway should pay out for the day. */
  payout: number;
  byMethod: { method: string; charges: number; refunds: number; payout: number }[];
  entries: {
    at: Date;
    kind: 'charge' | 'refund';
    bookingId: string;
    paymentId: string;
    refundId: string | null;
    method: string;
    amount: number;
  }[];
}

/** The day "2026-12-02" in the cinema's zone as an interval. */
function dayIn(date: string, zone: string): { from: Date; to: Date } {
  const start = DateTime.fromFormat(date, 'yyyy-MM-dd', { zone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !start.isValid) throw new InvalidInput('date', 'must be a day as YYYY-MM-DD');
  return { from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() };
}

export async function settlement(db: Queryable, cinemaId: string, date: string): Promise<Settlement> {
  const zone = await cinemaTimeZone(db, cinemaId);
  if (zone === undefined) throw new NotFound('cinema');
  const { from, to } = dayIn(date, zone);
  const rows: SettlementRow[] = await ledgerEntriesOfCinema(db, cinemaId, from, to);
  const sum = (kind: 'charge' | 'refund', method?: string) =>
    rows.filter((r) => r.kind === kind && (method === undefined || r.method === method)).reduce((total, r) => total + r.amount, 0);
  const methods = [...new Set(rows.map((r) => r.method))].sort();
  return {
    cinemaId,
    date,
    timeZone: zone,
    charges: { count: rows.filter((r) => r.kind === 'charge').length, amount: sum('charge') },
    refunds: { count: rows.filter((r) => r.kind === 'refund').length, amount: sum('refund') },
    payout: sum('charge') - sum('refund'),
    byMethod: methods.map((method) => ({
      method,
      charges: sum('charge', method),
      refunds: sum('refund', method),
      payout: sum('charge', method) - sum('refund', method),
    })),
    entries: rows.map((r) => ({
      at: r.at,
      kind: r.kind,
      bookingId: r.booking_id,
      paymentId: r.payment_id,
      refundId: r.refund_id,
      method: r.method,
      amount: r.amount,
    })),
  };
}

const rupees = (paise: number) => (paise / 100).toFixed(2);

/** The day's entries as CSV, one row each, refunds negative, and a last row with the payout. */
export function settlementCsv(report: Settlement): string {
  const header = ['at', 'kind', 'booking_id', 'payment_id', 'refund_id', 'method', 'amount'];
  // Amounts are written as they are (a refund's minus sign is no formula); every text goes through cell().
  const line = (texts: string[], amount: number) => [...texts.map(cell), rupees(amount)].join(',');
  const rows = report.entries.map((e) =>
    line(
      [DateTime.fromJSDate(e.at, { zone: report.timeZone }).toISO() ?? '', e.kind, e.bookingId, e.paymentId, e.refundId ?? '', e.method],
      e.kind === 'charge' ? e.amount : -e.amount,
    ),
  );
  return [header.join(','), ...rows, line(['', 'payout', '', '', '', ''], report.payout)].join('\r\n') + '\r\n';
}
