import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { createTestContext, createTestUser, login, type TestContext } from '../../../testing/test-app.js';
import { createApplication, submitApplication } from './applications.service.js';
import { completeContent, makeOpenCall, makeSelectionOrg } from './applications.test-support.js';

describe('selection items on the dashboard', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('warns applicants of drafts whose call closes within two weeks and tells the authority what awaits its check', async () => {
    const db = ctx.deps.database.db;
    const bureau = await makeSelectionOrg(ctx.deps, '连云港市教育局', 'education_authority', '320700');
    const school = await makeSelectionOrg(ctx.deps, '连云港职业技术学院', 'higher_vocational');
    const soon = new Date(Date.now() + 5 * 24 * 3600 * 1000 + 8 * 3600 * 1000).toISOString().slice(0, 10);
    const call = await makeOpenCall(ctx.deps, bureau.id, `${soon}T17:00:00`);
    const now = new Date();
    const draft = completeContent({ orgId: null, name: '甲园区' });
    await createApplication(
      db,
      SYSTEM_ACTOR,
      { callId: call.id, applicantOrgId: school.id, consortiumName: '甲联合体', park: draft.cover.park },
      now,
    );
    const done = completeContent({ orgId: null, name: '乙园区' });
    const submitted = await createApplication(
      db,
      SYSTEM_ACTOR,
      { callId: call.id, applicantOrgId: school.id, consortiumName: '乙联合体', park: done.cover.park },
      now,
      { content: done },
    );
    await submitApplication(db, SYSTEM_ACTOR, submitted.id, submitted.version, now);

    const applicant = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'org_admin', scopeId: school.id }]));
    const items = (await applicant.request({ method: 'GET', url: '/api/dashboard' })).json().items;
    expect(items.find((item: { key: string }) => item.key === 'selection.drafts_due')).toMatchObject({ count: 1, severity: 'warning' });

    const authority = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: bureau.id }]));
    const authorityItems = (await authority.request({ method: 'GET', url: '/api/dashboard' })).json().items;
    expect(authorityItems.find((item: { key: string }) => item.key === `selection.submitted:${call.id}`)).toMatchObject({
      count: 1,
      link: `/selection/calls/${call.id}`,
    });
  });
});
