/**
 * Vitest set-up run in every test worker: the audit chain's keys of the test SECRET_KEY (the one
 * createTestContext gives its applications), so services called without an application write entries that
 * verify. A test that builds an application with another key installs that key (buildApp does).
 */
import { installAuditKeys } from '../kernel/audit/audit-keys.js';
import { TEST_SECRET_KEY } from './test-secret.js';

installAuditKeys(TEST_SECRET_KEY);
