// A customer's tax invoice and credit note as PDFs.
import type { Queryable } from '../db/database.ts';
import { DocumentNotIssued, NotFound } from '../domain/errors.ts';
import { bookingState } from '../bookings/read.ts';
import { taxDocumentPdf } from './pdf.ts';
export type { DocumentKind } from './repository.ts';
import { findTaxDocument, findTaxDocumentById, type DocumentKind, type TaxDocument } from './repository.ts';

export interface PdfFile {
  filename: string;
  content: Buffer;
}

/** The PDF of a booking's document of this kind (its latest credit note), or undefined when there is none (yet). */
export async function documentPdf(db: Queryable, bookingId: string, kind: DocumentKind): Promise<PdfFile | undefined> {
  const doc = await findTaxDocument(db, bookingId, kind);
  return doc ? pdfOf(db, doc) : undefined;
}

async function pdfOf(db: Queryable, doc: TaxDocument): Promise<PdfFile> {
  const bookingId = doc.booking_id;
  const invoiceNumber = doc.kind === 'credit-note' ? (await findTaxDocument(db, bookingId, 'invoice'))?.document_no : undefined;
  const content = await taxDocumentPdf(doc, { bookingId, ...(invoiceNumber ? { invoiceNumber } : {}) });
  return { filename: `${doc.document_no.replaceAll('/', '-')}.pdf`, content };
}

/** The caller's booking's document: NotFound for someone else's booking, DocumentNotIssued before it exists. */
export async function customerDocument(db: Queryable, userId: string, bookingId: string, kind: DocumentKind): Promise<PdfFile> {
  const booking = await bookingState(db, userId, bookingId);
  if (!booking) throw new NotFound('booking');
  const file = await documentPdf(db, bookingId, kind);
  if (!file) throw new DocumentNotIssued(kind);
  return file;
}

/** One credit note of the caller's booking (a booking has one per refund): NotFound unless it is one of that booking's. */
export async function customerCreditNote(db: Queryable, userId: string, bookingId: string, documentId: string): Promise<PdfFile> {
  await bookingState(db, userId, bookingId);
  const doc = await findTaxDocumentById(db, bookingId, documentId);
  if (!doc || doc.kind !== 'credit-note') throw new NotFound('credit note');
  return pdfOf(db, doc);
}
