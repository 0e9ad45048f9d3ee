// Mail about the account itself: a password reset's code, an email verification's code. The code is
// made here, at delivery (accounts/account-codes.ts), so it is never stored in the outbox or shown
// to the request that asked for it; a retried delivery makes a new code and the last one mailed works.
import type { Context } from '../context.ts';
import { issueVerificationCode } from '../accounts/email-verification.ts';
import { issuePasswordResetCode } from '../accounts/password-reset.ts';
import type { AccountMessageKind, MessageKind } from '../outbox/repository.ts';

/** A mail of text and HTML alone (messages.ts's MailContent, without attachments). */
interface CodeMail {
  subject: string;
  text: string;
  html: string;
  attachments: [];
}

export function isAccountMessage(kind: MessageKind): kind is AccountMessageKind {
  return kind === 'password-reset' || kind === 'email-verification';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function validFor(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minutes`;
}

function codeMail(subject: string, paragraphs: { before: string[]; after: string[] }, code: string): CodeMail {
  const text = [subject, '', ...paragraphs.before, '', `    ${code}`, '', ...paragraphs.after, '', '-- Houseful'].join('\n');
  const html =
    `<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;color:#222;max-width:560px;margin:0 auto;padding:16px">` +
    `<h1 style="font-size:22px">${escapeHtml(subject)}</h1>` +
    paragraphs.before.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    `<p style="font-size:28px;letter-spacing:4px;font-family:monospace"><strong>${escapeHtml(code)}</strong></p>` +
    paragraphs.after.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    `<p style="color:#777;font-size:12px">Houseful</p></body></html>`;
  return { subject, text, html, attachments: [] };
}

/** The mail for an account message to `recipient`; undefined when there is nothing to send (no such account, or already verified). */
export async function accountMail(
  ctx: Context,
  kind: AccountMessageKind,
  subjectId: string,
  recipient: string,
): Promise<CodeMail | undefined> {
  if (kind === 'password-reset') {
    const issued = await issuePasswordResetCode(ctx, recipient);
    return (
      issued &&
      codeMail(
        'Reset your password',
        {
          before: [
            `Hello ${issued.name}, someone asked to reset the password of your Houseful account. If it was you, enter this code with your new password:`,
          ],
          after: [
            `It works once, for ${validFor(issued.minutes)}. Setting a new password signs you out everywhere.`,
            'If you did not ask, ignore this mail: your password stays as it is.',
          ],
        },
        issued.code,
      )
    );
  }
  const issued = await issueVerificationCode(ctx, subjectId);
  return (
    issued &&
    codeMail(
      'Confirm your email',
      {
        before: [
          `Hello ${issued.name}, welcome to Houseful. To confirm this is your email address, enter this code when Houseful asks for it:`,
        ],
        after: [`It works for ${validFor(issued.minutes)}; you can ask for a new one from your account page.`],
      },
      issued.code,
    )
  );
}
