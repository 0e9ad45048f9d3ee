// My bookings: upcoming and past, and cancelling with the refund shown before confirming.
import { BillLines, TaxDocuments } from '../components/BillLines.tsx';
import { useRef, useState } from 'preact/hooks';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { get, messageOf, post } from '../lib/api.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.ts';
import type { Booking } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

function isUpcoming(booking: Booking, now: number): boolean {
  return Date.parse(booking.show.startsAt) > now && (booking.status === 'confirmed' || booking.status === 'pending');
}

function BookingItem({ booking, onCancelled }: { booking: Booking; onCancelled: (message: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const cancellable = isUpcoming(booking, Date.now());
  const refund = booking.status === 'confirmed' ? booking.total : undefined;

  const cancel = async () => {
    setBusy(true);
    try {
      const cancelled = await post<Booking>(`/api/bookings/${booking.id}/cancel`);
      onCancelled(
        cancelled.refund
          ? `Booking cancelled. ${formatMoney(cancelled.refund.amount)} ${cancelled.refund.status === 'refunded' ? 'refunded' : 'refund pending'}.`
          : 'Booking cancelled.',
      );
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <li class="booking-item card">
      <div>
        <h3>
          <Link href={`/bookings/${booking.id}`}>{booking.show.movie.title}</Link>
        </h3>
        <p class="muted">
          {booking.show.cinema.name} · {formatDateTime(booking.show.startsAt)}
        </p>
        <p>
          {booking.seats.map((s) => s.label).join(', ')} · {formatMoney(booking.total)} ·{' '}
          <span class={`status status-${booking.status}`}>{booking.status}</span>
          {booking.refund && ` · refunded ${formatMoney(booking.refund.amount)}`}
        </p>
        <details>
          <summary>What was paid for what</summary>
          <BillLines booking={booking} />
        </details>
        <TaxDocuments booking={booking} />
      </div>
      {cancellable && !confirming && (
        <button
          type="button"
          onClick={() => {
            setConfirming(true);
            requestAnimationFrame(() => confirmRef.current?.focus());
          }}
        >
          Cancel booking<span class="visually-hidden"> for {booking.show.movie.title}</span>
        </button>
      )}
      {confirming && (
        <div class="confirm" role="group" aria-labelledby={`confirm-${booking.id}`} tabIndex={-1} ref={confirmRef}>
          <p id={`confirm-${booking.id}`}>
            {refund ? (
              <>
                Cancel and get <strong>{formatMoney(refund)}</strong> refunded in full?
              </>
            ) : (
              'Cancel this hold? Its seats go back on sale.'
            )}
          </p>
          <button type="button" class="danger" disabled={busy} onClick={() => void cancel()}>
            {refund ? `Yes, cancel and refund ${formatMoney(refund)}` : 'Yes, cancel'}
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
            Keep it
          </button>
          {error && <ErrorNotice>{error}</ErrorNotice>}
        </div>
      )}
    </li>
  );
}

export function MyBookingsPage() {
  const { user, known } = useSession();
  const bookings = useFetch(user ? () => get<Booking[]>('/api/bookings') : null, `bookings:${user?.id ?? ''}`);
  const [message, setMessage] = useState<string | undefined>(undefined);
  if (known && !user)
    return (
      <section>
        <h1>My bookings</h1>
        <p>
          <Link href="/signin?next=/bookings">Sign in</Link> to see your bookings.
        </p>
      </section>
    );
  const now = Date.now();
  const all = bookings.data ?? [];
  const upcoming = all.filter((b) => isUpcoming(b, now));
  const past = all.filter((b) => !isUpcoming(b, now));
  const onCancelled = (text: string) => {
    setMessage(text);
    void bookings.reload();
  };
  return (
    <section>
      <h1>My bookings</h1>
      {message && <InfoNotice>{message}</InfoNotice>}
      {bookings.error && <ErrorNotice>{bookings.error}</ErrorNotice>}
      <h2>Upcoming</h2>
      {bookings.data && upcoming.length === 0 && <p>Nothing coming up.</p>}
      <ul class="booking-list" aria-label="Upcoming bookings">
        {upcoming.map((b) => (
          <BookingItem booking={b} key={b.id} onCancelled={onCancelled} />
        ))}
      </ul>
      <h2>Past and cancelled</h2>
      {bookings.data && past.length === 0 && <p>None yet.</p>}
      <ul class="booking-list" aria-label="Past and cancelled bookings">
        {past.map((b) => (
          <BookingItem booking={b} key={b.id} onCancelled={onCancelled} />
        ))}
      </ul>
    </section>
  );
}
