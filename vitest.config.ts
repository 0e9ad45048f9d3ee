import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts', 'test/e2e/support/browser-tier.ts', 'test/support/build.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Generous: the same suite ran 3x slower on a busy machine than on a quiet one; a wait that is
    // met returns at once, so only a failing test takes this long.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
