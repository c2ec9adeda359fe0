/** A 连云港 consortium with an enterprise, two schools and a user for each side and the secretariat. */
import { makeBody, makeOrganisation } from '../../../testing/factories.js';
import { createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';

export interface Consortium {
  bodyId: string;
  enterpriseId: string;
  collegeId: string;
  secondaryId: string;
  outsiderId: string;
  enterprise: Session;
  college: Session;
  secretariat: Session;
}

/** `tag` tells a second consortium of the same test apart (names of bodies and units are unique). */
export async function consortium(ctx: TestContext, tag = ''): Promise<Consortium> {
  const { bodyId, members } = await makeBody(ctx.deps, {
    name: `连云港测试${tag}石化产业市域产教联合体`,
    kind: 'consortium',
    regionCode: '320700',
    joinedOn: '2026-01-10',
    members: [
      { name: `连云港测试${tag}石化有限公司`, type: 'enterprise', regionCode: '320703', reason: '发起单位' },
      { name: `连云港测试${tag}职业技术学院`, type: 'higher_vocational', regionCode: '320706', reason: '发起单位' },
      { name: `连云港测试${tag}中等专业学校`, type: 'secondary_vocational', regionCode: '320707', reason: '发起单位' },
    ],
  });
  const [enterprise, college, secondary] = members;
  const outsider = await makeOrganisation(ctx.deps, { name: `苏州测试${tag}机械有限公司`, type: 'enterprise', regionCode: '320583' });
  const session = async (role: 'org_admin' | 'data_collector' | 'body_secretariat', scopeId: string) =>
    login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId }], { totp: false }));
  return {
    bodyId,
    enterpriseId: enterprise!.id,
    collegeId: college!.id,
    secondaryId: secondary!.id,
    outsiderId: outsider.id,
    enterprise: await session('org_admin', enterprise!.id),
    college: await session('data_collector', college!.id),
    secretariat: await session('body_secretariat', bodyId),
  };
}

/**
 * The consortium's enterprise applies to its enterprise list, the secretariat admits it, and it publishes a position of
 * its job list (化工总控工 for 应用化工技术 unless `job` says otherwise); returns the job's id.
 */
export async function admitAndListJob(k: Consortium, headcount: number, job: object = {}): Promise<string> {
  const enterprises = `/api/bodies/${k.bodyId}/talent/enterprises`;
  await k.enterprise.request({ method: 'POST', url: enterprises, payload: { orgId: k.enterpriseId, statement: '提供岗位' } });
  const [entry] = (await k.secretariat.request({ method: 'GET', url: enterprises })).json().items;
  await k.secretariat.request({
    method: 'POST',
    url: `${enterprises}/${entry.id}/decision`,
    payload: { action: 'admit', version: entry.version },
  });
  const jobs = `/api/bodies/${k.bodyId}/talent/jobs`;
  const created = await k.enterprise.request({
    method: 'POST',
    url: jobs,
    payload: {
      orgId: k.enterpriseId,
      position: '化工总控工',
      occupation: '化工总控工',
      majorCodes: ['470201'],
      educationLevel: 'higher_associate',
      headcount,
      ...job,
    },
  });
  const id = created.json().id as string;
  await k.enterprise.request({ method: 'POST', url: `${jobs}/${id}/status`, payload: { action: 'publish', version: 1 } });
  return id;
}
