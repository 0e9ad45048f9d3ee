// Issuing tax invoices and credit notes (docs/design.md, "Money"). An invoice is issued in the
// transaction that confirms a booking, a credit note in the one that refunds it; each takes the
// next number of its cinema's series for the financial year from a counter row in that same
// transaction, so numbers run 1, 2, 3… without a gap or a repeat however many instances confirm.
import type { Supply } from '../billing/bill.ts';
import { financialYear } from '../billing/financial-year.ts';
import { billOfBooking, settingsOf, type StoredBill } from '../billing/stored.ts';
import type { TaxRateJson } from '../billing/repository.ts';
import type { Queryable } from '../db/database.ts';
import { newId } from '../domain/ids.ts';
import { findTaxDocument, insertTaxDocument, invoiceFacts, takeDocumentNumber, type DocumentKind, type TaxDocument } from './repository.ts';

/** "INV/2627/000042": kind, financial year, number; 15 characters, within GST's 16. */
export function documentNumber(kind: DocumentKind, year: string, number: number): string {
  const fy = `${year.slice(2, 4)}${year.slice(5, 7)}`;
  return `${kind === 'invoice' ? 'INV' : 'CRN'}/${fy}/${String(number).padStart(6, '0')}`;
}

/** Issues the tax invoice of a booking being confirmed, in the confirming transaction. */
export async function issueInvoice(tx: Queryable, bookingId: string, now: Date): Promise<TaxDocument> {
  const facts = await invoiceFacts(tx, bookingId);
  if (!facts) throw new Error(`no booking ${bookingId} to invoice`);
  const bill = billOfBooking(
    facts.bill as StoredBill | null,
    facts.seats ?? [],
    facts.legacy_rates as TaxRateJson[] | null,
    facts.created_at,
  );
  const settings = settingsOf(facts.settings);
  const year = financialYear(now, facts.time_zone);
  const number = await takeDocumentNumber(tx, facts.cinema_id, year, 'invoice');
  const doc: TaxDocument = {
    id: newId('inv'),
    kind: 'invoice',
    booking_id: bookingId,
    cinema_id: facts.cinema_id,
    financial_year: year,
    number,
    document_no: documentNumber('invoice', year, number),
    issued_at: now,
    refers_to: null,
    refund_id: null,
    supplier: {
      legalName: settings.legalName ?? facts.cinema,
      gstin: settings.gstin,
      cinema: facts.cinema,
      address: facts.address,
      state: facts.state,
      timeZone: facts.time_zone,
    },
    recipient: { name: facts.customer, email: facts.email },
    supplies: bill.supplies,
    offer: (facts.bill as StoredBill | null)?.offer ?? null,
    total: bill.total,
  };
  await insertTaxDocument(tx, doc);
  return doc;
}

/**
 * Issues the credit note of a refund, in the transaction that writes the refund: it gives back
 * `supplies` (payments/refunds/amounts.ts refundFor) of the booking's invoice, under the next number of the
 * cinema's credit-note series. Undefined for a booking that has no invoice.
 */
export async function issueCreditNote(
  tx: Queryable,
  refund: { bookingId: string; refundId: string; supplies: Supply[]; total: number },
  now: Date,
): Promise<TaxDocument | undefined> {
  const invoice = await findTaxDocument(tx, refund.bookingId, 'invoice');
  if (!invoice) return undefined;
  const year = financialYear(now, invoice.supplier.timeZone);
  const number = await takeDocumentNumber(tx, invoice.cinema_id, year, 'credit-note');
  const note: TaxDocument = {
    ...invoice,
    id: newId('crn'),
    kind: 'credit-note',
    financial_year: year,
    number,
    document_no: documentNumber('credit-note', year, number),
    issued_at: now,
    refers_to: invoice.id,
    refund_id: refund.refundId,
    supplies: refund.supplies,
    total: refund.total,
  };
  await insertTaxDocument(tx, note);
  return note;
}
