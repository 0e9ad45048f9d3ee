// A month's tax invoices and credit notes as CSV, for the accountant.
import { DateTime } from 'luxon';
import type { Supply } from '../billing/bill.ts';
import type { Queryable } from '../db/database.ts';
import { InvalidInput } from '../domain/errors.ts';
import { documentsIssued } from './repository.ts';

/** The month "2026-12" as an interval in India's time zone. */
export function monthInterval(month: string): { from: Date; to: Date } {
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone: 'Asia/Kolkata' });
  if (!/^\d{4}-\d{2}$/.test(month) || !start.isValid) throw new InvalidInput('month', 'must be a month as YYYY-MM');
  return { from: start.toJSDate(), to: start.plus({ months: 1 }).toJSDate() };
}

export function cell(value: string | number): string {
  const text = String(value);
  // Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet does not run it.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const rupees = (paise: number) => (paise / 100).toFixed(2);

export const CSV_COLUMNS = [
  'document_no',
  'kind',
  'issued_at',
  'financial_year',
  'supplier',
  'gstin',
  'place_of_supply',
  'cinema',
  'booking_id',
  'recipient',
  'against_invoice',
  'taxable_value',
  'discount',
  'cgst',
  'sgst',
  'total',
] as const;

export async function taxDocumentsCsv(db: Queryable, month: string): Promise<string> {
  const { from, to } = monthInterval(month);
  const docs = await documentsIssued(db, from, to);
  const invoiceNumbers = new Map(docs.filter((d) => d.kind === 'invoice').map((d) => [d.id, d.document_no]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const doc of docs) {
    const supplies = doc.supplies as Supply[];
    const sum = (f: (s: Supply) => number) => supplies.reduce((total, s) => total + f(s), 0);
    const row = [
      doc.document_no,
      doc.kind,
      DateTime.fromJSDate(doc.issued_at, { zone: doc.supplier.timeZone }).toISO()!,
      doc.financial_year,
      doc.supplier.legalName,
      doc.supplier.gstin ?? '',
      doc.supplier.state,
      doc.supplier.cinema,
      doc.booking_id,
      doc.recipient.name,
      doc.refers_to ? (invoiceNumbers.get(doc.refers_to) ?? doc.refers_to) : '',
      rupees(sum((s) => s.taxable)),
      rupees(sum((s) => s.listed - s.taxable)),
      rupees(sum((s) => s.cgst)),
      rupees(sum((s) => s.sgst)),
      rupees(doc.total),
    ];
    lines.push(row.map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
