// The HTTP ceiling: what one Node process answers through fastify with nothing behind the route,
// the seat map and the listing served as fixed bytes from memory (real bodies taken from the
// bench's Houseful instance), read with the same client and connections as the browse rows.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { HttpClient } from '../fixtures.ts';
import { runBrowse, type BrowseResult } from './browse.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function body(url: string): Promise<Buffer> {
  const reply = await fetch(url);
  if (reply.status !== 200) throw new Error(`GET ${url}: ${reply.status}`);
  return Buffer.from(await reply.arrayBuffer());
}

export interface HttpCeiling {
  seatMaps: BrowseResult;
  listings: BrowseResult;
  seatMapBytes: number;
  listingBytes: number;
}

/** Starts bench/http-ceiling-server.ts with the bodies, reads from it for durationMs each, stops it. */
export async function runHttpCeiling(options: {
  client: HttpClient;
  /** The Houseful instance the bodies come from. */
  base: string;
  cityId: string;
  showIds: string[];
  durationMs: number;
  /** Called once with what stops the server, for an interrupt. */
  onCleanUp: (stop: () => Promise<void>) => void;
}): Promise<HttpCeiling> {
  const seatMap = await body(`${options.base}/api/shows/${options.showIds[0]!}/seats`);
  const listings = await body(`${options.base}/api/shows?cityId=${encodeURIComponent(options.cityId)}`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/http-ceiling-server.ts'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    })());
  options.onCleanUp(stop);
  process.once('exit', () => child.kill('SIGKILL'));
  child.stdin?.on('error', () => undefined); // the server gone: its exit says so
  child.stdin?.write(`${JSON.stringify({ seatMap: seatMap.toString('base64'), listings: listings.toString('base64') })}\n`);
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const line = /^(http:\/\/127\.0\.0\.1:\d+)\n/m.exec(text);
        if (line) resolve(line[1]!);
      });
      child.once('exit', (code) => reject(new Error(`http ceiling server exited (${code}) before listening`)));
    });
    const read = (durationMs: number) =>
      runBrowse({ client: options.client, bases: [url], cityId: options.cityId, showIds: options.showIds, durationMs });
    await read(500); // warm-up, as each Houseful instance gets
    const result = await read(options.durationMs);
    return { ...result, seatMapBytes: seatMap.length, listingBytes: listings.length };
  } finally {
    await stop();
  }
}
