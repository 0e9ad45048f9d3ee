// An error shown right under the field it is about, where the person is looking; the field names
// it with aria-describedby, and it is announced when it appears.
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={id} class="field-error" role="alert">
      {message}
    </span>
  );
}

/** The props that tie a field to its FieldError. */
export function describedBy(id: string, message: string | undefined) {
  return message ? { 'aria-invalid': true, 'aria-describedby': id } : {};
}
