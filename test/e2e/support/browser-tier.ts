// Once per test run: is there a Chromium for the browser tests? When there is none, the run says
// so in one line at the top and the browser tests skip; HOUSEFUL_REQUIRE_BROWSER=1 (set by
// .ci/run) turns that into a failure.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why the browser tests cannot run; empty when Chromium is there. */
    browserTierMissing: string;
  }
}

export default async function setup(project: TestProject) {
  const path = chromiumPath();
  const found = await access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
  let missing = '';
  if (!found) {
    missing = `no Chromium at ${path} (set CHROMIUM_PATH or apt-get install chromium)`;
    if (process.env.HOUSEFUL_REQUIRE_BROWSER === '1') throw new Error(`HOUSEFUL_REQUIRE_BROWSER=1 but ${missing}`);
    console.warn(`\n*** Browser tier SKIPPED: ${missing} ***\n`);
  }
  project.provide('browserTierMissing', missing);
}
