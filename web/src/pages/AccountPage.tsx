// The account page: who is signed in, whether their email and phone are verified (the phone for
// sign-in by SMS), a copy of everything Houseful holds about them, and erasing the account
// (GET /api/me/export, DELETE /api/me).
import { useState } from 'preact/hooks';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { PhoneVerification } from '../components/PhoneVerification.tsx';
import { api, ApiError, downloadPdf, messageOf } from '../lib/api.ts';
import { Link } from '../lib/router.tsx';
import { forgetSignedInUser, useSession } from '../lib/session.ts';

export function AccountPage() {
  const { user, known } = useSession();
  const [erased, setErased] = useState(false);
  if (erased)
    return (
      <section class="narrow">
        <h1>Account deleted</h1>
        <InfoNotice>Your account is deleted and you are signed out. You can sign up again with the same email at any time.</InfoNotice>
        <p>
          <Link href="/">Back to the movies</Link>
        </p>
      </section>
    );
  if (known && !user)
    return (
      <section class="narrow">
        <h1>Your account</h1>
        <p>
          <Link href="/signin?next=/account">Sign in</Link> to see your account.
        </p>
      </section>
    );
  if (!user) return <p role="status">Loading…</p>;
  return (
    <section class="narrow stack account-page">
      <h1>Your account</h1>
      <dl class="card account-details">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email</dt>
        <dd>
          {user.email} <span>{user.emailVerified ? '(verified)' : '(not verified yet)'}</span>
          {!user.emailVerified && (
            <>
              {' '}
              <Link href="/verify-email?next=%2Faccount">Confirm it</Link>
            </>
          )}
        </dd>
      </dl>
      <PhoneVerification user={user} />
      <DownloadMyData />
      <DeleteMyAccount onErased={() => setErased(true)} />
    </section>
  );
}

function DownloadMyData() {
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await downloadPdf('/api/me/export', `houseful-data-${new Date().toISOString().slice(0, 10)}.json`);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card stack" aria-labelledby="my-data">
      <h2 id="my-data">Your data</h2>
      <p>Download everything Houseful holds about you (your account, bookings, payments, refunds and messages) as a JSON file.</p>
      <button type="button" onClick={() => void download()} disabled={busy}>
        Download my data
      </button>
      {error && <ErrorNotice>{error}</ErrorNotice>}
    </section>
  );
}

/** Why the account stays, in the customer's words: its holds, paid shows and refunds still open. */
function openBookingsText(error: ApiError): string {
  const count = error.problem.bookingIds?.length ?? 1;
  const what = count === 1 ? 'a booking that is' : `${count} bookings that are`;
  return `You have ${what} still open: a hold not paid yet, a show that is not over, or a refund not made yet. Cancel ${count === 1 ? 'it' : 'them'}, or wait until the show is over and any refund is made, then delete your account.`;
}

function DeleteMyAccount({ onErased }: { onErased: () => void }) {
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [passwordError, setPasswordError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<{ text: string; openBookings: boolean } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setPasswordError(undefined);
    setError(undefined);
    try {
      await api('DELETE', '/api/me', { password });
      forgetSignedInUser();
      onErased();
    } catch (e) {
      if (e instanceof ApiError && e.problem.field === 'password') setPasswordError(e.problem.detail.replace(/^password:?\s*/, ''));
      else if (e instanceof ApiError && e.kind === 'account-has-open-bookings') setError({ text: openBookingsText(e), openBookings: true });
      else setError({ text: messageOf(e), openBookings: false });
      setBusy(false);
    }
  };
  return (
    <section class="card stack" aria-labelledby="delete-account">
      <h2 id="delete-account">Delete my account</h2>
      <p id="delete-warning">
        <strong>This cannot be undone.</strong> Your name, email and phone are erased and you are signed out everywhere. Your past bookings
        and their tax invoices stay with the cinema, as the law requires, but no longer name you. You cannot delete the account while a
        hold, a paid show or a refund is still open.
      </p>
      <form class="stack" onSubmit={(e) => void submit(e)} aria-describedby="delete-warning">
        <label class="field">
          <span>Your password</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            aria-invalid={passwordError ? 'true' : undefined}
            aria-describedby={passwordError ? 'delete-password-error' : undefined}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
          {passwordError && (
            <span id="delete-password-error" class="field-error" role="alert">
              The password {passwordError}
            </span>
          )}
        </label>
        <label class="field inline">
          <input type="checkbox" required checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} />
          <span>I understand my account cannot be restored</span>
        </label>
        {error && (
          <ErrorNotice>
            {error.text}
            {error.openBookings && (
              <>
                {' '}
                <Link href="/bookings">See my bookings</Link>
              </>
            )}
          </ErrorNotice>
        )}
        <button type="submit" class="danger" disabled={busy}>
          Delete my account
        </button>
      </form>
    </section>
  );
}
