/** Issue 11, item 7: refused requests are coalesced in the audit log and rate-limited per user. */
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config.js';
import { movableClock } from '../time/clock.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../testing/test-app.js';
import { auditLog } from './audit.table.js';
import { verifyAuditChain } from './audit.verify.js';
import { STEPS_IN_ORDER } from '../../testing/steps-in-order.js';

const LIMIT = 25;

describe('refused requests in the audit log', STEPS_IN_ORDER, () => {
  const clock = movableClock(new Date());
  let ctx: TestContext;
  let session: Session;
  let userId: string;
  beforeAll(async () => {
    ctx = await createTestContext({ audit: { ...testConfig().audit, deniedPerMinute: LIMIT } }, { clock });
    const user = await createTestUser(ctx.deps, [], { totp: false });
    userId = user.id;
    session = await login(ctx.app, user);
  });
  afterAll(async () => ctx.close());

  const denials = () =>
    ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, userId), eq(auditLog.outcome, 'denied')))
      .orderBy(asc(auditLog.id));

  it('writes the first refusal at once and the repeats of the same minute as one entry with their count', async () => {
    for (let i = 0; i < 20; i++) expect((await session.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    expect(await denials()).toHaveLength(1);
    expect((await denials())[0]).toMatchObject({
      action: 'access.denied',
      entityId: 'GET /api/audit',
      details: { permission: 'audit.read', count: 1 },
    });

    // Another route is another reason: its own entry.
    expect((await session.request({ method: 'GET', url: '/api/audit/export.xlsx' })).statusCode).toBe(403);
    expect(await denials()).toHaveLength(2);

    clock.advance(61_000);
    expect((await session.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    const rows = await denials();
    expect(rows).toHaveLength(4);
    expect(rows[2]).toMatchObject({ action: 'access.denied', entityId: 'GET /api/audit', details: { count: 19, repeated: true } });
    expect(rows[3]).toMatchObject({ action: 'access.denied', entityId: 'GET /api/audit', details: { count: 1 } });
  });

  it('answers 429 in both languages past the limit of refusals a minute, and counts those answers in one entry', async () => {
    clock.advance(61_000);
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < LIMIT + 10; i++) {
      last = await session.request({ method: 'GET', url: '/api/audit', headers: { 'accept-language': i % 2 ? 'en-US' : 'zh-CN' } });
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, LIMIT).every((status) => status === 403)).toBe(true);
    expect(statuses.slice(LIMIT).every((status) => status === 429)).toBe(true);
    expect(last!.json().error).toMatchObject({ code: 'TOO_MANY_DENIED_REQUESTS' });
    expect(last!.json().error.message).toContain(`${LIMIT}`);
    const zh = await session.request({ method: 'GET', url: '/api/audit', headers: { 'accept-language': 'zh-CN' } });
    expect(zh.json().error.message).toMatch(/请稍后再试/);

    const before = (await denials()).length;
    await ctx.app.close();
    // 25 refusals (the first written at once, 24 counted), then 11 answered 429 (the first at once, 10 counted).
    const rows = (await denials()).slice(before - 2);
    expect(rows.map((row) => [row.action, (row.details as { count: number }).count])).toEqual([
      ['access.denied', 1],
      ['access.rate_limited', 1],
      ['access.denied', LIMIT - 1],
      ['access.rate_limited', 10],
    ]);
    expect((await verifyAuditChain(ctx.deps.database.db)).ok).toBe(true);
  });
});
