// The SQL of the staff dashboard: per show, its seats, the seats booked and the revenue of its paid bookings less
// the refunds made, split by what was sold (tickets, food and drink, fees) and where (the counter, online).
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
  /** Of the revenue: GST, convenience fees before GST, and discounts given (positive), from the bills less the credit notes. */
  gst: number;
  fees: number;
  discounts: number;
  /** Of the revenue: food and drink and the convenience fees, each with its GST, from the bills less the credit notes; and what the counter kept. */
  items: number;
  items_sold: number;
  fees_gross: number;
  counter: number;
}

/**
 * Shows starting in [from, to), of the cinemas in `cinemaIds` (null: every cinema), with their figures.
 * The money is what paid bookings (confirmed, kept or cancelled since) were charged less the refunds
 * made: a refund still pending at the gateway is not taken off yet, as the settlement takes a refund
 * off when it is made (ledger/settlement.ts), and a cancelled show's refunds, once made, take all of
 * its money back. The split takes each refund made, by its credit note's supplies, off its booking's bill.
 */
export async function showFigures(db: Queryable, from: Date, to: Date, cinemaIds: readonly string[] | null): Promise<ShowFiguresRow[]> {
  return (
    await db.query<ShowFiguresRow>(
      `SELECT s.id, m.title, c.id AS cinema_id, c.name AS cinema_name, h.name AS hall_name, c.time_zone, s.starts_at, s.status,
         h.total_seats AS seats_total,
         (SELECT count(*)::int FROM show_seats ss WHERE ss.show_id = s.id AND ss.status = 'booked' AND ss.booking_id IS NOT NULL) AS seats_booked,
         kept.revenue, kept.counter,
         split.gst, split.fees, split.discounts, split.items, split.fees_gross,
         (SELECT coalesce(sum((sp->>'quantity')::int), 0)::int
          FROM bookings b, jsonb_array_elements(coalesce(b.bill->'supplies', '[]'::jsonb)) sp
          WHERE b.show_id = s.id AND b.status = 'confirmed' AND sp->>'kind' = 'item') AS items_sold
       FROM shows s JOIN movies m ON m.id = s.movie_id JOIN halls h ON h.id = s.hall_id JOIN cinemas c ON c.id = h.cinema_id
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(b.total - back.amount), 0)::int AS revenue,
           coalesce(sum(b.total - back.amount) FILTER (WHERE EXISTS (SELECT 1 FROM counter_sales cs WHERE cs.booking_id = b.id)), 0)::int AS counter
         FROM bookings b CROSS JOIN LATERAL (
           SELECT coalesce(sum(r.amount), 0)::int AS amount FROM refunds r WHERE r.booking_id = b.id AND r.status = 'refunded') back
         WHERE b.show_id = s.id AND b.confirmed_at IS NOT NULL) kept
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(sign * ((sp->>'cgst')::int + (sp->>'sgst')::int)), 0)::int AS gst,
           coalesce(sum(sign * (sp->>'taxable')::int) FILTER (WHERE sp->>'kind' = 'fee'), 0)::int AS fees,
           coalesce(sum(sign * ((sp->>'listed')::int - (sp->>'taxable')::int)), 0)::int AS discounts,
           coalesce(sum(sign * ((sp->>'taxable')::int + (sp->>'cgst')::int + (sp->>'sgst')::int)) FILTER (WHERE sp->>'kind' = 'item'), 0)::int AS items,
           coalesce(sum(sign * ((sp->>'taxable')::int + (sp->>'cgst')::int + (sp->>'sgst')::int)) FILTER (WHERE sp->>'kind' = 'fee'), 0)::int AS fees_gross
         FROM (
           SELECT 1 AS sign, sp FROM bookings b, jsonb_array_elements(coalesce(b.bill->'supplies', '[]'::jsonb)) sp
           WHERE b.show_id = s.id AND b.confirmed_at IS NOT NULL
           UNION ALL
           SELECT -1, sp FROM bookings b JOIN refunds r ON r.booking_id = b.id AND r.status = 'refunded'
             JOIN tax_documents d ON d.refund_id = r.id AND d.kind = 'credit-note', jsonb_array_elements(d.supplies) sp
           WHERE b.show_id = s.id AND b.confirmed_at IS NOT NULL) lines) split
       WHERE s.starts_at >= $1 AND s.starts_at < $2 AND ($3::text[] IS NULL OR c.id = ANY($3::text[]))
       ORDER BY s.starts_at, s.id LIMIT 5000`,
      [from, to, cinemaIds === null ? null : [...cinemaIds]],
    )
  ).rows;
}
