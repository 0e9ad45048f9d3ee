// The field a code sent by SMS is typed into, with its error under it (sign-in and verifying a phone).
import { describedBy, FieldError } from './FieldError.tsx';

export function SmsCodeField({
  id,
  value,
  onInput,
  error,
}: {
  id: string;
  value: string;
  onInput: (code: string) => void;
  error?: string | undefined;
}) {
  return (
    <label class="field">
      <span>Code from the SMS</span>
      <input
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        required
        value={value}
        onInput={(e) => onInput(e.currentTarget.value.trim())}
        {...describedBy(`${id}-error`, error)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </label>
  );
}
