// Prometheus figures: HTTP latency per route, holds and bookings by outcome.
import type { FastifyInstance } from 'fastify';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function registerMetrics(app: FastifyInstance): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const latency = new Histogram({
    name: 'houseful_http_request_duration_seconds',
    help: 'HTTP request latency by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const holds = new Counter({
    name: 'houseful_holds_total',
    help: 'Seat hold requests by outcome: held, refused (seats taken), rejected (bad request)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const heldSeats = new Histogram({
    name: 'houseful_hold_duration_seconds',
    help: 'Latency of seat hold requests',
    labelNames: ['outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  });
  const bookings = new Counter({
    name: 'houseful_bookings_total',
    help: 'Booking outcomes: confirmed, declined, lapsed (hold expired at payment), cancelled',
    labelNames: ['outcome'],
    registers: [registry],
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const seconds = reply.elapsedTime / 1000;
    latency.observe({ method: request.method, route, status: String(reply.statusCode) }, seconds);
    if (request.method !== 'POST') return;
    const status = reply.statusCode;
    if (route === '/api/bookings') {
      const outcome = status === 201 ? 'held' : status === 409 ? 'refused' : 'rejected';
      holds.inc({ outcome });
      heldSeats.observe({ outcome }, seconds);
    } else if (route === '/api/bookings/:id/payment') {
      const outcome = { 200: 'confirmed', 402: 'declined', 409: 'lapsed' }[status];
      if (outcome) bookings.inc({ outcome });
    } else if (route === '/api/bookings/:id/cancel' && status === 200) {
      bookings.inc({ outcome: 'cancelled' });
    }
  });
  return registry;
}

/** Counts reads answered from memory (hit) or from the database (miss), by kind (browsing/read-cache.ts). */
export function readCacheMetric(registry: Registry): (kind: string, hit: boolean) => void {
  const reads = new Counter({
    name: 'houseful_read_cache_total',
    help: 'Seat maps, shows and listings answered from memory (hit) or read from the database (miss)',
    labelNames: ['kind', 'outcome'],
    registers: [registry],
  });
  return (kind, hit) => reads.inc({ kind, outcome: hit ? 'hit' : 'miss' });
}

/** Counts browsing statements by where they were answered: a read replica or the primary (db/read-replicas.ts). */
export function browsingReadsMetric(registry: Registry): (source: string) => void {
  const reads = new Counter({
    name: 'houseful_browsing_reads_total',
    help: 'Browsing statements (seat maps, shows, listings, cities) answered by a read replica or by the primary',
    labelNames: ['source'],
    registers: [registry],
  });
  return (source) => reads.inc({ source });
}
