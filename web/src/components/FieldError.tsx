// An input's error, shown right under it and tied to it (aria-describedby), so a person and a
// screen reader meet it where they are looking; it is announced when it appears.
import type { ComponentChildren } from 'preact';
import { ApiError, messageOf } from '../lib/api.ts';

/** The error under one field: `children`, or `message` (nothing at all when neither is given). */
export function FieldError({ id, children, message }: { id: string; children?: ComponentChildren; message?: string | undefined }) {
  const shown = children ?? message;
  if (shown === undefined || shown === null || shown === '') return null;
  return (
    <span class="field-error" id={id} role="alert">
      {shown}
    </span>
  );
}

/** The props that tie a field to its FieldError. */
export function describedBy(id: string, message: string | undefined) {
  return message ? { 'aria-invalid': true, 'aria-describedby': id } : {};
}

/** The problems whose detail speaks to API clients, said for a person instead. */
const SAID_FOR_PEOPLE: Record<string, string> = {
  'reset-code-invalid': 'This code is wrong, used or has lapsed. Check the mail, or ask again for a new code.',
  'verification-code-invalid': 'This code is wrong or has lapsed. Check the mail, or have a new code mailed to you.',
  'too-many-mails': 'We have mailed you several codes already. Use the newest one, or try again in an hour.',
};

/** Where an API error belongs: the field its problem names (among `fields`), or the form as a whole. */
export function errorPlace(error: unknown, fields: readonly string[], fallback: string): { field: string; message: string } {
  const named = error instanceof ApiError && typeof error.problem.field === 'string' ? error.problem.field : undefined;
  const message = (error instanceof ApiError && SAID_FOR_PEOPLE[error.kind]) || messageOf(error);
  return { field: named && fields.includes(named) ? named : fallback, message };
}
