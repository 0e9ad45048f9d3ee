// Run before `npm start`: builds the web app when web/dist is missing (say, after
// `npm install --ignore-scripts`), so the two commands of the README always suffice.
import { spawnSync } from 'node:child_process';
import { webAppBuilt } from '../src/web/serve-web-app.ts';

if (!webAppBuilt()) {
  process.stderr.write('houseful: web app not built yet; building it (npm run build:web)\n');
  const built = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
  if (built.status !== 0) {
    process.stderr.write('houseful: building the web app failed; the API still starts, and / explains how to build it\n');
  }
}
