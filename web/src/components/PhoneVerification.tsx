// The account's phone: change it, and verify it with a code by SMS so it can sign in without a
// password. Errors appear under the field they are about.
import { useState } from 'preact/hooks';
import { api, post } from '../lib/api.ts';
import { refreshUser } from '../lib/session.ts';
import type { User } from '../lib/types.ts';
import { describedBy, FieldError } from './FieldError.tsx';
import { SmsCodeField } from './SmsCodeField.tsx';
import { InfoNotice } from './Notice.tsx';
import { errorsFor } from './SmsSignIn.tsx';

type Errors = { phone?: string | undefined; code?: string | undefined };

export function PhoneVerification({ user }: { user: User }) {
  const [phone, setPhone] = useState(user.phone ?? '');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>(undefined);

  const run = async (inUse: 'phone' | 'code', action: () => Promise<void>) => {
    setBusy(true);
    setErrors({});
    setDone(undefined);
    try {
      await action();
    } catch (e) {
      setErrors(errorsFor(e, inUse));
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run('phone', async () => {
      await api('PATCH', '/api/me', { phone: phone.trim() || null });
      await refreshUser();
      setSent(false);
      setDone('Phone saved.');
    });
  const sendCode = () =>
    run('phone', async () => {
      await post('/api/me/phone-verification');
      setCode('');
      setSent(true);
    });
  const confirm = () =>
    run('code', async () => {
      await post('/api/me/phone-verification/confirm', { code });
      await refreshUser();
      setSent(false);
      setDone('Phone verified: you can sign in with a code by SMS to it.');
    });
  const changed = phone.trim() !== (user.phone ?? '');

  return (
    <section class="card stack" aria-labelledby="phone-heading">
      <h2 id="phone-heading">Phone</h2>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void (changed ? save() : sendCode());
        }}
      >
        <label class="field">
          <span>
            Mobile number{' '}
            {user.phone && !changed && <strong class="phone-status">{user.phoneVerified ? '(verified)' : '(not verified)'}</strong>}
          </span>
          <input
            type="tel"
            autoComplete="tel"
            value={phone}
            onInput={(e) => setPhone(e.currentTarget.value)}
            {...describedBy('account-phone-error', errors.phone)}
          />
          <FieldError id="account-phone-error" message={errors.phone} />
        </label>
        {changed ? (
          <button type="submit" class="primary" disabled={busy}>
            Save phone
          </button>
        ) : (
          user.phone &&
          !user.phoneVerified && (
            <button type="submit" class="primary" disabled={busy}>
              {sent ? 'Send a new code' : 'Verify by SMS'}
            </button>
          )
        )}
      </form>
      {sent && (
        <form
          class="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          <InfoNotice>A 6-digit code is on its way to {user.phone} by SMS. It works for 10 minutes.</InfoNotice>
          <SmsCodeField id="account-code" value={code} onInput={setCode} error={errors.code} />
          <button type="submit" class="primary" disabled={busy}>
            Verify phone
          </button>
        </form>
      )}
      {done && <InfoNotice>{done}</InfoNotice>}
    </section>
  );
}
