// Promo codes on the Money page: add one, see each with its uses, and change or end one.
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../components/Notice.tsx';
import { api, get, post } from '../lib/api.ts';
import type { paths } from '../lib/api-types.gen.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { useFetch } from '../lib/use-fetch.ts';
import { localInput, paise, problemText, rupees } from './money-inputs.ts';

type PromoCode = paths['/api/admin/promo-codes']['get']['responses'][200]['content']['application/json'][number];
type PromoCodeChange = NonNullable<paths['/api/admin/promo-codes/{code}']['patch']['requestBody']>['content']['application/json'];
export type CinemaRow = { id: string; name: string };

const ended = (code: PromoCode) => code.validUntil !== undefined && Date.parse(code.validUntil) <= Date.now();

/** The fields staff may change after creating a code; an emptied field lifts its limit. */
function PromoCodeEditor({ code, onSaved }: { code: PromoCode; onSaved: (message: string) => Promise<void> }) {
  const [error, setError] = useState<string | undefined>(undefined);
  const shown = {
    validUntil: localInput(code.validUntil),
    maxUses: code.maxUses === undefined ? '' : String(code.maxUses),
    maxUsesPerCustomer: code.maxUsesPerCustomer === undefined ? '' : String(code.maxUsesPerCustomer),
    minTotal: rupees(code.minTotal),
    maxDiscount: rupees(code.maxDiscount),
  };
  const send = async (change: PromoCodeChange, message: string) => {
    setError(undefined);
    try {
      await api('PATCH', `/api/admin/promo-codes/${encodeURIComponent(code.code)}`, change);
      await onSaved(message);
    } catch (e) {
      setError(problemText(e));
    }
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const text = (name: keyof typeof shown) => String(form.get(name) ?? '').trim();
    const changed = (name: keyof typeof shown) => text(name) !== shown[name];
    const count = (name: 'maxUses' | 'maxUsesPerCustomer') => (text(name) ? Number(text(name)) : null);
    const amount = (name: 'minTotal' | 'maxDiscount') => paise(text(name)) ?? null;
    const change: PromoCodeChange = {
      ...(changed('validUntil') ? { validUntil: text('validUntil') ? new Date(text('validUntil')).toISOString() : null } : {}),
      ...(changed('maxUses') ? { maxUses: count('maxUses') } : {}),
      ...(changed('maxUsesPerCustomer') ? { maxUsesPerCustomer: count('maxUsesPerCustomer') } : {}),
      ...(changed('minTotal') ? { minTotal: amount('minTotal') } : {}),
      ...(changed('maxDiscount') ? { maxDiscount: amount('maxDiscount') } : {}),
    };
    if (Object.keys(change).length === 0) {
      setError('Nothing was changed.');
      return;
    }
    await send(change, `${code.code} saved. New bookings use it at once; bookings already made keep their price.`);
  };
  return (
    <form class="card form" onSubmit={(e) => void submit(e)} aria-label={`Change ${code.code}`}>
      <p class="muted">Leave a field empty for no limit. Bookings already made with the code keep their price.</p>
      <label>
        Until
        <input name="validUntil" type="datetime-local" defaultValue={shown.validUntil} />
      </label>
      <label>
        Uses in all (taken: {code.uses})
        <input name="maxUses" type="number" min={Math.max(1, code.uses)} defaultValue={shown.maxUses} />
      </label>
      <label>
        Uses per customer
        <input name="maxUsesPerCustomer" type="number" min={1} defaultValue={shown.maxUsesPerCustomer} />
      </label>
      <label>
        Minimum booking (₹)
        <input name="minTotal" inputMode="decimal" defaultValue={shown.minTotal} />
      </label>
      <label>
        At most (₹)
        <input name="maxDiscount" inputMode="decimal" defaultValue={shown.maxDiscount} />
      </label>
      <p class="button-row">
        <button type="submit" class="primary">
          Save {code.code}
        </button>
        {!ended(code) && (
          <button type="button" onClick={() => void send({ active: false }, `${code.code} has ended: it is refused from now on.`)}>
            End {code.code} now
          </button>
        )}
      </p>
      {error && <ErrorNotice>{error}</ErrorNotice>}
    </form>
  );
}

export function PromoCodes({ cinemas }: { cinemas: CinemaRow[] }) {
  const codes = useFetch(() => get<PromoCode[]>('/api/admin/promo-codes'), 'promo-codes');
  const [error, setError] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const cinemaName = (id: string | undefined) => (id === undefined ? 'every cinema' : (cinemas.find((c) => c.id === id)?.name ?? id));
  const afterSave = async (message: string) => {
    setSaved(message);
    setEditing(undefined);
    await codes.reload();
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const number = (name: string) => (text(name) ? Number(text(name)) : undefined);
    const body = {
      code: text('code'),
      ...(text('kind') === 'percent' ? { percentOff: number('off') } : { amountOff: paise(text('off')) }),
      ...(text('maxDiscount') ? { maxDiscount: paise(text('maxDiscount')) } : {}),
      ...(text('minTotal') ? { minTotal: paise(text('minTotal')) } : {}),
      ...(text('validFrom') ? { validFrom: new Date(text('validFrom')).toISOString() } : {}),
      ...(text('validUntil') ? { validUntil: new Date(text('validUntil')).toISOString() } : {}),
      ...(text('maxUses') ? { maxUses: number('maxUses') } : {}),
      ...(text('maxUsesPerCustomer') ? { maxUsesPerCustomer: number('maxUsesPerCustomer') } : {}),
      ...(text('cinemaId') ? { cinemaId: text('cinemaId') } : {}),
    };
    setError(undefined);
    try {
      await post('/api/admin/promo-codes', body);
      formElement.reset();
      await codes.reload();
    } catch (e) {
      setError(problemText(e));
    }
  };
  return (
    <>
      <form class="card form" onSubmit={(e) => void submit(e)} aria-label="New promo code">
        <label>
          Code
          <input name="code" required minLength={3} maxLength={32} />
        </label>
        <label>
          Off
          <select name="kind">
            <option value="percent">percent</option>
            <option value="amount">₹ amount</option>
          </select>
        </label>
        <label>
          Value
          <input name="off" required inputMode="decimal" />
        </label>
        <label>
          At most (₹)
          <input name="maxDiscount" inputMode="decimal" />
        </label>
        <label>
          Minimum booking (₹)
          <input name="minTotal" inputMode="decimal" />
        </label>
        <label>
          From
          <input name="validFrom" type="datetime-local" />
        </label>
        <label>
          Until
          <input name="validUntil" type="datetime-local" />
        </label>
        <label>
          Uses in all
          <input name="maxUses" type="number" min={1} />
        </label>
        <label>
          Uses per customer
          <input name="maxUsesPerCustomer" type="number" min={1} />
        </label>
        <label>
          Cinema
          <select name="cinemaId">
            <option value="">every cinema</option>
            {cinemas.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary">
          Add promo code
        </button>
        {error && <ErrorNotice>{error}</ErrorNotice>}
      </form>
      {saved && <p role="status">{saved}</p>}
      {codes.error && <ErrorNotice>{codes.error}</ErrorNotice>}
      {codes.data && (
        <table class="data" aria-label="Promo codes">
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Off</th>
              <th scope="col">Where</th>
              <th scope="col">Uses</th>
              <th scope="col">Until</th>
              <th scope="col">
                <span class="visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {codes.data.map((c) => (
              <Fragment key={c.code}>
                <tr>
                  <td>{c.code}</td>
                  <td>{c.percentOff !== undefined ? `${c.percentOff}%` : formatMoney(c.amountOff ?? 0)}</td>
                  <td>{cinemaName(c.cinemaId)}</td>
                  <td>
                    {c.uses}
                    {c.maxUses !== undefined ? ` / ${c.maxUses}` : ''}
                  </td>
                  <td>{c.validUntil === undefined ? '—' : `${ended(c) ? 'ended ' : ''}${formatDateTime(c.validUntil)}`}</td>
                  <td>
                    <button
                      type="button"
                      aria-expanded={editing === c.code}
                      onClick={() => {
                        setSaved(undefined);
                        setEditing(editing === c.code ? undefined : c.code);
                      }}
                    >
                      {editing === c.code ? 'Close' : 'Change'} <span class="visually-hidden">{c.code}</span>
                    </button>
                  </td>
                </tr>
                {editing === c.code && (
                  <tr>
                    <td colSpan={6}>
                      <PromoCodeEditor code={c} onSaved={afterSave} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
