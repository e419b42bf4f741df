import { defineConfig } from 'vitest/config';

// Three suites: unit tests of the pipeline stages (seconds); integration tests that build a
// fixture site or run the commands in processes of their own (minutes); and browser tests that
// drive the built site (dist/, built by `npm test` before vitest runs) in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 } },
      // They set their own timeouts where they build; the rest as the unit tests.
      { test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
