// A counter sale's ticket, laid out to print, with its QR code and a PDF of the same.
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../components/Notice.tsx';
import { TicketQr } from '../components/TicketQr.tsx';
import { downloadPdf, get, messageOf } from '../lib/api.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import type { CounterSale } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

export function CounterSalePage({ saleId }: { saleId: string }) {
  const sale = useFetch(() => get<CounterSale>(`/api/admin/counter-sales/${encodeURIComponent(saleId)}`), saleId);
  const [error, setError] = useState<string | undefined>(undefined);
  if (sale.error) return <ErrorNotice>{sale.error}</ErrorNotice>;
  const s = sale.data;
  if (!s) return <p role="status">Loading…</p>;
  return (
    <section class="narrow">
      <div class="card printable-ticket">
        <h1>{s.show.movie.title}</h1>
        <p>
          {s.show.cinema.name}, {s.show.hall.name}
          <br />
          <strong>{formatDateTime(s.show.startsAt)}</strong>
        </p>
        <p>
          Seats <strong>{s.seats.map((seat) => seat.label).join(', ')}</strong>
        </p>
        {s.pickupCode && (
          <p>
            Food and drink:{' '}
            {s.lines
              .filter((line) => line.kind === 'item')
              .map((line) => line.label)
              .join(', ')}
            <br />
            Pickup code <strong class="pickup-code">{s.pickupCode}</strong>
          </p>
        )}
        <p>
          Paid {formatMoney(s.total)} ({s.payment?.method ?? 'unpaid'}){s.invoice ? `, tax invoice ${s.invoice.number}` : ''}
        </p>
        {s.ticket && (
          <TicketQr payload={s.ticket.token} label={`Ticket QR code for seats ${s.seats.map((seat) => seat.label).join(', ')}`} />
        )}
        <p class="fine">Booking {s.id}</p>
      </div>
      <p class="no-print">
        <button type="button" class="primary" onClick={() => window.print()}>
          Print ticket
        </button>{' '}
        <button
          type="button"
          class="link-button"
          onClick={() =>
            void downloadPdf(`/api/admin/counter-sales/${encodeURIComponent(s.id)}/ticket.pdf`, `ticket-${s.id}.pdf`).catch((e: unknown) =>
              setError(messageOf(e)),
            )
          }
        >
          Ticket (PDF)
        </button>{' '}
        <Link href="/admin/counter">Next sale</Link>
      </p>
      {error && <ErrorNotice>{error}</ErrorNotice>}
    </section>
  );
}
