// What a booking costs, line by line (tickets, fee, discount, CGST and SGST), and its tax documents.
import { useState } from 'preact/hooks';
import { downloadPdf, messageOf } from '../lib/api.ts';
import { formatMoney } from '../lib/format.ts';
import type { Booking } from '../lib/types.ts';

export function BillLines({ booking, caption }: { booking: Booking; caption?: string }) {
  return (
    <table class="bill" data-testid="bill-lines">
      {caption && <caption>{caption}</caption>}
      <tbody>
        {booking.lines.map((line, i) => (
          <tr key={i} class={`bill-${line.kind}`}>
            <td>{line.label}</td>
            <td class="amount">{formatMoney(line.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <th class="amount" data-testid="bill-total">
            {formatMoney(booking.total)}
          </th>
        </tr>
      </tfoot>
    </table>
  );
}

/** Buttons that download the booking's tax invoice and credit note, when it has them. */
export function TaxDocuments({ booking }: { booking: Booking }) {
  const [error, setError] = useState<string | undefined>(undefined);
  const documents = [
    booking.invoice && { label: `Tax invoice ${booking.invoice.number}`, ...booking.invoice },
    booking.creditNote && { label: `Credit note ${booking.creditNote.number}`, ...booking.creditNote },
  ].filter((d) => d !== undefined);
  if (documents.length === 0) return null;
  return (
    <p class="tax-documents">
      {documents.map((d) => (
        <button
          key={d.number}
          type="button"
          class="link-button"
          onClick={() => void downloadPdf(d.url, `${d.number.replaceAll('/', '-')}.pdf`).catch((e: unknown) => setError(messageOf(e)))}
        >
          {d.label} (PDF)
        </button>
      ))}
      {error && <span class="error"> {error}</span>}
    </p>
  );
}
