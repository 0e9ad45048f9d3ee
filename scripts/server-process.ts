// Runs Houseful as its own process, the built server (`node dist/main.js`) as `npm start` does: used by
// the demo, the benchmark and the tests. Whoever calls it builds first (scripts/build-if-missing.mjs).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** SIGTERM, then wait for the exit code. */
  stop(): Promise<number | null>;
  kill(): Promise<void>;
}

let built = false;

// Servers never outlive the process that started them: one exit listener for all of them.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Builds the server (and web app) when missing or older than the source, once per process. */
function ensureBuilt(): void {
  if (built) return;
  const result = spawnSync(process.execPath, ['scripts/build-if-missing.mjs'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('building Houseful failed (node scripts/build-if-missing.mjs)');
  built = true;
}

export function runMain(
  env: Record<string, string>,
  nodeArgs: readonly string[] = [],
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  ensureBuilt();
  const child = spawn(process.execPath, [...nodeArgs, '--enable-source-maps', 'dist/main.js'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  running.add(child);
  child.once('exit', () => running.delete(child));
  return { child, output: () => text, exited };
}

/** Starts a server process and waits until /readyz answers 200. */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 120_000,
  nodeArgs: readonly string[] = [],
): Promise<ServerProcess> {
  const { child, output, exited } = runMain(env, nodeArgs);
  const deadline = Date.now() + timeoutMs;
  let url = '';
  while (Date.now() < deadline) {
    const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output());
    if (match) {
      url = match[1]!;
      const ready = await fetch(`${url}/readyz`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ready) break;
    }
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!url || Date.now() >= deadline) {
    child.kill('SIGKILL');
    throw new Error(`server did not become ready in time:\n${output()}`);
  }
  return {
    child,
    url,
    output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
