// Part of `npm run build:server`: the numbered SQL migrations go beside the compiled migrate.js.
import { cpSync, rmSync } from 'node:fs';

const target = new URL('../dist/db/migrations/', import.meta.url);
rmSync(target, { recursive: true, force: true });
cpSync(new URL('../src/db/migrations/', import.meta.url), target, { recursive: true });
