// The HTTP ceiling's server: a fastify process like Houseful's with nothing behind its routes. It
// reads one line from stdin, JSON { seatMap, listings } holding two real response bodies (base64)
// taken from a Houseful instance, then answers GET /api/shows/:id/seats and GET /api/shows with
// those bytes from memory. It listens on 127.0.0.1:0, prints its URL on stdout, and exits when
// stdin closes (its parent, the bench, ended or went away).
import { createInterface } from 'node:readline';
import Fastify from 'fastify';

const lines = createInterface({ input: process.stdin });
const first = await new Promise<string>((resolve, reject) => {
  lines.once('line', resolve);
  lines.once('close', () => reject(new Error('stdin closed before the bodies arrived')));
});
const given = JSON.parse(first) as { seatMap: string; listings: string };
const seatMap = Buffer.from(given.seatMap, 'base64');
const listings = Buffer.from(given.listings, 'base64');

const app = Fastify({ logger: false });
app.get('/api/shows/:id/seats', (_request, reply) => reply.type('application/json; charset=utf-8').send(seatMap));
app.get('/api/shows', (_request, reply) => reply.type('application/json; charset=utf-8').send(listings));
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${url}\n`);

const stop = () => {
  void app.close().finally(() => process.exit(0));
};
lines.once('close', stop);
process.stdin.once('end', stop);
process.once('disconnect', stop);
