// What each message says. Rendered at delivery time from the booking (or show) it is about, so
// the transaction that queues it only writes a small outbox row. Mail has a plain-text and an
// HTML part; a confirmation carries the ticket's QR code inline and an .ics calendar invite.
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import QRCode from 'qrcode';
import { phoneCodeSms } from '../accounts/phone-codes.ts';
import type { Context } from '../context.ts';
import { withoutLinks } from '../domain/link-shaped.ts';
import { formatInr } from '../domain/money.ts';
import { inZone } from '../domain/zoned-time.ts';
import { documentPdf } from '../invoices/documents.ts';
import { signTicket, ticketSecret } from '../tickets/tokens.ts';
import type { MessageKind } from '../outbox/repository.ts';
import { bookingFacts, showFacts, type BookingFacts, type ShowFacts } from './repository.ts';
import { accountMail, isAccountMessage } from './account-mail.ts';

export interface MailAttachment {
  filename: string;
  content: Buffer | string;
  contentType: string;
  /** Set for images shown inside the HTML part (`<img src="cid:…">`). */
  cid?: string;
}

export interface MailContent {
  subject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
}

/** "Thu 26 Nov 2026, 19:30 IST": the show's time as the cinema's clock shows it. */
export function showTime(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).setLocale('en-IN').toFormat('ccc d LLL yyyy, HH:mm ZZZZ');
}

/**
 * A customer's name as a mail may say it: never a link. Names chosen at sign-up cannot look like one
 * (accounts.ts), and whatever link-shaped part one stored earlier is left out here, in both parts.
 */
function nameInMail(name: string): string {
  return withoutLinks(name, 'there');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The two parts of a mail from one list of lines: label/value pairs become a table in HTML. */
function layout(heading: string, intro: string, facts: [string, string][], closing: string, extraHtml = '') {
  const width = Math.max(...facts.map(([label]) => label.length));
  const text = [
    heading,
    '',
    intro,
    '',
    ...facts.map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${value}`),
    '',
    closing,
    '',
    '-- Houseful',
  ]
    .join('\n')
    .trim();
  const rows = facts
    .map(
      ([label, value]) =>
        `<tr><th align="left" style="padding:4px 12px 4px 0;color:#555;font-weight:normal">${escapeHtml(label)}</th>` +
        `<td style="padding:4px 0"><strong>${escapeHtml(value)}</strong></td></tr>`,
    )
    .join('');
  const html =
    `<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;color:#222;max-width:560px;margin:0 auto;padding:16px">` +
    `<h1 style="font-size:22px">${escapeHtml(heading)}</h1><p>${escapeHtml(intro)}</p>` +
    `<table role="presentation" style="border-collapse:collapse;margin:12px 0">${rows}</table>${extraHtml}` +
    `<p>${escapeHtml(closing)}</p><p style="color:#777;font-size:12px">Houseful</p></body></html>`;
  return { text, html };
}

function bookingLines(b: BookingFacts): [string, string][] {
  return [
    ['Booking', b.id],
    ['Movie', b.title],
    ['Cinema', `${b.cinema}, ${b.address}`],
    ['Hall', b.hall],
    ['Seats', (b.seats ?? []).join(', ')],
    ['Show time', showTime(b.starts_at, b.time_zone)],
  ];
}

const QR_CID = 'ticket-qr@houseful';

export async function ticketQrCode(token: string): Promise<Buffer> {
  // One PNG row filter, "up": a QR code's rows repeat, so most filter to zeros. The encoder's default
  // tries all five filters on every row, which made the QR codes of an on-sale's confirmations about
  // a tenth of the instance's CPU (npm run bench:profile); this is about three times faster, for a
  // few more kilobytes. (The encoder reads filterType; qrcode's types do not list it.)
  const rendererOpts = { deflateLevel: 9, filterType: 2 };
  return QRCode.toBuffer(token, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 280, rendererOpts });
}

function calendarInvite(b: BookingFacts): string {
  const calendar = ical({ prodId: { company: 'Houseful', product: 'Tickets', language: 'EN' }, method: ICalCalendarMethod.PUBLISH });
  calendar.createEvent({
    id: `${b.id}@houseful`,
    start: b.starts_at,
    end: b.ends_at,
    summary: `${b.title} at ${b.cinema}`,
    location: `${b.cinema}, ${b.address}`,
    description: `Booking ${b.id}. ${b.hall}, seats ${(b.seats ?? []).join(', ')}. Show the ticket's QR code at the door.`,
  });
  return calendar.toString();
}

async function confirmation(ctx: Context, b: BookingFacts): Promise<MailContent> {
  const token = signTicket(await ticketSecret(ctx), b.id, b.ticket_version);
  const qr = await ticketQrCode(token);
  const { text, html } = layout(
    `Booking confirmed: ${b.title}`,
    `Hello ${nameInMail(b.customer)}, your seats are booked. Show the QR code at the door; it is your ticket.`,
    [
      ...bookingLines(b),
      ['Starts at', inZone(b.starts_at, b.time_zone)],
      ['Total paid', formatInr(b.total)],
      ['Ticket code', token],
      ['Your ticket online', `${ctx.config.publicUrl}/bookings/${b.id}`],
      ...(b.pickup_code ? ([['Food and drink pickup code', b.pickup_code]] as [string, string][]) : []),
    ],
    'The attached invite puts the show in your calendar. Enjoy the film!',
    `<p><img src="cid:${QR_CID}" width="280" height="280" alt="Ticket QR code for booking ${escapeHtml(b.id)}"></p>`,
  );
  return {
    subject: `Booking confirmed: ${b.title}, ${showTime(b.starts_at, b.time_zone)}`,
    text,
    html,
    attachments: [
      { filename: 'ticket-qr.png', content: qr, contentType: 'image/png', cid: QR_CID },
      { filename: 'houseful-show.ics', content: calendarInvite(b), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' },
      ...(await pdfAttachment(ctx, b.id, 'invoice')),
    ],
  };
}

/** The booking's tax invoice or credit note as an attachment, when it has one. */
async function pdfAttachment(ctx: Context, bookingId: string, kind: 'invoice' | 'credit-note'): Promise<MailAttachment[]> {
  const file = await documentPdf(ctx.db, bookingId, kind);
  return file ? [{ filename: file.filename, content: file.content, contentType: 'application/pdf' }] : [];
}

function refundLine(b: BookingFacts): [string, string] {
  return ['Refund', b.refund ? `${formatInr(b.refund)} to the way you paid` : 'none: nothing was charged'];
}

async function cancellation(ctx: Context, b: BookingFacts, byCinema: boolean): Promise<MailContent> {
  const why = byCinema
    ? `Hello ${nameInMail(b.customer)}, ${b.cinema} has cancelled this show, so your booking is cancelled.`
    : `Hello ${nameInMail(b.customer)}, your booking is cancelled as you asked.`;
  const { text, html } = layout(
    `Booking cancelled: ${b.title}`,
    why,
    [...bookingLines(b), refundLine(b)],
    b.refund ? 'Refunds usually reach your account within 5 to 7 working days.' : 'We hope to see you at another show.',
  );
  const subject = byCinema
    ? `Booking cancelled: ${b.title}, the show was cancelled by the cinema`
    : `Booking cancelled: ${b.title}, ${showTime(b.starts_at, b.time_zone)}`;
  return { subject, text, html, attachments: await pdfAttachment(ctx, b.id, 'credit-note') };
}

/** Some seats given back, the booking kept: the refund, and the reissued ticket that replaces the earlier one. */
async function seatsCancelled(ctx: Context, b: BookingFacts): Promise<MailContent> {
  const token = signTicket(await ticketSecret(ctx), b.id, b.ticket_version);
  const qr = await ticketQrCode(token);
  const given = b.last_refund;
  const { text, html } = layout(
    `Seats cancelled: ${b.title}`,
    `Hello ${nameInMail(b.customer)}, the seats you gave back are cancelled and the rest stay yours. Here is your new ticket: the earlier one no longer opens the door.`,
    [
      ...bookingLines(b),
      ['Cancelled', (given?.seats ?? []).join(', ')],
      ['Refund', given ? `${formatInr(given.amount)} to the way you paid` : 'none'],
      ['Ticket code', token],
      ['Your ticket online', `${ctx.config.publicUrl}/bookings/${b.id}`],
    ],
    'Refunds usually reach your account within 5 to 7 working days.',
    `<p><img src="cid:${QR_CID}" width="280" height="280" alt="Ticket QR code for booking ${escapeHtml(b.id)}"></p>`,
  );
  return {
    subject: `Seats cancelled: ${b.title}, ${showTime(b.starts_at, b.time_zone)}`,
    text,
    html,
    attachments: [
      { filename: 'ticket-qr.png', content: qr, contentType: 'image/png', cid: QR_CID },
      ...(await pdfAttachment(ctx, b.id, 'credit-note')),
    ],
  };
}

function holdExpired(b: BookingFacts): MailContent {
  const { text, html } = layout(
    `Your hold lapsed: ${b.title}`,
    `Hello ${nameInMail(b.customer)}, the seats you held were not paid for in time and have been released. Nothing was charged.`,
    bookingLines(b),
    'The seats may still be free: book again if you still want them.',
  );
  return { subject: `Your hold lapsed: ${b.title}`, text, html, attachments: [] };
}

function seatsFree(s: ShowFacts): MailContent {
  const { text, html } = layout(
    `Seats free again: ${s.title}`,
    `Seats of a show you are waiting for have come free. They go to whoever holds them first.`,
    [
      ['Movie', s.title],
      ['Cinema', `${s.cinema}, ${s.address}`],
      ['Hall', s.hall],
      ['Show time', showTime(s.starts_at, s.time_zone)],
      ['Seats free now', String(s.seats_free)],
    ],
    'You are told once; watch the show again to hear of the next seats that come free.',
  );
  return { subject: `Seats free again: ${s.title}, ${showTime(s.starts_at, s.time_zone)}`, text, html, attachments: [] };
}

/** The mail for an outbox row; undefined when its booking or show no longer exists (nothing to say). */
export async function renderMail(ctx: Context, kind: MessageKind, subjectId: string, recipient = ''): Promise<MailContent | undefined> {
  if (isAccountMessage(kind)) return accountMail(ctx, kind, subjectId, recipient);
  if (kind === 'seats-free') {
    const show = await showFacts(ctx.db, subjectId, ctx.clock.now());
    return show && seatsFree(show);
  }
  const booking = await bookingFacts(ctx.db, subjectId);
  if (!booking) return undefined;
  switch (kind) {
    case 'booking-confirmed':
      return confirmation(ctx, booking);
    case 'booking-cancelled':
      return cancellation(ctx, booking, false);
    case 'show-cancelled':
      return cancellation(ctx, booking, true);
    case 'hold-expired':
      return holdExpired(booking);
    case 'seats-cancelled':
      return seatsCancelled(ctx, booking);
  }
}

/** SMS: one short line, the booking id first so it can be quoted to the cinema; undefined when there is nothing to say. */
export async function renderSms(ctx: Context, kind: MessageKind, subjectId: string): Promise<string | undefined> {
  if (kind === 'phone-code') return phoneCodeSms(ctx, subjectId);
  if (kind !== 'booking-confirmed' && kind !== 'booking-cancelled' && kind !== 'show-cancelled') return undefined;
  const b = await bookingFacts(ctx.db, subjectId);
  if (!b) return undefined;
  const when = showTime(b.starts_at, b.time_zone);
  const seats = (b.seats ?? []).join(',');
  if (kind === 'booking-confirmed') {
    return `Houseful: booking ${b.id} confirmed. ${b.title}, ${b.cinema} ${b.hall}, ${when}. Seats ${seats}. Ticket QR in your mail.`;
  }
  return (
    `Houseful: booking ${b.id} for ${b.title} (${when}) cancelled${kind === 'show-cancelled' ? ' by the cinema' : ''}. ` +
    (b.refund ? `Refund ${formatInr(b.refund)}.` : 'Nothing was charged.')
  );
}
