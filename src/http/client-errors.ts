// Requests Node's HTTP parser refuses before Fastify sees them (a malformed request line, headers
// too large, a request that took too long to arrive) get problem+json like every other refusal.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Problem } from './problems.ts';

function problemFor(code: string | undefined): Problem {
  if (code === 'HPE_HEADER_OVERFLOW')
    return {
      type: '/problems/headers-too-large',
      title: 'Headers too large',
      status: 431,
      detail: 'the request headers are larger than this server accepts',
    };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return { type: '/problems/request-timeout', title: 'Request timeout', status: 408, detail: 'the request did not arrive in time' };
  return {
    type: '/problems/invalid-input',
    title: 'Invalid input',
    status: 400,
    detail: 'the request is not well-formed HTTP',
    field: 'request',
  };
}

/** Fastify's clientErrorHandler: answers once, if the socket still can, and closes it. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const problem = problemFor(error.code);
    const body = JSON.stringify(problem);
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n` +
        `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
