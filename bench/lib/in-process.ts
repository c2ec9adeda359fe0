/**
 * The application's dependencies on a fresh test database — PGlite in memory, or a new database on the PostgreSQL of
 * `DATABASE_URL` — for the benchmarks that call services in one process, with the audit keys they sign with.
 */
import type { AppDeps } from '../../apps/server/src/kernel/deps.js';
import { testConfig } from '../../apps/server/src/kernel/config.js';
import { systemClock } from '../../apps/server/src/kernel/time/clock.js';
import { createTestDatabase } from '../../apps/server/src/testing/test-database.js';
import { installBenchAuditKeys } from './audit-keys.js';

export const BENCH_SECRET_KEY = 'bench-secret-key-0123456789abcdef012345';

export async function openInProcessDeps() {
  installBenchAuditKeys();
  const database = await createTestDatabase();
  const deps: AppDeps = { config: testConfig(), database: database.handle, secretKey: BENCH_SECRET_KEY, clock: systemClock };
  const engine = database.url ? 'PostgreSQL' : 'PGlite (in memory)';
  return { database, deps, engine };
}
