// The staff dashboard: occupancy and revenue per show, day and cinema, with the revenue split by
// what was sold (tickets, food and drink) and where (the counter, online).
import type { Queryable } from '../db/database.ts';
import { inr, type Money } from '../domain/money.ts';
import { inZone } from '../domain/zoned-time.ts';
import { showFigures } from './repository.ts';

/** The money figures, each summed as it is over shows, days and cinemas. */
export const MONEY_FIGURES = ['revenue', 'net', 'gst', 'fees', 'discounts', 'tickets', 'items', 'counter', 'online'] as const;
export type MoneyFigure = (typeof MONEY_FIGURES)[number];

export type Figures = Record<MoneyFigure, Money> & { seatsTotal: number; seatsBooked: number; itemsSold: number };

export interface ShowFigures extends Figures {
  showId: string;
  title: string;
  cinemaId: string;
  cinemaName: string;
  hallName: string;
  startsAt: string;
  /** The show's date in its cinema's zone. */
  date: string;
  status: string;
}

export type Totals = Figures & { occupancy: number };

function totals(shows: ShowFigures[]): Totals {
  const count = (key: 'seatsTotal' | 'seatsBooked' | 'itemsSold') => shows.reduce((sum, s) => sum + s[key], 0);
  const money = Object.fromEntries(MONEY_FIGURES.map((key) => [key, inr(shows.reduce((sum, s) => sum + s[key].amount, 0))])) as Record<
    MoneyFigure,
    Money
  >;
  const seatsTotal = count('seatsTotal');
  const seatsBooked = count('seatsBooked');
  return { seatsTotal, seatsBooked, occupancy: seatsTotal === 0 ? 0 : seatsBooked / seatsTotal, itemsSold: count('itemsSold'), ...money };
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

export type Dashboard = Awaited<ReturnType<typeof dashboard>>;

/**
 * Occupancy (booked seats over seats) and revenue per show, day and cinema, for shows starting
 * between from and to, of the cinemas in `cinemaIds` (null: all). Revenue is what paid bookings were
 * charged less the refunds made, as the daily settlement counts them (a refund still pending at the
 * gateway is not taken off yet): a booking with half its seats refunded counts the half it kept, and
 * a cancelled show nothing once its refunds are made. Revenue is tickets + items + fees (each with its
 * GST), and counter + online.
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
      itemsSold: r.items_sold,
      revenue: inr(r.revenue),
      net: inr(r.revenue - r.gst - r.fees),
      gst: inr(r.gst),
      fees: inr(r.fees),
      discounts: inr(r.discounts),
      tickets: inr(r.revenue - r.items - r.fees_gross),
      items: inr(r.items),
      counter: inr(r.counter),
      online: inr(r.revenue - r.counter),
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
