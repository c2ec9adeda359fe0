/**
 * The expert pool (专家库): an expert belongs to the authority that added them, or to the shared pool on purpose.
 * Another authority cannot change their affiliations (which would remove the conflicts derived from them), and
 * every change is audited with the conflicts it made or removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { makeOpenCall, makeSelectionOrg } from '../applications/applications.test-support.js';
import { makeExpert, submittedApplication } from '../reviews/review.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

describe('experts belong to the pool of the authority that added them', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let lianyungang: Session;
  let xuzhou: Session;
  let auditor: Session;
  let callId: string;
  let applicationId: string;
  let bureauId: string;
  const experts: string[] = [];

  beforeAll(async () => {
    ctx = await createTestContext();
    const bureau = await makeSelectionOrg(ctx.deps, '连云港市教育局', 'education_authority', '320700');
    const other = await makeSelectionOrg(ctx.deps, '徐州市教育局', 'education_authority', '320300');
    const school = await makeSelectionOrg(ctx.deps, '连云港职业技术学院', 'higher_vocational');
    bureauId = bureau.id;
    lianyungang = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: bureau.id }], { totp: false }));
    xuzhou = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: other.id }], { totp: false }));
    auditor = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'audit_admin' }]));
    callId = (await makeOpenCall(ctx.deps, bureau.id)).id;
    applicationId = (
      await submittedApplication(ctx.deps, callId, school.id, '石化产业联合体', '连云港石化产业基地', {
        school: '连云港职业技术学院',
        enterprise: '盛虹炼化（连云港）有限公司',
        other: '连云港市化工研究所',
      })
    ).id;
    for (let i = 0; i < 3; i += 1) experts.push((await makeExpert(ctx.deps)).id);
  });
  afterAll(async () => ctx.close());

  const affiliations = (session: Session, expertId: string, names: string[]) =>
    session.request({
      method: 'PUT',
      url: `/api/selection/experts/${expertId}/affiliations`,
      payload: { affiliations: names.map((name) => ({ name })) },
    });
  const place = (session: Session, expertId: string, authorityOrgId: string | null) =>
    session.request({ method: 'PUT', url: `/api/selection/experts/${expertId}/pool`, payload: { authorityOrgId } });
  const expert = async (expertId: string) =>
    (
      (await lianyungang.request({ method: 'GET', url: '/api/selection/experts' })).json().items as {
        id: string;
        pool: unknown;
        affiliations: { name: string }[];
      }[]
    ).find((item) => item.id === expertId)!;
  const conflictsOnBoard = async () =>
    (
      (await lianyungang.request({ method: 'GET', url: `/api/selection/calls/${callId}/review` })).json().conflicts as {
        expertId: string;
      }[]
    ).length;

  it('puts an expert the authority adds to its panel into its pool', async () => {
    const panel = await lianyungang.request({
      method: 'PUT',
      url: `/api/selection/calls/${callId}/review/panel`,
      payload: { expertIds: [experts[0]] },
    });
    expect(panel.statusCode, panel.body).toBe(200);
    expect((await expert(experts[0]!)).pool).toMatchObject({
      shared: false,
      authorityOrgId: bureauId,
      authorityName: expect.stringContaining('连云港市教育局'),
    });
  });

  it('lets only that authority change the affiliations: another one is refused and the conflict stays', async () => {
    expect((await affiliations(lianyungang, experts[0]!, ['盛虹炼化（连云港）有限公司'])).statusCode).toBe(200);
    expect(await conflictsOnBoard()).toBe(1);

    const removal = await affiliations(xuzhou, experts[0]!, []);
    expect(removal.statusCode).toBe(403);
    expect(removal.json().error.code).toBe('FORBIDDEN');
    const takeOver = await place(xuzhou, experts[0]!, null);
    expect(takeOver.statusCode).toBe(403);
    expect((await expert(experts[0]!)).affiliations.map((row) => row.name)).toEqual(['盛虹炼化（连云港）有限公司']);
    expect(await conflictsOnBoard()).toBe(1);
  });

  it('audits a change of affiliations with the conflicts it made and removed', async () => {
    expect((await affiliations(lianyungang, experts[0]!, [])).statusCode).toBe(200);
    expect(await conflictsOnBoard()).toBe(0);
    const entries = (
      await auditor.request({ method: 'GET', url: `/api/audit?action=selection.expert.affiliations&entityId=${experts[0]}` })
    ).json().items;
    expect(entries.map((entry: { details: unknown }) => entry.details)).toEqual([
      expect.objectContaining({
        before: ['盛虹炼化（连云港）有限公司'],
        after: [],
        conflictsAdded: [],
        conflictsRemoved: [{ callId, applicationId }],
      }),
      expect.objectContaining({
        before: [],
        after: ['盛虹炼化（连云港）有限公司'],
        conflictsAdded: [{ callId, applicationId }],
        conflictsRemoved: [],
      }),
    ]);
  });

  it('refuses to change an expert in no pool, and shares one on purpose with every authority', async () => {
    const unpooled = await affiliations(xuzhou, experts[1]!, ['徐州工程学院']);
    expect(unpooled.statusCode).toBe(409);
    expect(unpooled.json().error.code).toBe('EXPERT_NOT_IN_POOL');

    const shared = await place(xuzhou, experts[1]!, null);
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json().pool).toEqual({ shared: true, authorityOrgId: null, authorityName: null });
    expect((await affiliations(lianyungang, experts[1]!, ['徐州工程学院'])).statusCode).toBe(200);
    const claim = await place(lianyungang, experts[1]!, bureauId);
    expect(claim.json().error.code).toBe('EXPERT_IN_SHARED_POOL');
  });

  it('does not let an authority add an expert to another authority’s pool, nor draw on it for its panel', async () => {
    expect((await place(xuzhou, experts[2]!, bureauId)).statusCode).toBe(403);
    expect((await place(lianyungang, experts[2]!, bureauId)).statusCode).toBe(200);
    const suqianBureau = await makeSelectionOrg(ctx.deps, '宿迁市教育局', 'education_authority', '321300');
    const suqianCall = await makeOpenCall(ctx.deps, suqianBureau.id);
    const suqian = await login(
      ctx.app,
      await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: suqianBureau.id }], { totp: false }),
    );
    const panel = await suqian.request({
      method: 'PUT',
      url: `/api/selection/calls/${suqianCall.id}/review/panel`,
      payload: { expertIds: [experts[2]] },
    });
    expect(panel.statusCode).toBe(400);
    expect(panel.json().error.fields[0]).toMatchObject({ path: 'expertIds.0', message: expect.stringContaining('的专家库') });
  });
});
