// The audit log: who did what, when and at which cinema; an admin reads all of it, a manager
// the entries of their cinemas.
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../components/Notice.tsx';
import { get, messageOf } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import type { AdminCinema, AuditEntry } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

const PAGE = 100;

export function AuditPage() {
  const cinemas = useFetch(() => get<AdminCinema[]>('/api/admin/cinemas'), 'cinemas');
  const [cinemaId, setCinemaId] = useState('');
  const [older, setOlder] = useState<AuditEntry[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);
  const query = (before?: string) =>
    `/api/admin/audit?limit=${PAGE}${cinemaId ? `&cinemaId=${encodeURIComponent(cinemaId)}` : ''}${before ? `&before=${before}` : ''}`;
  const first = useFetch(() => get<AuditEntry[]>(query()), `audit-${cinemaId}`);
  const entries = [...(first.data ?? []), ...older];
  const nameOf = (id: string | null) => (id === null ? 'the chain' : (cinemas.data?.find((c) => c.id === id)?.name ?? id));
  const more = async () => {
    try {
      setOlder([...older, ...(await get<AuditEntry[]>(query(entries[entries.length - 1]?.id)))]);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <section>
      <h1>Audit log</h1>
      <label class="field">
        <span>Cinema</span>
        <select
          value={cinemaId}
          onChange={(e) => {
            setOlder([]);
            setCinemaId(e.currentTarget.value);
          }}
        >
          <option value="">Every cinema I can see</option>
          {(cinemas.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {first.error && <ErrorNotice>{first.error}</ErrorNotice>}
      <table class="figures">
        <caption>Newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Where</th>
            <th scope="col">Subject</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at)}</td>
              <td>{e.user.name ?? e.user.id}</td>
              <td>{e.action}</td>
              <td>{nameOf(e.cinemaId)}</td>
              <td>{e.subjectId}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length > 0 && entries.length % PAGE === 0 && (
        <button type="button" onClick={() => void more()}>
          Older entries
        </button>
      )}
      {error && <ErrorNotice>{error}</ErrorNotice>}
    </section>
  );
}
