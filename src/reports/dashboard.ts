// The staff dashboard: occupancy and revenue per show, day and cinema.
import type { Queryable } from '../db/database.ts';
import { inr, type Money } from '../domain/money.ts';
import { inZone } from '../domain/zoned-time.ts';
import { showFigures } from './repository.ts';

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
  /** The revenue split: net of GST, fees and discounts; GST; convenience fees before GST; discounts given. */
  net: Money;
  gst: Money;
  fees: Money;
  discounts: Money;
}

export interface Totals {
  seatsTotal: number;
  seatsBooked: number;
  occupancy: number;
  revenue: Money;
  net: Money;
  gst: Money;
  fees: Money;
  discounts: Money;
}

const sumOf = (shows: ShowFigures[], key: 'revenue' | 'net' | 'gst' | 'fees' | 'discounts') =>
  inr(shows.reduce((sum, s) => sum + s[key].amount, 0));

function totals(shows: ShowFigures[]): Totals {
  const seatsTotal = shows.reduce((sum, s) => sum + s.seatsTotal, 0);
  const seatsBooked = shows.reduce((sum, s) => sum + s.seatsBooked, 0);
  return {
    seatsTotal,
    seatsBooked,
    occupancy: seatsTotal === 0 ? 0 : seatsBooked / seatsTotal,
    revenue: sumOf(shows, 'revenue'),
    net: sumOf(shows, 'net'),
    gst: sumOf(shows, 'gst'),
    fees: sumOf(shows, 'fees'),
    discounts: sumOf(shows, 'discounts'),
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
 * for shows starting between from and to, of the cinemas in `cinemaIds` (null: all). Cancelled shows
 * count nothing: their money went back.
 */
export async function dashboard(db: Queryable, from: Date, to: Date, cinemaIds: readonly string[] | null = null) {
  const rows = await showFigures(db, from, to, cinemaIds);
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
      net: inr(r.revenue - r.gst - r.fees),
      gst: inr(r.gst),
      fees: inr(r.fees),
      discounts: inr(r.discounts),
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
