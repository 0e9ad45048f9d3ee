// Staff, for admins: who has which role at which cinema; grant a role by email, take one away.
import { useState } from 'preact/hooks';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { api, get, messageOf, post } from '../lib/api.ts';
import type { AdminCinema, StaffMember } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

const ROLES = [
  ['manager', 'Manager: runs their cinemas'],
  ['box-office', 'Box office: sells at the counter, checks tickets'],
  ['door', 'Door: checks tickets'],
  ['admin', 'Admin: every cinema and the chain'],
] as const;

type Role = (typeof ROLES)[number][0];

export function StaffPage() {
  const staff = useFetch(() => get<StaffMember[]>('/api/admin/staff'), 'staff');
  const cinemas = useFetch(() => get<AdminCinema[]>('/api/admin/cinemas'), 'cinemas');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('box-office');
  const [cinemaIds, setCinemaIds] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const done = (text: string) => {
    setError(undefined);
    setMessage(text);
    void staff.reload();
  };
  /** Whether it was done. */
  const act = async (run: () => Promise<unknown>, text: string): Promise<boolean> => {
    try {
      await run();
      done(text);
      return true;
    } catch (e) {
      setMessage(undefined);
      setError(messageOf(e));
      return false;
    }
  };
  const grant = (event: Event) => {
    event.preventDefault();
    const body = role === 'admin' ? { email, role } : { email, role, cinemaIds: [...cinemaIds] };
    void act(() => post<StaffMember>('/api/admin/staff', body), `${email} is now ${role}.`).then((granted) => granted && setEmail(''));
  };
  const toggleCinema = (id: string) =>
    setCinemaIds((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section>
      <h1>Staff roles</h1>
      {staff.error && <ErrorNotice>{staff.error}</ErrorNotice>}
      {message && <InfoNotice>{message}</InfoNotice>}
      {error && <ErrorNotice>{error}</ErrorNotice>}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Roles</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {(staff.data ?? []).map((member) => (
              <tr key={member.id}>
                <th scope="row">{member.name}</th>
                <td>{member.email}</td>
                <td>
                  {member.admin && <div>admin, every cinema</div>}
                  {member.cinemas.map((c) => (
                    <div key={c.cinemaId}>
                      {c.role} at {c.cinemaName}{' '}
                      <button
                        type="button"
                        class="link-button"
                        aria-label={`Revoke ${member.name}'s ${c.role} role at ${c.cinemaName}`}
                        onClick={() =>
                          void act(
                            () =>
                              api('DELETE', `/api/admin/staff/${encodeURIComponent(member.id)}/cinemas/${encodeURIComponent(c.cinemaId)}`),
                            `${member.name} is no longer ${c.role} at ${c.cinemaName}.`,
                          )
                        }
                      >
                        Revoke
                      </button>
                    </div>
                  ))}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      void act(
                        () => api('DELETE', `/api/admin/staff/${encodeURIComponent(member.id)}`),
                        `${member.name} has no staff role now.`,
                      )
                    }
                  >
                    Revoke every role
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <form class="card stack" onSubmit={grant} aria-labelledby="grant-role">
        <h2 id="grant-role">Grant a role</h2>
        <label class="field">
          <span>Email of an existing account</span>
          <input required type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <fieldset class="stack">
          <legend>Role</legend>
          {ROLES.map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="role" value={value} checked={role === value} onChange={() => setRole(value)} /> {label}
            </label>
          ))}
        </fieldset>
        {role !== 'admin' && (
          <fieldset class="stack">
            <legend>At the cinemas</legend>
            {(cinemas.data ?? []).map((c) => (
              <label key={c.id}>
                <input type="checkbox" checked={cinemaIds.has(c.id)} onChange={() => toggleCinema(c.id)} /> {c.name}, {c.cityName}
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" class="primary">
          Grant
        </button>
      </form>
    </section>
  );
}
