// Every SQL statement about the catalogue staff write: cities, cinemas, halls and their seats,
// movies, shows and each show's seat rows.
import type { Queryable } from '../db/database.ts';
import type { HallRowView } from './schemas.ts';

export async function insertCity(tx: Queryable, city: { id: string; name: string; state: string }): Promise<void> {
  await tx.query('INSERT INTO cities (id, name, state) VALUES ($1, $2, $3)', [city.id, city.name, city.state]);
}

export async function countCities(db: Queryable): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM cities')).rows[0]!.n;
}

export async function insertCinema(
  tx: Queryable,
  cinema: { id: string; cityId: string; name: string; address: string; timeZone: string },
): Promise<void> {
  await tx.query('INSERT INTO cinemas (id, city_id, name, address, time_zone) VALUES ($1, $2, $3, $4, $5)', [
    cinema.id,
    cinema.cityId,
    cinema.name,
    cinema.address,
    cinema.timeZone,
  ]);
}

export interface NewSeat {
  id: string;
  label: string;
  row: string;
  rowIndex: number;
  number: number;
  type: string;
  kind: string;
  /** The stretch of the row between aisles the seat sits in. */
  stretch: number;
  /** A couple seat's partner. */
  partnerId: string | null;
}

/** A hall, its layout as drawn, and one row per seat, in one batch. */
export async function insertHall(
  tx: Queryable,
  hall: { id: string; cinemaId: string; name: string; layout: HallRowView[] },
  seats: NewSeat[],
): Promise<void> {
  await tx.query('INSERT INTO halls (id, cinema_id, name, total_seats, layout) VALUES ($1, $2, $3, $4, $5)', [
    hall.id,
    hall.cinemaId,
    hall.name,
    seats.length,
    JSON.stringify(hall.layout),
  ]);
  // Couple partners name each other: the foreign key is checked once the whole batch is in.
  await tx.query(
    `INSERT INTO seats (id, hall_id, label, row_label, row_index, number, seat_type, kind, stretch, partner_id)
     SELECT id, $1, label, row_label, row_index, number, seat_type, kind, stretch, partner_id
     FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::int[], $10::text[])
       AS t (id, label, row_label, row_index, number, seat_type, kind, stretch, partner_id)`,
    [
      hall.id,
      seats.map((s) => s.id),
      seats.map((s) => s.label),
      seats.map((s) => s.row),
      seats.map((s) => s.rowIndex),
      seats.map((s) => s.number),
      seats.map((s) => s.type),
      seats.map((s) => s.kind),
      seats.map((s) => s.stretch),
      seats.map((s) => s.partnerId),
    ],
  );
}

export interface MovieRecord {
  id: string;
  title: string;
  durationMinutes: number;
  language: string;
  genre: string;
  description: string | null;
  releaseDate: string | null;
}

export async function insertMovie(tx: Queryable, movie: MovieRecord): Promise<void> {
  await tx.query(
    `INSERT INTO movies (id, title, duration_minutes, language, genre, description, release_date)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [movie.id, movie.title, movie.durationMinutes, movie.language, movie.genre, movie.description, movie.releaseDate],
  );
}

/** How long the movie runs and the time zone of the hall's cinema; null where either does not exist. */
export async function showSlot(db: Queryable, movieId: string, hallId: string): Promise<{ movie: number | null; zone: string | null }> {
  return (
    await db.query<{ movie: number | null; zone: string | null }>(
      `SELECT (SELECT duration_minutes FROM movies WHERE id = $1) AS movie,
              (SELECT c.time_zone FROM halls h JOIN cinemas c ON c.id = h.cinema_id WHERE h.id = $2) AS zone`,
      [movieId, hallId],
    )
  ).rows[0]!;
}

/** Locks the hall's row, so concurrent clash checks for that hall take turns. */
export async function lockHall(tx: Queryable, hallId: string): Promise<void> {
  await tx.query('SELECT 1 FROM halls WHERE id = $1 FOR UPDATE', [hallId]);
}

export interface Clash {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
}

/** The shows in a hall, not cancelled, that overlap [startsAt, endsAt): what a new show would clash with. */
export async function clashesInHall(db: Queryable, hallId: string, startsAt: Date, endsAt: Date): Promise<Clash[]> {
  return (
    await db.query<Clash>(
      `SELECT s.id, m.title, s.starts_at, s.ends_at FROM shows s JOIN movies m ON m.id = s.movie_id
       WHERE s.hall_id = $1 AND s.status <> 'cancelled' AND s.starts_at < $3 AND s.ends_at > $2 ORDER BY s.starts_at`,
      [hallId, startsAt, endsAt],
    )
  ).rows;
}

export interface Prices {
  regular: number;
  premium: number;
  vip: number;
}

/** A show and a seat row for each seat of its hall, priced by seat type. */
export async function insertShow(
  tx: Queryable,
  show: { id: string; movieId: string; hallId: string; startsAt: Date; endsAt: Date; prices: Prices },
): Promise<void> {
  await tx.query(
    `INSERT INTO shows (id, movie_id, hall_id, starts_at, ends_at, price_regular, price_premium, price_vip)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [show.id, show.movieId, show.hallId, show.startsAt, show.endsAt, show.prices.regular, show.prices.premium, show.prices.vip],
  );
  await tx.query(
    `INSERT INTO show_seats (show_id, seat_id, price)
     SELECT $1, id, CASE seat_type WHEN 'regular' THEN $3::int WHEN 'premium' THEN $4::int ELSE $5::int END
     FROM seats WHERE hall_id = $2`,
    [show.id, show.hallId, show.prices.regular, show.prices.premium, show.prices.vip],
  );
}

export interface ShowTimes {
  status: 'upcoming' | 'cancelled';
  starts_at: Date;
  ends_at: Date;
}

/** What a show's status is read from; `lock` takes its row for the transaction (cancelling). */
export async function findShowTimes(db: Queryable, showId: string, options: { lock?: boolean } = {}): Promise<ShowTimes | undefined> {
  return (
    await db.query<ShowTimes>(`SELECT status, starts_at, ends_at FROM shows WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`, [showId])
  ).rows[0];
}

export async function markShowCancelled(tx: Queryable, showId: string): Promise<void> {
  await tx.query("UPDATE shows SET status = 'cancelled' WHERE id = $1", [showId]);
}

/** The time zone of the show's cinema; undefined when there is no such show. */
export async function showTimeZone(db: Queryable, showId: string): Promise<string | undefined> {
  return (
    await db.query<{ time_zone: string }>(
      'SELECT c.time_zone FROM shows s JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id WHERE s.id = $1',
      [showId],
    )
  ).rows[0]?.time_zone;
}

export interface CinemaSummary {
  id: string;
  cityId: string;
  cityName: string;
  name: string;
  address: string;
  timeZone: string;
}

export async function allCinemas(db: Queryable): Promise<CinemaSummary[]> {
  return (
    await db.query<CinemaSummary>(
      `SELECT c.id, c.city_id AS "cityId", ci.name AS "cityName", c.name, c.address, c.time_zone AS "timeZone"
       FROM cinemas c JOIN cities ci ON ci.id = c.city_id ORDER BY ci.name, c.name, c.id`,
    )
  ).rows;
}

export interface HallSummary {
  id: string;
  cinemaId: string;
  cinemaName: string;
  name: string;
  totalSeats: number;
  rows: HallRowView[];
}

export async function hallsOf(db: Queryable, cinemaId: string | undefined): Promise<HallSummary[]> {
  return (
    await db.query<HallSummary>(
      `SELECT h.id, h.cinema_id AS "cinemaId", c.name AS "cinemaName", h.name, h.total_seats AS "totalSeats", h.layout AS rows
       FROM halls h JOIN cinemas c ON c.id = h.cinema_id
       WHERE $1::text IS NULL OR h.cinema_id = $1 ORDER BY c.name, h.name, h.id`,
      [cinemaId ?? null],
    )
  ).rows;
}

export async function allMovies(db: Queryable): Promise<MovieRecord[]> {
  return (
    await db.query<MovieRecord>(
      `SELECT id, title, duration_minutes AS "durationMinutes", language, genre, description, release_date::text AS "releaseDate"
       FROM movies ORDER BY title, id`,
    )
  ).rows;
}
