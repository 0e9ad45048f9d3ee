// Account mail in tests (a password reset, an email verification): the next one to arrive, and the
// code it carries, as a person would copy it.
import type { ParsedMail } from 'mailparser';
import { recipients, type MailSink } from './mail-sink.ts';

export function codeIn(mail: ParsedMail): string {
  const code = /^ {4}([A-Z0-9]{8})$/m.exec(mail.text ?? '')?.[1];
  if (!code) throw new Error(`no code in the mail "${mail.subject ?? ''}": ${mail.text ?? ''}`);
  return code;
}

/** Call before the request that sends mail; resolves with the first such mail to `address` that arrives after this call. */
export function nextMail(sink: MailSink, address: string, subject: string): () => Promise<ParsedMail> {
  const after = sink.mails.length;
  return () =>
    sink.waitFor(
      (mail) => sink.mails.indexOf(mail) >= after && recipients(mail).includes(address) && (mail.subject ?? '').includes(subject),
      30_000,
      `a new mail "${subject}" to ${address}`,
    );
}
