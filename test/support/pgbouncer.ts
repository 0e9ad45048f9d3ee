// A pgbouncer of the test's own, in transaction pooling mode, on a free port in a temporary
// directory, in front of one database. pgbouncer refuses to run as root, so as root it runs as
// the `postgres` system user.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './own-postgres.ts';

const CANDIDATES = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'];

export function pgbouncerBinary(): string | undefined {
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

export interface Pgbouncer {
  /** The same database as the one given, through pgbouncer. */
  url: string;
  stop(): Promise<void>;
}

/** Starts pgbouncer in front of the database at `databaseUrl` (postgres://user@host:port/name, trust auth). */
export async function startPgbouncer(databaseUrl: string, options: { poolSize?: number } = {}): Promise<Pgbouncer> {
  const binary = pgbouncerBinary();
  if (!binary) throw new Error('pgbouncer is not installed (apt-get install pgbouncer)');
  const target = new URL(databaseUrl);
  const user = decodeURIComponent(target.username) || 'postgres';
  const database = target.pathname.slice(1);
  const dir = await mkdtemp(path.join(tmpdir(), 'houseful-pgbouncer-'));
  await chmod(dir, 0o777);
  const port = await freePort();
  const ini = [
    '[databases]',
    `${database} = host=${target.hostname} port=${target.port || 5432} dbname=${database} user=${user}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    `unix_socket_dir = ${dir}`,
    'auth_type = trust',
    `auth_file = ${path.join(dir, 'users.txt')}`,
    'pool_mode = transaction',
    `default_pool_size = ${options.poolSize ?? 20}`,
    'max_client_conn = 500',
    // The driver sends these at startup; pgbouncer passes on only what it knows.
    'ignore_startup_parameters = extra_float_digits,options',
    `logfile = ${path.join(dir, 'pgbouncer.log')}`,
    `pidfile = ${path.join(dir, 'pgbouncer.pid')}`,
    '',
  ].join('\n');
  await writeFile(path.join(dir, 'pgbouncer.ini'), ini);
  await writeFile(path.join(dir, 'users.txt'), `"${user}" ""\n`);
  await chmod(path.join(dir, 'pgbouncer.ini'), 0o644);
  await chmod(path.join(dir, 'users.txt'), 0o644);
  const asRoot = process.getuid?.() === 0;
  const args = [path.join(dir, 'pgbouncer.ini')];
  const child: ChildProcess = asRoot
    ? spawn('runuser', ['-u', 'postgres', '--', binary, ...args], { stdio: 'ignore' })
    : spawn(binary, args, { stdio: 'ignore' });
  process.once('exit', () => child.kill('SIGKILL'));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(port, 10_000, dir);
  target.host = `127.0.0.1:${port}`;
  return {
    url: target.toString(),
    stop: async () => {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      // As root, runuser passes SIGTERM on; should pgbouncer outlive it, its pid file names it.
      const pid = Number((await readFile(path.join(dir, 'pgbouncer.pid'), 'utf8').catch(() => '')).trim());
      if (pid > 0) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, timeoutMs: number, dir: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`pgbouncer did not listen on ${port} within ${timeoutMs} ms (see ${dir}/pgbouncer.log)`);
}
