// Occupancy and revenue per show, day and cinema, of one cinema or all the caller manages: tickets
// against food and drink, the counter against online. Charts are drawn by Chart.js; the same figures
// are in tables underneath, for screen readers and for reading exact numbers, and download as CSV.
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../components/Notice.tsx';
import { downloadPdf, get, messageOf } from '../lib/api.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import type { AdminCinema, Dashboard } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';
import { BarChart } from './BarChart.tsx';

const pct = (value: number) => Math.round(value * 1000) / 10;
const MAX_SHOWS_CHARTED = 30;

/** The period and cinema asked for, as the dashboard's query. */
function dashboardQuery(days: number, cinemaId: string): URLSearchParams {
  const now = Date.now();
  return new URLSearchParams({
    from: new Date(now - days * 86_400_000).toISOString(),
    to: new Date(now + days * 86_400_000).toISOString(),
    ...(cinemaId ? { cinemaId } : {}),
  });
}

export function DashboardPage() {
  const [days, setDays] = useState(7);
  const [cinemaId, setCinemaId] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const cinemas = useFetch(() => get<AdminCinema[]>('/api/admin/cinemas'), 'cinemas');
  const dashboard = useFetch(
    () => get<Dashboard>(`/api/admin/dashboard?${dashboardQuery(days, cinemaId)}`),
    `dashboard:${days}:${cinemaId}`,
  );
  const download = (by: 'show' | 'day' | 'cinema') => {
    const query = dashboardQuery(days, cinemaId);
    query.set('by', by);
    downloadPdf(`/api/admin/dashboard.csv?${query}`, `dashboard-by-${by}.csv`).catch((e: unknown) => setError(messageOf(e)));
  };
  const d = dashboard.data;
  const shows = (d?.shows ?? []).slice(0, MAX_SHOWS_CHARTED);

  return (
    <section>
      <div class="page-head">
        <h1>Dashboard</h1>
        <label class="field inline">
          <span>Cinema</span>
          <select value={cinemaId} onChange={(e) => setCinemaId(e.currentTarget.value)}>
            <option value="">All of mine</option>
            {(cinemas.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}, {c.cityName}
              </option>
            ))}
          </select>
        </label>
        <label class="field inline">
          <span>Shows within</span>
          <select value={days} onChange={(e) => setDays(Number(e.currentTarget.value))}>
            <option value={1}>1 day</option>
            <option value={7}>7 days</option>
            <option value={30}>30 days</option>
          </select>
        </label>
      </div>
      {dashboard.error && <ErrorNotice>{dashboard.error}</ErrorNotice>}
      {error && <ErrorNotice>{error}</ErrorNotice>}
      {d && (
        <>
          <dl class="totals">
            <div>
              <dt>Occupancy</dt>
              <dd>{pct(d.totals.occupancy)}%</dd>
            </div>
            <div>
              <dt>Seats sold</dt>
              <dd>
                {d.totals.seatsBooked} / {d.totals.seatsTotal}
              </dd>
            </div>
            <div>
              <dt>Revenue</dt>
              <dd>{formatMoney(d.totals.revenue)}</dd>
            </div>
            <div>
              <dt>Tickets</dt>
              <dd>{formatMoney(d.totals.tickets)}</dd>
            </div>
            <div>
              <dt>Food and drink</dt>
              <dd data-testid="revenue-items">
                {formatMoney(d.totals.items)} ({d.totals.itemsSold} sold)
              </dd>
            </div>
            <div>
              <dt>At the counter</dt>
              <dd data-testid="revenue-counter">{formatMoney(d.totals.counter)}</dd>
            </div>
            <div>
              <dt>Online</dt>
              <dd data-testid="revenue-online">{formatMoney(d.totals.online)}</dd>
            </div>
            <div>
              <dt>Net</dt>
              <dd data-testid="revenue-net">{formatMoney(d.totals.net)}</dd>
            </div>
            <div>
              <dt>GST</dt>
              <dd data-testid="revenue-gst">{formatMoney(d.totals.gst)}</dd>
            </div>
            <div>
              <dt>Fees</dt>
              <dd>{formatMoney(d.totals.fees)}</dd>
            </div>
            <div>
              <dt>Discounts</dt>
              <dd>{formatMoney(d.totals.discounts)}</dd>
            </div>
            <div>
              <dt>Shows</dt>
              <dd>{d.shows.length}</dd>
            </div>
          </dl>
          <div class="charts">
            <BarChart
              title="Revenue per day (₹)"
              labels={d.byDay.map((x) => x.date)}
              series={[
                { label: 'Tickets (₹)', values: d.byDay.map((x) => x.tickets.amount / 100), colour: '#1d4ed8' },
                { label: 'Food and drink (₹)', values: d.byDay.map((x) => x.items.amount / 100), colour: '#0e7490' },
              ]}
            />
            <BarChart
              title="Counter and online per day (₹)"
              labels={d.byDay.map((x) => x.date)}
              series={[
                { label: 'Counter (₹)', values: d.byDay.map((x) => x.counter.amount / 100), colour: '#9333ea' },
                { label: 'Online (₹)', values: d.byDay.map((x) => x.online.amount / 100), colour: '#15803d' },
              ]}
            />
            <BarChart
              title="Occupancy per day (%)"
              labels={d.byDay.map((x) => x.date)}
              series={[{ label: 'Occupancy (%)', values: d.byDay.map((x) => pct(x.occupancy)), colour: '#047857' }]}
              max={100}
            />
            <BarChart
              title="Revenue and occupancy per cinema"
              labels={d.byCinema.map((x) => x.cinemaName)}
              series={[
                { label: 'Revenue (₹)', values: d.byCinema.map((x) => x.revenue.amount / 100), colour: '#7c3aed' },
                { label: 'Occupancy (%)', values: d.byCinema.map((x) => pct(x.occupancy)), colour: '#b45309', secondAxis: true },
              ]}
            />
            <BarChart
              title={`Occupancy per show (%), first ${shows.length}`}
              labels={shows.map((x) => `${x.title} ${x.startsAt.slice(5, 16).replace('T', ' ')}`)}
              series={[
                { label: 'Occupancy (%)', values: shows.map((x) => pct(x.seatsBooked / Math.max(1, x.seatsTotal))), colour: '#be123c' },
              ]}
              max={100}
            />
          </div>
          <p class="button-row">
            Download as CSV:{' '}
            {(['show', 'day', 'cinema'] as const).map((by) => (
              <button key={by} type="button" class="link-button" onClick={() => download(by)}>
                per {by}
              </button>
            ))}
          </p>
          <h2>Per day</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Occupancy</th>
                  <th scope="col">Revenue</th>
                  <th scope="col">Tickets</th>
                  <th scope="col">Food and drink</th>
                  <th scope="col">Counter</th>
                  <th scope="col">Online</th>
                </tr>
              </thead>
              <tbody>
                {d.byDay.map((x) => (
                  <tr key={x.date}>
                    <td>{x.date}</td>
                    <td>{pct(x.occupancy)}%</td>
                    <td>{formatMoney(x.revenue)}</td>
                    <td>{formatMoney(x.tickets)}</td>
                    <td>{formatMoney(x.items)}</td>
                    <td>{formatMoney(x.counter)}</td>
                    <td>{formatMoney(x.online)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Per show</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Show</th>
                  <th scope="col">Cinema · hall</th>
                  <th scope="col">Sold</th>
                  <th scope="col">Occupancy</th>
                  <th scope="col">Revenue</th>
                  <th scope="col">Tickets</th>
                  <th scope="col">Food and drink</th>
                  <th scope="col">Counter</th>
                  <th scope="col">Online</th>
                </tr>
              </thead>
              <tbody>
                {d.shows.map((x) => (
                  <tr key={x.showId}>
                    <td>
                      <Link href={`/admin/shows/${x.showId}`}>{x.title}</Link>, {formatDateTime(x.startsAt)}
                    </td>
                    <td>
                      {x.cinemaName} · {x.hallName}
                    </td>
                    <td>
                      {x.seatsBooked} / {x.seatsTotal}
                    </td>
                    <td>{pct(x.seatsBooked / Math.max(1, x.seatsTotal))}%</td>
                    <td>{formatMoney(x.revenue)}</td>
                    <td>{formatMoney(x.tickets)}</td>
                    <td>{formatMoney(x.items)}</td>
                    <td>{formatMoney(x.counter)}</td>
                    <td>{formatMoney(x.online)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
