// A cinema's daily settlement for staff: the day's charges and refunds from the ledger and what
// the gateway should pay out for it, to check against the gateway's own report; also as CSV.
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../components/Notice.tsx';
import { downloadPdf, get, messageOf } from '../lib/api.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import type { Settlement as SettlementData } from '../lib/types.ts';

export function Settlement({ cinemas }: { cinemas: { id: string; name: string }[] }) {
  const [cinemaId, setCinemaId] = useState('');
  const [date, setDate] = useState(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date()));
  const [report, setReport] = useState<SettlementData | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const chosen = cinemaId || cinemas[0]?.id || '';
  const query = `cinemaId=${encodeURIComponent(chosen)}&date=${encodeURIComponent(date)}`;
  const show = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    try {
      setReport(await get<SettlementData>(`/api/admin/reports/settlement?${query}`));
    } catch (e) {
      setReport(undefined);
      setError(messageOf(e));
    }
  };
  return (
    <div class="card">
      <form class="button-row" onSubmit={(e) => void show(e)} aria-label="Daily settlement">
        <label>
          Cinema
          <select value={chosen} onChange={(e) => setCinemaId((e.target as HTMLSelectElement).value)}>
            {cinemas.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Day
          <input type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">Show settlement</button>
        <button
          type="button"
          onClick={() =>
            void downloadPdf(`/api/admin/reports/settlement.csv?${query}`, `settlement-${date}.csv`).catch((e: unknown) =>
              setError(messageOf(e)),
            )
          }
        >
          Download CSV
        </button>
      </form>
      {error && <ErrorNotice>{error}</ErrorNotice>}
      {report && (
        <>
          <p data-testid="settlement-payout">
            Charges {formatMoney(report.charges.amount)} ({report.charges.count}) − refunds {formatMoney(report.refunds.amount)} (
            {report.refunds.count}) = <strong>{formatMoney(report.payout)}</strong> to be paid out by the gateway for {report.date}.
          </p>
          {report.entries.length > 0 && (
            <table>
              <caption>Charges and refunds, {report.date}</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">What</th>
                  <th scope="col">Booking</th>
                  <th scope="col">Method</th>
                  <th scope="col" class="amount">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.entries.map((e, i) => (
                  <tr key={i}>
                    <td>{formatDateTime(e.at)}</td>
                    <td>{e.kind}</td>
                    <td>{e.bookingId}</td>
                    <td>{e.method}</td>
                    <td class="amount">{formatMoney(e.kind === 'refund' ? -e.amount.amount : e.amount.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
