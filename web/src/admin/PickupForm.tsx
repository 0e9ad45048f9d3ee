// At the counter: the customer says the pickup code on their ticket; the cashier enters it and is
// told what to hand over, once (a code handed over already is refused with when).
import { useState } from 'preact/hooks';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { messageOf, post } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import type { Pickup } from '../lib/types.ts';

export function PickupForm({ cinemaId }: { cinemaId: string }) {
  const [code, setCode] = useState('');
  const [handed, setHanded] = useState<Pickup | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const collect = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    setHanded(undefined);
    setBusy(true);
    try {
      setHanded(await post<Pickup>('/api/admin/pickups', { cinemaId, pickupCode: code }));
      setCode('');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card stack" aria-label="Hand over food and drink" onSubmit={(e) => void collect(e)}>
      <h2>Food and drink pickup</h2>
      <label class="field">
        <span>Pickup code</span>
        <input required maxLength={20} autocomplete="off" value={code} onInput={(e) => setCode(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={busy || code.trim() === ''}>
        Hand over
      </button>
      {handed && (
        <InfoNotice>
          Hand over {handed.items.map((item) => `${item.name} × ${item.quantity}`).join(', ')} for {handed.show.movie.title},{' '}
          {formatDateTime(handed.show.startsAt)} (code {handed.pickupCode}).
        </InfoNotice>
      )}
      {error && <ErrorNotice>{error}</ErrorNotice>}
    </form>
  );
}
