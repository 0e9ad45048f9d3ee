// Sign in and sign up. Both return to where the visitor came from (?next=).
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../components/Notice.tsx';
import { SmsSignIn } from '../components/SmsSignIn.tsx';
import { messageOf } from '../lib/api.ts';
import { Link, navigate, useLocation } from '../lib/router.tsx';
import { signIn, signUp } from '../lib/session.ts';

/** Only paths inside the app: never send someone to another site after signing in. */
export function nextPath(query: URLSearchParams): string {
  const next = query.get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Runs the account action on submit, then returns to ?next= (or where `then` says); shows why when it fails. */
function useAccountForm(action: () => Promise<unknown>, then: (next: string) => string = (next) => next) {
  const { query } = useLocation();
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      await action();
      navigate(then(nextPath(query)));
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };
  return { query, error, busy, submit };
}

export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { query, error, busy, submit } = useAccountForm(() => signIn(email, password));
  const [bySms, setBySms] = useState(false);
  return (
    <section class="narrow">
      <h1>Sign in</h1>
      <form class="card stack" onSubmit={(e) => void submit(e)}>
        <label class="field">
          <span>Email</span>
          <input type="email" autoComplete="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Password</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        {error && <ErrorNotice>{error}</ErrorNotice>}
        <button type="submit" class="primary" disabled={busy}>
          Sign in
        </button>
      </form>
      {bySms ? (
        <>
          <h2>Sign in with a code by SMS</h2>
          <SmsSignIn onSignedIn={() => navigate(nextPath(query))} />
        </>
      ) : (
        <p>
          <button type="button" onClick={() => setBySms(true)}>
            Use a code by SMS instead
          </button>
        </p>
      )}
      <p>
        <Link href={`/password-reset${email ? `?email=${encodeURIComponent(email)}` : ''}`}>Forgot password?</Link>
      </p>
      <p>
        New here? <Link href={`/signup?next=${encodeURIComponent(nextPath(query))}`}>Create an account</Link>
      </p>
    </section>
  );
}

export function SignUpPage() {
  const [form, setForm] = useState({ name: '', email: '', password: '', phone: '' });
  const set = (field: keyof typeof form) => (event: { currentTarget: HTMLInputElement }) =>
    setForm({ ...form, [field]: event.currentTarget.value });
  // Then the code mailed to the new address, before going on.
  const { query, error, busy, submit } = useAccountForm(
    () => signUp({ name: form.name, email: form.email, password: form.password, ...(form.phone ? { phone: form.phone } : {}) }),
    (next) => `/verify-email?next=${encodeURIComponent(next)}`,
  );
  return (
    <section class="narrow">
      <h1>Sign up</h1>
      <form class="card stack" onSubmit={(e) => void submit(e)}>
        <label class="field">
          <span>Name</span>
          <input autoComplete="name" required value={form.name} onInput={set('name')} />
        </label>
        <label class="field">
          <span>Email</span>
          <input type="email" autoComplete="email" required value={form.email} onInput={set('email')} />
        </label>
        <label class="field">
          <span>Password (at least 8 characters)</span>
          <input type="password" autoComplete="new-password" required minLength={8} value={form.password} onInput={set('password')} />
        </label>
        <label class="field">
          <span>Phone (optional, for text confirmations)</span>
          <input type="tel" autoComplete="tel" value={form.phone} onInput={set('phone')} />
        </label>
        {error && <ErrorNotice>{error}</ErrorNotice>}
        <button type="submit" class="primary" disabled={busy}>
          Create account
        </button>
      </form>
      <p>
        Have an account? <Link href={`/signin?next=${encodeURIComponent(nextPath(query))}`}>Sign in</Link>
      </p>
    </section>
  );
}
