// The layout the code keeps (docs/design.md, "Layers"): routes → rules → repositories → db, with
// domain/ below everything. SQL is written only in repositories and db/, and no import runs back
// up the layers. These read the source as text, so a new file that breaks the rule fails here.
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
  if (name === 'repository.ts') return 'repository';
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

  it('finds the SQL it looks for, so the check above can fail', () => {
    expect(SQL.test("'SELECT 1 FROM shows WHERE id = $1'")).toBe(true);
    expect(SQL.test('`UPDATE show_seats ss SET status = $1`')).toBe(true);
    expect(SQL.test("'select a seat'")).toBe(false);
  });
});
