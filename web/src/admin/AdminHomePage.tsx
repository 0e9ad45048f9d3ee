// Staff home: the staff pages the caller's role may use; for managers, their cinemas' shows; for
// admins, adding cities, cinemas and movies too.
import { useState } from 'preact/hooks';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { get, messageOf, post } from '../lib/api.ts';
import { formatDateTime, percent } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.ts';
import { mayDo, type StaffRole } from '../lib/staff-roles.ts';
import type { AdminCinema, City, CreatedMovie, Show } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

/** A small form that posts its fields and reports what happened. */
function useSubmit<T>(send: () => Promise<T>, describe: (created: T) => string, after: () => void) {
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    setMessage(undefined);
    try {
      setMessage(describe(await send()));
      after();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return { submit, message, error };
}

/** Each staff page, and the least role that may use it. */
const PAGES: [string, string, StaffRole][] = [
  ['/admin/halls/new', 'New hall', 'manager'],
  ['/admin/shows/new', 'New show', 'manager'],
  ['/admin/dashboard', 'Dashboard', 'manager'],
  ['/admin/money', 'Money', 'manager'],
  ['/admin/items', 'Food and drink', 'manager'],
  ['/admin/checkin', 'Door check-in', 'door'],
  ['/admin/counter', 'Box office', 'box-office'],
  ['/admin/audit', 'Audit log', 'manager'],
  ['/admin/staff', 'Staff roles', 'admin'],
];

export function AdminHomePage() {
  const { user } = useSession();
  const managed = new Set(user?.cinemaRoles.filter((r) => r.role === 'manager').map((r) => r.cinemaId));
  const isAdmin = user?.role === 'admin';
  const cities = useFetch(() => get<City[]>('/api/cities'), 'cities');
  const cinemas = useFetch(() => get<AdminCinema[]>('/api/admin/cinemas'), 'cinemas');
  const shows = useFetch(() => get<Show[]>('/api/shows'), 'shows');

  const [city, setCity] = useState({ name: '', state: '' });
  const cityForm = useSubmit(
    () => post<City>('/api/admin/cities', city),
    (c) => `City ${c.name} added.`,
    () => {
      setCity({ name: '', state: '' });
      void cities.reload();
    },
  );
  const [cinema, setCinema] = useState({ cityId: '', name: '', address: '', timeZone: 'Asia/Kolkata' });
  const cinemaForm = useSubmit(
    () => post<AdminCinema>('/api/admin/cinemas', cinema),
    (c) => `Cinema ${c.name} added.`,
    () => {
      setCinema({ ...cinema, name: '', address: '' });
      void cinemas.reload();
    },
  );
  const [movie, setMovie] = useState({ title: '', durationMinutes: '120', language: '', genre: '', description: '' });
  const movieForm = useSubmit(
    () =>
      post<CreatedMovie>('/api/admin/movies', {
        title: movie.title,
        durationMinutes: Number(movie.durationMinutes),
        language: movie.language,
        genre: movie.genre,
        ...(movie.description ? { description: movie.description } : {}),
      }),
    (m) => `Movie ${m.title} added.`,
    () => setMovie({ title: '', durationMinutes: '120', language: '', genre: '', description: '' }),
  );

  return (
    <section>
      <div class="page-head">
        <h1>Staff</h1>
        <nav aria-label="Staff">
          <ul class="button-row">
            {PAGES.filter(([, , least]) => mayDo(user, least)).map(([href, label]) => (
              <li key={href}>
                <Link href={href} class="button">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>

      {mayDo(user, 'manager') && (
        <>
          <h2>Shows</h2>
          {shows.error && <ErrorNotice>{shows.error}</ErrorNotice>}
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Starts</th>
                  <th scope="col">Movie</th>
                  <th scope="col">Cinema · hall</th>
                  <th scope="col">Full</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {(shows.data ?? [])
                  .filter((s) => isAdmin || managed.has(s.cinema.id))
                  .map((s) => (
                    <tr key={s.id}>
                      <td>{formatDateTime(s.startsAt)}</td>
                      <td>
                        <Link href={`/admin/shows/${s.id}`}>{s.movie.title}</Link>
                      </td>
                      <td>
                        {s.cinema.name} · {s.hall.name}
                      </td>
                      <td>{percent(s.seatsTotal - s.seatsAvailable, s.seatsTotal)}%</td>
                      <td>{s.status}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {isAdmin && (
        <div class="admin-forms">
          <form class="card stack" onSubmit={(e) => void cityForm.submit(e)} aria-labelledby="new-city">
            <h2 id="new-city">New city</h2>
            <label class="field">
              <span>Name</span>
              <input required value={city.name} onInput={(e) => setCity({ ...city, name: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>State</span>
              <input required value={city.state} onInput={(e) => setCity({ ...city, state: e.currentTarget.value })} />
            </label>
            {cityForm.message && <InfoNotice>{cityForm.message}</InfoNotice>}
            {cityForm.error && <ErrorNotice>{cityForm.error}</ErrorNotice>}
            <button type="submit" class="primary">
              Add city
            </button>
          </form>

          <form class="card stack" onSubmit={(e) => void cinemaForm.submit(e)} aria-labelledby="new-cinema">
            <h2 id="new-cinema">New cinema</h2>
            <label class="field">
              <span>City</span>
              <select required value={cinema.cityId} onChange={(e) => setCinema({ ...cinema, cityId: e.currentTarget.value })}>
                <option value="">Choose a city</option>
                {(cities.data ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>Name</span>
              <input required value={cinema.name} onInput={(e) => setCinema({ ...cinema, name: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Address</span>
              <input required value={cinema.address} onInput={(e) => setCinema({ ...cinema, address: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Time zone (IANA)</span>
              <input required value={cinema.timeZone} onInput={(e) => setCinema({ ...cinema, timeZone: e.currentTarget.value })} />
            </label>
            {cinemaForm.message && <InfoNotice>{cinemaForm.message}</InfoNotice>}
            {cinemaForm.error && <ErrorNotice>{cinemaForm.error}</ErrorNotice>}
            <button type="submit" class="primary">
              Add cinema
            </button>
          </form>

          <form class="card stack" onSubmit={(e) => void movieForm.submit(e)} aria-labelledby="new-movie">
            <h2 id="new-movie">New movie</h2>
            <label class="field">
              <span>Title</span>
              <input required value={movie.title} onInput={(e) => setMovie({ ...movie, title: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Duration (minutes)</span>
              <input
                type="number"
                min={1}
                max={1000}
                required
                value={movie.durationMinutes}
                onInput={(e) => setMovie({ ...movie, durationMinutes: e.currentTarget.value })}
              />
            </label>
            <label class="field">
              <span>Language</span>
              <input required value={movie.language} onInput={(e) => setMovie({ ...movie, language: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Genre</span>
              <input required value={movie.genre} onInput={(e) => setMovie({ ...movie, genre: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Description (optional)</span>
              <textarea rows={3} value={movie.description} onInput={(e) => setMovie({ ...movie, description: e.currentTarget.value })} />
            </label>
            {movieForm.message && <InfoNotice>{movieForm.message}</InfoNotice>}
            {movieForm.error && <ErrorNotice>{movieForm.error}</ErrorNotice>}
            <button type="submit" class="primary">
              Add movie
            </button>
          </form>
        </div>
      )}
    </section>
  );
}
