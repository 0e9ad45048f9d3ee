// What anyone may read: cities, movies and cinemas in a city, shows, and a show's seat map.
// A hold past its expiry reads as available everywhere here (DESIGN rule 4).
import type { Queryable } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { NotFound } from '../domain/errors.ts';
import { inr, type Money } from '../domain/money.ts';
import { inZone } from '../domain/zoned-time.ts';
import { effectiveShowStatus, type ShowStatus } from '../domain/states.ts';

export async function listCities(db: Queryable) {
  return (await db.query<{ id: string; name: string; state: string }>('SELECT id, name, state FROM cities ORDER BY name, id')).rows;
}

async function cityMustExist(db: Queryable, cityId: string): Promise<void> {
  if ((await db.query('SELECT 1 FROM cities WHERE id = $1', [cityId])).rowCount === 0) throw new NotFound('city');
}

export async function moviesInCity(db: Queryable, clock: Clock, cityId: string) {
  await cityMustExist(db, cityId);
  const rows = await db.query<{
    id: string;
    title: string;
    language: string;
    genre: string;
    duration_minutes: number;
    description: string | null;
    release_date: string | null;
  }>(
    `SELECT m.id, m.title, m.language, m.genre, m.duration_minutes, m.description, m.release_date::text AS release_date
     FROM movies m
     WHERE EXISTS (SELECT 1 FROM shows s JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id
                   WHERE s.movie_id = m.id AND c.city_id = $1 AND s.status = 'upcoming' AND s.starts_at > $2)
     ORDER BY m.title, m.id`,
    [cityId, clock.now()],
  );
  return rows.rows.map((m) => ({
    id: m.id,
    title: m.title,
    language: m.language,
    genre: m.genre,
    durationMinutes: m.duration_minutes,
    description: m.description,
    releaseDate: m.release_date,
  }));
}

export async function cinemasInCity(db: Queryable, cityId: string) {
  await cityMustExist(db, cityId);
  return (
    await db.query<{ id: string; name: string; address: string; timeZone: string }>(
      'SELECT id, name, address, time_zone AS "timeZone" FROM cinemas WHERE city_id = $1 ORDER BY name, id',
      [cityId],
    )
  ).rows;
}

export interface ShowView {
  id: string;
  movie: { id: string; title: string };
  cinema: { id: string; name: string; timeZone: string };
  hall: { id: string; name: string };
  startsAt: string;
  endsAt: string;
  status: ShowStatus;
  seatsAvailable: number;
  seatsTotal: number;
  prices: { regular: Money; premium: Money; vip: Money };
}

interface ShowRow {
  id: string;
  movie_id: string;
  title: string;
  cinema_id: string;
  cinema_name: string;
  time_zone: string;
  hall_id: string;
  hall_name: string;
  starts_at: Date;
  ends_at: Date;
  status: 'upcoming' | 'cancelled';
  seats_available: number;
  seats_total: number;
  price_regular: number;
  price_premium: number;
  price_vip: number;
}

const SELECT_SHOWS = `
  SELECT s.id, m.id AS movie_id, m.title, c.id AS cinema_id, c.name AS cinema_name, c.time_zone,
    h.id AS hall_id, h.name AS hall_name, s.starts_at, s.ends_at, s.status, h.total_seats AS seats_total,
    s.price_regular, s.price_premium, s.price_vip,
    (SELECT count(*)::int FROM show_seats ss WHERE ss.show_id = s.id
       AND (ss.status = 'available' OR (ss.status = 'held' AND ss.held_until <= $1))) AS seats_available
  FROM shows s
  JOIN movies m ON m.id = s.movie_id
  JOIN halls h ON h.id = s.hall_id
  JOIN cinemas c ON c.id = h.cinema_id`;

function toShowView(row: ShowRow, now: Date): ShowView {
  const status = effectiveShowStatus(row.status, row.starts_at, row.ends_at, now);
  return {
    id: row.id,
    movie: { id: row.movie_id, title: row.title },
    cinema: { id: row.cinema_id, name: row.cinema_name, timeZone: row.time_zone },
    hall: { id: row.hall_id, name: row.hall_name },
    startsAt: inZone(row.starts_at, row.time_zone),
    endsAt: inZone(row.ends_at, row.time_zone),
    status,
    // Nothing can be bought for a cancelled show.
    seatsAvailable: status === 'cancelled' ? 0 : row.seats_available,
    seatsTotal: row.seats_total,
    prices: { regular: inr(row.price_regular), premium: inr(row.price_premium), vip: inr(row.price_vip) },
  };
}

export interface ShowFilter {
  cityId?: string | undefined;
  movieId?: string | undefined;
  cinemaId?: string | undefined;
  /** YYYY-MM-DD in each cinema's own zone. */
  date?: string | undefined;
}

/** Shows matching the filter; without a date, those not yet over. */
export async function listShows(db: Queryable, clock: Clock, filter: ShowFilter): Promise<ShowView[]> {
  const now = clock.now();
  const params: unknown[] = [now];
  const where: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.cityId) add('c.city_id = ?', filter.cityId);
  if (filter.movieId) add('s.movie_id = ?', filter.movieId);
  if (filter.cinemaId) add('c.id = ?', filter.cinemaId);
  if (filter.date) add('(s.starts_at AT TIME ZONE c.time_zone)::date = ?::date', filter.date);
  else where.push('s.ends_at > $1');
  const rows = await db.query<ShowRow>(`${SELECT_SHOWS} WHERE ${where.join(' AND ')} ORDER BY s.starts_at, s.id LIMIT 1000`, params);
  return rows.rows.map((row) => toShowView(row, now));
}

export async function getShow(db: Queryable, clock: Clock, showId: string): Promise<ShowView> {
  const row = (await db.query<ShowRow>(`${SELECT_SHOWS} WHERE s.id = $2`, [clock.now(), showId])).rows[0];
  if (!row) throw new NotFound('show');
  return toShowView(row, clock.now());
}

export type SeatStatus = 'available' | 'held' | 'booked';

export interface SeatMap {
  showId: string;
  seats: { id: string; label: string; row: string; number: number; type: string; price: Money; status: SeatStatus }[];
  /** The hall's rows as created, with aisles, for drawing the map. */
  rows: { label: string; seatType: string; seats: number; aislesAfter: number[] }[];
}

export async function seatMap(db: Queryable, clock: Clock, showId: string): Promise<SeatMap> {
  const now = clock.now();
  const [show, seats] = await Promise.all([
    db.query<{ layout: SeatMap['rows'] }>('SELECT h.layout FROM shows s JOIN halls h ON h.id = s.hall_id WHERE s.id = $1', [showId]),
    db.query<{ id: string; label: string; row_label: string; number: number; seat_type: string; price: number; status: SeatStatus }>(
      `SELECT se.id, se.label, se.row_label, se.number, se.seat_type, ss.price,
         CASE WHEN ss.status = 'held' AND ss.held_until <= $2 THEN 'available' ELSE ss.status END AS status
       FROM show_seats ss JOIN seats se ON se.id = ss.seat_id
       WHERE ss.show_id = $1 ORDER BY se.row_index, se.number`,
      [showId, now],
    ),
  ]);
  const layout = show.rows[0];
  if (!layout) throw new NotFound('show');
  return {
    showId,
    seats: seats.rows.map((s) => ({
      id: s.id,
      label: s.label,
      row: s.row_label,
      number: s.number,
      type: s.seat_type,
      price: inr(s.price),
      status: s.status,
    })),
    rows: layout.layout,
  };
}
