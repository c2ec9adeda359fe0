import { DEFAULT_CHARTER_PARAMETERS } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { ALLIANCE_CHARTER_TEXT } from '../../../demo/dataset/alliance-charter.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { createBody } from '../../bodies/index.js';
import { ensureDemoCharters } from './charter.demo.js';
import { findCurrentCharter } from './charter.repository.js';

describe('the demo alliance’s charter (《沿沪宁产业创新带职业院校联盟章程》)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('is registered once as version 1 with the seed parameters and all 29 articles', async () => {
    const db = ctx.deps.database.db;
    const body = await createBody(db, SYSTEM_ACTOR, { name: '沿沪宁产业创新带职业院校联盟', kind: 'alliance' });
    const charters = [
      { bodyName: body.name, title: '沿沪宁产业创新带职业院校联盟章程', text: ALLIANCE_CHARTER_TEXT, adoptedOn: '2025-12-12' },
      { bodyName: '不存在的联盟', title: '不存在的章程', text: '', adoptedOn: '2025-01-01' },
    ];
    expect(await ensureDemoCharters(db, charters)).toBe(1);
    expect(await ensureDemoCharters(db, charters)).toBe(0);
    const charter = await findCurrentCharter(db, body.id);
    expect(charter).toMatchObject({
      versionNo: 1,
      title: '沿沪宁产业创新带职业院校联盟章程',
      effectiveOn: '2025-12-12',
      parameters: DEFAULT_CHARTER_PARAMETERS,
      chairRotation: { termYears: 1, basis: 'city' },
    });
    expect(charter!.text).toContain('第八条 校长联席会议原则上每年召开一次。会议决议须经到会成员半数以上同意方为有效。');
    expect(charter!.text).toContain('第二十九条 章程生效');
  });
});
