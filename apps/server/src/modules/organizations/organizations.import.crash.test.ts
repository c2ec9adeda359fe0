/**
 * Reliability: an import killed with SIGKILL in the middle of writing leaves nothing half-written —
 * no organisation, no audit entry, an intact audit chain, and a database that opens and works.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { usccCheckCharacter } from '@chanjiao/contracts';
import { count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../bootstrap.js';
import { SYSTEM_ACTOR } from '../../kernel/audit/audit.service.js';
import { auditLog } from '../../kernel/audit/audit.table.js';
import { verifyAuditChain } from '../../kernel/audit/audit.verify.js';
import { testConfig } from '../../kernel/config.js';
import { type DatabaseHandle, openDatabase } from '../../kernel/db/database.js';
import { createUser } from '../accounts/index.js';
import { createTestDatabase } from '../../testing/test-database.js';
import { sheetWorkbook } from '../../testing/xlsx-upload.js';
import { importOrganizations } from './organizations.import.js';
import { organizations } from './organizations.table.js';

const ROWS = 5000;
const CHILD = fileURLToPath(new URL('../../testing/import-crash-child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-import-crash-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

async function writeLargeImport(): Promise<string> {
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const first17 = `91310107MA1${String(i).padStart(6, '0')}`;
    return [`可靠性测试企业${i}`, first17 + usccCheckCharacter(first17), '企业', '310107'];
  });
  const file = path.join(workDir, `orgs-${ROWS}.xlsx`);
  fs.writeFileSync(file, await sheetWorkbook('组织', ['名称', '统一社会信用代码', '类型', '所在地区代码'], rows));
  return file;
}

async function createImporter(handle: DatabaseHandle): Promise<string> {
  const user = await createUser(handle.db, testConfig(), SYSTEM_ACTOR, {
    username: `importer_${Date.now().toString(36)}`,
    displayName: '导入员',
    password: 'Ceshi-mima-2026',
    mustChangePassword: false,
  });
  return user.id;
}

/** Runs the child and kills it at its first "inserted" line; resolves with what it printed and how it ended. */
function importUntilKilled(target: string, file: string, userId: string) {
  return new Promise<{ stdout: string; stderr: string; signal: NodeJS.Signals | null }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, target, file, userId, '500'], { cwd: REPO_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('inserted ')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ stdout, stderr, signal }));
  });
}

async function expectNothingWritten(handle: DatabaseHandle) {
  const [orgs] = await handle.db.select({ n: count() }).from(organizations);
  expect(Number(orgs!.n)).toBe(0);
  const imports = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'org.import'));
  expect(imports).toEqual([]);
  expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, break: null });
}

async function expectKilledMidway(target: string, file: string, userId: string) {
  const run = await importUntilKilled(target, file, userId);
  expect(run.stderr).toBe('');
  expect(run.signal).toBe('SIGKILL');
  expect(run.stdout).toMatch(/^inserted 500\/5000$/m);
  expect(run.stdout).not.toContain('committed');
}

describe('an import killed mid-way (docs/sources.md 5.4: all-or-nothing commits)', () => {
  it('on a PGlite data directory: reopens with no organisation, no import entry and an intact audit chain', async () => {
    const dataDir = path.join(workDir, 'pglite');
    const file = await writeLargeImport();
    const setup = await openDatabase({ dataDir });
    await prepareDatabase(setup);
    const userId = await createImporter(setup);
    await setup.close();

    await expectKilledMidway(dataDir, file, userId);

    const reopened = await openDatabase({ dataDir });
    try {
      await expectNothingWritten(reopened);
      const retried = await importOrganizations(
        reopened.db,
        { ...SYSTEM_ACTOR, userId },
        { filename: 'retry.xlsx', content: fs.readFileSync(file) },
        { locale: 'zh-CN', limits: { maxBytes: 64 * 1024 * 1024, maxRows: ROWS } },
      );
      expect(retried).toMatchObject({ status: 'imported', result: { imported: ROWS } });
      expect((await verifyAuditChain(reopened.db)).ok).toBe(true);
    } finally {
      await reopened.close();
    }
  }, 180_000);

  it.skipIf(!process.env.DATABASE_URL)(
    'on PostgreSQL (runs when DATABASE_URL is set): the server rolls the open transaction back',
    async () => {
      const database = await createTestDatabase();
      try {
        const userId = await createImporter(database.handle);
        await expectKilledMidway(database.url!, await writeLargeImport(), userId);
        await expectNothingWritten(database.handle);
      } finally {
        await database.dispose();
      }
    },
    180_000,
  );
});
