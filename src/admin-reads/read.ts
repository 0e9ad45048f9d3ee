// What cinema staff read: the catalogue they manage, a show's bookings, clashes before a new
// show is saved, and occupancy and revenue figures for the dashboard.
import type { Queryable } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { NotFound } from '../domain/errors.ts';
import { inr, type Money } from '../domain/money.ts';
import { inZone } from '../domain/zoned-time.ts';
import { clashesInHall, showSlot } from '../catalogue/admin.ts';
import { effectiveBookingStatus, type BookingStatus } from '../domain/states.ts';

export async function listCinemas(db: Queryable) {
  return (
    await db.query<{ id: string; cityId: string; cityName: string; name: string; address: string; timeZone: string }>(
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
  rows: { label: string; seatType: string; seats: number; aislesAfter: number[] }[];
}

export async function listHalls(db: Queryable, cinemaId?: string): Promise<HallSummary[]> {
  return (
    await db.query<HallSummary>(
      `SELECT h.id, h.cinema_id AS "cinemaId", c.name AS "cinemaName", h.name, h.total_seats AS "totalSeats", h.layout AS rows
       FROM halls h JOIN cinemas c ON c.id = h.cinema_id
       WHERE $1::text IS NULL OR h.cinema_id = $1 ORDER BY c.name, h.name, h.id`,
      [cinemaId ?? null],
    )
  ).rows;
}

export async function listMovies(db: Queryable) {
  return (
    await db.query<{
      id: string;
      title: string;
      durationMinutes: number;
      language: string;
      genre: string;
      description: string | null;
      releaseDate: string | null;
    }>(
      `SELECT id, title, duration_minutes AS "durationMinutes", language, genre, description, release_date::text AS "releaseDate"
       FROM movies ORDER BY title, id`,
    )
  ).rows;
}

export interface ShowBooking {
  id: string;
  status: BookingStatus;
  customer: { name: string; email: string };
  seats: string[];
  total: Money;
  createdAt: string;
  paymentMethod: string | null;
}

/** A show's bookings, newest first, and what cancelling the show would refund now. */
export async function showBookings(db: Queryable, clock: Clock, showId: string) {
  const show = (
    await db.query<{ time_zone: string }>(
      'SELECT c.time_zone FROM shows s JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id WHERE s.id = $1',
      [showId],
    )
  ).rows[0];
  if (!show) throw new NotFound('show');
  const rows = (
    await db.query<{
      id: string;
      status: BookingStatus;
      expires_at: Date;
      created_at: Date;
      total: number;
      name: string;
      email: string;
      seats: string[] | null;
      method: string | null;
    }>(
      `SELECT b.id, b.status, b.expires_at, b.created_at, b.total, u.name, u.email,
         (SELECT array_agg(se.label ORDER BY se.row_index, se.number)
            FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id WHERE bs.booking_id = b.id) AS seats,
         (SELECT p.method FROM payments p WHERE p.booking_id = b.id AND p.status IN ('completed', 'refund_pending', 'refunded')
            ORDER BY p.created_at DESC LIMIT 1) AS method
       FROM bookings b JOIN users u ON u.id = b.user_id
       WHERE b.show_id = $1 ORDER BY b.created_at DESC, b.id LIMIT 2000`,
      [showId],
    )
  ).rows;
  const now = clock.now();
  const bookings: ShowBooking[] = rows.map((row) => ({
    id: row.id,
    status: effectiveBookingStatus(row.status, row.expires_at, now),
    customer: { name: row.name, email: row.email },
    seats: row.seats ?? [],
    total: inr(row.total),
    createdAt: inZone(row.created_at, show.time_zone),
    paymentMethod: row.method,
  }));
  const confirmed = bookings.filter((b) => b.status === 'confirmed');
  // A show's cancellation refunds every confirmed booking in full.
  return {
    bookings,
    refundOnCancel: { bookings: confirmed.length, amount: inr(confirmed.reduce((sum, b) => sum + b.total.amount, 0)) },
  };
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

export interface ShowFigures {
  showId: string;
  title: string;
  cinemaId: string;
  cinemaName: string;
  hallName: string;
  startsAt: string;
  /** The show's date in its cinema's zone. */
  date: string;
  status: string;
  seatsTotal: number;
  seatsBooked: number;
  revenue: Money;
}

export interface Totals {
  seatsTotal: number;
  seatsBooked: number;
  occupancy: number;
  revenue: Money;
}

function totals(shows: ShowFigures[]): Totals {
  const seatsTotal = shows.reduce((sum, s) => sum + s.seatsTotal, 0);
  const seatsBooked = shows.reduce((sum, s) => sum + s.seatsBooked, 0);
  return {
    seatsTotal,
    seatsBooked,
    occupancy: seatsTotal === 0 ? 0 : seatsBooked / seatsTotal,
    revenue: inr(shows.reduce((sum, s) => sum + s.revenue.amount, 0)),
  };
}

function groupBy<K extends string>(shows: ShowFigures[], key: (show: ShowFigures) => K) {
  const groups = new Map<K, ShowFigures[]>();
  for (const show of shows) {
    const group = groups.get(key(show));
    if (group) group.push(show);
    else groups.set(key(show), [show]);
  }
  return groups;
}

/**
 * Occupancy (booked seats over seats) and revenue (confirmed bookings) per show, day and cinema,
 * for shows starting between from and to. Cancelled shows count nothing: their money went back.
 */
export async function dashboard(db: Queryable, from: Date, to: Date) {
  const rows = (
    await db.query<{
      id: string;
      title: string;
      cinema_id: string;
      cinema_name: string;
      hall_name: string;
      time_zone: string;
      starts_at: Date;
      status: string;
      seats_total: number;
      seats_booked: number;
      revenue: number;
    }>(
      `SELECT s.id, m.title, c.id AS cinema_id, c.name AS cinema_name, h.name AS hall_name, c.time_zone, s.starts_at, s.status,
         h.total_seats AS seats_total,
         (SELECT count(*)::int FROM show_seats ss WHERE ss.show_id = s.id AND ss.status = 'booked') AS seats_booked,
         (SELECT coalesce(sum(b.total), 0)::int FROM bookings b WHERE b.show_id = s.id AND b.status = 'confirmed') AS revenue
       FROM shows s JOIN movies m ON m.id = s.movie_id JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id
       WHERE s.starts_at >= $1 AND s.starts_at < $2 ORDER BY s.starts_at, s.id LIMIT 5000`,
      [from, to],
    )
  ).rows;
  const shows: ShowFigures[] = rows.map((r) => {
    const startsAt = inZone(r.starts_at, r.time_zone);
    return {
      showId: r.id,
      title: r.title,
      cinemaId: r.cinema_id,
      cinemaName: r.cinema_name,
      hallName: r.hall_name,
      startsAt,
      date: startsAt.slice(0, 10),
      status: r.status,
      seatsTotal: r.seats_total,
      seatsBooked: r.seats_booked,
      revenue: inr(r.revenue),
    };
  });
  const byDay = [...groupBy(shows, (s) => s.date)].map(([date, group]) => ({ date, ...totals(group) }));
  const byCinema = [...groupBy(shows, (s) => s.cinemaId)].map(([cinemaId, group]) => ({
    cinemaId,
    cinemaName: group[0]!.cinemaName,
    ...totals(group),
  }));
  return { shows, byDay, byCinema, totals: totals(shows) };
}
