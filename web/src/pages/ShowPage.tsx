// Choosing seats: the live seat map, the legend of prices, the running total, and the hold.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ItemPicker, itemsAsked, itemsPrice, useMenu, type ItemChoice } from '../components/ItemPicker.tsx';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { SeatLegend, SeatMap, type MapSeat } from '../components/SeatMap.tsx';
import { ApiError, get, messageOf, post } from '../lib/api.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { watchSeats, withSeatChange } from '../lib/live-seats.ts';
import { Link, navigate } from '../lib/router.tsx';
import { useSession } from '../lib/session.ts';
import type { Booking, BookingRules, SeatMapData, SeatType, Show } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

const DEFAULT_MAX_SEATS = 10;

function holdLabel(signedIn: boolean, seats: number): string {
  if (!signedIn) return 'Sign in to hold seats';
  if (seats === 0) return 'Hold seats';
  return seats === 1 ? 'Hold 1 seat' : `Hold ${seats} seats`;
}

/** The seat choice survives a detour through sign-in. */
const choiceKey = (showId: string) => `houseful.choice.${showId}`;

export function ShowPage({ showId }: { showId: string }) {
  const { user } = useSession();
  const show = useFetch(() => get<Show>(`/api/shows/${encodeURIComponent(showId)}`), showId);
  const rules = useFetch(() => get<BookingRules>('/api/booking-rules'), 'rules');
  const maxSeats = rules.data?.maxSeatsPerBooking ?? DEFAULT_MAX_SEATS;
  const [map, setMap] = useState<SeatMapData | undefined>(undefined);
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set<string>(JSON.parse(sessionStorage.getItem(choiceKey(showId)) ?? '[]')),
  );
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [holding, setHolding] = useState(false);
  const [promoCode, setPromoCode] = useState('');
  const [bestCount, setBestCount] = useState(2);
  const [bestType, setBestType] = useState<SeatType | ''>('');
  const menu = useMenu(show.data?.cinema.id);
  const [food, setFood] = useState<ItemChoice>({});
  const selectedRef = useRef(selected);
  selectedRef.current = selected;

  useEffect(() => {
    sessionStorage.setItem(choiceKey(showId), JSON.stringify([...selected]));
  }, [selected, showId]);

  useEffect(() => {
    const dropTaken = (takenIds: string[], labelOf: (id: string) => string | undefined) => {
      const lost = takenIds.filter((id) => selectedRef.current.has(id));
      if (lost.length === 0) return;
      setSelected((current) => new Set([...current].filter((id) => !lost.includes(id))));
      setAnnouncement(`Just taken by someone else: ${lost.map(labelOf).join(', ')}`);
    };
    return watchSeats(
      showId,
      (fresh) => {
        setMap(fresh);
        const byId = new Map(fresh.seats.map((s) => [s.id, s]));
        dropTaken(
          fresh.seats.filter((s) => s.status !== 'available').map((s) => s.id),
          (id) => byId.get(id)?.label,
        );
      },
      (change) => {
        setMap((current) => withSeatChange(current, change));
        if (change.status !== 'available') dropTaken(change.seatIds, (id) => id);
      },
    );
  }, [showId]);

  const seatsById = useMemo(() => new Map((map?.seats ?? []).map((s) => [s.id, s])), [map]);
  const chosen = [...selected].map((id) => seatsById.get(id)).filter((s): s is NonNullable<typeof s> => s !== undefined);
  const total = chosen.reduce((sum, seat) => sum + seat.price.amount, 0) + itemsPrice(menu.data, food);
  const typesInHall = new Set((map?.rows ?? []).map((r) => r.seatType));
  const kindsInHall = [...new Set((map?.seats ?? []).map((seat) => seat.kind))];
  const notes = chosen.filter((seat) => seat.note).map((seat) => `${seat.label}: ${seat.note}`);
  const prices = show.data
    ? (Object.fromEntries(Object.entries(show.data.prices).filter(([type]) => typesInHall.has(type as SeatType))) as Show['prices'])
    : undefined;

  const toggle = (seat: MapSeat) => {
    setError(undefined);
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(seat.id)) {
        next.delete(seat.id);
        setAnnouncement(`${seat.label} removed. ${next.size} chosen.`);
      } else if (next.size >= maxSeats) {
        setAnnouncement(`You can choose up to ${maxSeats} seats.`);
        return current;
      } else {
        next.add(seat.id);
        setAnnouncement(`${seat.label} chosen. ${next.size} chosen.`);
      }
      return next;
    });
  };

  /** Holds the request's seats and goes to checkout; a refusal is explained beside the map. */
  const holdWith = async (request: { seatIds: string[] } | { quantity: number; seatType?: SeatType }) => {
    if (!user) {
      navigate(`/signin?next=${encodeURIComponent(`/shows/${showId}`)}`);
      return;
    }
    setHolding(true);
    setError(undefined);
    try {
      const code = promoCode.trim();
      const booking = await post<Booking>('/api/bookings', {
        showId,
        ...request,
        ...(code ? { promoCode: code } : {}),
        items: itemsAsked(food),
      });
      sessionStorage.removeItem(choiceKey(showId));
      navigate(`/bookings/${booking.id}/checkout`);
    } catch (e) {
      if (e instanceof ApiError && 'quantity' in request && e.kind === 'seats-unavailable') {
        setError(
          `No ${request.quantity} seats side by side are free${request.seatType ? ` in ${request.seatType}` : ''}. Choose on the map.`,
        );
      } else if (e instanceof ApiError && e.problem.unavailableSeatIds) {
        const taken = e.problem.unavailableSeatIds.map((id) => seatsById.get(id)?.label ?? id);
        setError(`Taken meanwhile: ${taken.join(', ')}. Choose other seats.`);
        setSelected((current) => new Set([...current].filter((id) => !e.problem.unavailableSeatIds?.includes(id))));
      } else if (e instanceof ApiError && e.kind === 'items-unavailable') {
        const short = (e.problem.unavailableItemIds ?? []).map((id) => menu.data?.find((item) => item.id === id)?.name ?? id);
        setError(`Too few left of ${short.join(', ')}: nothing was held. Choose fewer, or none.`);
        void menu.reload();
      } else if (e instanceof ApiError && e.kind === 'would-strand-seat') {
        const alone = (e.problem.strandedSeatIds ?? []).map((id) => seatsById.get(id)?.label ?? id);
        setError(`This cinema does not leave a seat on its own: your choice would leave ${alone.join(', ')} alone. Move it by a seat.`);
      } else if (e instanceof ApiError && e.kind === 'too-many-promo-code-attempts') {
        const minutes = Math.max(1, Math.ceil(Number(e.problem.retryAfterSeconds ?? 60) / 60));
        setError(
          `Too many promo codes were refused lately: try a code again in ${minutes} minute${minutes === 1 ? '' : 's'}, or remove it to hold without one. Nothing was held.`,
        );
      } else if (e instanceof ApiError && e.kind === 'promo-code-not-applicable') {
        setError(
          `Promo code ${promoCode.trim().toUpperCase()}: ${e.problem.reason ?? e.problem.detail} Nothing was held; remove the code or try another.`,
        );
      } else setError(messageOf(e));
      setHolding(false);
    }
  };

  const hold = () => holdWith({ seatIds: chosen.map((c) => c.id) });
  const holdBest = (event: Event) => {
    event.preventDefault();
    void holdWith({ quantity: bestCount, ...(bestType ? { seatType: bestType } : {}) });
  };

  const s = show.data;
  return (
    <section class="show-page">
      {show.error && <ErrorNotice>{show.error}</ErrorNotice>}
      {s && (
        <div class="page-head">
          <div>
            <h1>{s.movie.title}</h1>
            <p class="muted">
              {s.cinema.name} · {s.hall.name} · {formatDateTime(s.startsAt)}
            </p>
          </div>
          <Link href={`/movies/${s.movie.id}`}>Other shows</Link>
        </div>
      )}
      {s && s.status !== 'upcoming' && <InfoNotice>This show is {s.status}: seats can no longer be booked.</InfoNotice>}
      <SeatLegend prices={prices} kinds={kindsInHall} />
      {s?.status === 'upcoming' && (
        <form class="best-available card" onSubmit={holdBest} aria-labelledby="best-available-title">
          <h2 id="best-available-title">Best available</h2>
          <label class="field">
            <span>Seats</span>
            <select name="best-count" value={bestCount} onChange={(e) => setBestCount(Number(e.currentTarget.value))}>
              {Array.from({ length: maxSeats }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>Seat type</span>
            <select name="best-type" value={bestType} onChange={(e) => setBestType(e.currentTarget.value as SeatType | '')}>
              <option value="">Any</option>
              {[...typesInHall].map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={holding}>
            {user ? `Take the best ${bestCount === 1 ? 'seat' : `${bestCount} seats`}` : 'Sign in to take the best seats'}
          </button>
        </form>
      )}
      {map ? (
        <SeatMap
          rows={map.rows}
          seats={map.seats}
          selected={selected}
          onToggle={s?.status === 'upcoming' ? toggle : undefined}
          caption={`Seats, up to ${maxSeats}: arrow keys move, Space or Enter chooses`}
        />
      ) : (
        <p role="status">Loading seats…</p>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {s?.status === 'upcoming' && menu.data && <ItemPicker menu={menu.data} choice={food} onChange={setFood} />}
      <div class="selection-bar">
        <div>
          <strong data-testid="selection-summary">
            {chosen.length === 0
              ? 'No seats chosen'
              : `${chosen.length} ${chosen.length === 1 ? 'seat' : 'seats'}: ${chosen.map((c) => c.label).join(', ')}`}
          </strong>
          <div>
            Total <span data-testid="running-total">{formatMoney(total)}</span>
          </div>
        </div>
        <label class="promo-code">
          Promo code
          <input
            type="text"
            name="promoCode"
            autocomplete="off"
            maxLength={32}
            value={promoCode}
            onInput={(e) => setPromoCode((e.target as HTMLInputElement).value)}
          />
        </label>
        {notes.length > 0 && (
          <p class="seat-notes" data-testid="seat-notes">
            {notes.join(' ')}
          </p>
        )}
        <button type="button" class="primary" disabled={chosen.length === 0 || holding} onClick={() => void hold()}>
          {holdLabel(user !== null, chosen.length)}
        </button>
      </div>
      {error && <ErrorNotice>{error}</ErrorNotice>}
    </section>
  );
}
