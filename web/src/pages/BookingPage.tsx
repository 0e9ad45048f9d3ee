// One booking: for a confirmed one, the ticket with its QR code.
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { TicketQr } from '../components/TicketQr.tsx';
import { get } from '../lib/api.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import type { Booking } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

const METHOD_NAMES: Record<string, string> = {
  credit_card: 'Credit card',
  debit_card: 'Debit card',
  upi: 'UPI',
  net_banking: 'Net banking',
  wallet: 'Wallet',
};

/** The signed ticket token when the server issues tickets (GET /api/bookings/{id}/ticket), else undefined. */
async function ticketToken(bookingId: string): Promise<string | undefined> {
  try {
    return (await get<{ token: string }>(`/api/bookings/${encodeURIComponent(bookingId)}/ticket`)).token;
  } catch {
    return undefined;
  }
}

export function BookingPage({ bookingId }: { bookingId: string }) {
  const booking = useFetch(async () => {
    const found = await get<Booking>(`/api/bookings/${encodeURIComponent(bookingId)}`);
    return found.status === 'confirmed' && !found.ticketToken ? { ...found, ticketToken: await ticketToken(bookingId) } : found;
  }, bookingId);
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
          <p class="muted small">Booking {b.id}</p>
        </div>
        {b.status === 'confirmed' && <TicketQr payload={b.ticketToken ?? b.id} label={`Ticket QR code for booking ${b.id}`} />}
      </article>
      <p>
        <Link href="/bookings">My bookings</Link>
      </p>
    </section>
  );
}
