// The SQL of the staff dashboard: per show, its seats, the seats booked and the revenue of its confirmed bookings,
// split by what was sold (tickets, food and drink, fees) and where (the counter, online).
import type { Queryable } from '../db/database.ts';

export interface ShowFiguresRow {
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
  /** Of the revenue: GST, convenience fees before GST, and discounts given (positive), from the bills. */
  gst: number;
  fees: number;
  discounts: number;
  /** Of the revenue: food and drink and the convenience fees, each with its GST, from the bills; and what the counter took. */
  items: number;
  items_sold: number;
  fees_gross: number;
  counter: number;
}

/**
 * Shows starting in [from, to), of the cinemas in `cinemaIds` (null: every cinema), with their figures;
 * cancelled shows count nothing, as their money went back.
 */
export async function showFigures(db: Queryable, from: Date, to: Date, cinemaIds: readonly string[] | null): Promise<ShowFiguresRow[]> {
  return (
    await db.query<ShowFiguresRow>(
      `SELECT s.id, m.title, c.id AS cinema_id, c.name AS cinema_name, h.name AS hall_name, c.time_zone, s.starts_at, s.status,
         h.total_seats AS seats_total,
         (SELECT count(*)::int FROM show_seats ss WHERE ss.show_id = s.id AND ss.status = 'booked' AND ss.booking_id IS NOT NULL) AS seats_booked,
         (SELECT coalesce(sum(b.total), 0)::int FROM bookings b WHERE b.show_id = s.id AND b.status = 'confirmed') AS revenue,
         (SELECT coalesce(sum(b.total), 0)::int FROM bookings b JOIN counter_sales cs ON cs.booking_id = b.id
          WHERE b.show_id = s.id AND b.status = 'confirmed') AS counter,
         split.gst, split.fees, split.discounts, split.items, split.items_sold, split.fees_gross
       FROM shows s JOIN movies m ON m.id = s.movie_id JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id
       CROSS JOIN LATERAL (
         SELECT coalesce(sum((sp->>'cgst')::int + (sp->>'sgst')::int), 0)::int AS gst,
           coalesce(sum((sp->>'taxable')::int) FILTER (WHERE sp->>'kind' = 'fee'), 0)::int AS fees,
           coalesce(sum((sp->>'listed')::int - (sp->>'taxable')::int), 0)::int AS discounts,
           coalesce(sum((sp->>'taxable')::int + (sp->>'cgst')::int + (sp->>'sgst')::int) FILTER (WHERE sp->>'kind' = 'item'), 0)::int AS items,
           coalesce(sum((sp->>'quantity')::int) FILTER (WHERE sp->>'kind' = 'item'), 0)::int AS items_sold,
           coalesce(sum((sp->>'taxable')::int + (sp->>'cgst')::int + (sp->>'sgst')::int) FILTER (WHERE sp->>'kind' = 'fee'), 0)::int AS fees_gross
         FROM bookings b, jsonb_array_elements(coalesce(b.bill->'supplies', '[]'::jsonb)) sp
         WHERE b.show_id = s.id AND b.status = 'confirmed') split
       WHERE s.starts_at >= $1 AND s.starts_at < $2 AND ($3::text[] IS NULL OR c.id = ANY($3::text[]))
       ORDER BY s.starts_at, s.id LIMIT 5000`,
      [from, to, cinemaIds === null ? null : [...cinemaIds]],
    )
  ).rows;
}
