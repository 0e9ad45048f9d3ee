// Where the browser tests find Chromium, and whether the run found it there.
import { inject } from 'vitest';

export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** True when the run found Chromium (test/e2e/support/browser-tier.ts); the browser tests run only then. */
export const browserTierRuns = (): boolean => inject('browserTierMissing') === '';
