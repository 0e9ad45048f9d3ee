// What staff read of the catalogue they manage: every cinema, hall and movie, and the shows a
// new show would clash with, checked before it is saved.
import type { Queryable } from '../db/database.ts';
import { inZone } from '../domain/zoned-time.ts';
import { showSlot } from './admin.ts';
import { allCinemas, allMovies, clashesInHall, hallsOf, type CinemaSummary, type HallSummary, type MovieRecord } from './repository.ts';

/** Every cinema, or only those of `only` (a member of staff's own). */
export async function listCinemas(db: Queryable, only: readonly string[] | null = null): Promise<CinemaSummary[]> {
  const cinemas = await allCinemas(db);
  return only === null ? cinemas : cinemas.filter((cinema) => only.includes(cinema.id));
}

/** Halls, of one cinema when given, and only of the cinemas in `only` when that is set. */
export async function listHalls(db: Queryable, cinemaId?: string, only: readonly string[] | null = null): Promise<HallSummary[]> {
  const halls = await hallsOf(db, cinemaId);
  return only === null ? halls : halls.filter((hall) => only.includes(hall.cinemaId));
}

export function listMovies(db: Queryable): Promise<MovieRecord[]> {
  return allMovies(db);
}

/** Shows in the hall that a new show of this movie starting then would overlap. */
export async function clashingShows(db: Queryable, hallId: string, movieId: string, startsAt: Date) {
  const slot = await showSlot(db, movieId, hallId);
  const endsAt = new Date(startsAt.getTime() + slot.durationMinutes * 60_000);
  const clashes = await clashesInHall(db, hallId, startsAt, endsAt);
  return {
    endsAt: inZone(endsAt, slot.timeZone),
    clashes: clashes.map((r) => ({
      id: r.id,
      title: r.title,
      startsAt: inZone(r.starts_at, slot.timeZone),
      endsAt: inZone(r.ends_at, slot.timeZone),
    })),
  };
}
