// A real SMTP server (smtp-server) on 127.0.0.1 that keeps every mail it receives, parsed with
// mailparser, so tests read back what Houseful sent. No mocks: nodemailer talks SMTP to it.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { Inbox } from './inbox.ts';

export class MailSink {
  private readonly inbox = new Inbox<ParsedMail>((mails) => mails.map((m) => m.subject).join(' | ') || 'nothing');

  private server: SMTPServer | undefined;
  port = 0;

  private constructor() {}

  /** Listens on the given port (0: any free one). `refuse`: answer every recipient with a permanent 550. */
  static async start(options: { port?: number; refuse?: boolean } = {}): Promise<MailSink> {
    const sink = new MailSink();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (options.refuse) {
          const error = Object.assign(new Error('mailbox unavailable'), { responseCode: 550 });
          return callback(error);
        }
        callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream, { keepCidLinks: true })
          .then((mail) => {
            sink.inbox.add(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    sink.server = server;
    sink.port = (server.server.address() as AddressInfo).port;
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  get mails(): readonly ParsedMail[] {
    return this.inbox.items;
  }

  /** Mails to this address, in the order they arrived. */
  to(address: string): ParsedMail[] {
    return this.mails.filter((mail) => recipients(mail).includes(address.toLowerCase()));
  }

  /** Resolves with the first mail (already here or still to come) that matches; rejects after timeoutMs. */
  waitFor(predicate: (mail: ParsedMail) => boolean, timeoutMs = 10_000, what = 'matching mail'): Promise<ParsedMail> {
    return this.inbox.waitFor(predicate, timeoutMs, what);
  }

  /** The first mail to `address` whose subject contains `subject`. */
  waitForMail(address: string, subject: string, timeoutMs = 10_000): Promise<ParsedMail> {
    return this.waitFor(
      (mail) => recipients(mail).includes(address.toLowerCase()) && (mail.subject ?? '').includes(subject),
      timeoutMs,
      `mail "${subject}" to ${address}`,
    );
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((address) => (address.address ?? '').toLowerCase()));
}
