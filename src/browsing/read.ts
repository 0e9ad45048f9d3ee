// What anyone may read: cities, movies and cinemas in a city, shows, and a show's seat map.
import type { Queryable } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { NotFound } from '../domain/errors.ts';
import { inr } from '../domain/money.ts';
import { effectiveShowStatus } from '../domain/states.ts';
import { inZone, parseCalendarDate } from '../domain/zoned-time.ts';
import { mustExist } from '../db/exists.ts';
import type { HallRowView } from '../catalogue/schemas.ts';
import type { SeatKindValue } from '../seating/schemas.ts';
import { seatNote } from '../seating/kinds.ts';
import {
  allCities,
  cinemasIn,
  hallLayoutOf,
  moviesShowingIn,
  seatRows,
  showRow,
  showRows,
  type SeatRow,
  type ShowFilter,
  type ShowRow,
} from './repository.ts';
import type { SeatMapView, ShowView } from './schemas.ts';

export type { ShowFilter } from './repository.ts';

export function listCities(db: Queryable) {
  return allCities(db);
}

export async function moviesInCity(db: Queryable, clock: Clock, cityId: string) {
  await mustExist(db, 'cities', cityId);
  return (await moviesShowingIn(db, cityId, clock.now())).map((m) => ({
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
  await mustExist(db, 'cities', cityId);
  return cinemasIn(db, cityId);
}

/** A show as the API shows it at `now`. */
export function toShowView(row: ShowRow, now: Date): ShowView {
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

/** Shows matching the filter; without a date, those not yet over. */
export async function listShows(db: Queryable, clock: Clock, filter: ShowFilter): Promise<ShowView[]> {
  if (filter.date !== undefined) parseCalendarDate('date', filter.date);
  const now = clock.now();
  return (await showRows(db, now, filter)).map((row) => toShowView(row, now));
}

export async function getShow(db: Queryable, clock: Clock, showId: string): Promise<ShowView> {
  const now = clock.now();
  const row = await showRow(db, now, showId);
  if (!row) throw new NotFound('show');
  return toShowView(row, now);
}

export async function seatMap(db: Queryable, clock: Clock, showId: string): Promise<SeatMapView> {
  const [layout, seats] = await Promise.all([hallLayoutOf(db, showId), seatRows(db, showId, clock.now())]);
  if (!layout) throw new NotFound('show');
  return toSeatMapView(showId, layout, seats);
}

/** The seat map of a show from its hall's layout and its seats, each with the status a customer sees. */
export function toSeatMapView(showId: string, layout: HallRowView[], seats: readonly SeatRow[]): SeatMapView {
  return {
    showId,
    seats: seats.map((s) => ({
      id: s.id,
      label: s.label,
      row: s.row_label,
      number: s.number,
      type: s.seat_type,
      kind: s.kind as SeatKindValue,
      price: inr(s.price),
      status: s.status,
      ...(s.blocked ? { blocked: true } : {}),
      ...optional('note', seatNote(s.kind)),
    })),
    rows: layout,
  };
}

/** `{ [name]: value }` when there is a value, else nothing: optional members are left out, never null. */
function optional<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [name]: value } as { [P in K]: V });
}
