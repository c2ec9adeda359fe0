import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { addMember, removeMember } from '../../bodies/index.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';
import { makeAlliance } from '../testing/alliance.test-support.js';
import { electorateOn } from './meetings.repository.js';

describe('who votes in a sitting (章程第八条, 第十七条): the members of the meeting day', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it.each([
    ['the founding sitting, recorded months later, counts the nine founders, not the unit admitted since', '2025-12-12', 9, false],
    ['a sitting after the admission counts the new member too', '2026-03-20', 10, true],
  ])('%s', async (_case, day, size, includesNewcomer) => {
    const db = ctx.deps.database.db;
    const { bodyId } = await makeAlliance(ctx.deps);
    const [newcomer] = await insertOrgs(db, [
      orgValues({ name: `新成员学校${day}${Date.now()}`, type: 'secondary_vocational', regionCode: '320100' }),
    ]);
    await addMember(db, SYSTEM_ACTOR, bodyId, { orgId: newcomer!.id, joinedOn: '2026-03-20', reason: '校长联席会议审议通过' });
    const electorate = await electorateOn(db, bodyId, day);
    expect(electorate).toHaveLength(size);
    expect(electorate.includes(newcomer!.id)).toBe(includesNewcomer);
  });

  it('a unit whose membership ended on the meeting day (e.g. expelled by an earlier item) does not vote', async () => {
    const db = ctx.deps.database.db;
    const { bodyId, founders } = await makeAlliance(ctx.deps);
    const member = await addMember(db, SYSTEM_ACTOR, bodyId, {
      orgId: (
        await insertOrgs(db, [orgValues({ name: `将被除名学校${Date.now()}`, type: 'secondary_vocational', regionCode: '320100' })])
      )[0]!.id,
      joinedOn: '2026-01-10',
      reason: '校长联席会议审议通过',
    });
    await removeMember(db, SYSTEM_ACTOR, bodyId, member.id, { leftOn: '2026-06-20', reason: '章程第二十一条(一)' });
    expect(await electorateOn(db, bodyId, '2026-06-20')).toEqual(expect.not.arrayContaining([member.org.id]));
    expect(await electorateOn(db, bodyId, '2026-06-19')).toEqual(expect.arrayContaining([member.org.id, founders.caoyang!.id]));
  });
});
