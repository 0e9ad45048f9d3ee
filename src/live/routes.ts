// GET /api/shows/{id}/events: the seat map as server-sent events. Each subscriber gets an event
// `seats` with `{ seatIds, status }` whenever seats of the show change, through any instance.
// A client reconnecting with Last-Event-ID gets what it missed, or, when that cannot be known
// (another instance, too long ago), a fresh `snapshot` of the whole seat map first.
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { seatMap } from '../browsing/read.ts';
import { mustExist } from '../db/exists.ts';
import type { Context } from '../context.ts';
import { problem, sendProblem } from '../http/problems.ts';
import { IdParams, problems } from '../http/schemas.ts';
import type { SeatEvent, SeatEventHub } from './seat-events.ts';
import { StreamSlots } from './stream-slots.ts';

/** How long a browser waits before reconnecting after the stream drops. */
const RECONNECT_MS = 2_000;
/** What a client refused a stream past the cap is told to wait before trying again. */
const FULL_RETRY_AFTER_SECONDS = 10;

function frame(event: string, id: string, data: unknown): string {
  return `event: ${event}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function seatEventRoutes(ctx: Context, hub: SeatEventHub, heartbeatSeconds: number): FastifyPluginAsyncTypebox {
  return async (app) => {
    const open = new Set<ServerResponse>();
    const slots = new StreamSlots(ctx.config.sseMaxPerClient, ctx.config.sseMaxTotal);
    // Streams never finish by themselves; without this app.close() would wait for them forever.
    app.addHook('preClose', async () => {
      for (const response of open) response.end();
    });

    app.get(
      '/api/shows/:id/events',
      {
        schema: {
          tags: ['browse'],
          operationId: 'streamSeatEvents',
          security: [],
          summary: 'Live seat changes as text/event-stream: event `seats`, data { seatIds, status }',
          description:
            'Send Last-Event-ID when reconnecting: missed events are replayed, or a `snapshot` event (the seat map) comes first. ' +
            '`?snapshot=true` asks for a snapshot on a fresh connection too. A comment line is sent every 15 s as a heartbeat. ' +
            'Past the streams one address (or the server) may keep open, the answer is 503 `too-many-streams` with Retry-After.',
          params: IdParams,
          // A query string is text: `true` and `false` as written, since query values are not coerced.
          querystring: Type.Object(
            { snapshot: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])) },
            { additionalProperties: false },
          ),
          response: {
            200: {
              description: 'the stream: events `seats` (data { seatIds, status }) and `snapshot` (data: the seat map)',
              content: { 'text/event-stream': { schema: Type.String() } },
            },
            ...problems(400, 404, 503),
          },
        },
      },
      async (request, reply) => {
        const showId = request.params.id;
        await mustExist(ctx.db, 'shows', showId);
        const lastEventId = request.headers['last-event-id'];
        const release = slots.take(request.ip);
        if (typeof release === 'string') {
          return sendProblem(
            reply,
            problem(
              'too-many-streams',
              503,
              'Too many live streams',
              release === 'client'
                ? `at most ${ctx.config.sseMaxPerClient} live seat streams may be open from one address; close one or try again later`
                : 'this server has as many live seat streams open as it takes; try again later',
              { retryAfterSeconds: FULL_RETRY_AFTER_SECONDS },
            ),
          );
        }

        reply.hijack();
        const response = reply.raw;
        // The security headers the hooks set so far, which a hijacked reply would otherwise drop.
        const inherited = Object.fromEntries(Object.entries(reply.getHeaders()).filter(([, value]) => value !== undefined));
        response.writeHead(200, {
          ...(inherited as OutgoingHttpHeaders),
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no', // proxies such as nginx must not buffer the stream
          'x-request-id': request.id,
        });
        open.add(response);

        // Subscribe before reading anything, so no change falls between the read and the stream.
        let lastSent = 0;
        let backlog: SeatEvent[] | undefined = [];
        const send = (event: SeatEvent) => {
          if (event.sequence <= lastSent) return;
          lastSent = event.sequence;
          response.write(frame('seats', event.id, event.data));
        };
        const unsubscribe = hub.subscribe(showId, (event) => (backlog ? backlog.push(event) : send(event)));
        const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), heartbeatSeconds * 1000);
        heartbeat.unref();
        response.on('close', () => {
          release();
          clearInterval(heartbeat);
          unsubscribe();
          open.delete(response);
        });
        response.write(`retry: ${RECONNECT_MS}\n: subscribed to show ${showId}\n\n`);

        try {
          const replay = typeof lastEventId === 'string' ? hub.eventsSince(showId, lastEventId) : undefined;
          if (replay) {
            for (const event of replay) send(event);
          } else if (typeof lastEventId === 'string' || request.query.snapshot === 'true') {
            const sequence = hub.currentSequence();
            response.write(frame('snapshot', `${hub.instance}.${sequence}`, await seatMap(ctx.db, ctx.clock, showId)));
          }
        } catch (error) {
          request.log.warn({ err: error }, 'seat event stream: could not send the snapshot');
          response.end();
          return;
        }
        for (const event of backlog) send(event);
        backlog = undefined;
      },
    );
  };
}
