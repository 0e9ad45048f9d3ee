// Once per test run: make sure the server build (dist/) and the web app (web/dist) are current,
// as `npm start` does, since the tests that start Houseful as a process run the built server and
// the browser tests load the built app. Only what is missing or older than its source is built.
import { spawnSync } from 'node:child_process';

export default function setup() {
  const built = spawnSync(process.execPath, ['scripts/build-if-missing.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('building Houseful failed (node scripts/build-if-missing.mjs)');
}
