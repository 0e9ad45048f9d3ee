// npm run ha:up [-- --dir DIR]: a pg_auto_failover formation (monitor, primary, synchronous standby)
// on free ports of 127.0.0.1, its DATABASE_URL printed and written with the pids to DIR/formation.json.
// npm run ha:down [-- --dir DIR]: stops all of it and removes DIR. DIR defaults to <tmpdir>/houseful-ha.
// docs/deploying.md says what the formation is for.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { haUnavailable, readFormation, replicationSettings, startFormation, stopFormation } from './ha-formation.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { dir: { type: 'string' } } });
const command = positionals[0];
const dir = path.resolve(values.dir ?? path.join(tmpdir(), 'houseful-ha'));

async function up(): Promise<void> {
  const missing = await haUnavailable();
  if (missing) {
    console.error(`ha:up: pg_auto_failover is missing: ${missing}`);
    process.exit(1);
  }
  const started = Date.now();
  const formation = await startFormation({ dir, log: (line) => console.log(`ha:up: ${line}`) });
  console.log(`ha:up: formed in ${((Date.now() - started) / 1000).toFixed(0)} s, in ${formation.dir}`);
  console.log(await replicationSettings(formation));
  console.log(`\nDATABASE_URL=${formation.databaseUrl}`);
  console.log(`\nStop it with: npm run ha:down${values.dir ? ` -- --dir ${values.dir}` : ''}`);
}

async function down(): Promise<void> {
  if (!existsSync(path.join(dir, 'formation.json'))) {
    console.error(`ha:down: no formation in ${dir}`);
    process.exit(1);
  }
  await stopFormation(await readFormation(dir));
  console.log(`ha:down: stopped, ${dir} removed`);
}

if (command === 'up') await up();
else if (command === 'down') await down();
else {
  console.error('usage: node --import tsx scripts/ha.ts up|down [--dir DIR]');
  process.exit(2);
}
