// Door check-in: staff type or scan the ticket's code and see at once whether to let them in.
import { useRef, useState } from 'preact/hooks';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { ApiError, messageOf, post } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';

/** What POST /api/admin/checkins answers for an admitted ticket. */
interface CheckIn {
  bookingId: string;
  movie: string;
  hall: string;
  startsAt: string;
  seats: string[];
  customer: string;
}

export function CheckInPage() {
  const [token, setToken] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);

  const check = async (event: Event) => {
    event.preventDefault();
    try {
      const admitted = await post<CheckIn>('/api/admin/checkins', { token: token.trim() });
      setResult({
        ok: true,
        text: `Admitted: ${admitted.customer}, ${admitted.movie} at ${formatDateTime(admitted.startsAt)}, ${admitted.hall}, seats ${admitted.seats.join(', ')}.`,
      });
    } catch (e) {
      if (e instanceof ApiError && e.status === 404 && e.problem.detail.startsWith('no route'))
        setResult({ ok: false, text: 'Check-in is not available on this server yet.' });
      else setResult({ ok: false, text: `Not admitted: ${messageOf(e)}` });
    }
    setToken('');
    input.current?.focus();
  };

  return (
    <section class="narrow">
      <h1>Door check-in</h1>
      <form class="card stack" onSubmit={(e) => void check(e)}>
        <label class="field">
          <span>Ticket code (scan the QR or type it)</span>
          <input ref={input} required autoComplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          Check in
        </button>
      </form>
      {result && (result.ok ? <InfoNotice>{result.text}</InfoNotice> : <ErrorNotice>{result.text}</ErrorNotice>)}
    </section>
  );
}
