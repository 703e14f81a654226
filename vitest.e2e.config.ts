import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers against the built extension: one worker, one file at a
// time (each file launches browsers; the machine has 2 cores), generous timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
