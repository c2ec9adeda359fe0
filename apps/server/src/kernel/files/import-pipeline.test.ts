import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requiredText } from '@chanjiao/contracts';
import { users } from '../auth/auth.table.js';
import { rowsOf } from '../db/database.js';
import { bilingual } from '../errors.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { sheetWorkbook } from '../../testing/xlsx-upload.js';
import { findOwnedFile } from './files.repository.js';
import { defineImportTemplate } from './import-template.js';
import { runImport } from './import-pipeline.js';
import type { RowIssue, ValidRow } from './row-validation.js';

const template = defineImportTemplate({
  key: 'codes',
  title: '代码导入模板',
  sheetName: '代码',
  rowSchema: z.object({ code: requiredText(10) }),
  columns: [{ key: 'code', header: '代码', headerEn: 'Code', required: true }],
});

describe('the import pipeline when a conflicting row appears between checking and writing', () => {
  let database: TestDatabase;
  let ownerUserId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.handle.db;
    await db.execute(sql`create table pipeline_codes (code text primary key)`);
    const [owner] = await db
      .insert(users)
      .values({ username: 'pipeline-owner', displayName: '导入员', passwordHash: 'not-used-for-sign-in' })
      .returning({ id: users.id });
    ownerUserId = owner!.id;
  });
  afterAll(async () => database.dispose());

  it('reports the conflict on its row, keeps a report and writes none of the other rows', async () => {
    const db = database.handle.db;
    let checks = 0;
    const prepare = async (rows: ValidRow<{ code: string }>[]) => {
      checks += 1;
      const taken = new Set(rowsOf<{ code: string }>(await db.execute(sql`select code from pipeline_codes`)).map((r) => r.code));
      // Another request registers B-2 just after this check has passed: the race a unique index settles.
      if (checks === 1) await db.execute(sql`insert into pipeline_codes values ('B-2')`);
      const issues: RowIssue[] = rows
        .filter((row) => taken.has(row.value.code))
        .map((row) => ({ row: row.row, column: 'code', detail: bilingual('已被占用', 'is taken') }));
      return { ready: rows.map((row) => row.value.code), issues };
    };
    const commit = (codes: string[]) =>
      db.transaction(async (tx) => {
        for (const code of codes) await tx.execute(sql`insert into pipeline_codes values (${code})`);
        return codes.length;
      });

    const outcome = await runImport({
      db,
      template,
      upload: { filename: 'codes.xlsx', content: await sheetWorkbook('代码', ['代码'], [['A-1'], ['B-2'], ['C-3']]) },
      ownerUserId,
      locale: 'zh-CN',
      limits: { maxBytes: 1024 * 1024, maxRows: 10 },
      handlers: { prepare, commit },
    });

    expect(checks).toBe(2);
    expect(outcome).toMatchObject({ status: 'invalid', errorRows: 1, issues: [{ row: 3, column: 'code' }] });
    const stored = rowsOf<{ code: string }>(await db.execute(sql`select code from pipeline_codes order by code`));
    expect(stored.map((row) => row.code)).toEqual(['B-2']);
    if (outcome.status !== 'invalid') throw new Error('unreachable');
    const report = await findOwnedFile(db, outcome.reportId, ownerUserId);
    expect(report).toMatchObject({ kind: 'import_report', filename: 'codes-错误报告.xlsx' });
    expect(report!.content.subarray(0, 2).toString()).toBe('PK');
  });
});
