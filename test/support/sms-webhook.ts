// A real HTTP server on 127.0.0.1 standing in for an SMS gateway's webhook: it keeps every
// { to, text } Houseful posts to it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Inbox } from './inbox.ts';

export interface Sms {
  to: string;
  text: string;
}

export class SmsWebhook {
  private readonly inbox = new Inbox<Sms>((messages) => JSON.stringify(messages));

  private server: Server | undefined;
  url = '';

  private constructor() {}

  static async start(): Promise<SmsWebhook> {
    const hook = new SmsWebhook();
    const server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        hook.inbox.add(JSON.parse(body) as Sms);
        response.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    hook.server = server;
    hook.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
    return hook;
  }

  get messages(): readonly Sms[] {
    return this.inbox.items;
  }

  waitFor(predicate: (sms: Sms) => boolean, timeoutMs = 10_000): Promise<Sms> {
    return this.inbox.waitFor(predicate, timeoutMs, 'matching SMS');
  }

  close(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  }
}
