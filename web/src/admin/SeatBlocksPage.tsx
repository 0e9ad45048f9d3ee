// Seats a show holds back (house seats, a broken seat, guests): staff choose them on the live seat
// map, say why and block them, see the blocked ones with their reasons, and release them. Blocked
// seats read as booked to customers.
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice } from '../components/Notice.tsx';
import { SeatLegend, SeatMap, type MapSeat } from '../components/SeatMap.tsx';
import { ApiError, get, messageOf, post } from '../lib/api.ts';
import type { paths } from '../lib/api-types.gen.ts';
import { formatDateTime } from '../lib/format.ts';
import { watchSeats, withSeatChange } from '../lib/live-seats.ts';
import { Link } from '../lib/router.tsx';
import type { SeatMapData, Show } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

type ShowBlocks = paths['/api/admin/shows/{id}/blocks']['get']['responses'][200]['content']['application/json'];

const listed = (labels: string[]) => labels.join(', ');

export function SeatBlocksPage({ showId }: { showId: string }) {
  const base = `/api/admin/shows/${encodeURIComponent(showId)}/blocks`;
  const show = useFetch(() => get<Show>(`/api/shows/${encodeURIComponent(showId)}`), showId);
  const blocks = useFetch(() => get<ShowBlocks>(base), `blocks:${showId}`);
  const [map, setMap] = useState<SeatMapData | undefined>(undefined);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [releasing, setReleasing] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => watchSeats(showId, setMap, (change) => setMap((current) => withSeatChange(current, change))), [showId]);

  const labelOf = (id: string) => map?.seats.find((seat) => seat.id === id)?.label ?? id;
  const toggle = (set: ReadonlySet<string>, id: string) => {
    const next = new Set(set);
    if (!next.delete(id)) next.add(id);
    return next;
  };

  const act = async (run: () => Promise<string>) => {
    setError(undefined);
    setMessage(undefined);
    try {
      setMessage(await run());
      await blocks.reload();
    } catch (e) {
      if (e instanceof ApiError && e.problem.unavailableSeatIds) {
        const taken = e.problem.unavailableSeatIds.map(labelOf);
        setError(
          `${listed(taken)} ${taken.length === 1 ? 'is' : 'are'} held or bought by a customer: nothing was blocked. Choose other seats.`,
        );
      } else setError(messageOf(e));
    }
  };

  const block = (event: Event) => {
    event.preventDefault();
    if (chosen.size === 0) {
      setError('Choose the seats to hold back on the seat map first.');
      return;
    }
    void act(async () => {
      const seatIds = [...chosen];
      await post(base, { seatIds, reason: reason.trim() });
      setChosen(new Set());
      setReason('');
      return `Blocked ${listed(seatIds.map(labelOf))}.`;
    });
  };

  const release = (event: Event) => {
    event.preventDefault();
    if (releasing.size === 0) {
      setError('Tick the blocked seats to release first.');
      return;
    }
    void act(async () => {
      const seatIds = [...releasing];
      await post(`${base}/release`, { seatIds });
      setReleasing(new Set());
      return `Released ${listed(seatIds.map(labelOf))}: customers can book them again.`;
    });
  };

  const s = show.data;
  const blocked = blocks.data?.blocked ?? [];
  return (
    <section>
      <div class="page-head">
        <div>
          <h1>Hold seats back</h1>
          {s && (
            <p class="muted">
              {s.movie.title} · {s.cinema.name} · {s.hall.name} · {formatDateTime(s.startsAt)}
            </p>
          )}
        </div>
        <Link href={`/admin/shows/${encodeURIComponent(showId)}`}>Back to the show</Link>
      </div>
      {show.error && <ErrorNotice>{show.error}</ErrorNotice>}
      {message && <p role="status">{message}</p>}
      {error && <ErrorNotice>{error}</ErrorNotice>}
      <SeatLegend prices={s?.prices} />
      {map && (
        <SeatMap
          rows={map.rows}
          seats={map.seats}
          selected={chosen}
          onToggle={(seat: MapSeat) => setChosen((current) => toggle(current, seat.id))}
          caption="Choose seats to hold back"
        />
      )}
      <form class="card form" onSubmit={block} aria-label="Block seats">
        <p aria-live="polite">{chosen.size === 0 ? 'No seats chosen.' : `Chosen: ${listed([...chosen].map(labelOf))}`}</p>
        <label>
          Reason
          <input
            name="reason"
            required
            maxLength={300}
            value={reason}
            onInput={(e) => setReason((e.target as HTMLInputElement).value)}
            placeholder="House seats, a broken seat, guests…"
          />
        </label>
        <button type="submit" class="primary">
          Block chosen seats
        </button>
      </form>
      <h2>Held back</h2>
      {blocks.error && <ErrorNotice>{blocks.error}</ErrorNotice>}
      {blocks.data && blocked.length === 0 && <p>No seats are held back.</p>}
      {blocked.length > 0 && (
        <form onSubmit={release} aria-label="Release seats">
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Release</th>
                  <th scope="col">Seat</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Since</th>
                </tr>
              </thead>
              <tbody>
                {blocked.map((seat) => (
                  <tr key={seat.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Release ${seat.label}`}
                        checked={releasing.has(seat.id)}
                        onChange={() => setReleasing((current) => toggle(current, seat.id))}
                      />
                    </td>
                    <td>{seat.label}</td>
                    <td>{seat.reason}</td>
                    <td>{formatDateTime(seat.blockedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="submit">Release ticked seats</button>
        </form>
      )}
    </section>
  );
}
