// Sends rendered mail: over SMTP (SMTP_URL) with nodemailer, or, when SMTP_URL is unset, into the
// log so a developer sees what would have gone out. The Message-ID comes from the outbox row, so a
// retry of a message that may already have arrived is recognisable as the same message.
import nodemailer, { type Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { MailContent } from './messages.ts';

export interface OutgoingMail extends MailContent {
  to: string;
  messageId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

// Well inside the outbox lease (OUTBOX_LEASE_SECONDS), so a slow server cannot make a second
// worker take the same message while the first is still talking to it.
const SMTP_TIMEOUT_MS = 15_000;

/** A delivery the server refused for good (a 5xx reply): retrying would get the same answer. */
export function isPermanentMailError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** `<outbox-42@example.com>`: stable for a row, with the domain of MAIL_FROM. */
export function messageIdFor(outboxId: number, createdAt: Date, mailFrom: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'houseful.localhost';
  return `<outbox-${outboxId}-${createdAt.getTime().toString(36)}@${domain}>`;
}

export function createMailer(options: { smtpUrl: string | undefined; mailFrom: string; log: FastifyBaseLogger }): Mailer {
  if (!options.smtpUrl) {
    return {
      async send(mail) {
        options.log.info(
          {
            mail: {
              to: mail.to,
              subject: mail.subject,
              messageId: mail.messageId,
              attachments: mail.attachments.map((a) => a.filename),
            },
          },
          `mail (SMTP_URL unset, so logged instead of sent):\n${mail.text}`,
        );
      },
      close() {},
    };
  }
  const transport: Transporter = nodemailer.createTransport({
    url: options.smtpUrl,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from: options.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        attachments: mail.attachments.map((a) => ({
          filename: a.filename,
          content: a.content,
          contentType: a.contentType,
          ...(a.cid ? { cid: a.cid, contentDisposition: 'inline' as const } : {}),
        })),
      });
    },
    close() {
      transport.close();
    },
  };
}
