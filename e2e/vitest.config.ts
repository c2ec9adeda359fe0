import { defineConfig } from 'vitest/config';

/**
 * Browser journeys: one server for the whole run (started in the global setup), one chromium per file,
 * files one after another — the machines this runs on have two cores, and a browser with a server is a lot.
 */
export default defineConfig({
  test: {
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
