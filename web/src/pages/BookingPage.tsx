// One booking: for a confirmed one, the ticket with its QR code.
import { BillLines, TaxDocuments } from '../components/BillLines.tsx';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { TicketQr } from '../components/TicketQr.tsx';
import { get } from '../lib/api.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import type { Booking, Ticket } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

const METHOD_NAMES: Record<string, string> = {
  credit_card: 'Credit card',
  debit_card: 'Debit card',
  upi: 'UPI',
  net_banking: 'Net banking',
  wallet: 'Wallet',
};

/**
 * The ticket of a confirmed booking: its QR code carries the signed token the door checks.
 * Without that token there is no QR at all (the door refuses anything else), only a way to try again.
 */
function TicketCode({ bookingId }: { bookingId: string }) {
  const ticket = useFetch(() => get<Ticket>(`/api/bookings/${encodeURIComponent(bookingId)}/ticket`), `ticket:${bookingId}`);
  if (ticket.error)
    return (
      <div class="ticket-unavailable">
        <ErrorNotice>
          <p>The ticket's QR code could not be loaded: {ticket.error}</p>
          <p>Your booking is confirmed. Try again, or show the booking number at the box office.</p>
        </ErrorNotice>
        <button type="button" disabled={ticket.loading} onClick={() => void ticket.reload()}>
          {ticket.loading ? 'Trying again…' : 'Try again'}
        </button>
      </div>
    );
  if (!ticket.data) return <div class="qr qr-placeholder" role="status" aria-label="Loading the ticket QR code" />;
  return <TicketQr payload={ticket.data.token} label={`Ticket QR code for booking ${bookingId}`} />;
}

export function BookingPage({ bookingId }: { bookingId: string }) {
  const booking = useFetch(() => get<Booking>(`/api/bookings/${encodeURIComponent(bookingId)}`), bookingId);
  const b = booking.data;
  if (booking.error) return <ErrorNotice>{booking.error}</ErrorNotice>;
  if (!b) return <p role="status">Loading…</p>;
  return (
    <section class="ticket-page">
      <h1>{b.status === 'confirmed' ? 'Booking confirmed' : `Booking ${b.status}`}</h1>
      {b.status === 'pending' && (
        <InfoNotice>
          These seats are held for you. <Link href={`/bookings/${b.id}/checkout`}>Pay now</Link>
        </InfoNotice>
      )}
      <article class="ticket card">
        <div>
          <h2>{b.show.movie.title}</h2>
          <p>
            {b.show.cinema.name} · {b.show.hall.name}
          </p>
          <p>
            <strong>{formatDateTime(b.show.startsAt)}</strong>
          </p>
          <p>
            Seats: <strong>{b.seats.map((s) => s.label).join(', ')}</strong>
          </p>
          <p>
            Paid: {formatMoney(b.total)}
            {b.payment ? ` by ${METHOD_NAMES[b.payment.method] ?? b.payment.method}` : ''}
          </p>
          {b.refund && (
            <p>
              Refund: {formatMoney(b.refund.amount)} ({b.refund.status})
            </p>
          )}
          {b.pickupCode && b.status === 'confirmed' && (
            <p>
              Food and drink pickup code: <strong class="pickup-code">{b.pickupCode}</strong> (say it at the counter)
            </p>
          )}
          <BillLines booking={b} caption="What was paid for what" />
          <TaxDocuments booking={b} />
          <p class="muted small">Booking {b.id}</p>
        </div>
        {b.status === 'confirmed' && <TicketCode bookingId={b.id} />}
      </article>
      <p>
        <Link href="/bookings">My bookings</Link>
      </p>
    </section>
  );
}
