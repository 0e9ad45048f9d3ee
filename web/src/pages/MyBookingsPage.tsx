// My bookings: upcoming and past, cancelling some seats or all with the refund quoted before
// confirming, and the refunds with their status.
import { BillLines, TaxDocuments } from '../components/BillLines.tsx';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { get, messageOf, post } from '../lib/api.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.ts';
import type { Booking, CancellationQuote, Refund } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

function isUpcoming(booking: Booking, now: number): boolean {
  return Date.parse(booking.show.startsAt) > now && (booking.status === 'confirmed' || booking.status === 'pending');
}

/** The refunds of a booking: what came back for which seats, and whether the gateway has made it yet. */
function Refunds({ refunds }: { refunds: Refund[] }) {
  if (refunds.length === 0) return null;
  return (
    <ul class="refunds" aria-label="Refunds">
      {refunds.map((r, i) => (
        <li key={i}>
          {formatMoney(r.amount)} for {r.seatLabels.join(', ')} ({r.percent}% back) ·{' '}
          <span class={`status status-${r.status}`}>{r.status === 'refunded' ? 'refunded' : 'refund pending'}</span> ·{' '}
          {formatDateTime(r.createdAt)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Choosing seats to cancel and confirming, with the refund quoted for them. The quote is what
 * cancelling gives back now; the cancel applies the tier in force at the moment it is made.
 */
function CancelSeats({ booking, onCancelled, onClose }: { booking: Booking; onCancelled: (message: string) => void; onClose: () => void }) {
  const [chosen, setChosen] = useState<string[]>(booking.seats.map((s) => s.id));
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const groupRef = useRef<HTMLDivElement>(null);
  const all = chosen.length === booking.seats.length;
  const query = all ? '' : `?seatIds=${chosen.map(encodeURIComponent).join(',')}`;
  const quote = useFetch(
    chosen.length > 0 ? () => get<CancellationQuote>(`/api/bookings/${booking.id}/cancellation${query}`) : null,
    `quote:${booking.id}:${chosen.join(',')}`,
  );
  useEffect(() => groupRef.current?.focus(), []);

  const cancel = async () => {
    setBusy(true);
    try {
      const after = await post<Booking>(`/api/bookings/${booking.id}/cancel`, all ? undefined : { seatIds: chosen });
      const refund = after.refunds?.at(-1);
      const what =
        after.status === 'cancelled' ? 'Booking cancelled.' : `${chosen.length} seat${chosen.length === 1 ? '' : 's'} cancelled.`;
      onCancelled(refund ? `${what} ${formatMoney(refund.amount)} ${refund.status === 'refunded' ? 'refunded' : 'refund pending'}.` : what);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
      void quote.reload();
    }
  };

  const q = quote.data;
  const paid = booking.status === 'confirmed';
  return (
    <div class="confirm" role="group" aria-labelledby={`confirm-${booking.id}`} tabIndex={-1} ref={groupRef}>
      <p id={`confirm-${booking.id}`}>{paid ? 'Which seats do you want to cancel?' : 'Cancel this hold? Its seats go back on sale.'}</p>
      {paid && booking.seats.length > 1 && (
        <fieldset class="seat-choice">
          <legend class="visually-hidden">Seats to cancel</legend>
          {booking.seats.map((seat) => (
            <label key={seat.id}>
              <input
                type="checkbox"
                checked={chosen.includes(seat.id)}
                onChange={(e) =>
                  setChosen((e.target as HTMLInputElement).checked ? [...chosen, seat.id] : chosen.filter((id) => id !== seat.id))
                }
              />{' '}
              {seat.label}
            </label>
          ))}
        </fieldset>
      )}
      {paid && chosen.length === 0 && <p>Choose at least one seat.</p>}
      {paid && q && q.cancellable && (
        <p data-testid="cancel-quote">
          Cancelling {all ? 'every seat' : `${chosen.length} of ${booking.seats.length} seats`} now gives back{' '}
          <strong>{formatMoney(q.refund)}</strong>
          {q.percent !== undefined && q.percent < 100 ? ` (${q.percent}% under the cinema’s refund policy` : ' (in full'}
          {q.feesRefundable === false ? ', convenience fee kept)' : ')'}. The refund is worked out at the moment you confirm: if a policy
          deadline passes before then, the percent in force then applies.
        </p>
      )}
      {q && !q.cancellable && <ErrorNotice>{q.reason ?? 'This booking cannot be cancelled now.'}</ErrorNotice>}
      {quote.error && <ErrorNotice>{quote.error}</ErrorNotice>}
      <button
        type="button"
        class="danger"
        disabled={busy || quote.loading || chosen.length === 0 || !q?.cancellable}
        onClick={() => void cancel()}
      >
        {paid && q?.cancellable ? `Yes, cancel and refund ${formatMoney(q.refund)}` : 'Yes, cancel'}
      </button>
      <button type="button" disabled={busy} onClick={onClose}>
        Keep {all ? 'it' : 'them'}
      </button>
      {error && <ErrorNotice>{error}</ErrorNotice>}
    </div>
  );
}

function BookingItem({ booking, onCancelled }: { booking: Booking; onCancelled: (message: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const cancellable = isUpcoming(booking, Date.now());
  const several = booking.status === 'confirmed' && booking.seats.length > 1;

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
        <Refunds refunds={booking.refunds ?? []} />
        <details>
          <summary>What was paid for what</summary>
          <BillLines booking={booking} />
        </details>
        <TaxDocuments booking={booking} />
      </div>
      {cancellable && !confirming && (
        <button type="button" onClick={() => setConfirming(true)}>
          {several ? 'Cancel seats' : 'Cancel booking'}
          <span class="visually-hidden"> for {booking.show.movie.title}</span>
        </button>
      )}
      {confirming && (
        <CancelSeats
          booking={booking}
          onCancelled={(message) => {
            setConfirming(false);
            onCancelled(message);
          }}
          onClose={() => setConfirming(false)}
        />
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
