/**
 * Child process of the import reliability test. Runs one organisation import against a PGlite data
 * directory or a PostgreSQL URL and prints a line after every inserted chunk, so the parent can kill it
 * with SIGKILL while the transaction is open. Prints "committed" if it ever gets that far.
 *
 *   node --import tsx import-crash-child.ts <postgres-url | pglite-dir> <file.xlsx> <user-id> <pause-ms>
 */
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { installAuditKeys } from '../kernel/audit/audit-keys.js';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import { openDatabase } from '../kernel/db/database.js';
import { importOrganizations } from '../modules/organizations/index.js';
import { TEST_SECRET_KEY } from './test-secret.js';

const [target, file, userId, pauseMs] = process.argv.slice(2);
if (!target || !file || !userId) {
  console.error('usage: import-crash-child.ts <postgres-url | pglite-dir> <file.xlsx> <user-id> [pause-ms]');
  process.exit(2);
}

// The parent verifies the chain with the test key, so the child writes its entries with it.
installAuditKeys(TEST_SECRET_KEY);
const handle = await openDatabase(/^postgres(ql)?:\/\//.test(target) ? { url: target, poolSize: 2 } : { dataDir: target });
const outcome = await importOrganizations(
  handle.db,
  { ...SYSTEM_ACTOR, userId, username: 'crash-test' },
  { filename: path.basename(file), content: fs.readFileSync(file) },
  {
    locale: 'zh-CN',
    limits: { maxBytes: 64 * 1024 * 1024, maxRows: 100_000 },
    onProgress: async (inserted, total) => {
      process.stdout.write(`inserted ${inserted}/${total}\n`);
      // Keeps the transaction open long enough for the parent to aim its kill at it on a busy machine.
      await sleep(Number(pauseMs ?? 0));
    },
  },
);
process.stdout.write(`committed ${JSON.stringify(outcome)}\n`);
await handle.close();
