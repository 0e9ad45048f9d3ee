// A counter sale's ticket as a PDF to print: what, where, when, which seats, what was paid, and the
// QR code the door scans. Standard fonts, so amounts read "Rs." (WinAnsi has no rupee sign).
import { DateTime } from 'luxon';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { rupees } from '../invoices/pdf.ts';
import { ticketQrCode } from '../notifications/messages.ts';
import type { CounterSaleView } from './schemas.ts';

function winAnsi(text: string): string {
  return text.replace(/[^\x20-\x7E\xA0-\xFF]/g, '?');
}

/** The sale's ticket, A6 portrait; only a confirmed sale has one. */
export async function counterTicketPdf(sale: CounterSaleView & { ticket: { token: string } }): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Ticket ${sale.id}`);
  pdf.setCreator('Houseful');
  const page = pdf.addPage([298, 420]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 390;
  const text = (value: string, size = 10, font = regular) => {
    page.drawText(winAnsi(value), { x: 20, y, size, font, color: rgb(0, 0, 0), maxWidth: 258 });
    y -= size + 6;
  };
  text(sale.show.movie.title, 16, bold);
  text(`${sale.show.cinema.name}, ${sale.show.hall.name}`);
  text(DateTime.fromISO(sale.show.startsAt, { setZone: true }).toFormat('ccc d LLL yyyy, HH:mm'), 12, bold);
  text(`Seats ${sale.seats.map((seat) => seat.label).join(', ')}`, 12, bold);
  if (sale.pickupCode) {
    const items = sale.lines.filter((line) => line.kind === 'item').map((line) => line.label);
    text(`Food and drink: ${items.join(', ')}`, 9);
    text(`Pickup code ${sale.pickupCode}`, 12, bold);
  }
  text(
    `Paid Rs. ${rupees(sale.total.amount)} (${sale.payment?.method ?? 'unpaid'})${sale.invoice ? `, invoice ${sale.invoice.number}` : ''}`,
    9,
  );
  text(`Booking ${sale.id}`, 8);
  const qr = await pdf.embedPng(await ticketQrCode(sale.ticket.token));
  page.drawImage(qr, { x: 49, y: 20, width: 200, height: 200 });
  return Buffer.from(await pdf.save());
}
