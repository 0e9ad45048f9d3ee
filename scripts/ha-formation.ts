// A pg_auto_failover formation of PostgreSQL servers on this machine: a monitor, a primary and a
// synchronous standby, each run by its own `pg_autoctl` keeper, on free ports of 127.0.0.1, all in
// one folder. Used by `npm run ha:up` / `ha:down` (scripts/ha.ts) and by the failover test.
// Needs Debian's `postgresql-15-auto-failover` and `pg-auto-failover-cli`. PostgreSQL refuses to
// run as root, so as root everything runs as the `postgres` system user.
import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const HA_PACKAGES = 'postgresql-15-auto-failover pg-auto-failover-cli';
const STATE_FILE = 'formation.json';

export interface FormationNode {
  name: string;
  pgdata: string;
  port: number;
  /** Pid of its `pg_autoctl` keeper, the leader of its own process group (postgres included). */
  pid: number;
}

export interface Formation {
  dir: string;
  /** The formation's multi-host URL: the driver tries each host and keeps the read-write one. */
  databaseUrl: string;
  monitorUrl: string;
  monitor: FormationNode;
  nodes: FormationNode[];
}

export interface NodeState {
  name: string;
  port: number;
  /** What the node last reported (`primary`, `secondary`, `wait_primary`, …) and what the monitor assigned. */
  reported: string;
  assigned: string;
}

/** Why a formation cannot be made here (the packages are missing), or undefined when it can. */
export async function haUnavailable(): Promise<string | undefined> {
  const onPath = await run('pg_autoctl', ['--version']).then(
    () => true,
    () => false,
  );
  if (!onPath) return `pg_autoctl is not installed (apt-get install -y ${HA_PACKAGES})`;
  if (!postgresVersion()) return `no PostgreSQL has the pgautofailover extension (apt-get install -y ${HA_PACKAGES})`;
  return undefined;
}

/** The newest PostgreSQL major version installed with the pgautofailover extension. */
function postgresVersion(): string | undefined {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : [];
  return versions
    .filter((v) => existsSync(`/usr/share/postgresql/${v}/extension/pgautofailover.control`))
    .sort((a, b) => Number(b) - Number(a))[0];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** As root, the `postgres` user's uid and gid; otherwise none (run as whoever we are). */
async function runAs(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** How pg_autoctl is run for a formation in `dir`: its own config and state folders, the right PostgreSQL. */
async function toolFor(dir: string) {
  const version = postgresVersion();
  if (!version) throw new Error(`pg_auto_failover is not installed: apt-get install -y ${HA_PACKAGES}`);
  const bin = `/usr/lib/postgresql/${version}/bin`;
  const user = await runAs();
  const env = {
    PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    HOME: dir,
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'share'),
    XDG_RUNTIME_DIR: path.join(dir, 'run'),
    PG_CONFIG: `${bin}/pg_config`,
  };
  const options = { env, cwd: dir, ...user };
  return {
    bin,
    /** Runs a pg_autoctl command to its end. */
    autoctl: async (...args: string[]) => (await run('pg_autoctl', args, { ...options, timeout: 120_000 })).stdout,
    /** Starts a long-running pg_autoctl command detached, in a process group of its own, its output in `log`. */
    detached: (log: string, ...args: string[]) => {
      const fd = openSync(log, 'a');
      try {
        const child = spawn('pg_autoctl', args, { ...options, detached: true, stdio: ['ignore', fd, fd] });
        child.unref();
        if (child.pid === undefined) throw new Error(`could not start pg_autoctl ${args.join(' ')}`);
        return child.pid;
      } finally {
        closeSync(fd);
      }
    },
    psql: async (port: number, query: string) =>
      (await run(`${bin}/psql`, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-Atc', query], { env }))
        .stdout,
  };
}

/** Waits for `check` to give a value, polling; a check that throws counts as not yet. */
async function poll<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not within ${timeoutMs / 1000} s${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export interface StartOptions {
  /** The folder for everything; created (it must not hold a formation). Default: a new one under os.tmpdir(). */
  dir?: string;
  /** Told of each step. */
  log?: (line: string) => void;
  /** How long to wait for the formation to form (default 5 minutes). */
  timeoutMs?: number;
}

/**
 * Starts a monitor, a primary and a synchronous standby, and waits until the primary is `primary`
 * and the standby `secondary`. On failure everything started is stopped and the folder removed.
 */
export async function startFormation(options: StartOptions = {}): Promise<Formation> {
  const missing = await haUnavailable();
  if (missing) throw new Error(missing);
  const log = options.log ?? (() => undefined);
  const timeoutMs = options.timeoutMs ?? 300_000;
  let dir: string;
  if (options.dir) {
    dir = path.resolve(options.dir);
    if (existsSync(path.join(dir, STATE_FILE))) throw new Error(`${dir} already holds a formation: stop it first (npm run ha:down)`);
    await mkdir(dir, { recursive: true });
  } else {
    dir = await mkdtemp(path.join(tmpdir(), 'houseful-ha-'));
  }
  const user = await runAs();
  for (const sub of ['config', 'share', 'run']) await mkdir(path.join(dir, sub), { recursive: true, mode: 0o700 });
  if (user) for (const folder of [dir, 'config', 'share', 'run']) await chown(path.resolve(dir, folder), user.uid, user.gid);

  const tool = await toolFor(dir);
  const [monitorPort, port1, port2] = [await freePort(), await freePort(), await freePort()];
  const monitor: FormationNode = { name: 'monitor', pgdata: path.join(dir, 'monitor'), port: monitorPort!, pid: 0 };
  const nodes: FormationNode[] = [
    { name: 'node1', pgdata: path.join(dir, 'node1'), port: port1!, pid: 0 },
    { name: 'node2', pgdata: path.join(dir, 'node2'), port: port2!, pid: 0 },
  ];
  const formation: Formation = { dir, databaseUrl: '', monitorUrl: '', monitor, nodes };
  const save = () => writeFile(path.join(dir, STATE_FILE), JSON.stringify(formation, null, 2) + '\n');
  try {
    log(`monitor on 127.0.0.1:${monitor.port}`);
    await tool.autoctl(
      ...['create', 'monitor', '--pgdata', monitor.pgdata, '--pgport', String(monitor.port), '--pgctl', `${tool.bin}/pg_ctl`],
      ...['--hostname', '127.0.0.1', '--auth', 'trust', '--no-ssl'],
    );
    // The monitor has no --listen: it would listen on every address.
    await tool.autoctl('config', 'set', '--pgdata', monitor.pgdata, 'postgresql.listen_addresses', '127.0.0.1');
    monitor.pid = tool.detached(path.join(dir, 'monitor.log'), 'run', '--pgdata', monitor.pgdata);
    await save();
    formation.monitorUrl = `postgres://autoctl_node@127.0.0.1:${monitor.port}/pg_auto_failover?sslmode=disable`;
    await poll('the monitor to answer', timeoutMs, async () => (await formationState(formation)) && true);

    // One node at a time: the first becomes the primary, the second its standby, copied from it.
    for (const [i, node] of nodes.entries()) {
      log(`${node.name} on 127.0.0.1:${node.port}`);
      node.pid = tool.detached(
        path.join(dir, `${node.name}.log`),
        ...['create', 'postgres', '--pgdata', node.pgdata, '--pgport', String(node.port), '--pgctl', `${tool.bin}/pg_ctl`],
        ...['--listen', '127.0.0.1', '--hostname', '127.0.0.1', '--name', node.name, '--monitor', formation.monitorUrl],
        ...['--auth', 'trust', '--no-ssl', '--replication-quorum', 'true', '--run'],
      );
      await save();
      const wanted = i === 0 ? { node1: 'single' } : { node1: 'primary', node2: 'secondary' };
      await poll(`${node.name} to join (${JSON.stringify(wanted)})`, timeoutMs, async () => {
        const states = await formationState(formation);
        const ok = Object.entries(wanted).every(([name, state]) =>
          states.some((s) => s.name === name && s.reported === state && s.assigned === state),
        );
        return ok || undefined;
      });
    }
    formation.databaseUrl = await formationUri(formation);
    await save();
    return formation;
  } catch (error) {
    const tails = await logTails(dir);
    await stopFormation(formation).catch(() => undefined);
    throw new Error(`${(error as Error).message}\n${tails}`, { cause: error });
  }
}

async function logTails(dir: string): Promise<string> {
  const tails: string[] = [];
  for (const name of ['monitor', 'node1', 'node2']) {
    const text = await readFile(path.join(dir, `${name}.log`), 'utf8').catch(() => '');
    if (text) tails.push(`--- ${name}.log\n${text.split('\n').slice(-15).join('\n')}`);
  }
  return tails.join('\n');
}

/**
 * The formation's URL as `pg_autoctl show uri` gives it, for the user `postgres` and without
 * `sslmode` (the servers run without TLS; `prefer` would only cost a round trip per connection).
 */
async function formationUri(formation: Formation): Promise<string> {
  const tool = await toolFor(formation.dir);
  const out = await tool.autoctl('show', 'uri', '--pgdata', formation.monitor.pgdata, '--formation', 'default');
  const uri = out.trim().split('\n').pop()!.trim();
  const parts = /^postgres(?:ql)?:\/\/(?:[^@/]*@)?([^/?]*)(\/[^?]*)?(?:\?(.*))?$/.exec(uri);
  if (!parts) throw new Error(`pg_autoctl show uri gave no URL: ${out}`);
  const params = new URLSearchParams(parts[3] ?? '');
  params.delete('sslmode');
  const query = params.toString();
  return `postgres://postgres@${parts[1]}${parts[2] || '/postgres'}${query ? `?${query}` : ''}`;
}

/** Each node's state as the monitor sees it. */
export async function formationState(formation: Formation): Promise<NodeState[]> {
  const tool = await toolFor(formation.dir);
  const out = await tool.autoctl('show', 'state', '--pgdata', formation.monitor.pgdata, '--json');
  const rows = JSON.parse(out.trim() || '[]') as {
    nodename: string;
    nodeport: number;
    current_group_state: string;
    assigned_group_state: string;
  }[];
  return rows.map((r) => ({ name: r.nodename, port: r.nodeport, reported: r.current_group_state, assigned: r.assigned_group_state }));
}

/** `pg_autoctl show settings`, and what the primary says of synchronous replication. */
export async function replicationSettings(formation: Formation): Promise<string> {
  const tool = await toolFor(formation.dir);
  const settings = await tool.autoctl('show', 'settings', '--pgdata', formation.monitor.pgdata);
  const primary = (await formationState(formation)).find((s) => s.reported === 'primary' || s.reported === 'wait_primary');
  const onPrimary = primary
    ? await tool.psql(
        primary.port,
        "SELECT 'synchronous_standby_names = ' || current_setting('synchronous_standby_names') || ', synchronous_commit = ' || current_setting('synchronous_commit')",
      )
    : 'no primary';
  return `${settings.trimEnd()}\n${primary?.name ?? ''}: ${onPrimary.trim()}`;
}

/** The formation written by startFormation in `dir`. */
export async function readFormation(dir: string): Promise<Formation> {
  return JSON.parse(await readFile(path.join(path.resolve(dir), STATE_FILE), 'utf8')) as Formation;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Every process below `roots` (children, their children, …), from /proc. */
function descendants(roots: number[]): number[] {
  const parents = new Map<number, number>();
  for (const entry of existsSync('/proc') ? readdirSync('/proc') : []) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const found = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (found.has(parent) && !found.has(pid)) {
        found.add(pid);
        grew = true;
      }
    }
  }
  return [...found];
}

/** The postmaster's pid from its postmaster.pid, if it has one. */
function postmasterPid(pgdata: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The keeper's process group, its postgres and every backend of it, with SIGKILL; waits until they are gone. */
async function killNode(node: FormationNode): Promise<void> {
  const roots = [node.pid, postmasterPid(node.pgdata)].filter((pid): pid is number => pid !== undefined && pid > 0);
  const all = descendants(roots);
  if (node.pid > 0) {
    try {
      process.kill(-node.pid, 'SIGKILL');
    } catch {
      // the group is gone already
    }
  }
  for (const pid of all) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
  await poll(`${node.name}'s processes to exit`, 30_000, async () => (all.some(alive) ? undefined : true));
}

/**
 * Loses the current primary as a machine loss would: SIGKILL to its keeper (so it cannot restart
 * postgres locally) and to its postmaster and backends. Returns the node and when it was killed.
 */
export async function killPrimary(formation: Formation): Promise<{ node: FormationNode; killedAt: number }> {
  const primary = (await formationState(formation)).find((s) => s.reported === 'primary' || s.reported === 'wait_primary');
  const node = formation.nodes.find((n) => n.name === primary?.name);
  if (!node) throw new Error('the formation has no primary to kill');
  const killedAt = Date.now();
  await killNode(node);
  return { node, killedAt };
}

/**
 * Waits until the monitor has promoted a node other than `lost` and that node answers as a
 * writable primary. Default timeout 5 minutes.
 */
export async function waitForNewPrimary(formation: Formation, lost: string, timeoutMs = 300_000): Promise<NodeState> {
  const tool = await toolFor(formation.dir);
  return poll(`a new primary other than ${lost}`, timeoutMs, async () => {
    const promoted = (await formationState(formation)).find(
      (s) => s.name !== lost && ['primary', 'wait_primary'].includes(s.reported) && s.reported === s.assigned,
    );
    if (!promoted) return undefined;
    return (await tool.psql(promoted.port, 'SELECT pg_is_in_recovery()')).trim() === 'f' ? promoted : undefined;
  });
}

/**
 * Stops every keeper and server of the formation (pg_autoctl stop, then SIGKILL to whatever is
 * left) and removes its folder. Safe to call on a formation half started or partly killed.
 */
export async function stopFormation(formationOrDir: Formation | string): Promise<void> {
  const formation = typeof formationOrDir === 'string' ? await readFormation(formationOrDir) : formationOrDir;
  const tool = await toolFor(formation.dir).catch(() => undefined);
  const all = [...formation.nodes, formation.monitor];
  for (const node of all) {
    if (tool && node.pid > 0 && alive(node.pid)) {
      await tool.autoctl('stop', '--pgdata', node.pgdata, '--immediate').catch(() => undefined);
    }
  }
  // The keepers exit once their postgres has stopped; whatever has not within 15 s is killed.
  const roots = all.flatMap((n) => [n.pid, postmasterPid(n.pgdata) ?? 0]).filter((pid) => pid > 0);
  const everything = descendants(roots);
  await poll('the formation to stop', 15_000, async () => (everything.some(alive) ? undefined : true)).catch(() => undefined);
  for (const node of all) await killNode(node);
  await rm(formation.dir, { recursive: true, force: true });
}
