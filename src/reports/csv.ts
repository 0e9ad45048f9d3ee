// The dashboard's figures as CSV, per show, day or cinema: the same numbers as its JSON, in rupees.
import { cell } from '../invoices/csv.ts';
import { MONEY_FIGURES, type Dashboard, type Figures } from './dashboard.ts';

export type CsvRows = 'show' | 'day' | 'cinema';

const rupees = (paise: number) => (paise / 100).toFixed(2);

function figureCells(row: Figures & { occupancy?: number }): (string | number)[] {
  const occupancy = row.occupancy ?? (row.seatsTotal === 0 ? 0 : row.seatsBooked / row.seatsTotal);
  return [row.seatsTotal, row.seatsBooked, occupancy.toFixed(4), row.itemsSold, ...MONEY_FIGURES.map((key) => rupees(row[key].amount))];
}

const FIGURE_COLUMNS = ['seats_total', 'seats_booked', 'occupancy', 'items_sold', ...MONEY_FIGURES];

export function dashboardCsv(figures: Dashboard, by: CsvRows): string {
  const table: (string | number)[][] =
    by === 'show'
      ? [
          ['show_id', 'date', 'starts_at', 'cinema_id', 'cinema', 'hall', 'movie', 'status', ...FIGURE_COLUMNS],
          ...figures.shows.map((s) => [
            s.showId,
            s.date,
            s.startsAt,
            s.cinemaId,
            s.cinemaName,
            s.hallName,
            s.title,
            s.status,
            ...figureCells(s),
          ]),
        ]
      : by === 'day'
        ? [['date', ...FIGURE_COLUMNS], ...figures.byDay.map((d) => [d.date, ...figureCells(d)])]
        : [['cinema_id', 'cinema', ...FIGURE_COLUMNS], ...figures.byCinema.map((c) => [c.cinemaId, c.cinemaName, ...figureCells(c)])];
  return table.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
