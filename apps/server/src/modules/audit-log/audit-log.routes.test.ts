import { AUDIT_EXPORT_MAX_ROWS } from '@chanjiao/contracts';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../kernel/audit/audit.table.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../testing/test-app.js';
import { formatShanghai } from '../../kernel/time/shanghai.js';
import { STEPS_IN_ORDER } from '../../testing/steps-in-order.js';

describe('the audit log for the audit administrator', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let auditor: Session;
  let auditorId: string;

  const read = async (query: string) => {
    const response = await auditor.request({ method: 'GET', url: `/api/audit?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: { id: number; action: string; outcome: string; at: string; userAgent: string }[]; total: number };
  };

  const entries = (action: string) => ctx.deps.database.db.select().from(auditLog).where(eq(auditLog.action, action));

  beforeAll(async () => {
    ctx = await createTestContext();
    const user = await createTestUser(ctx.deps, [{ role: 'audit_admin' }]);
    auditorId = user.id;
    auditor = await login(ctx.app, user);
    // A sign-in that fails, sent by a client whose user agent would be a formula in a spreadsheet.
    await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: 'wrong-password-1' },
      headers: { 'user-agent': '=HYPERLINK("http://evil.example","点我")' },
    });
  });
  afterAll(async () => ctx.close());

  it('reads entries newest first and filters by action family, actor, outcome and day', async () => {
    const all = await read('pageSize=200');
    expect(all.total).toBeGreaterThan(3);
    const ids = all.items.map((item) => item.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    const userActions = await read('action=user');
    expect(userActions.items.length).toBeGreaterThan(0);
    expect(userActions.items.every((item) => item.action.startsWith('user.'))).toBe(true);

    const failures = await read('action=auth.login&outcome=failure');
    expect(failures.items).toHaveLength(1);
    expect(failures.items[0]!.userAgent).toContain('HYPERLINK');

    const mine = await read(`actor=${auditorId}`);
    expect(mine.items.map((item) => item.action)).toContain('auth.login');

    const today = formatShanghai(new Date()).slice(0, 10);
    expect((await read(`from=${today}&to=${today}`)).total).toBe(all.total);
    expect((await read('to=2000-01-01')).total).toBe(0);
  });

  it('refuses a time range that ends before it starts, naming the field', async () => {
    const response = await auditor.request({ method: 'GET', url: '/api/audit?from=2026-03-02&to=2026-03-01' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('AUDIT_RANGE_INVERTED');
    expect(response.json().error.fields[0].path).toBe('to');
  });

  it('exports an Excel file with Chinese headers, Beijing times and formulas neutralised, and records the export', async () => {
    const listed = await read('action=auth.login');
    const response = await auditor.request({ method: 'GET', url: '/api/audit/export.xlsx?action=auth.login&from=2026-01-01' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const today = formatShanghai(new Date()).slice(0, 10);
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`审计日志_2026-01-01至${today}.xlsx`)}`,
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审计日志')!;
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(['编号', '时间（北京时间）', '操作', '对象类型', '对象名称', '结果', '客户端', '详情']),
    );
    // Operations and object types by their labels, never a code name in the 操作 column.
    expect(sheet.getRow(2).getCell(5).value).toBe('登录');
    expect(sheet.getRow(2).getCell(14).value).toBe('auth.login');
    expect(sheet.rowCount).toBe(listed.total + 1);

    const newest = listed.items[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe(newest.id);
    expect(sheet.getRow(2).getCell(2).value).toBe(formatShanghai(new Date(newest.at)));
    const failed = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(8).value === '失败')!;
    expect(String(failed.getCell(10).value)).toBe(`'=HYPERLINK("http://evil.example","点我")`);

    const [recorded] = await entries('audit.export');
    expect(recorded).toMatchObject({ actorUserId: auditorId, entityType: 'audit_log' });
    expect(recorded!.details).toMatchObject({ rows: listed.total, filter: { action: 'auth.login', from: '2026-01-01' } });
  });

  it('verifies the chain and records the verification', async () => {
    const [total] = await ctx.deps.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    const response = await auditor.request({ method: 'POST', url: '/api/audit/verify' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, checked: total!.n, break: null });
    const [recorded] = await entries('audit.verify');
    expect(recorded).toMatchObject({ outcome: 'success', details: { ok: true, checked: total!.n } });
  });

  it('reports where the chain breaks after an entry was changed behind the triggers', async () => {
    const db = ctx.deps.database.db;
    const [victim] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.outcome, 'failure')));
    await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await db.execute(sql`update audit_log set details = '{"username": "somebody-else"}'::jsonb where id = ${victim!.id}`);
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);

    const response = await auditor.request({ method: 'POST', url: '/api/audit/verify' });
    expect(response.json()).toMatchObject({ ok: false, break: { id: victim!.id, problem: 'hash_mismatch' } });
    const failures = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'audit.verify'), eq(auditLog.outcome, 'failure')));
    expect(failures).toHaveLength(1);
  });

  it(`refuses to export more than ${AUDIT_EXPORT_MAX_ROWS} entries at once and says how to narrow it`, async () => {
    await ctx.deps.database.db.execute(sql`
      insert into audit_log (at, action, entity_type, entity_id, outcome, details, prev_hash, hash)
      select now(), 'bulk.load', 'thing', n::text, 'success', '{}'::jsonb, '', ''
      from generate_series(1, ${AUDIT_EXPORT_MAX_ROWS + 1}) as n`);
    const tooMany = await auditor.request({ method: 'GET', url: '/api/audit/export.xlsx?action=bulk.load' });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error).toMatchObject({ code: 'AUDIT_EXPORT_TOO_LARGE', params: { count: AUDIT_EXPORT_MAX_ROWS + 1 } });
    expect(tooMany.json().error.message).toContain('缩小时间范围');

    const narrowed = await auditor.request({ method: 'GET', url: '/api/audit/export.xlsx?action=bulk.load&entityId=7' });
    expect(narrowed.statusCode).toBe(200);
  });
});
