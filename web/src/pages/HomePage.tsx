// The first page: pick a city (remembered), then the movies showing there, with filters.
import { useMemo, useState } from 'preact/hooks';
import { ErrorNotice } from '../components/Notice.tsx';
import { Poster } from '../components/Poster.tsx';
import { get } from '../lib/api.ts';
import { formatDuration } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { chooseCity, useSession } from '../lib/session.ts';
import type { City, Movie } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

function distinct(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}

export function HomePage() {
  const { city } = useSession();
  const cities = useFetch(() => get<City[]>('/api/cities'), 'cities');
  const movies = useFetch(city ? () => get<Movie[]>(`/api/cities/${city.id}/movies`) : null, `movies:${city?.id ?? ''}`);
  const [language, setLanguage] = useState('');
  const [genre, setGenre] = useState('');
  const [search, setSearch] = useState('');

  const shown = useMemo(() => {
    const words = search.trim().toLowerCase();
    return (movies.data ?? []).filter(
      (m) => (!language || m.language === language) && (!genre || m.genre === genre) && (!words || m.title.toLowerCase().includes(words)),
    );
  }, [movies.data, language, genre, search]);

  const onCity = (id: string) => {
    const picked = cities.data?.find((c) => c.id === id);
    if (picked) {
      chooseCity(picked);
      setLanguage('');
      setGenre('');
    }
  };

  return (
    <section>
      <div class="page-head">
        <h1>{city ? `Now showing in ${city.name}` : 'Pick your city'}</h1>
        <label class="field inline">
          <span>City</span>
          <select value={city?.id ?? ''} onChange={(e) => onCity(e.currentTarget.value)} name="city">
            <option value="" disabled>
              Choose a city
            </option>
            {(cities.data ?? []).map((c) => (
              <option value={c.id} key={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {cities.error && <ErrorNotice>Cities could not be loaded: {cities.error}</ErrorNotice>}
      {!city && cities.data && (
        <ul class="city-list">
          {cities.data.map((c) => (
            <li key={c.id}>
              <button type="button" class="city-button" onClick={() => onCity(c.id)}>
                {c.name}
                <small>{c.state}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
      {city && (
        <>
          <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
            <label class="field">
              <span>Search by title</span>
              <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} name="search" />
            </label>
            <label class="field">
              <span>Language</span>
              <select value={language} onChange={(e) => setLanguage(e.currentTarget.value)} name="language">
                <option value="">All languages</option>
                {distinct((movies.data ?? []).map((m) => m.language)).map((l) => (
                  <option key={l}>{l}</option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>Genre</span>
              <select value={genre} onChange={(e) => setGenre(e.currentTarget.value)} name="genre">
                <option value="">All genres</option>
                {distinct((movies.data ?? []).map((m) => m.genre)).map((g) => (
                  <option key={g}>{g}</option>
                ))}
              </select>
            </label>
          </form>
          {movies.error && <ErrorNotice>Movies could not be loaded: {movies.error}</ErrorNotice>}
          {movies.loading && !movies.data && <p role="status">Loading movies…</p>}
          {movies.data && (
            <p class="muted" role="status">
              {shown.length === 1 ? '1 movie' : `${shown.length} movies`}
            </p>
          )}
          <ul class="movie-grid">
            {shown.map((movie) => (
              <li key={movie.id} class="movie-card">
                <Link href={`/movies/${movie.id}`} class="movie-link">
                  <Poster title={movie.title} />
                  <h2>{movie.title}</h2>
                </Link>
                <p class="muted">
                  {movie.language} · {movie.genre} · {formatDuration(movie.durationMinutes)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
