// The box office counter: the cashier's shift, a show of its cinema, seats chosen on the live map
// or the best available of a number, the payment taken (cash, card terminal, UPI QR), then the
// ticket to print; and food and drink handed over by pickup code. Closing the shift shows what was
// taken by method.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ItemPicker, itemsAsked, itemsPrice, useMenu, type ItemChoice } from '../components/ItemPicker.tsx';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { SeatLegend, SeatMap, type MapSeat } from '../components/SeatMap.tsx';
import { ApiError, get, messageOf, post } from '../lib/api.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { watchSeats, withSeatChange } from '../lib/live-seats.ts';
import { navigate } from '../lib/router.tsx';
import type { AdminCinema, BookingRules, CounterMethod, CounterSale, SeatMapData, SeatType, Shift, Show } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';
import { PickupForm } from './PickupForm.tsx';

const METHODS: [CounterMethod, string][] = [
  ['cash', 'Cash'],
  ['card-terminal', 'Card terminal'],
  ['upi-qr', 'UPI QR'],
];

/** The caller's open shift, or null when none is open. */
async function currentShift(): Promise<Shift | null> {
  try {
    return await get<Shift>('/api/admin/shifts/current');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

function Takings({ shift }: { shift: Shift }) {
  return (
    <table class="figures">
      <caption>Taken in this shift</caption>
      <thead>
        <tr>
          <th scope="col">Method</th>
          <th scope="col">Sales</th>
          <th scope="col">Amount</th>
        </tr>
      </thead>
      <tbody>
        {shift.takings.map((t) => (
          <tr key={t.method}>
            <th scope="row">{METHODS.find(([m]) => m === t.method)?.[1] ?? t.method}</th>
            <td>{t.sales}</td>
            <td>{formatMoney(t.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td />
          <td>{formatMoney(shift.total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

function OpenShift({ onOpened, closed }: { onOpened: () => void; closed: Shift | undefined }) {
  const cinemas = useFetch(() => get<AdminCinema[]>('/api/admin/cinemas'), 'cinemas');
  const [cinemaId, setCinemaId] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const open = async (event: Event) => {
    event.preventDefault();
    try {
      await post<Shift>('/api/admin/shifts', { cinemaId });
      onOpened();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <>
      {closed && (
        <InfoNotice>
          Shift closed at {closed.closedAt ? formatDateTime(closed.closedAt) : ''}. <Takings shift={closed} />
        </InfoNotice>
      )}
      <form class="card stack" onSubmit={(e) => void open(e)}>
        <label class="field">
          <span>Cinema</span>
          <select required value={cinemaId} onChange={(e) => setCinemaId(e.currentTarget.value)}>
            <option value="">Choose…</option>
            {(cinemas.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}, {c.cityName}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary">
          Open shift
        </button>
        {error && <ErrorNotice>{error}</ErrorNotice>}
      </form>
    </>
  );
}

function Sell({ shift, onChange }: { shift: Shift; onChange: (closed?: Shift) => void }) {
  const shows = useFetch(() => get<Show[]>(`/api/shows?cinemaId=${encodeURIComponent(shift.cinema.id)}`), shift.cinema.id);
  const upcoming = (shows.data ?? []).filter((s) => s.status === 'upcoming');
  const [showId, setShowId] = useState('');
  const [map, setMap] = useState<SeatMapData | undefined>(undefined);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [method, setMethod] = useState<CounterMethod>('cash');
  const [error, setError] = useState<string | undefined>(undefined);
  const [selling, setSelling] = useState(false);
  const menu = useMenu(shift.cinema.id);
  const [food, setFood] = useState<ItemChoice>({});
  const rules = useFetch(() => get<BookingRules>('/api/booking-rules'), 'rules');
  const [choosing, setChoosing] = useState<'map' | 'best'>('map');
  const [bestCount, setBestCount] = useState(2);
  const [bestType, setBestType] = useState<SeatType | ''>('');

  useEffect(() => {
    setMap(undefined);
    setSelected(new Set());
    if (!showId) return undefined;
    return watchSeats(showId, setMap, (change) => {
      setMap((current) => withSeatChange(current, change));
      if (change.status !== 'available') setSelected((current) => new Set([...current].filter((id) => !change.seatIds.includes(id))));
    });
  }, [showId]);

  const byId = useMemo(() => new Map((map?.seats ?? []).map((s) => [s.id, s])), [map]);
  const chosen = [...selected].map((id) => byId.get(id)).filter((s): s is NonNullable<typeof s> => s !== undefined);
  const typesInHall = [...new Set((map?.rows ?? []).map((r) => r.seatType))];
  const best = choosing === 'best';
  const toggle = (seat: MapSeat) => {
    if (seat.status !== 'available' && !selected.has(seat.id)) return;
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(seat.id)) next.delete(seat.id);
      else next.add(seat.id);
      return next;
    });
  };

  const sell = async () => {
    setError(undefined);
    setSelling(true);
    try {
      const seats = best ? { quantity: bestCount, ...(bestType ? { seatType: bestType } : {}) } : { seatIds: chosen.map((s) => s.id) };
      const sale = await post<CounterSale>('/api/admin/counter-sales', { showId, ...seats, payment: { method }, items: itemsAsked(food) });
      navigate(`/admin/counter/sales/${sale.id}`);
    } catch (e) {
      if (best && e instanceof ApiError && e.kind === 'seats-unavailable') {
        setError(`No ${bestCount} seats side by side are free${bestType ? ` in ${bestType}` : ''}. Choose on the map.`);
      } else setError(messageOf(e));
      if (e instanceof ApiError && e.kind === 'items-unavailable') void menu.reload();
    } finally {
      setSelling(false);
    }
  };
  const close = async () => {
    try {
      onChange(await post<Shift>(`/api/admin/shifts/${encodeURIComponent(shift.id)}/close`));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <>
      <p>
        Shift at {shift.cinema.name}, opened {formatDateTime(shift.openedAt)}.{' '}
        <button type="button" class="link-button" onClick={() => void close()}>
          Close shift
        </button>
      </p>
      <label class="field">
        <span>Show</span>
        <select value={showId} onChange={(e) => setShowId(e.currentTarget.value)}>
          <option value="">Choose…</option>
          {upcoming.map((s) => (
            <option key={s.id} value={s.id}>
              {formatDateTime(s.startsAt)}: {s.movie.title}, {s.hall.name} ({s.seatsAvailable} free)
            </option>
          ))}
        </select>
      </label>
      {map && (
        <>
          <SeatLegend />
          <fieldset class="card stack">
            <legend>Seats</legend>
            <label>
              <input type="radio" name="choosing" checked={!best} onChange={() => setChoosing('map')} /> Chosen on the map
            </label>
            <label>
              <input type="radio" name="choosing" checked={best} onChange={() => setChoosing('best')} /> Best available
            </label>
            {best && (
              <>
                <label class="field">
                  <span>How many seats</span>
                  <input
                    type="number"
                    min={1}
                    max={rules.data?.maxSeatsPerBooking}
                    required
                    value={bestCount}
                    onInput={(e) => setBestCount(Number(e.currentTarget.value))}
                  />
                </label>
                <label class="field">
                  <span>Seat type</span>
                  <select value={bestType} onChange={(e) => setBestType(e.currentTarget.value as SeatType | '')}>
                    <option value="">Any</option>
                    {typesInHall.map((type) => (
                      <option key={type} value={type}>
                        {type}
                      </option>
                    ))}
                  </select>
                </label>
              </>
            )}
          </fieldset>
          {!best && (
            <SeatMap rows={map.rows} seats={map.seats} selected={selected} onToggle={toggle} caption="Seats: choose the customer's" />
          )}
          {menu.data && <ItemPicker menu={menu.data} choice={food} onChange={setFood} />}
          <fieldset class="card stack">
            <legend>Payment taken</legend>
            {METHODS.map(([value, label]) => (
              <label key={value}>
                <input type="radio" name="method" value={value} checked={method === value} onChange={() => setMethod(value)} /> {label}
              </label>
            ))}
            {best ? (
              <p>
                The best {bestCount} seats{bestType ? ` (${bestType})` : ''} side by side, with {formatMoney(itemsPrice(menu.data, food))}{' '}
                of food and drink; the price is on the ticket.
              </p>
            ) : (
              <p>
                {chosen.length} seats: {chosen.map((s) => s.label).join(', ') || 'none'};{' '}
                {formatMoney(chosen.reduce((sum, s) => sum + s.price.amount, 0) + itemsPrice(menu.data, food))} with food and drink, before
                any GST the cinema adds.
              </p>
            )}
            <button
              type="button"
              class="primary"
              disabled={(best ? !(bestCount >= 1) : chosen.length === 0) || selling}
              onClick={() => void sell()}
            >
              Sell and print ticket
            </button>
          </fieldset>
        </>
      )}
      {error && <ErrorNotice>{error}</ErrorNotice>}
      <PickupForm cinemaId={shift.cinema.id} />
      <Takings shift={shift} />
    </>
  );
}

export function CounterPage() {
  const shift = useFetch(currentShift, 'current-shift');
  const [closed, setClosed] = useState<Shift | undefined>(undefined);
  return (
    <section>
      <h1>Box office</h1>
      {shift.error && <ErrorNotice>{shift.error}</ErrorNotice>}
      {shift.loading && !shift.data && <p role="status">Loading…</p>}
      {shift.data === null && <OpenShift closed={closed} onOpened={() => void shift.reload()} />}
      {shift.data && (
        <Sell
          shift={shift.data}
          onChange={(done) => {
            setClosed(done);
            void shift.reload();
          }}
        />
      )}
    </section>
  );
}
