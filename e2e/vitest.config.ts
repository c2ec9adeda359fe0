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
    // Assertions on the page retry (expect.poll) for as long as a locator's waitFor would: a busy two-core machine
    // renders late, and an assertion read once at the wrong moment is a flaky journey.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
