// A PostgreSQL server of the test's own, on a free port in a temporary directory, so a test
// can restart it under load, restore a backup of it, or stream from it to a standby. The server refuses to run as root, so as root it runs as the
// `postgres` system user.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function binDir(): Promise<string | undefined> {
  const versions = await readdir('/usr/lib/postgresql').catch(() => [] as string[]);
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? `/usr/lib/postgresql/${newest}/bin` : undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface OwnPostgres {
  url: string;
  /**
   * Stops the server (fast shutdown: open connections are cut), calls `whileDown` once it has
   * stopped, then starts it again when `whileDown` has finished.
   */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export async function ownPostgresAvailable(): Promise<boolean> {
  return (await binDir()) !== undefined;
}

export interface OwnPostgresWithBackups extends OwnPostgres {
  /**
   * Takes a base backup of the running server with `pg_basebackup -X stream` (the WAL written
   * while it runs travels with it) and starts a new server from it, on another free port in a
   * directory of its own: a restore.
   */
  backupAndRestore(): Promise<OwnPostgres>;
  /**
   * The same with `-R`: the copy is written as a standby of this server (standby.signal and
   * primary_conninfo) and started as one, a hot standby streaming from it.
   */
  startStandby(): Promise<OwnPostgres>;
}

/** `maxConnections`: the server's max_connections (60 unless given), small to test a server that is full. */
export async function startOwnPostgres(settings: { maxConnections?: number } = {}): Promise<OwnPostgresWithBackups> {
  const bin = await binDir();
  if (!bin) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql');
  const asRoot = process.getuid?.() === 0;
  const exec = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', `${bin}/${tool}`, ...args]) : run(`${bin}/${tool}`, args);
  const workDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'houseful-pg-'));
    await chmod(dir, 0o777);
    if (asRoot) await run('chown', ['postgres', dir]);
    return dir;
  };
  /** Starts the server whose data directory is dir/data, on a free port. */
  const serve = async (dir: string): Promise<OwnPostgres & { port: number }> => {
    const data = path.join(dir, 'data');
    const port = await freePort();
    // wal_level=replica and max_wal_senders are PostgreSQL's defaults; initdb --auth=trust lets
    // replication connections from 127.0.0.1 in: pg_basebackup works against it as it is.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=${settings.maxConnections ?? 60} -c wal_level=replica -c max_wal_senders=4`;
    const ctl = (...args: string[]) => exec('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', '-t', '60', ...args]);
    await ctl('start');
    return {
      port,
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      restart: async (whileDown) => {
        await ctl('stop', '-m', 'fast');
        try {
          await whileDown?.();
        } finally {
          await ctl('start');
        }
      },
      stop: async () => {
        await ctl('stop', '-m', 'immediate').catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      },
    };
  };
  const dir = await workDir();
  await exec('initdb', ['-D', path.join(dir, 'data'), '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const primary = await serve(dir);
  /** pg_basebackup of the primary into a directory of its own (`-X stream`: the WAL written meanwhile travels with it), started. */
  const copy = async (...options: string[]) => {
    const dir = await workDir();
    const args = ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', path.join(dir, 'data'), '-X', 'stream'];
    await exec('pg_basebackup', [...args, '-c', 'fast', ...options]);
    return serve(dir);
  };
  return { ...primary, backupAndRestore: () => copy(), startStandby: () => copy('-R') };
}
