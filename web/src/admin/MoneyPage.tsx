// Money for staff: each cinema's billing settings (GSTIN, prices with or without GST, convenience
// fee, refund policy), promo codes, a month's invoices and credit notes as CSV, and a cinema's
// daily settlement.
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../components/Notice.tsx';
import { api, get, messageOf, storedToken } from '../lib/api.ts';
import type { paths } from '../lib/api-types.gen.ts';
import { useFetch } from '../lib/use-fetch.ts';
import { paise, problemText, rupees } from './money-inputs.ts';
import { PromoCodes, type CinemaRow } from './PromoCodes.tsx';
import { RefundPolicyFields, type RefundPolicy } from './RefundPolicyFields.tsx';
import { Settlement } from './Settlement.tsx';

type Billing = paths['/api/admin/cinemas/{id}/billing']['get']['responses'][200]['content']['application/json'];

function BillingForm({ cinema }: { cinema: CinemaRow }) {
  const billing = useFetch(() => get<Billing>(`/api/admin/cinemas/${cinema.id}/billing`), `billing:${cinema.id}`);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [refundPolicy, setRefundPolicy] = useState<RefundPolicy | undefined>(undefined);
  if (!billing.data) return billing.error ? <ErrorNotice>{billing.error}</ErrorNotice> : <p>Loading…</p>;
  const b = billing.data;
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '');
    const feeKind = text('feeKind');
    const body = {
      legalName: text('legalName'),
      gstin: text('gstin').trim().toUpperCase(),
      pricesIncludeTax: text('pricesIncludeTax') === 'yes',
      convenienceFee: {
        ...(feeKind === 'perTicket' && text('feeAmount') ? { perTicket: paise(text('feeAmount')) } : {}),
        ...(feeKind === 'percent' && text('feeAmount') ? { percent: Number(text('feeAmount')) } : {}),
        ...(text('feeCap') ? { maxPerBooking: paise(text('feeCap')) } : {}),
      },
      refundPolicy: refundPolicy ?? b.refundPolicy,
    };
    setError(undefined);
    setMessage(undefined);
    try {
      await api('PUT', `/api/admin/cinemas/${cinema.id}/billing`, body);
      setMessage('Saved. New bookings use these settings at once.');
      await billing.reload();
    } catch (e) {
      setError(problemText(e));
    }
  };
  const fee = b.convenienceFee;
  return (
    <form class="card form" onSubmit={(e) => void submit(e)} aria-label={`Billing for ${cinema.name}`}>
      <h3>{cinema.name}</h3>
      <p class="muted">Place of supply: {b.placeOfSupply}</p>
      <label>
        Legal name
        <input name="legalName" required maxLength={200} defaultValue={b.legalName ?? ''} />
      </label>
      <label>
        GSTIN
        <input name="gstin" required minLength={15} maxLength={15} defaultValue={b.gstin ?? ''} />
      </label>
      <fieldset>
        <legend>Show prices</legend>
        <label>
          <input type="radio" name="pricesIncludeTax" value="yes" defaultChecked={b.pricesIncludeTax} /> include GST
        </label>
        <label>
          <input type="radio" name="pricesIncludeTax" value="no" defaultChecked={!b.pricesIncludeTax} /> exclude GST (added at checkout)
        </label>
      </fieldset>
      <fieldset>
        <legend>Convenience fee (online only, before 18% GST)</legend>
        <label>
          Kind
          <select name="feeKind" defaultValue={fee.percent !== undefined ? 'percent' : fee.perTicket !== undefined ? 'perTicket' : 'none'}>
            <option value="none">none</option>
            <option value="perTicket">₹ per ticket</option>
            <option value="percent">% of the tickets</option>
          </select>
        </label>
        <label>
          Amount (₹ or %)
          <input
            name="feeAmount"
            inputMode="decimal"
            defaultValue={fee.percent !== undefined ? String(fee.percent) : rupees(fee.perTicket)}
          />
        </label>
        <label>
          Cap per booking (₹)
          <input name="feeCap" inputMode="decimal" defaultValue={rupees(fee.maxPerBooking)} />
        </label>
      </fieldset>
      <RefundPolicyFields policy={b.refundPolicy} onChange={setRefundPolicy} />
      <button type="submit" class="primary">
        Save billing
      </button>
      {message && <p role="status">{message}</p>}
      {error && <ErrorNotice>{error}</ErrorNotice>}
    </form>
  );
}

async function downloadCsv(month: string): Promise<void> {
  const token = storedToken();
  const response = await fetch(`/api/admin/tax-documents.csv?month=${encodeURIComponent(month)}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `tax-documents-${month}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function MoneyPage() {
  const cinemas = useFetch(() => get<CinemaRow[]>('/api/admin/cinemas'), 'cinemas');
  const [month, setMonth] = useState(new Date().toISOString().slice(0, 7));
  const [csvError, setCsvError] = useState<string | undefined>(undefined);
  return (
    <section>
      <h1>Money</h1>
      <h2>Invoices and credit notes</h2>
      <p class="button-row">
        <label>
          Month
          <input type="month" value={month} onInput={(e) => setMonth((e.target as HTMLInputElement).value)} />
        </label>
        <button type="button" onClick={() => void downloadCsv(month).catch((e: unknown) => setCsvError(messageOf(e)))}>
          Download CSV
        </button>
      </p>
      {csvError && <ErrorNotice>{csvError}</ErrorNotice>}
      <h2>Daily settlement</h2>
      <Settlement cinemas={cinemas.data ?? []} />
      <h2>Promo codes</h2>
      <PromoCodes cinemas={cinemas.data ?? []} />
      <h2>Billing per cinema</h2>
      {cinemas.error && <ErrorNotice>{cinemas.error}</ErrorNotice>}
      {(cinemas.data ?? []).map((c) => (
        <BillingForm key={c.id} cinema={c} />
      ))}
    </section>
  );
}
