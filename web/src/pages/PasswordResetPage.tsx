// "Forgot password?": the email first, then the mailed code with a new password. Each error is
// shown under the field it is about; the same answer comes whether or not the address has an account.
import { useState } from 'preact/hooks';
import { errorPlace, FieldError } from '../components/FieldError.tsx';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { post } from '../lib/api.ts';
import { Link, navigate, useLocation } from '../lib/router.tsx';
import { signIn } from '../lib/session.ts';

type Problem = { field: string; message: string } | undefined;

export function PasswordResetPage() {
  const { query } = useLocation();
  const [step, setStep] = useState<'ask' | 'confirm'>('ask');
  const [email, setEmail] = useState(query.get('email') ?? '');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem>(undefined);
  const [busy, setBusy] = useState(false);

  const run = (action: () => Promise<void>, fields: readonly string[]) => async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(errorPlace(error, fields, 'form'));
    }
    setBusy(false);
  };
  const ask = run(async () => {
    await post('/api/password-resets', { email });
    setStep('confirm');
  }, ['email']);
  const confirm = run(async () => {
    await post('/api/password-resets/confirm', { email, code, password });
    // Every session ended with the old password: sign in with the new one straight away.
    await signIn(email, password);
    navigate('/');
  }, ['code', 'password']);
  const invalid = (field: string) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : {});
  const errorOf = (field: string) => problem?.field === field && <FieldError id={`${field}-error`}>{problem.message}</FieldError>;

  return (
    <section class="narrow">
      <h1>Reset your password</h1>
      {step === 'ask' ? (
        <form class="card stack" onSubmit={(e) => void ask(e)} noValidate>
          <p>Enter the email of your account. We will mail you a code to set a new password.</p>
          <label class="field">
            <span>Email</span>
            <input
              type="email"
              autoComplete="email"
              required
              value={email}
              onInput={(e) => setEmail(e.currentTarget.value)}
              {...invalid('email')}
            />
            {errorOf('email')}
          </label>
          {problem?.field === 'form' && <ErrorNotice>{problem.message}</ErrorNotice>}
          <button type="submit" class="primary" disabled={busy}>
            Mail me a code
          </button>
        </form>
      ) : (
        <form class="card stack" onSubmit={(e) => void confirm(e)} noValidate>
          <InfoNotice>
            If an account has the address {email}, a mail “Reset your password” is on its way with a code. It works once, for 30 minutes.
          </InfoNotice>
          <label class="field">
            <span>Code from the mail</span>
            <input
              class="code-input"
              autoComplete="one-time-code"
              inputMode="text"
              required
              value={code}
              onInput={(e) => setCode(e.currentTarget.value)}
              {...invalid('code')}
            />
            {errorOf('code')}
          </label>
          <label class="field">
            <span>New password (at least 8 characters)</span>
            <input
              type="password"
              autoComplete="new-password"
              required
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
              {...invalid('password')}
            />
            {errorOf('password')}
          </label>
          {problem?.field === 'form' && <ErrorNotice>{problem.message}</ErrorNotice>}
          <button type="submit" class="primary" disabled={busy}>
            Set new password
          </button>
          <button type="button" class="link-button" onClick={() => setStep('ask')}>
            No mail? Ask again
          </button>
        </form>
      )}
      <p>
        Remembered it? <Link href="/signin">Sign in</Link>
      </p>
    </section>
  );
}
