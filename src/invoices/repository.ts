// Every SQL statement about tax invoices and credit notes: their numbering counters and the
// documents as issued.
import type { Queryable } from '../db/database.ts';
import { TAX_RATES_IN_FORCE } from '../billing/repository.ts';

export type DocumentKind = 'invoice' | 'credit-note';

/** What an invoice needs of a booking: its bill, its cinema as supplier, its customer (a walk-in for a counter sale). */
export interface InvoiceFacts {
  booking_id: string;
  total: number;
  created_at: Date;
  bill: object | null;
  seats: { type: string; price: number }[] | null;
  legacy_rates: object[] | null;
  cinema_id: string;
  cinema: string;
  address: string;
  state: string;
  time_zone: string;
  settings: object | null;
  customer: string;
  email: string;
}

export async function invoiceFacts(db: Queryable, bookingId: string): Promise<InvoiceFacts | undefined> {
  return (
    await db.query<InvoiceFacts>(
      `SELECT b.id AS booking_id, b.total, b.created_at, b.bill,
         (SELECT json_agg(json_build_object('type', se.seat_type, 'price', bs.price)) FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id
          WHERE bs.booking_id = b.id) AS seats,
         CASE WHEN b.bill IS NULL THEN (${TAX_RATES_IN_FORCE.replaceAll('$1', 'b.created_at')}) END AS legacy_rates,
         c.id AS cinema_id, c.name AS cinema, c.address, ci.state, c.time_zone, cb.settings,
         coalesce(u.name, 'Walk-in customer') AS customer, coalesce(u.email, '') AS email
       FROM bookings b LEFT JOIN users u ON u.id = b.user_id JOIN shows s ON s.id = b.show_id JOIN halls h ON h.id = s.hall_id
       JOIN cinemas c ON c.id = h.cinema_id JOIN cities ci ON ci.id = c.city_id LEFT JOIN cinema_billing cb ON cb.cinema_id = c.id
       WHERE b.id = $1`,
      [bookingId],
    )
  ).rows[0];
}

/**
 * The next number of a cinema's series for a financial year: the counter row is created at 1 or
 * raised by one, and stays locked until the transaction ends, so numbers are given out in commit
 * order and a rollback gives its number back.
 */
export async function takeDocumentNumber(tx: Queryable, cinemaId: string, financialYear: string, kind: DocumentKind): Promise<number> {
  return (
    await tx.query<{ n: number }>(
      `INSERT INTO tax_document_counters (cinema_id, financial_year, kind, last_number) VALUES ($1, $2, $3, 1)
       ON CONFLICT (cinema_id, financial_year, kind) DO UPDATE SET last_number = tax_document_counters.last_number + 1
       RETURNING last_number AS n`,
      [cinemaId, financialYear, kind],
    )
  ).rows[0]!.n;
}

export interface TaxDocument {
  id: string;
  kind: DocumentKind;
  booking_id: string;
  cinema_id: string;
  financial_year: string;
  number: number;
  document_no: string;
  issued_at: Date;
  refers_to: string | null;
  /** A credit note's refund. */
  refund_id: string | null;
  supplier: { legalName: string; gstin: string | null; cinema: string; address: string; state: string; timeZone: string };
  recipient: { name: string; email: string };
  supplies: object[];
  offer: string | null;
  total: number;
}

export async function insertTaxDocument(tx: Queryable, doc: TaxDocument): Promise<void> {
  await tx.query(
    `INSERT INTO tax_documents (id, kind, booking_id, cinema_id, financial_year, number, document_no, issued_at, refers_to,
       supplier, recipient, supplies, offer, total, refund_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12::jsonb, $13, $14, $15)`,
    [
      doc.id,
      doc.kind,
      doc.booking_id,
      doc.cinema_id,
      doc.financial_year,
      doc.number,
      doc.document_no,
      doc.issued_at,
      doc.refers_to,
      JSON.stringify(doc.supplier),
      JSON.stringify(doc.recipient),
      JSON.stringify(doc.supplies),
      doc.offer,
      doc.total,
      doc.refund_id,
    ],
  );
}

const SELECT_DOCUMENTS = `SELECT id, kind, booking_id, cinema_id, financial_year, number, document_no, issued_at, refers_to,
  refund_id, supplier, recipient, supplies, offer, total FROM tax_documents`;

/** The booking's document of this kind (its latest credit note, of several); undefined when there is none. */
export async function findTaxDocument(db: Queryable, bookingId: string, kind: DocumentKind): Promise<TaxDocument | undefined> {
  return (
    await db.query<TaxDocument>(`${SELECT_DOCUMENTS} WHERE booking_id = $1 AND kind = $2 ORDER BY issued_at DESC, number DESC LIMIT 1`, [
      bookingId,
      kind,
    ])
  ).rows[0];
}

/** One of the booking's documents by its id; undefined when the booking has no such document. */
export async function findTaxDocumentById(db: Queryable, bookingId: string, documentId: string): Promise<TaxDocument | undefined> {
  return (await db.query<TaxDocument>(`${SELECT_DOCUMENTS} WHERE booking_id = $1 AND id = $2`, [bookingId, documentId])).rows[0];
}

/** Every document issued in [from, to), in the order of their series. */
export async function documentsIssued(db: Queryable, from: Date, to: Date): Promise<TaxDocument[]> {
  return (
    await db.query<TaxDocument>(
      `${SELECT_DOCUMENTS} WHERE issued_at >= $1 AND issued_at < $2 ORDER BY cinema_id, kind DESC, financial_year, number`,
      [from, to],
    )
  ).rows;
}
