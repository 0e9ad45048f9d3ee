// Browsing: seat-map reads and show listings, each for a while with every connection busy.
import { forEachConcurrently, perSecond, summarise, type HttpClient, type LatencySummary } from '../fixtures.ts';

export interface BrowseResult {
  readsPerSecond: number;
  reads: number;
  latency: LatencySummary;
  errors: number;
}

async function readFor(client: HttpClient, durationMs: number, urlFor: (n: number) => string): Promise<BrowseResult> {
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const started = performance.now();
  const workers = Array.from({ length: client.maxConnections }, (_, i) => i);
  await forEachConcurrently(workers, workers.length, async () => {
    while (performance.now() - started < durationMs) {
      const reply = await client.request('GET', urlFor(n++));
      if (reply.status === 200) latencies.push(reply.ms);
      else errors++;
    }
  });
  const elapsed = performance.now() - started;
  return { readsPerSecond: perSecond(latencies.length, elapsed), reads: latencies.length, latency: summarise(latencies), errors };
}

export async function runBrowse(options: {
  client: HttpClient;
  bases: string[];
  cityId: string;
  showIds: string[];
  durationMs: number;
}): Promise<{ seatMaps: BrowseResult; listings: BrowseResult }> {
  const { client, bases, showIds } = options;
  const base = (n: number) => bases[n % bases.length]!;
  const seatMaps = await readFor(client, options.durationMs, (n) => `${base(n)}/api/shows/${showIds[n % showIds.length]}/seats`);
  const listings = await readFor(client, options.durationMs, (n) => `${base(n)}/api/shows?cityId=${encodeURIComponent(options.cityId)}`);
  return { seatMaps, listings };
}
