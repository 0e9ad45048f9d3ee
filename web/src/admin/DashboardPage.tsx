// Occupancy and revenue per show, day and cinema. Charts are drawn by Chart.js; the same
// figures are in tables underneath, for screen readers and for reading exact numbers.
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../components/Notice.tsx';
import { get } from '../lib/api.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import type { Dashboard } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';
import { BarChart } from './BarChart.tsx';

const pct = (value: number) => Math.round(value * 1000) / 10;
const MAX_SHOWS_CHARTED = 30;

export function DashboardPage() {
  const [days, setDays] = useState(7);
  const dashboard = useFetch(() => {
    const now = Date.now();
    const query = new URLSearchParams({
      from: new Date(now - days * 86_400_000).toISOString(),
      to: new Date(now + days * 86_400_000).toISOString(),
    });
    return get<Dashboard>(`/api/admin/dashboard?${query}`);
  }, `dashboard:${days}`);
  const d = dashboard.data;
  const shows = (d?.shows ?? []).slice(0, MAX_SHOWS_CHARTED);

  return (
    <section>
      <div class="page-head">
        <h1>Dashboard</h1>
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
              series={[{ label: 'Revenue (₹)', values: d.byDay.map((x) => x.revenue.amount / 100), colour: '#1d4ed8' }]}
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
