// Sign-in with a code by SMS: the phone first, then the 6 digits the SMS brings. Errors appear
// under the field they are about (or the field in use, for limits and outages).
import { useState } from 'preact/hooks';
import { ApiError, messageOf } from '../lib/api.ts';
import { requestSignInCode, signInWithCode } from '../lib/session.ts';
import { describedBy, FieldError } from './FieldError.tsx';
import { SmsCodeField } from './SmsCodeField.tsx';
import { InfoNotice } from './Notice.tsx';

type Errors = { phone?: string | undefined; code?: string | undefined };

/** Which field an error belongs beside: the one the server names, else the one in use. */
export function errorsFor(error: unknown, inUse: 'phone' | 'code'): Errors {
  const field = error instanceof ApiError ? error.problem.field : undefined;
  const beside = field === 'phone' || field === 'code' ? field : inUse;
  // Shown under the field, the message need not name it again.
  const message = messageOf(error).replace(new RegExp(`^${beside}: `), '');
  return { [beside]: message.charAt(0).toUpperCase() + message.slice(1) };
}

export function SmsSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const run = async (event: Event, inUse: 'phone' | 'code', action: () => Promise<void>) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      await action();
    } catch (e) {
      setErrors(errorsFor(e, inUse));
    } finally {
      setBusy(false);
    }
  };
  const sendCode = (event: Event) =>
    run(event, 'phone', async () => {
      await requestSignInCode(phone);
      setCode('');
      setSent(true);
    });
  const confirm = (event: Event) =>
    run(event, 'code', async () => {
      await signInWithCode(phone, code);
      onSignedIn();
    });

  return (
    <form class="card stack" aria-label="Sign in with a code by SMS" onSubmit={(e) => void (sent ? confirm(e) : sendCode(e))}>
      <label class="field">
        <span>Mobile number (verified on your account)</span>
        <input
          type="tel"
          autoComplete="tel"
          required
          readOnly={sent}
          value={phone}
          onInput={(e) => setPhone(e.currentTarget.value)}
          {...describedBy('sms-phone-error', errors.phone)}
        />
        <FieldError id="sms-phone-error" message={errors.phone} />
      </label>
      {sent && (
        <>
          <InfoNotice>If an account has verified this number, a 6-digit code is on its way by SMS. It works for 10 minutes.</InfoNotice>
          <SmsCodeField id="sms-code" value={code} onInput={setCode} error={errors.code} />
        </>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {sent ? 'Sign in' : 'Send code'}
      </button>
      {sent && (
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setSent(false);
            setErrors({});
          }}
        >
          Use another number or send a new code
        </button>
      )}
    </form>
  );
}
