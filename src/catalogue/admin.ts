// What cinema staff write: cities, cinemas, halls with their seats, movies and shows.
// Each write is recorded in admin_audit with who made it.
import type { Context } from '../context.ts';
import type { Queryable } from '../db/database.ts';
import { InvalidInput, NotFound, ShowOverlap } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import { isValidTimeZone, parseCalendarDate, parseInstant } from '../domain/zoned-time.ts';
import { couplePartners, kindsOf, stretchesOf } from '../seating/kinds.ts';
import type { NewHallValue } from './schemas.ts';
import {
  clashesInHall,
  insertCinema,
  insertCity,
  insertHall,
  insertMovie,
  insertShow,
  lockHall,
  showSlot as findShowSlot,
  type Prices,
} from './repository.ts';
import { mustExist } from '../db/exists.ts';
import { recordAudit } from '../audit/repository.ts';

/** A hall row as staff lay it out: label, seat type, seat count, the seat numbers an aisle follows, and seat kinds. */
export type HallRow = NewHallValue['rows'][number];

function nonEmpty(field: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new InvalidInput(field, 'must not be empty');
  return trimmed;
}

export async function createCity(ctx: Context, adminId: string, input: { name: string; state: string }) {
  const city = { id: newId('cty'), name: nonEmpty('name', input.name), state: nonEmpty('state', input.state) };
  await ctx.db.transaction(async (tx) => {
    await insertCity(tx, city);
    await recordAudit(tx, adminId, 'city.create', city.id, city);
  });
  return city;
}

export async function createCinema(
  ctx: Context,
  adminId: string,
  input: { cityId: string; name: string; address: string; timeZone?: string | undefined },
) {
  await mustExist(ctx.db, 'cities', input.cityId);
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
    await insertCinema(tx, cinema);
    await recordAudit(tx, adminId, 'cinema.create', cinema.id, cinema);
  });
  return cinema;
}

export async function createHall(ctx: Context, adminId: string, input: { cinemaId: string; name: string; rows: HallRow[] }) {
  await mustExist(ctx.db, 'cinemas', input.cinemaId);
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
  const layout = input.rows.map((row) => {
    const aislesAfter = [...new Set(row.aislesAfter ?? [])].sort((a, b) => a - b);
    const label = row.label.trim().toUpperCase();
    return { label, seatType: row.seatType, seats: row.seats, aislesAfter, ...(row.kinds ? { kinds: row.kinds } : {}) };
  });
  const seats = layout.flatMap((row, rowIndex) => {
    const field = `rows[${rowIndex}].kinds`;
    const kinds = kindsOf(row, field);
    const partners = couplePartners(row, kinds, field);
    const stretches = stretchesOf(row);
    const ids = kinds.map(() => newId('seat'));
    return kinds.map((kind, i) => ({
      id: ids[i]!,
      label: `${row.label}${i + 1}`,
      row: row.label,
      rowIndex,
      number: i + 1,
      type: row.seatType,
      kind,
      stretch: stretches[i]!,
      partnerId: partners[i] === null ? null : ids[partners[i]!]!,
    }));
  });
  await ctx.db.transaction(async (tx) => {
    await insertHall(tx, { id: hallId, cinemaId: input.cinemaId, name, layout }, seats);
    await recordAudit(tx, adminId, 'hall.create', hallId, { cinemaId: input.cinemaId, name, totalSeats: seats.length });
  });
  return { id: hallId, cinemaId: input.cinemaId, name, totalSeats: seats.length, rows: layout };
}

/** From the first films to as far ahead as a release is announced. */
const RELEASE_YEARS = { min: 1880, max: 2100 };

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
  if (input.releaseDate !== undefined) parseCalendarDate('releaseDate', input.releaseDate, RELEASE_YEARS);
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
    await insertMovie(tx, movie);
    await recordAudit(tx, adminId, 'movie.create', movie.id, { title: movie.title });
  });
  return movie;
}

export interface ShowInput {
  movieId: string;
  hallId: string;
  startsAt: string;
  prices: Prices;
}

/** What scheduling a movie in a hall depends on: how long it runs and the cinema's time zone. */
export async function showSlot(db: Queryable, movieId: string, hallId: string): Promise<{ durationMinutes: number; timeZone: string }> {
  const row = await findShowSlot(db, movieId, hallId);
  if (row.movie === null) throw new NotFound('movie');
  if (row.zone === null) throw new NotFound('hall');
  return { durationMinutes: row.movie, timeZone: row.zone };
}

/** Schedules a show; the hall's row lock makes concurrent clash checks take turns. */
export async function createShow(
  ctx: Context,
  adminId: string,
  input: ShowInput,
): Promise<{ id: string; startsAt: Date; endsAt: Date; timeZone: string }> {
  const slot = await showSlot(ctx.db, input.movieId, input.hallId);
  const startsAt = parseInstant('startsAt', input.startsAt, { offsetRequired: true });
  if (startsAt <= ctx.clock.now()) throw new InvalidInput('startsAt', 'must be in the future');
  const endsAt = new Date(startsAt.getTime() + slot.durationMinutes * 60_000);
  const id = newId('shw');
  await ctx.db.transaction(async (tx) => {
    await lockHall(tx, input.hallId);
    const clash = (await clashesInHall(tx, input.hallId, startsAt, endsAt))[0];
    if (clash) throw new ShowOverlap(clash.id);
    await insertShow(tx, { id, movieId: input.movieId, hallId: input.hallId, startsAt, endsAt, prices: input.prices });
    await recordAudit(tx, adminId, 'show.create', id, input);
  });
  return { id, startsAt, endsAt, timeZone: slot.timeZone };
}
