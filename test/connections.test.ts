// Connections cannot be held open (README, "Security"): a request must arrive whole within
// REQUEST_TIMEOUT_MS, and live seat streams are capped per client address and in total.
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestApp, type TestApp } from './support/app.ts';
import { EventStream } from './support/sse.ts';
import { waitUntil } from './support/wait.ts';

/** Resolves with how long the socket stayed open once the server closes it; rejects past the bound. */
function closedWithin(socket: Socket, boundMs: number): Promise<number> {
  const opened = Date.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open for ${boundMs} ms`));
    }, boundMs);
    socket.on('error', () => undefined);
    socket.resume(); // read what the server answers (a 408), so its close is seen
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Date.now() - opened);
    });
  });
}

function rawSocket(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => resolve(socket));
    socket.on('error', reject);
  });
}

describe('request timeouts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { REQUEST_TIMEOUT_MS: '1000', SSE_HEARTBEAT_SECONDS: '1' } });
  });
  afterAll(() => t.close());

  it('closes a POST whose announced body never comes', async () => {
    const socket = await rawSocket(t.url);
    const closed = closedWithin(socket, 15_000);
    socket.write('POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n');
    expect(await closed).toBeLessThan(15_000);
  });

  it('closes a POST whose body trickles in a byte at a time', async () => {
    const socket = await rawSocket(t.url);
    const closed = closedWithin(socket, 15_000);
    socket.write('POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n');
    const trickle = setInterval(() => socket.writable && socket.write(' '), 100);
    try {
      expect(await closed).toBeLessThan(15_000);
    } finally {
      clearInterval(trickle);
    }
  });

  it('closes a connection whose headers trickle in', async () => {
    const socket = await rawSocket(t.url);
    const closed = closedWithin(socket, 15_000);
    socket.write('GET /api/shows HTTP/1.1\r\nHost: x\r\n');
    const trickle = setInterval(() => socket.writable && socket.write('X-A: b\r\n'), 100);
    try {
      expect(await closed).toBeLessThan(15_000);
    } finally {
      clearInterval(trickle);
    }
  });

  it('does not cut a live seat stream that outlives the request timeout', async () => {
    const admin = await adminToken(t.ctx);
    const { show } = await t.api.scenario(admin);
    const stream = await EventStream.open(`${t.url}/api/shows/${show.id}/events`);
    try {
      expect(stream.status).toBe(200);
      // Three heartbeats a second apart: the stream outlived the 1 s request timeout.
      await waitUntil(async () => stream.comments.filter((c) => c === 'heartbeat').length >= 3, 15_000, 'three heartbeats');
    } finally {
      stream.close();
    }
  });
});

/** A live seat stream opened from a given local address (127.0.0.x are all this machine). */
interface RawStream {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
  close(): void;
}

function openStream(url: string, localAddress: string): Promise<RawStream> {
  return new Promise((resolve, reject) => {
    const request: ClientRequest = httpRequest(url, { localAddress, headers: { accept: 'text/event-stream' } }, (response) => {
      let body = '';
      const close = () => request.destroy();
      if (response.statusCode === 200) {
        // The first write of a stream says it subscribed.
        response.once('data', (chunk: Buffer) => resolve({ status: 200, headers: response.headers, body: chunk.toString(), close }));
        return;
      }
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body, close }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('live seat stream caps', () => {
  let t: TestApp;
  let eventsUrl: string;
  const opened: RawStream[] = [];
  const open = async (from: string) => {
    const stream = await openStream(eventsUrl, from);
    opened.push(stream);
    return stream;
  };
  beforeAll(async () => {
    t = await startTestApp({ env: { SSE_MAX_PER_CLIENT: '2', SSE_MAX_TOTAL: '3' } });
    const admin = await adminToken(t.ctx);
    const { show } = await t.api.scenario(admin);
    eventsUrl = `${t.url}/api/shows/${show.id}/events`;
  });
  afterAll(async () => {
    for (const stream of opened) stream.close();
    await t.close();
  });

  it('refuses a client past its cap with 503 problem+json and Retry-After, and takes it again once one closes', async () => {
    const first = await open('127.0.0.1');
    expect((await open('127.0.0.1')).status).toBe(200);
    expect(first.status).toBe(200);
    const refused = await open('127.0.0.1');
    expect(refused.status).toBe(503);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(refused.body)).toMatchObject({ status: 503, type: '/problems/too-many-streams' });

    // Another address is still let in, up to the total.
    expect((await open('127.0.0.2')).status).toBe(200);
    const full = await open('127.0.0.3');
    expect(full.status).toBe(503);
    expect(JSON.parse(full.body).detail).toMatch(/server/);

    first.close();
    const again = await waitUntil(
      async () => {
        const stream = await open('127.0.0.1');
        return stream.status === 200 ? stream : undefined;
      },
      10_000,
      'a stream accepted after one closed',
    );
    expect(again.status).toBe(200);
  });
});
