// Scheduling a show: movie, hall, start in the cinema's zone and a price per seat type.
// Clashes with the hall's other shows are listed as soon as the fields are filled, before saving.
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { get, messageOf, post } from '../lib/api.ts';
import { formatDateTime, wallTimeToInstant } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import type { AdminCinema, AdminHall, CreatedShow, Movie, ShowClashes } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

const rupeesToPaise = (text: string) => Math.round(Number(text) * 100);

export function NewShowPage() {
  const movies = useFetch(() => get<Movie[]>('/api/admin/movies'), 'movies');
  const halls = useFetch(() => get<AdminHall[]>('/api/admin/halls'), 'halls');
  const cinemas = useFetch(() => get<AdminCinema[]>('/api/admin/cinemas'), 'cinemas');
  const [movieId, setMovieId] = useState('');
  const [hallId, setHallId] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [prices, setPrices] = useState({ regular: '250', premium: '400', vip: '600' });
  const [clashes, setClashes] = useState<ShowClashes | undefined>(undefined);
  const [created, setCreated] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const hall = halls.data?.find((h) => h.id === hallId);
  const timeZone = cinemas.data?.find((c) => c.id === hall?.cinemaId)?.timeZone ?? 'Asia/Kolkata';
  const instant = startsAt ? wallTimeToInstant(startsAt, timeZone) : undefined;

  useEffect(() => {
    setClashes(undefined);
    if (!movieId || !hallId || !instant) return;
    let current = true;
    const query = new URLSearchParams({ hallId, movieId, startsAt: instant.toISOString() });
    get<ShowClashes>(`/api/admin/show-clashes?${query}`).then(
      (found) => current && setClashes(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [movieId, hallId, instant?.getTime()]);

  const save = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    setCreated(undefined);
    try {
      const show = await post<CreatedShow>('/api/admin/shows', {
        movieId,
        hallId,
        startsAt: instant?.toISOString(),
        prices: { regular: rupeesToPaise(prices.regular), premium: rupeesToPaise(prices.premium), vip: rupeesToPaise(prices.vip) },
      });
      setCreated(show.id);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const clashing = (clashes?.clashes.length ?? 0) > 0;
  return (
    <section>
      <h1>New show</h1>
      <form class="card stack" onSubmit={(e) => void save(e)}>
        <label class="field">
          <span>Movie</span>
          <select required value={movieId} onChange={(e) => setMovieId(e.currentTarget.value)} name="movie">
            <option value="">Choose a movie</option>
            {(movies.data ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.title} ({m.durationMinutes} min)
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Hall</span>
          <select required value={hallId} onChange={(e) => setHallId(e.currentTarget.value)} name="hall">
            <option value="">Choose a hall</option>
            {(halls.data ?? []).map((h) => (
              <option key={h.id} value={h.id}>
                {h.cinemaName} · {h.name} ({h.totalSeats} seats)
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Starts (cinema time, {timeZone})</span>
          <input type="datetime-local" required value={startsAt} onInput={(e) => setStartsAt(e.currentTarget.value)} name="starts-at" />
        </label>
        <fieldset class="price-fields">
          <legend>Prices (₹)</legend>
          {(['regular', 'premium', 'vip'] as const).map((type) => (
            <label class="field" key={type}>
              <span>{type === 'vip' ? 'VIP' : type[0]!.toUpperCase() + type.slice(1)}</span>
              <input
                type="number"
                min={0}
                step="0.01"
                required
                value={prices[type]}
                onInput={(e) => setPrices({ ...prices, [type]: e.currentTarget.value })}
                name={`price-${type}`}
              />
            </label>
          ))}
        </fieldset>
        {clashes && !clashing && <InfoNotice>No clashes: the hall is free until {formatDateTime(clashes.endsAt)}.</InfoNotice>}
        {clashing && (
          <ErrorNotice>
            <p>This overlaps shows in the hall:</p>
            <ul>
              {clashes!.clashes.map((c) => (
                <li key={c.id}>
                  {c.title}, {formatDateTime(c.startsAt)} to {formatDateTime(c.endsAt)}
                </li>
              ))}
            </ul>
          </ErrorNotice>
        )}
        {error && <ErrorNotice>{error}</ErrorNotice>}
        {created && (
          <InfoNotice>
            Show created. <Link href={`/admin/shows/${created}`}>Open its page</Link>
          </InfoNotice>
        )}
        <button type="submit" class="primary" disabled={clashing}>
          Save show
        </button>
      </form>
    </section>
  );
}
