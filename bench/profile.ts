// npm run bench:profile: where one Houseful instance spends its time during the hot show's on-sale.
// Starts an instance with Node's CPU profiler, runs the on-sale through HTTP, stops the instance so
// it writes its profile, and prints the share of samples by where they fell: idle, writing to
// sockets, the database driver, HTTP, JSON, the rules, and the rest. The .cpuprofile file is kept
// in bench/results/ for Chrome's DevTools.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  HttpClient,
  adminToken,
  createBenchDatabase,
  createCatalogue,
  createCustomers,
  progress,
  seatRequests,
  startHouseful,
} from './fixtures.ts';
import { databaseAudit, runHotShow } from './scenarios/hot-show.ts';

const { values: args } = parseArgs({
  options: { customers: { type: 'string', default: '5000' }, out: { type: 'string', default: 'bench/results/hot-show.cpuprofile' } },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
}

/** Where a sample fell, by the frame that was running and the frames above it. */
function categoryOf(stack: ProfileNode[]): string {
  const top = stack[stack.length - 1]!.callFrame;
  if (top.functionName === '(idle)') return 'idle';
  if (top.functionName === '(garbage collector)') return 'garbage collection';
  if (top.functionName === 'writev' || top.functionName === 'writeBuffer' || top.functionName === 'writeUtf8String') return 'socket writes';
  const urls = stack.map((node) => node.callFrame.url);
  const from = (part: string) => urls.some((url) => url.includes(part));
  if (top.url.includes('node_modules/postgres/') || from('node_modules/postgres/src/connection')) return 'database driver';
  if (from('node_modules/fastify') || from('node_modules/find-my-way') || from('node_modules/light-my-request')) return 'HTTP (fastify)';
  if (top.functionName === 'parse' || top.functionName === 'stringify' || from('fast-json-stringify')) return 'JSON';
  if (from('/dist/')) return 'Houseful';
  if (top.url.startsWith('node:') || top.url === '') return 'Node.js internals';
  return 'other libraries';
}

function summarise(profile: CpuProfile): { category: string; share: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const counts = new Map<string, number>();
  for (const sample of profile.samples) {
    const stack: ProfileNode[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) stack.unshift(byId.get(id)!);
    const category = categoryOf(stack);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts]
    .map(([category, n]) => ({ category, share: Math.round((n / profile.samples.length) * 1000) / 10 }))
    .sort((a, b) => b.share - a.share);
}

const customersWanted = Number(args.customers);
const database = await createBenchDatabase();
const profileDir = await mkdtemp(path.join(tmpdir(), 'houseful-profile-'));
const pool = new pg.Pool({ connectionString: database.url, max: 4 });
const client = new HttpClient(64);
const instance = await startHouseful(database.url, 16, 300, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
try {
  const base = instance.server.url;
  const catalogue = await createCatalogue(client, base, await adminToken(client, base), { hotShows: 2, steadyShows: 1 });
  const customers = await createCustomers(pool, customersWanted);
  await pool.query('ANALYZE');
  const requests = seatRequests(catalogue.hotSeats, customersWanted, 20260101);
  // A warm-up on-sale of its own show, as the bench does, so the profile is of a warm instance.
  progress('warming up');
  await runHotShow({
    client,
    bases: [base],
    audit: databaseAudit(pool),
    showId: catalogue.hotShowIds[1]!,
    seatsTotal: catalogue.hotSeats.length,
    customers: customers.slice(0, 500),
    requests,
  });
  progress(`hot show: ${customersWanted} customers at once, profiled`);
  const result = await runHotShow({
    client,
    bases: [base],
    audit: databaseAudit(pool),
    showId: catalogue.hotShowIds[0]!,
    seatsTotal: catalogue.hotSeats.length,
    customers,
    requests,
  });
  progress(`${result.holdsPerSecond} holds/s, ${result.oversold} oversold; stopping the instance to write its profile`);
  await instance.server.stop();
  const file = (await readdir(profileDir)).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error('the instance wrote no CPU profile');
  const text = await readFile(path.join(profileDir, file), 'utf8');
  await writeFile(args.out, text);
  // The profile covers the instance's whole life; the on-sale is most of its busy time.
  const rows = summarise(JSON.parse(text) as CpuProfile);
  process.stdout.write(
    `\n| where the samples fell | share |\n|---|---|\n${rows.map((r) => `| ${r.category} | ${r.share}% |`).join('\n')}\n`,
  );
  process.stdout.write(`\nprofile written to ${args.out} (open it in Chrome DevTools, Performance tab)\n`);
} finally {
  client.close();
  await instance.server.kill().catch(() => undefined);
  await pool.end();
  await database.drop();
  await rm(profileDir, { recursive: true, force: true });
}
