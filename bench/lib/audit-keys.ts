/**
 * Benchmarks write through the services, which append audit entries with the process's keys: a throw-away key
 * of their own (nobody verifies a benchmark database's chain afterwards).
 */
import { randomBytes } from 'node:crypto';
import { installAuditKeys } from '../../apps/server/src/kernel/audit/audit-keys.js';

export function installBenchAuditKeys(): void {
  installAuditKeys(randomBytes(32).toString('hex'));
}
