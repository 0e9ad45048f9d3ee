// What cinema staff write: cities, cinemas, halls with their seats, movies and shows.
// Each write is recorded in admin_audit with who made it.
import type { Context } from '../context.ts';
import type { Queryable } from '../db/database.ts';
import { InvalidInput, NotFound, ShowOverlap } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { isValidTimeZone } from '../domain/zoned-time.ts';

export type SeatType = 'regular' | 'premium' | 'vip';

export interface HallRow {
  label: string;
  seatType: SeatType;
  seats: number;
  /** Seat numbers after which the map shows an aisle. */
  aislesAfter?: number[] | undefined;
}

async function audit(tx: Queryable, adminId: string, action: string, subjectId: string, details: unknown): Promise<void> {
  await tx.query('INSERT INTO admin_audit (user_id, action, subject_id, details) VALUES ($1, $2, $3, $4)', [
    adminId,
    action,
    subjectId,
    JSON.stringify(details),
  ]);
}

async function mustExist(db: Queryable, table: 'cities' | 'cinemas', id: string, name: string): Promise<void> {
  const found = await db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
  if (found.rowCount === 0) throw new NotFound(name);
}

function nonEmpty(field: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new InvalidInput(field, 'must not be empty');
  return trimmed;
}

export async function createCity(ctx: Context, adminId: string, input: { name: string; state: string }) {
  const city = { id: newId('cty'), name: nonEmpty('name', input.name), state: nonEmpty('state', input.state) };
  await ctx.db.transaction(async (tx) => {
    await tx.query('INSERT INTO cities (id, name, state) VALUES ($1, $2, $3)', [city.id, city.name, city.state]);
    await audit(tx, adminId, 'city.create', city.id, city);
  });
  return city;
}

export async function createCinema(
  ctx: Context,
  adminId: string,
  input: { cityId: string; name: string; address: string; timeZone?: string | undefined },
) {
  await mustExist(ctx.db, 'cities', input.cityId, 'city');
  const timeZone = input.timeZone ?? 'Asia/Kolkata';
  if (!isValidTimeZone(timeZone)) throw new InvalidInput('timeZone', 'must be an IANA time zone such as Asia/Kolkata');
  const cinema = {
    id: newId('cin'),
    cityId: input.cityId,
    name: nonEmpty('name', input.name),
    address: nonEmpty('address', input.address),
    timeZone,
  };
  await ctx.db.transaction(async (tx) => {
    await tx.query('INSERT INTO cinemas (id, city_id, name, address, time_zone) VALUES ($1, $2, $3, $4, $5)', [
      cinema.id,
      cinema.cityId,
      cinema.name,
      cinema.address,
      cinema.timeZone,
    ]);
    await audit(tx, adminId, 'cinema.create', cinema.id, cinema);
  });
  return cinema;
}

export async function createHall(ctx: Context, adminId: string, input: { cinemaId: string; name: string; rows: HallRow[] }) {
  await mustExist(ctx.db, 'cinemas', input.cinemaId, 'cinema');
  const name = nonEmpty('name', input.name);
  if (input.rows.length === 0) throw new InvalidInput('rows', 'a hall needs at least one row');
  const labels = new Set<string>();
  input.rows.forEach((row, index) => {
    const label = row.label.trim().toUpperCase();
    if (!/^[A-Z]{1,3}$/.test(label)) throw new InvalidInput(`rows[${index}].label`, 'must be 1 to 3 letters, like A or AA');
    if (labels.has(label)) throw new InvalidInput(`rows[${index}].label`, `row ${label} appears twice`);
    labels.add(label);
    for (const after of row.aislesAfter ?? []) {
      if (after < 1 || after >= row.seats) throw new InvalidInput(`rows[${index}].aislesAfter`, 'must name seat numbers inside the row');
    }
  });
  const hallId = newId('hal');
  const layout = input.rows.map((row) => ({
    label: row.label.trim().toUpperCase(),
    seatType: row.seatType,
    seats: row.seats,
    aislesAfter: [...new Set(row.aislesAfter ?? [])].sort((a, b) => a - b),
  }));
  const seats = layout.flatMap((row, rowIndex) =>
    Array.from({ length: row.seats }, (_, i) => ({
      id: newId('seat'),
      label: `${row.label}${i + 1}`,
      row: row.label,
      rowIndex,
      number: i + 1,
      type: row.seatType,
    })),
  );
  await ctx.db.transaction(async (tx) => {
    await tx.query('INSERT INTO halls (id, cinema_id, name, total_seats, layout) VALUES ($1, $2, $3, $4, $5)', [
      hallId,
      input.cinemaId,
      name,
      seats.length,
      JSON.stringify(layout),
    ]);
    await tx.query(
      `INSERT INTO seats (id, hall_id, label, row_label, row_index, number, seat_type)
       SELECT id, $1, label, row_label, row_index, number, seat_type
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[])
         AS t (id, label, row_label, row_index, number, seat_type)`,
      [
        hallId,
        seats.map((s) => s.id),
        seats.map((s) => s.label),
        seats.map((s) => s.row),
        seats.map((s) => s.rowIndex),
        seats.map((s) => s.number),
        seats.map((s) => s.type),
      ],
    );
    await audit(tx, adminId, 'hall.create', hallId, { cinemaId: input.cinemaId, name, totalSeats: seats.length });
  });
  return { id: hallId, cinemaId: input.cinemaId, name, totalSeats: seats.length, rows: layout };
}

export async function createMovie(
  ctx: Context,
  adminId: string,
  input: {
    title: string;
    durationMinutes: number;
    language: string;
    genre: string;
    description?: string | undefined;
    releaseDate?: string | undefined;
  },
) {
  if (input.releaseDate !== undefined && Number.isNaN(Date.parse(`${input.releaseDate}T00:00:00Z`))) {
    throw new InvalidInput('releaseDate', 'must be a date YYYY-MM-DD');
  }
  const movie = {
    id: newId('mov'),
    title: nonEmpty('title', input.title),
    durationMinutes: input.durationMinutes,
    language: nonEmpty('language', input.language),
    genre: nonEmpty('genre', input.genre),
    description: input.description ?? null,
    releaseDate: input.releaseDate ?? null,
  };
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO movies (id, title, duration_minutes, language, genre, description, release_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [movie.id, movie.title, movie.durationMinutes, movie.language, movie.genre, movie.description, movie.releaseDate],
    );
    await audit(tx, adminId, 'movie.create', movie.id, { title: movie.title });
  });
  return movie;
}

export interface ShowInput {
  movieId: string;
  hallId: string;
  startsAt: string;
  prices: { regular: number; premium: number; vip: number };
}

/** What scheduling a movie in a hall depends on: how long it runs and the cinema's time zone. */
export async function showSlot(db: Queryable, movieId: string, hallId: string): Promise<{ durationMinutes: number; timeZone: string }> {
  const row = (
    await db.query<{ movie: number | null; zone: string | null }>(
      `SELECT (SELECT duration_minutes FROM movies WHERE id = $1) AS movie,
              (SELECT c.time_zone FROM halls h JOIN cinemas c ON c.id = h.cinema_id WHERE h.id = $2) AS zone`,
      [movieId, hallId],
    )
  ).rows[0]!;
  if (row.movie === null) throw new NotFound('movie');
  if (row.zone === null) throw new NotFound('hall');
  return { durationMinutes: row.movie, timeZone: row.zone };
}

/** The shows in a hall, not cancelled, that overlap the given time: what a new show would clash with. */
export async function clashesInHall(db: Queryable, hallId: string, startsAt: Date, endsAt: Date) {
  return (
    await db.query<{ id: string; title: string; starts_at: Date; ends_at: Date }>(
      `SELECT s.id, m.title, s.starts_at, s.ends_at FROM shows s JOIN movies m ON m.id = s.movie_id
       WHERE s.hall_id = $1 AND s.status <> 'cancelled' AND s.starts_at < $3 AND s.ends_at > $2 ORDER BY s.starts_at`,
      [hallId, startsAt, endsAt],
    )
  ).rows;
}

/** Schedules a show; the hall's row lock makes concurrent clash checks take turns. */
export async function createShow(
  ctx: Context,
  adminId: string,
  input: ShowInput,
): Promise<{ id: string; startsAt: Date; endsAt: Date; timeZone: string }> {
  const slot = await showSlot(ctx.db, input.movieId, input.hallId);
  const startsAt = new Date(input.startsAt);
  if (Number.isNaN(startsAt.getTime()) || !/(Z|[+-]\d{2}:?\d{2})$/i.test(input.startsAt)) {
    throw new InvalidInput('startsAt', 'must be an ISO 8601 date-time with an offset, like 2026-12-01T18:30:00+05:30');
  }
  if (startsAt <= ctx.clock.now()) throw new InvalidInput('startsAt', 'must be in the future');
  const endsAt = new Date(startsAt.getTime() + slot.durationMinutes * 60_000);
  const id = newId('shw');
  await ctx.db.transaction(async (tx) => {
    await tx.query('SELECT 1 FROM halls WHERE id = $1 FOR UPDATE', [input.hallId]);
    const clash = (await clashesInHall(tx, input.hallId, startsAt, endsAt))[0];
    if (clash) throw new ShowOverlap(clash.id);
    await tx.query(
      `INSERT INTO shows (id, movie_id, hall_id, starts_at, ends_at, price_regular, price_premium, price_vip)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, input.movieId, input.hallId, startsAt, endsAt, input.prices.regular, input.prices.premium, input.prices.vip],
    );
    await tx.query(
      `INSERT INTO show_seats (show_id, seat_id, price)
       SELECT $1, id, CASE seat_type WHEN 'regular' THEN $3::int WHEN 'premium' THEN $4::int ELSE $5::int END
       FROM seats WHERE hall_id = $2`,
      [id, input.hallId, input.prices.regular, input.prices.premium, input.prices.vip],
    );
    await audit(tx, adminId, 'show.create', id, input);
  });
  return { id, startsAt, endsAt, timeZone: slot.timeZone };
}
