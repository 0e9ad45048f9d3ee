// Every SQL statement behind what anyone may read: cities, movies and cinemas in a city, shows
// with how many seats are free, and a show's seat map. A lapsed hold reads as free everywhere
// here (docs/design.md rule 4), through the predicates in db/seat-predicates.ts.
import type { Queryable } from '../db/database.ts';
import { seatIsFree, seatIsHeldLive, seatStatusAt } from '../db/seat-predicates.ts';
import type { HallRowView } from '../catalogue/schemas.ts';

export async function allCities(db: Queryable) {
  return (await db.query<{ id: string; name: string; state: string }>('SELECT id, name, state FROM cities ORDER BY name, id')).rows;
}

export interface MovieRow {
  id: string;
  title: string;
  language: string;
  genre: string;
  duration_minutes: number;
  description: string | null;
  release_date: string | null;
}

/** Movies with a show in the city that has not started by `now`. */
export async function moviesShowingIn(db: Queryable, cityId: string, now: Date): Promise<MovieRow[]> {
  return (
    await db.query<MovieRow>(
      `SELECT m.id, m.title, m.language, m.genre, m.duration_minutes, m.description, m.release_date::text AS release_date
       FROM movies m
       WHERE EXISTS (SELECT 1 FROM shows s JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id
                     WHERE s.movie_id = m.id AND c.city_id = $1 AND s.status = 'upcoming' AND s.starts_at > $2)
       ORDER BY m.title, m.id`,
      [cityId, now],
    )
  ).rows;
}

export async function cinemasIn(db: Queryable, cityId: string) {
  return (
    await db.query<{ id: string; name: string; address: string; timeZone: string }>(
      'SELECT id, name, address, time_zone AS "timeZone" FROM cinemas WHERE city_id = $1 ORDER BY name, id',
      [cityId],
    )
  ).rows;
}

export interface ShowRow {
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

/** The shows' columns, and `extra` columns after them; `$1` is the instant seats are counted at. */
const selectShows = (extra = '') => `
  SELECT s.id, m.id AS movie_id, m.title, c.id AS cinema_id, c.name AS cinema_name, c.time_zone,
    h.id AS hall_id, h.name AS hall_name, s.starts_at, s.ends_at, s.status, h.total_seats AS seats_total,
    s.price_regular, s.price_premium, s.price_vip,
    (SELECT count(*)::int FROM show_seats ss WHERE ss.show_id = s.id AND ${seatIsFree('ss', '$1')}) AS seats_available${extra}
  FROM shows s
  JOIN movies m ON m.id = s.movie_id
  JOIN halls h ON h.id = s.hall_id
  JOIN cinemas c ON c.id = h.cinema_id`;

const SELECT_SHOWS = selectShows();

// What a kept answer needs besides the row: the first instant after `$1` at which one of the
// show's live holds lapses, so its seat count changes with no write (browsing/read-cache.ts).
const SELECT_SHOWS_WITH_NEXT_LAPSE = selectShows(`,
    (SELECT min(ss.held_until) FROM show_seats ss WHERE ss.show_id = s.id AND ${seatIsHeldLive('ss', '$1')}) AS next_lapse`);

export interface ShowRowWithNextLapse extends ShowRow {
  /** When the first of the show's holds live at `now` lapses; null when none is. */
  next_lapse: Date | null;
}

export interface ShowFilter {
  cityId?: string | undefined;
  movieId?: string | undefined;
  cinemaId?: string | undefined;
  /** YYYY-MM-DD in each cinema's own zone. */
  date?: string | undefined;
  /** Only shows with a wheelchair space free. */
  wheelchair?: boolean | undefined;
}

/** Shows matching the filter, with their seats free at `now`; without a date, those not yet over. */
export async function showRows(db: Queryable, now: Date, filter: ShowFilter): Promise<ShowRow[]> {
  return selectShowRows<ShowRow>(db, SELECT_SHOWS, now, filter);
}

/** showRows, with when each show's seat count next changes by a hold lapsing. */
export async function showRowsWithNextLapse(db: Queryable, now: Date, filter: ShowFilter): Promise<ShowRowWithNextLapse[]> {
  return selectShowRows<ShowRowWithNextLapse>(db, SELECT_SHOWS_WITH_NEXT_LAPSE, now, filter);
}

async function selectShowRows<Row>(db: Queryable, select: string, now: Date, filter: ShowFilter): Promise<Row[]> {
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
  if (filter.wheelchair) {
    where.push(`EXISTS (SELECT 1 FROM seats se JOIN show_seats ss ON ss.show_id = s.id AND ss.seat_id = se.id
      WHERE se.hall_id = s.hall_id AND se.kind = 'wheelchair' AND ${seatIsFree('ss', '$1')})`);
  }
  return (await db.query<Row>(`${select} WHERE ${where.join(' AND ')} ORDER BY s.starts_at, s.id LIMIT 1000`, params)).rows;
}

export async function showRow(db: Queryable, now: Date, showId: string): Promise<ShowRow | undefined> {
  return (await db.query<ShowRow>(`${SELECT_SHOWS} WHERE s.id = $2`, [now, showId])).rows[0];
}

/** showRow, with when the show's seat count next changes by a hold lapsing. */
export async function showRowWithNextLapse(db: Queryable, now: Date, showId: string): Promise<ShowRowWithNextLapse | undefined> {
  return (await db.query<ShowRowWithNextLapse>(`${SELECT_SHOWS_WITH_NEXT_LAPSE} WHERE s.id = $2`, [now, showId])).rows[0];
}

export type SeatStatus = 'available' | 'held' | 'booked';

export interface SeatRow {
  id: string;
  label: string;
  row_label: string;
  number: number;
  seat_type: string;
  kind: string;
  price: number;
  status: SeatStatus;
  /** Held back by staff: reads `booked`. */
  blocked: boolean;
}

/** The layout of the show's hall; undefined when there is no such show. */
export async function hallLayoutOf(db: Queryable, showId: string): Promise<HallRowView[] | undefined> {
  return (
    await db.query<{ layout: HallRowView[] }>('SELECT h.layout FROM shows s JOIN halls h ON h.id = s.hall_id WHERE s.id = $1', [showId])
  ).rows[0]?.layout;
}

/** Every seat of the show in hall order, with its status as a customer sees it at `now`. */
export async function seatRows(db: Queryable, showId: string, now: Date): Promise<SeatRow[]> {
  return (
    await db.query<SeatRow>(
      `SELECT se.id, se.label, se.row_label, se.number, se.seat_type, se.kind, ss.price, ${seatStatusAt('ss', '$2')} AS status,
         ss.blocked_reason IS NOT NULL AS blocked
       FROM show_seats ss JOIN seats se ON se.id = ss.seat_id
       WHERE ss.show_id = $1 ORDER BY se.row_index, se.number`,
      [showId, now],
    )
  ).rows;
}

export interface SeatStateRow extends Omit<SeatRow, 'status'> {
  /** As stored: a `held` seat whose held_until has passed is free (seatStatusAtInstant). */
  status: SeatStatus;
  held_until: Date | null;
}

/**
 * Every seat of the show in hall order, with its stored status and hold deadline, so a reader
 * keeping them can tell at any later instant which holds have lapsed (browsing/read-cache.ts).
 */
export async function seatStateRows(db: Queryable, showId: string): Promise<SeatStateRow[]> {
  return (
    await db.query<SeatStateRow>(
      `SELECT se.id, se.label, se.row_label, se.number, se.seat_type, se.kind, ss.price, ss.status, ss.held_until,
         ss.blocked_reason IS NOT NULL AS blocked
       FROM show_seats ss JOIN seats se ON se.id = ss.seat_id
       WHERE ss.show_id = $1 ORDER BY se.row_index, se.number`,
      [showId],
    )
  ).rows;
}
