// Once per test run: a migrated PGlite image to load per test file, and, when a PostgreSQL
// server answers, a migrated template database to copy per test file. Both are removed after.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { PgliteDatabase } from '../../src/db/pglite-database.ts';
import { PostgresDatabase } from '../../src/db/postgres-database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { adminUrl, databaseUrlFor, postgresServerUrl } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteImage: string;
    /** Name of the migrated template database; empty when no PostgreSQL server answered. */
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), 'houseful-test-'));
  const pglite = await PGlite.create();
  await migrate(new PgliteDatabase(pglite));
  const image = path.join(dir, 'migrated.tar');
  await writeFile(image, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  await pglite.close();
  project.provide('pgliteImage', image);

  const server = postgresServerUrl();
  let template = '';
  const admin = new pg.Client({ connectionString: adminUrl(server), connectionTimeoutMillis: 3_000 });
  let connected = false;
  try {
    await admin.connect();
    connected = true;
  } catch (error) {
    const why = `no PostgreSQL server answered at ${server} (${(error as Error).message})`;
    if (process.env.HOUSEFUL_REQUIRE_POSTGRES === '1') throw new Error(`HOUSEFUL_REQUIRE_POSTGRES=1 but ${why}`);
    console.warn(`\n*** PostgreSQL tier SKIPPED: ${why}. Set DATABASE_URL or start a server to run it. ***\n`);
  }
  if (connected) {
    template = `houseful_tmpl_${process.pid}_${Date.now().toString(36)}`;
    await admin.query(`CREATE DATABASE ${template}`);
    const db = new PostgresDatabase(databaseUrlFor(server, template), 2, () => undefined);
    await migrate(db);
    await db.close();
    console.log(`PostgreSQL tier runs against ${server} (template database ${template})`);
  }
  project.provide('postgresTemplate', template);

  return async () => {
    if (template) {
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    }
    await admin.end().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
}
