// A movie's shows in the chosen city, by date and cinema, times in each cinema's zone,
// with how full each show is; optionally only those with a wheelchair space free.
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../components/Notice.tsx';
import { Poster } from '../components/Poster.tsx';
import { get } from '../lib/api.ts';
import { formatDay, formatDuration, formatTime, localDate, percent } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.ts';
import type { Movie, Show } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

function fullness(show: Show): { label: string; level: 'low' | 'mid' | 'high' } {
  const taken = percent(show.seatsTotal - show.seatsAvailable, show.seatsTotal);
  if (show.seatsAvailable === 0) return { label: 'Sold out', level: 'high' };
  if (taken >= 70) return { label: `${taken}% full, filling fast`, level: 'high' };
  if (taken >= 40) return { label: `${taken}% full`, level: 'mid' };
  return { label: `${taken}% full`, level: 'low' };
}

export function MoviePage({ movieId }: { movieId: string }) {
  const { city } = useSession();
  const [wheelchair, setWheelchair] = useState(false);
  const key = `${movieId}:${city?.id ?? ''}`;
  const shows = useFetch(
    () =>
      get<Show[]>(
        `/api/shows?movieId=${encodeURIComponent(movieId)}${city ? `&cityId=${encodeURIComponent(city.id)}` : ''}${wheelchair ? '&wheelchair=true' : ''}`,
      ),
    `${key}:${wheelchair}`,
  );
  const movies = useFetch(city ? () => get<Movie[]>(`/api/cities/${city.id}/movies`) : null, key);
  const movie = movies.data?.find((m) => m.id === movieId);
  const upcoming = (shows.data ?? []).filter((s) => s.status === 'upcoming');
  const dates = [...new Set(upcoming.map((s) => localDate(s.startsAt)))].sort();
  const [chosenDate, setChosenDate] = useState<string | undefined>(undefined);
  const date = chosenDate && dates.includes(chosenDate) ? chosenDate : dates[0];
  const onDate = upcoming.filter((s) => localDate(s.startsAt) === date);
  const cinemas = [...new Map(onDate.map((s) => [s.cinema.id, s.cinema])).values()];
  const title = movie?.title ?? shows.data?.[0]?.movie.title ?? 'Movie';

  return (
    <section>
      <div class="movie-head">
        <Poster title={title} />
        <div>
          <h1>{title}</h1>
          {movie && (
            <p class="muted">
              {movie.language} · {movie.genre} · {formatDuration(movie.durationMinutes)}
            </p>
          )}
          {movie?.description && <p>{movie.description}</p>}
          {city && <p class="muted">Shows in {city.name}</p>}
        </div>
      </div>
      <label class="field inline">
        <input type="checkbox" name="wheelchair" checked={wheelchair} onChange={(e) => setWheelchair(e.currentTarget.checked)} />
        <span>Only shows with a wheelchair space free</span>
      </label>
      {shows.error && <ErrorNotice>Shows could not be loaded: {shows.error}</ErrorNotice>}
      {shows.data && upcoming.length === 0 && <p>{wheelchair ? 'No upcoming show has a wheelchair space free.' : 'No upcoming shows.'}</p>}
      {dates.length > 0 && (
        <div class="date-tabs" role="group" aria-label="Date">
          {dates.map((d) => {
            const first = upcoming.find((s) => localDate(s.startsAt) === d)!;
            return (
              <button type="button" key={d} aria-pressed={d === date} onClick={() => setChosenDate(d)} class="date-tab">
                {formatDay(first.startsAt)}
              </button>
            );
          })}
        </div>
      )}
      {cinemas.map((cinema) => (
        <article class="cinema-shows" key={cinema.id}>
          <h2>{cinema.name}</h2>
          <ul class="show-times">
            {onDate
              .filter((s) => s.cinema.id === cinema.id)
              .map((show) => {
                const full = fullness(show);
                return (
                  <li key={show.id}>
                    <Link href={`/shows/${show.id}`} class={`show-time fill-${full.level}`}>
                      <strong>{formatTime(show.startsAt)}</strong>
                      <span class="muted">{show.hall.name}</span>
                      <span class="fill-bar" aria-hidden="true">
                        <span style={{ width: `${percent(show.seatsTotal - show.seatsAvailable, show.seatsTotal)}%` }} />
                      </span>
                      <span class="fill-label">
                        {full.label}
                        <span class="visually-hidden">
                          , {show.seatsAvailable} of {show.seatsTotal} seats free
                        </span>
                      </span>
                    </Link>
                  </li>
                );
              })}
          </ul>
          <p class="muted small">Times are local to the cinema ({cinema.timeZone}).</p>
        </article>
      ))}
    </section>
  );
}
