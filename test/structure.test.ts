// The layout the code keeps (docs/design.md, "Layers"): routes → rules → repositories → db, with
// domain/ below everything. SQL is written only in repositories and db/, no import runs back up
// the layers, and no two areas of src/ (its folders, and the files at its top) depend on each
// other, however long the way round. These read the source as text, so a new file that breaks
// a rule fails here.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');

async function sourceFiles(dir = SRC): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return Promise.resolve(entry.name.endsWith('.ts') ? [full] : []);
    }),
  );
  return nested.flat();
}

type Layer = 'db' | 'domain' | 'repository' | 'routes' | 'schemas' | 'http' | 'rules' | 'context' | 'start';

function layerOf(file: string): Layer {
  const relative = path.relative(SRC, file).split(path.sep).join('/');
  if (relative.startsWith('db/')) return 'db';
  if (relative.startsWith('domain/')) return 'domain';
  if (relative.startsWith('http/')) return 'http';
  // What the rules are handed (the settings, the database, the clock, the gateway), passed explicitly.
  if (relative === 'context.ts' || relative === 'config.ts') return 'context';
  if (!relative.includes('/')) return 'start'; // main.ts, app.ts
  const name = path.basename(file);
  // A repository/ folder holds an area's SQL split by family of statements.
  if (name === 'repository.ts' || relative.split('/').slice(0, -1).includes('repository')) return 'repository';
  if (name === 'schemas.ts') return 'schemas';
  if (name === 'routes.ts' || name.endsWith('-routes.ts')) return 'routes';
  return 'rules';
}

/** What each layer may import from Houseful's own code. */
const mayImport: Record<Layer, readonly Layer[]> = {
  domain: ['domain'],
  db: ['db', 'domain'],
  // A repository may name a wire shape that is stored as it is (a hall's layout).
  repository: ['repository', 'schemas', 'db', 'domain'],
  schemas: ['schemas', 'http', 'domain'],
  context: ['context', 'rules', 'db', 'domain'],
  rules: ['rules', 'repository', 'schemas', 'context', 'db', 'domain'],
  http: ['http', 'domain'],
  routes: ['routes', 'rules', 'schemas', 'http', 'context', 'db', 'domain'],
  start: ['start', 'routes', 'rules', 'http', 'schemas', 'context', 'db', 'domain'],
};

// A string that reads as a statement: the verbs Houseful's SQL begins with, followed by what they take.
const SQL = /\b(SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+\w+\s+(\w+\s+)?SET|DELETE\s+FROM|WITH\s+\w+\s+AS\s*\(|LISTEN\s|NOTIFY\s)/;

function stringLiterals(source: string): string[] {
  return [...source.matchAll(/(`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g)].map((match) => match[0]);
}

/** The files a file imports from Houseful's own code, resolved. */
async function importsOf(file: string): Promise<string[]> {
  const source = await readFile(file, 'utf8');
  return [...source.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)].map((match) =>
    path.resolve(path.dirname(file), match[1]!),
  );
}

/** A folder of src/, or a file at its top (main.ts, app.ts, context.ts, config.ts). */
function areaOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!;
}

/** Each group of nodes that reach one another (Tarjan's strongly connected components), sorted. */
function loopsIn(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) loops.push(group.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return loops.sort();
}

describe('the layout of src/', () => {
  it('writes SQL only in repositories and db/', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles()) {
      const layer = layerOf(file);
      if (layer === 'repository' || layer === 'db') continue;
      const source = await readFile(file, 'utf8');
      for (const literal of stringLiterals(source)) {
        if (SQL.test(literal)) offenders.push(`${path.relative(SRC, file)}: ${literal.slice(0, 60)}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('imports only downwards: routes → rules → repositories → db, domain below all', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles()) {
      const source = await readFile(file, 'utf8');
      for (const match of source.matchAll(/^import\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)) {
        const target = path.resolve(path.dirname(file), match[1]!);
        const from = layerOf(file);
        const to = layerOf(target);
        if (!mayImport[from].includes(to))
          offenders.push(`${path.relative(SRC, file)} (${from}) imports ${path.relative(SRC, target)} (${to})`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has no two areas of src/ importing each other, directly or the long way round', async () => {
    const imports = new Map<string, Set<string>>();
    for (const file of await sourceFiles()) {
      const from = areaOf(file);
      for (const target of await importsOf(file)) {
        const to = areaOf(target);
        if (to === from) continue;
        if (!imports.has(from)) imports.set(from, new Set());
        imports.get(from)!.add(to);
      }
    }
    expect(loopsIn(imports)).toEqual([]);
  });

  it('has no files importing each other in a circle', async () => {
    const imports = new Map<string, Set<string>>();
    for (const file of await sourceFiles())
      imports.set(path.relative(SRC, file), new Set((await importsOf(file)).map((t) => path.relative(SRC, t))));
    expect(loopsIn(imports)).toEqual([]);
  });

  it('lets payments/ reach bookings/ only through what bookings offers it', async () => {
    // Confirming held seats, giving seats back and cancelling (changes.ts), freeing seats
    // (release.ts), and reading a booking (read.ts, schemas.ts): never the bookings' own SQL or hold.
    const offered = ['bookings/changes.ts', 'bookings/release.ts', 'bookings/read.ts', 'bookings/schemas.ts'];
    const offenders: string[] = [];
    for (const file of await sourceFiles(path.join(SRC, 'payments'))) {
      for (const target of await importsOf(file)) {
        const named = path.relative(SRC, target).split(path.sep).join('/');
        if (named.startsWith('bookings/') && !offered.includes(named)) offenders.push(`${path.relative(SRC, file)} imports ${named}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('finds a loop of areas, so the checks above can fail', () => {
    const imports = new Map([
      ['bookings', new Set(['payments', 'db'])],
      ['payments', new Set(['invoices'])],
      ['invoices', new Set(['bookings'])],
      ['db', new Set<string>()],
    ]);
    expect(loopsIn(imports)).toEqual([['bookings', 'invoices', 'payments']]);
  });

  it('finds the SQL it looks for, so the check above can fail', () => {
    expect(SQL.test("'SELECT 1 FROM shows WHERE id = $1'")).toBe(true);
    expect(SQL.test('`UPDATE show_seats ss SET status = $1`')).toBe(true);
    expect(SQL.test("'select a seat'")).toBe(false);
  });
});
