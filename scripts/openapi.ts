// Writes the API's OpenAPI document (docs/openapi.json) and the web app's types generated from it
// (web/src/lib/api-types.gen.ts). The app is built without a database and never listens: the
// document comes from the route schemas alone.
//
//   node --import tsx scripts/openapi.ts           regenerate both files
//   node --import tsx scripts/openapi.ts --check   fail if either committed file differs from a fresh run
import { SessionCache } from '../src/accounts/session-cache.ts';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { pino } from 'pino';
import * as prettier from 'prettier';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Context } from '../src/context.ts';
import type { Database } from '../src/db/database.ts';
import { systemClock } from '../src/domain/clock.ts';
import { TestGateway } from '../src/gateways/test-gateway.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUTS = { document: 'docs/openapi.json', types: 'web/src/lib/api-types.gen.ts' } as const;

/** Building the app only LISTENs for seat events; anything else reaching the database is a mistake here. */
const noDatabase: Database = {
  kind: 'pglite',
  roundTrips: 0,
  query: () => Promise.reject(new Error('the OpenAPI generator has no database')),
  transaction: () => Promise.reject(new Error('the OpenAPI generator has no database')),
  lockedStatement: () => Promise.reject(new Error('the OpenAPI generator has no database')),
  ping: () => Promise.reject(new Error('the OpenAPI generator has no database')),
  listen: async () => async () => undefined,
  close: async () => undefined,
};

async function openApiDocument(): Promise<Record<string, unknown>> {
  const log = pino({ level: 'silent' });
  // Defaults only, whatever this shell's environment says, so the document is the same everywhere.
  const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: '0' });
  const ctx: Context = {
    db: noDatabase,
    clock: systemClock,
    config,
    gateway: new TestGateway(noDatabase),
    log,
    sessions: new SessionCache(),
  };
  // A web build directory that never exists: whether web/dist is built must not change the document.
  const app = await buildApp(ctx, { loggerInstance: log, webDist: join(tmpdir(), 'houseful-openapi-no-web-dist/') });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

const HEADER = `// Generated from docs/openapi.json by scripts/openapi.ts (npm run openapi). Do not edit by hand.\n`;

async function format(text: string, path: string): Promise<string> {
  const options = await prettier.resolveConfig(join(ROOT, path));
  return prettier.format(text, { ...options, filepath: join(ROOT, path) });
}

async function render(): Promise<Record<keyof typeof OUTPUTS, string>> {
  const document = await openApiDocument();
  const json = JSON.stringify(document, null, 2);
  // Each named schema is exported by its name too (`Booking`, `Problem`), for clients that import them.
  const ast = await openapiTS(json, { alphabetize: false, exportType: false, rootTypes: true, rootTypesNoSchemaPrefix: true });
  return {
    document: await format(json, OUTPUTS.document),
    types: await format(HEADER + astToString(ast), OUTPUTS.types),
  };
}

async function writeAll(dir: string, files: Record<keyof typeof OUTPUTS, string>): Promise<void> {
  for (const key of Object.keys(OUTPUTS) as (keyof typeof OUTPUTS)[]) {
    const target = join(dir, OUTPUTS[key]);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, files[key]);
  }
}

async function readOrEmpty(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const files = await render();
  if (!process.argv.includes('--check')) {
    await writeAll(ROOT, files);
    for (const path of Object.values(OUTPUTS)) process.stdout.write(`wrote ${path}\n`);
    return;
  }
  const scratch = await mkdtemp(join(tmpdir(), 'houseful-openapi-'));
  try {
    await writeAll(scratch, files);
    const drifted: string[] = [];
    for (const path of Object.values(OUTPUTS)) {
      const [committed, fresh] = await Promise.all([readOrEmpty(join(ROOT, path)), readFile(join(scratch, path), 'utf8')]);
      if (committed !== fresh) drifted.push(path);
    }
    if (drifted.length > 0) {
      process.stderr.write(
        `openapi:check: ${drifted.join(' and ')} ${drifted.length === 1 ? 'differs' : 'differ'} from what the route schemas give.\n` +
          `Run \`npm run openapi\` and commit the result (a fresh copy is in ${scratch}).\n`,
      );
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`openapi:check: ${Object.values(OUTPUTS).join(' and ')} match the route schemas\n`);
  } finally {
    if (process.exitCode !== 1) await rm(scratch, { recursive: true, force: true });
  }
}

await main();
