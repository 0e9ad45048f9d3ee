// Door check-in: staff type or scan the ticket's code and see at once whether to let them in.
import { useRef, useState } from 'preact/hooks';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { ApiError, messageOf, post } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import type { CheckIn } from '../lib/types.ts';

/** The door's answers that refuse this ticket; anything else means the check itself did not happen. */
const REFUSALS = new Set(['ticket-invalid', 'ticket-not-valid', 'ticket-already-used', 'invalid-input']);

/** What to tell the staff member, and whether the code is worth checking again as it is. */
function outcome(error: unknown): { text: string; retry: boolean } {
  if (error instanceof ApiError && REFUSALS.has(error.kind)) return { text: `Not admitted: ${messageOf(error)}`, retry: false };
  if (error instanceof ApiError && error.status === 401)
    return { text: 'Your session has ended: sign in again, then check this ticket.', retry: true };
  if (error instanceof ApiError && error.status === 403) return { text: 'Only staff can check tickets in.', retry: false };
  return { text: `Not checked: ${messageOf(error)}. The ticket was neither admitted nor refused; try again.`, retry: true };
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
      setToken('');
    } catch (e) {
      const { text, retry } = outcome(e);
      setResult({ ok: false, text });
      if (!retry) setToken('');
    }
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
