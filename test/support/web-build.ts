// Once per test run: make sure the web app is built, since the browser tests load it from the
// server under test. `npm install` builds it already (prepare); this covers a skipped build.
import { spawnSync } from 'node:child_process';
import { webAppBuilt } from '../../src/web/serve-web-app.ts';

export default function setup() {
  if (webAppBuilt()) return;
  const built = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('building the web app failed (npm run build:web)');
}
