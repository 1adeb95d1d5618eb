import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser tests share one built site and one Chromium; they run in their own project below.
    projects: [
      // Speed is measured by the benchmark, not by timeouts: property tests and spawned CLIs get room
      // on a busy 2-core machine.
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/e2e/**'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/e2e/**/*.test.ts'],
          globalSetup: ['src/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
