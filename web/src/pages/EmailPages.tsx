// Confirming the email with the code mailed at sign-up (and asking for another), the banner that
// reminds an unverified account, and the account page that says whether the email is verified.
import { useState } from 'preact/hooks';
import { errorPlace, FieldError } from '../components/FieldError.tsx';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { post } from '../lib/api.ts';
import { Link, navigate, useLocation } from '../lib/router.tsx';
import { refreshUser, useSession } from '../lib/session.ts';
import { nextPath } from './AccountPages.tsx';

export function VerifyEmailPage() {
  const { query } = useLocation();
  const session = useSession();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<{ field: string; message: string } | undefined>(undefined);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const next = nextPath(query);

  if (session.known && !session.user)
    return (
      <section class="narrow">
        <h1>Confirm your email</h1>
        <p>
          <Link href={`/signin?next=${encodeURIComponent('/verify-email')}`}>Sign in</Link> first.
        </p>
      </section>
    );
  if (session.user?.emailVerified)
    return (
      <section class="narrow">
        <h1>Confirm your email</h1>
        <InfoNotice>Your email {session.user.email} is verified.</InfoNotice>
        <p>
          <Link href={next}>Go on</Link>
        </p>
      </section>
    );

  const verify = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setSent(false);
    try {
      await post('/api/me/email-verification', { code });
      await refreshUser();
      navigate(next);
    } catch (error) {
      setProblem(errorPlace(error, ['code'], 'form'));
      setBusy(false);
    }
  };
  const resend = async () => {
    setProblem(undefined);
    setSent(false);
    try {
      await post('/api/me/email-verification/resend');
      setSent(true);
    } catch (error) {
      setProblem({ field: 'form', message: errorPlace(error, [], 'form').message });
    }
  };

  return (
    <section class="narrow">
      <h1>Confirm your email</h1>
      <form class="card stack" onSubmit={(e) => void verify(e)} noValidate>
        <p>
          We mailed a code to <strong>{session.user?.email ?? 'your address'}</strong> (subject “Confirm your email”). Enter it here.
        </p>
        <label class="field">
          <span>Code from the mail</span>
          <input
            class="code-input"
            autoComplete="one-time-code"
            required
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
            {...(problem?.field === 'code' ? { 'aria-invalid': true, 'aria-describedby': 'code-error' } : {})}
          />
          {problem?.field === 'code' && <FieldError id="code-error">{problem.message}</FieldError>}
        </label>
        {problem?.field === 'form' && <ErrorNotice>{problem.message}</ErrorNotice>}
        {sent && <InfoNotice>A new code is on its way; the one before no longer works.</InfoNotice>}
        <button type="submit" class="primary" disabled={busy}>
          Confirm email
        </button>
        <button type="button" onClick={() => void resend()}>
          Mail me a new code
        </button>
      </form>
      <p>
        <Link href={next}>Later</Link>
      </p>
    </section>
  );
}

/** Shown above every page while the signed-in account's email is not verified. */
export function VerifyEmailBanner() {
  const session = useSession();
  const { path } = useLocation();
  if (!session.user || session.user.emailVerified || path === '/verify-email') return null;
  return (
    <InfoNotice>
      <span class="verify-banner">
        <span>Confirm your email: enter the code we mailed to {session.user.email}.</span>
        <Link href={`/verify-email?next=${encodeURIComponent(path)}`}>Enter the code</Link>
      </span>
    </InfoNotice>
  );
}
