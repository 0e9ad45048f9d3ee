// A real HTTP server on 127.0.0.1 standing in for an SMS gateway's webhook: it keeps every
// { to, text } Houseful posts to it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Sms {
  to: string;
  text: string;
}

export class SmsWebhook {
  readonly messages: Sms[] = [];
  private readonly waiters = new Set<() => void>();

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
        hook.received(JSON.parse(body) as Sms);
        response.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    hook.server = server;
    hook.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
    return hook;
  }

  private received(sms: Sms): void {
    this.messages.push(sms);
    for (const wake of this.waiters) wake();
  }

  waitFor(predicate: (sms: Sms) => boolean, timeoutMs = 10_000): Promise<Sms> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.messages.find(predicate);
        if (!found) return false;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no matching SMS within ${timeoutMs} ms; received ${JSON.stringify(this.messages)}`));
      }, timeoutMs);
      if (!check()) this.waiters.add(check);
    });
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
