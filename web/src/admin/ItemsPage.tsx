// Food and drink: a manager keeps each of their cinemas' items: name, price, GST and stock; a
// retired item is no longer sold.
import { useState } from 'preact/hooks';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { api, get, messageOf, post } from '../lib/api.ts';
import { formatMoney } from '../lib/format.ts';
import type { AdminCinema, Item } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

const rupeesToPaise = (rupees: string) => Math.round(Number(rupees) * 100);

function ItemRow({ item, onChanged }: { item: Item; onChanged: (message: string) => void }) {
  const [stock, setStock] = useState(item.stock === null ? '' : String(item.stock));
  const [price, setPrice] = useState((item.price.amount / 100).toFixed(2));
  const [error, setError] = useState<string | undefined>(undefined);
  const save = async () => {
    setError(undefined);
    try {
      await api<Item>('PATCH', `/api/admin/items/${encodeURIComponent(item.id)}`, {
        price: rupeesToPaise(price),
        stock: stock.trim() === '' ? null : Number(stock),
      });
      onChanged(`${item.name} saved.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const retire = async () => {
    try {
      await post<Item>(`/api/admin/items/${encodeURIComponent(item.id)}/retire`);
      onChanged(`${item.name} is no longer sold.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const retired = item.retiredAt !== null;
  return (
    <tr>
      <th scope="row">{item.name}</th>
      <td>
        {retired ? (
          formatMoney(item.price)
        ) : (
          <input
            type="number"
            min={0.01}
            step={0.01}
            value={price}
            aria-label={`Price of ${item.name} (₹)`}
            onInput={(e) => setPrice(e.currentTarget.value)}
          />
        )}
      </td>
      <td>{item.taxPercent}%</td>
      <td>
        {retired ? (
          (item.stock ?? 'not counted')
        ) : (
          <input
            type="number"
            min={0}
            value={stock}
            placeholder="not counted"
            aria-label={`Stock of ${item.name}`}
            onInput={(e) => setStock(e.currentTarget.value)}
          />
        )}
      </td>
      <td>
        {retired ? (
          'retired'
        ) : (
          <>
            <button type="button" onClick={() => void save()}>
              Save
            </button>{' '}
            <button type="button" class="link-button" onClick={() => void retire()}>
              Retire
            </button>
          </>
        )}
        {error && <ErrorNotice>{error}</ErrorNotice>}
      </td>
    </tr>
  );
}

function CinemaItems({ cinemaId }: { cinemaId: string }) {
  const items = useFetch(() => get<Item[]>(`/api/admin/cinemas/${encodeURIComponent(cinemaId)}/items`), cinemaId);
  const [form, setForm] = useState({ name: '', price: '', taxPercent: '5', stock: '' });
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const changed = (text: string) => {
    setMessage(text);
    void items.reload();
  };
  const add = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    try {
      const item = await post<Item>(`/api/admin/cinemas/${encodeURIComponent(cinemaId)}/items`, {
        name: form.name,
        price: rupeesToPaise(form.price),
        taxPercent: Number(form.taxPercent),
        ...(form.stock.trim() === '' ? {} : { stock: Number(form.stock) }),
      });
      setForm({ name: '', price: '', taxPercent: '5', stock: '' });
      changed(`${item.name} added.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <>
      {items.error && <ErrorNotice>{items.error}</ErrorNotice>}
      {message && <InfoNotice>{message}</InfoNotice>}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Price (₹)</th>
              <th scope="col">GST</th>
              <th scope="col">Stock</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {(items.data ?? []).map((item) => (
              <ItemRow key={`${item.id}:${item.stock}:${item.price.amount}:${item.retiredAt}`} item={item} onChanged={changed} />
            ))}
          </tbody>
        </table>
      </div>
      <form class="card stack" onSubmit={(e) => void add(e)} aria-labelledby="new-item">
        <h2 id="new-item">New item</h2>
        <label class="field">
          <span>Name</span>
          <input required maxLength={100} value={form.name} onInput={(e) => setForm({ ...form, name: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>Price (₹, as the cinema enters its ticket prices)</span>
          <input
            required
            type="number"
            min={0.01}
            step={0.01}
            value={form.price}
            onInput={(e) => setForm({ ...form, price: e.currentTarget.value })}
          />
        </label>
        <label class="field">
          <span>GST (%)</span>
          <input
            required
            type="number"
            min={0}
            max={28}
            step={0.01}
            value={form.taxPercent}
            onInput={(e) => setForm({ ...form, taxPercent: e.currentTarget.value })}
          />
        </label>
        <label class="field">
          <span>Stock (leave empty to not count)</span>
          <input type="number" min={0} value={form.stock} onInput={(e) => setForm({ ...form, stock: e.currentTarget.value })} />
        </label>
        {error && <ErrorNotice>{error}</ErrorNotice>}
        <button type="submit" class="primary">
          Add item
        </button>
      </form>
    </>
  );
}

export function ItemsPage() {
  const cinemas = useFetch(() => get<AdminCinema[]>('/api/admin/cinemas'), 'cinemas');
  const [cinemaId, setCinemaId] = useState('');
  const chosen = cinemaId || cinemas.data?.[0]?.id || '';
  return (
    <section>
      <div class="page-head">
        <h1>Food and drink</h1>
        <label class="field inline">
          <span>Cinema</span>
          <select value={chosen} onChange={(e) => setCinemaId(e.currentTarget.value)}>
            {(cinemas.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}, {c.cityName}
              </option>
            ))}
          </select>
        </label>
      </div>
      {cinemas.error && <ErrorNotice>{cinemas.error}</ErrorNotice>}
      {chosen && <CinemaItems key={chosen} cinemaId={chosen} />}
    </section>
  );
}
