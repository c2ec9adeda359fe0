import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['apps/**/src/**/*.test.ts', 'packages/**/src/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'e2e/**'],
    // Migrates one template database per run; each test file starts from a copy (testing/test-database.ts).
    globalSetup: ['apps/server/src/testing/global-setup.ts'],
    // The audit chain's keys of the test SECRET_KEY, in every worker (testing/audit-keys-setup.ts).
    setupFiles: ['apps/server/src/testing/audit-keys-setup.ts'],
    // Each file's tests run shuffled, with a fixed seed so that a run can be repeated; a test that leans on another
    // one's leftovers fails. Journeys say so (testing/steps-in-order.ts). Try other orders with --sequence.seed=N.
    sequence: { shuffle: { files: false, tests: true }, seed: 20261207 },
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
