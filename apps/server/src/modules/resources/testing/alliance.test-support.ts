/** An alliance of two schools in two cities, an outsider, a user for each school and the secretariat. */
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { addMember, createBody } from '../../bodies/index.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';
import { createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';

export interface Alliance {
  bodyId: string;
  caoyangId: string;
  pukouId: string;
  outsiderId: string;
  caoyang: Session;
  pukou: Session;
  outsider: Session;
  secretariat: Session;
  /** Signs everyone in again, after the test moved the clock past the sessions' timeouts. */
  signInAgain(): Promise<void>;
}

export async function alliance(ctx: TestContext): Promise<Alliance> {
  const db = ctx.deps.database.db;
  const [caoyang, pukou, outsider] = await insertOrgs(db, [
    orgValues({ name: '上海市曹杨职业技术学校', type: 'secondary_vocational', regionCode: '310107' }),
    orgValues({ name: '南京浦口中等专业学校', type: 'secondary_vocational', regionCode: '320111' }),
    orgValues({ name: '苏州测试技工学校', type: 'secondary_vocational', regionCode: '320507' }),
  ]);
  const body = await createBody(db, SYSTEM_ACTOR, { name: '沿沪宁产业创新带职业院校联盟', kind: 'alliance' });
  for (const org of [caoyang!, pukou!]) {
    await addMember(db, SYSTEM_ACTOR, body.id, { orgId: org.id, joinedOn: '2025-12-12', reason: '发起单位' });
  }
  const user = (role: 'data_collector' | 'org_admin' | 'body_secretariat', scopeId: string) =>
    createTestUser(ctx.deps, [{ role, scopeId }], { totp: false });
  const users = {
    caoyang: await user('data_collector', caoyang!.id),
    pukou: await user('org_admin', pukou!.id),
    outsider: await user('org_admin', outsider!.id),
    secretariat: await user('body_secretariat', body.id),
  };
  const result: Alliance = {
    bodyId: body.id,
    caoyangId: caoyang!.id,
    pukouId: pukou!.id,
    outsiderId: outsider!.id,
    caoyang: await login(ctx.app, users.caoyang),
    pukou: await login(ctx.app, users.pukou),
    outsider: await login(ctx.app, users.outsider),
    secretariat: await login(ctx.app, users.secretariat),
    signInAgain: async () => {
      for (const key of ['caoyang', 'pukou', 'outsider', 'secretariat'] as const) result[key] = await login(ctx.app, users[key]);
    },
  };
  return result;
}
