// Run by `npm start` before the server: builds what is missing or older than its source, the
// web app (web/dist) and the server (dist/), so the README's two commands always suffice, also
// after `npm install --ignore-scripts` or a `git pull`. Plain JavaScript: `npm start` runs no
// TypeScript loader.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The newest modification time of the files below dir (0 when there are none). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function stale(output, sources) {
  const target = path.join(root, output);
  if (!existsSync(target)) return true;
  const built = statSync(target).mtimeMs;
  return sources.some((source) => newest(path.join(root, source)) > built);
}

function build(script, what) {
  process.stderr.write(`houseful: ${what} is missing or older than its source; building it (npm run ${script})\n`);
  return spawnSync('npm', ['run', script], { cwd: root, stdio: 'inherit' }).status === 0;
}

if (stale('dist/main.js', ['src']) && !build('build:server', 'the server build')) {
  process.stderr.write('houseful: building the server failed\n');
  process.exit(1);
}
if (stale('web/dist/index.html', ['web/src']) && !build('build:web', 'the web app')) {
  process.stderr.write('houseful: building the web app failed; the API still starts, and / explains how to build it\n');
}
