// A show for staff: the live seat map, its bookings, cancelling it with what it will refund, and
// (for managers) the way to its held-back seats.
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { SeatLegend, SeatMap } from '../components/SeatMap.tsx';
import { get, messageOf, post } from '../lib/api.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { watchSeats, withSeatChange } from '../lib/live-seats.ts';
import type { CancelledShow, SeatMapData, Show, ShowBookings } from '../lib/types.ts';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.ts';
import { mayDo } from '../lib/staff-roles.ts';
import { useFetch } from '../lib/use-fetch.ts';

export function AdminShowPage({ showId }: { showId: string }) {
  const show = useFetch(() => get<Show>(`/api/shows/${encodeURIComponent(showId)}`), showId);
  const bookings = useFetch(() => get<ShowBookings>(`/api/admin/shows/${encodeURIComponent(showId)}/bookings`), showId);
  const [map, setMap] = useState<SeatMapData | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const { user } = useSession();

  useEffect(() => watchSeats(showId, setMap, (change) => setMap((current) => withSeatChange(current, change))), [showId]);

  const cancelShow = async () => {
    setError(undefined);
    try {
      const cancelled = await post<CancelledShow>(`/api/admin/shows/${encodeURIComponent(showId)}/cancel`);
      setResult(`Show cancelled: ${cancelled.bookingsCancelled} bookings cancelled, ${formatMoney(cancelled.refunded)} refunded.`);
      setConfirming(false);
      void show.reload();
      void bookings.reload();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const s = show.data;
  const counts = map
    ? { booked: map.seats.filter((x) => x.status === 'booked').length, held: map.seats.filter((x) => x.status === 'held').length }
    : undefined;
  return (
    <section>
      {show.error && <ErrorNotice>{show.error}</ErrorNotice>}
      {s && (
        <div class="page-head">
          <div>
            <h1>{s.movie.title}</h1>
            <p class="muted">
              {s.cinema.name} · {s.hall.name} · {formatDateTime(s.startsAt)} · <span class={`status status-${s.status}`}>{s.status}</span>
            </p>
          </div>
          {s.status === 'upcoming' && !confirming && (
            <div class="button-row">
              {mayDo(user, 'manager') && (
                <Link href={`/admin/shows/${encodeURIComponent(showId)}/blocks`} class="button">
                  Hold seats back
                </Link>
              )}
              <button type="button" class="danger" onClick={() => setConfirming(true)}>
                Cancel show
              </button>
            </div>
          )}
        </div>
      )}
      {result && <InfoNotice>{result}</InfoNotice>}
      {confirming && bookings.data && (
        <div class="confirm card" role="group" aria-label="Confirm cancelling the show">
          <p>
            Cancelling refunds <strong>{formatMoney(bookings.data.refundOnCancel.amount)}</strong> in full to{' '}
            {bookings.data.refundOnCancel.bookings} confirmed {bookings.data.refundOnCancel.bookings === 1 ? 'booking' : 'bookings'},
            releases every hold, and tells each customer.
          </p>
          <button type="button" class="danger" onClick={() => void cancelShow()}>
            Yes, cancel and refund {formatMoney(bookings.data.refundOnCancel.amount)}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep the show
          </button>
        </div>
      )}
      {error && <ErrorNotice>{error}</ErrorNotice>}
      {counts && s && (
        <p>
          {counts.booked} booked, {counts.held} held, {s.seatsTotal - counts.booked - counts.held} free of {s.seatsTotal}.
        </p>
      )}
      <SeatLegend prices={s?.prices} />
      {map && <SeatMap rows={map.rows} seats={map.seats} caption="Live seat map" />}
      <h2>Bookings</h2>
      {bookings.error && <ErrorNotice>{bookings.error}</ErrorNotice>}
      {bookings.data && bookings.data.bookings.length === 0 && <p>No bookings yet.</p>}
      {bookings.data && bookings.data.bookings.length > 0 && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Customer</th>
                <th scope="col">Seats</th>
                <th scope="col">Total</th>
                <th scope="col">Paid by</th>
                <th scope="col">Status</th>
                <th scope="col">Made</th>
              </tr>
            </thead>
            <tbody>
              {bookings.data.bookings.map((b) => (
                <tr key={b.id}>
                  <td>
                    {b.customer.name}
                    <br />
                    <span class="muted small">{b.customer.email}</span>
                  </td>
                  <td>{b.seats.join(', ')}</td>
                  <td>{formatMoney(b.total)}</td>
                  <td>{b.paymentMethod ?? '—'}</td>
                  <td>{b.status}</td>
                  <td>{formatDateTime(b.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
