// A tax invoice or credit note as a PDF (pdf-lib, standard fonts: amounts in "Rs." as WinAnsi
// has no rupee sign). Drawn from the document as issued, so the same document always reads the same.
import { DateTime } from 'luxon';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Supply } from '../billing/bill.ts';
import type { TaxDocument } from './repository.ts';

/** 123456 paise as "1,234.56". */
export function rupees(paise: number): string {
  const sign = paise < 0 ? '-' : '';
  return sign + (Math.abs(paise) / 100).toLocaleString('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function percent(bp: number): string {
  return `${Number((bp / 100).toFixed(2))}%`;
}

/** Characters the standard fonts cannot draw become '?'. */
function winAnsi(text: string): string {
  return text.replace(/×/g, 'x').replace(/[^\x20-\x7E\xA0-\xFF]/g, '?');
}

export interface PdfOptions {
  /** For a credit note: the number of the invoice it reverses. */
  invoiceNumber?: string;
  bookingId: string;
}

export async function taxDocumentPdf(doc: TaxDocument, options: PdfOptions): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const title = doc.kind === 'invoice' ? 'Tax invoice' : 'Credit note';
  pdf.setTitle(`${title} ${doc.document_no}`);
  pdf.setCreator('Houseful');
  pdf.setCreationDate(doc.issued_at);
  pdf.setModificationDate(doc.issued_at);
  const page = pdf.addPage([842, 595]); // A4 landscape
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 550;
  const text = (p: PDFPage, value: string, x: number, font: PDFFont = regular, size = 10, right = false) => {
    const safe = winAnsi(value);
    p.drawText(safe, { x: right ? x - font.widthOfTextAtSize(safe, size) : x, y, size, font, color: rgb(0, 0, 0) });
  };
  const line = (label: string, value: string) => {
    text(page, label, 40, bold);
    text(page, value, 170);
    y -= 15;
  };

  text(page, title.toUpperCase(), 40, bold, 18);
  text(page, doc.document_no, 802, bold, 14, true);
  y -= 30;
  const s = doc.supplier;
  line('Supplier', s.legalName);
  line('Cinema', `${s.cinema}, ${s.address}`);
  line('GSTIN', s.gstin ?? 'not registered with Houseful');
  line('Place of supply', s.gstin ? `${s.state} (${s.gstin.slice(0, 2)})` : s.state);
  line(doc.kind === 'invoice' ? 'Invoice number' : 'Credit note number', doc.document_no);
  line('Date', DateTime.fromJSDate(doc.issued_at, { zone: s.timeZone }).toFormat('d LLL yyyy, HH:mm ZZZZ'));
  if (options.invoiceNumber) line('Against invoice', options.invoiceNumber);
  line('Booking', options.bookingId);
  line('Recipient', `${doc.recipient.name} <${doc.recipient.email}>`);
  y -= 10;

  const columns: [string, number, boolean][] = [
    ['Description', 40, false],
    ['SAC', 230, false],
    ['Qty', 300, true],
    ['Value', 380, true],
    ['Discount', 450, true],
    ['Taxable value', 540, true],
    ['CGST', 640, true],
    ['SGST', 730, true],
    ['Total', 802, true],
  ];
  for (const [name, x, right] of columns) text(page, name, x, bold, 10, right);
  y -= 4;
  page.drawLine({ start: { x: 40, y }, end: { x: 802, y }, thickness: 0.5 });
  y -= 14;
  const supplies = doc.supplies as Supply[];
  const sum = { listed: 0, discount: 0, taxable: 0, cgst: 0, sgst: 0, total: 0 };
  for (const supply of supplies) {
    const discount = supply.listed - supply.taxable;
    const total = supply.taxable + supply.cgst + supply.sgst;
    const half = percent(supply.rateBp / 2);
    const cells = [
      supply.label,
      supply.sac,
      String(supply.quantity),
      rupees(supply.listed),
      discount ? rupees(-discount) : '-',
      rupees(supply.taxable),
      `${rupees(supply.cgst)} @${half}`,
      `${rupees(supply.sgst)} @${half}`,
      rupees(total),
    ];
    cells.forEach((cell, i) => text(page, cell, columns[i]![1], regular, 10, columns[i]![2]));
    sum.listed += supply.listed;
    sum.discount += discount;
    sum.taxable += supply.taxable;
    sum.cgst += supply.cgst;
    sum.sgst += supply.sgst;
    sum.total += total;
    y -= 15;
  }
  page.drawLine({ start: { x: 40, y: y + 10 }, end: { x: 802, y: y + 10 }, thickness: 0.5 });
  y -= 4;
  const totals = [
    'Total (INR)',
    '',
    '',
    rupees(sum.listed),
    sum.discount ? rupees(-sum.discount) : '-',
    rupees(sum.taxable),
    rupees(sum.cgst),
    rupees(sum.sgst),
    rupees(doc.total),
  ];
  totals.forEach((cell, i) => text(page, cell, columns[i]![1], bold, 10, columns[i]![2]));
  y -= 30;
  if (doc.offer) line('Offer', doc.offer);
  text(
    page,
    doc.kind === 'invoice'
      ? `Amount charged: Rs. ${rupees(doc.total)}, GST included. CGST and SGST, the place of supply being the cinema's state.`
      : `Refunded: Rs. ${rupees(doc.total)}. This credit note reverses the invoice above in full.`,
    40,
  );
  y -= 15;
  text(page, 'Issued by Houseful for the supplier named above. Amounts in Indian rupees.', 40, regular, 8);
  return Buffer.from(await pdf.save());
}
