import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { multipartFile } from '../../../testing/xlsx-upload.js';
import { completeContent, makeOpenCall, makeSelectionOrg, pdfWithPages } from './applications.test-support.js';
import { selectionApplicationUnits } from './applications.table.js';

/** Beijing wall-clock time as the server's clock. */
const beijing = (local: string) => new Date(`${local}+08:00`);

describe('the 推荐书 through the API', () => {
  let ctx: TestContext;
  // Sessions time out on the same clock, so it only ever moves by minutes.
  const START = beijing('2026-05-01T23:50:00');
  const clock = { now: START };
  let bureauId: string;
  let authority: Session;
  let applicant: Session;
  let schoolId: string;
  let callId: string;
  let parkSeq = 0;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => clock.now });
    const bureau = await makeSelectionOrg(ctx.deps, '连云港市教育局', 'education_authority', '320700');
    const school = await makeSelectionOrg(ctx.deps, '连云港职业技术学院', 'higher_vocational');
    schoolId = school.id;
    authority = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: bureau.id }], { totp: false }));
    applicant = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'data_collector', scopeId: school.id }], { totp: false }));
    bureauId = bureau.id;
    callId = (await makeOpenCall(ctx.deps, bureau.id)).id;
  });
  afterAll(async () => ctx.close());

  async function start(name = '连云港石化产业市域产教联合体', park = `连云港石化产业基地${(parkSeq += 1)}`, inCall = callId) {
    const response = await applicant.request({
      method: 'POST',
      url: '/api/selection/applications',
      payload: { callId: inCall, applicantOrgId: schoolId, consortiumName: name, park: { name: park } },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function save(application: { id: string; version: number }, section: string, data: unknown) {
    return applicant.request({
      method: 'PATCH',
      url: `/api/selection/applications/${application.id}/sections/${section}`,
      payload: { version: application.version, data },
    });
  }

  /** Saves every section of a complete form; returns the application as it then stands. */
  async function fillIn(application: { id: string; version: number; content: { cover: { park: { name: string } } } }) {
    const content = completeContent({ orgId: null, name: application.content.cover.park.name });
    let current = application;
    for (const [section, data] of Object.entries(content)) {
      const saved = await save(current, section, data);
      expect(saved.statusCode, saved.body).toBe(200);
      current = saved.json();
    }
    return current as { id: string; version: number; problems: unknown[]; content: typeof content };
  }

  it('refuses a second application for the same park, naming the first (通知 三.1)', async () => {
    await start('连云港港口物流市域产教联合体', '连云港港口物流园区');
    const second = await applicant.request({
      method: 'POST',
      url: '/api/selection/applications',
      payload: { callId, applicantOrgId: schoolId, consortiumName: '另一个联合体', park: { name: '连云港港口物流园区' } },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('PARK_ALREADY_APPLIED');
    expect(second.json().error.message).toContain('连云港港口物流市域产教联合体');
  });

  it('saves drafts section by section, reports what is missing and keeps member rows queryable for 回避', async () => {
    const draft = await start();
    expect(draft.status).toBe('draft');
    expect(draft.problems.length).toBeGreaterThan(50);
    const filled = await fillIn(draft);
    expect(filled.problems).toEqual([]);
    const units = await ctx.deps.database.db
      .select()
      .from(selectionApplicationUnits)
      .where(eq(selectionApplicationUnits.applicationId, draft.id));
    expect(units.map((u) => `${u.place}:${u.name}`).sort()).toEqual(
      [
        `park:${draft.content.cover.park.name}`,
        'lead_school:连云港职业技术学院',
        'lead_enterprise:盛虹炼化（连云港）有限公司',
        'secretariat:连云港职业技术学院',
        'member_enterprise:盛虹炼化（连云港）有限公司',
        'member_school:连云港职业技术学院',
        'member_other:连云港市化工研究所',
      ].sort(),
    );
  });

  it('validates numbers naming the cell: integers, non-negative, percentages 0–100', async () => {
    const draft = await start();
    const content = completeContent({ orgId: null, name: draft.content.cover.park.name });
    content.effectiveness.employmentRate.y2025 = 101;
    (content.effectiveness.coBuiltMajors as { y2025: number }).y2025 = 1.5;
    content.members.enterprises[0]!.employees = -3;
    const effectiveness = await save(draft, 'effectiveness', content.effectiveness);
    expect(effectiveness.statusCode).toBe(400);
    const messages = effectiveness.json().error.fields.map((f: { message: string }) => f.message);
    expect(messages).toContain('『3. 办学成效和服务能力 › 联合体学校整体就业率（%） › 2025年』应为 0 到 100 之间的百分数');
    expect(messages).toContain('『3. 办学成效和服务能力 › 共建专业（个） › 2025年』应为整数（人数、个数不含小数）');
    const members = await save(draft, 'members', content.members);
    expect(members.json().error.fields[0]).toMatchObject({
      path: 'members.enterprises.0.employees',
      message: '『2. 联合体成员概况 › 联合体企业情况 › 第1行 › 企业职工总数（人）』不能为负数',
    });
  });

  it('saves 专职 + 兼职 ≠ 人员总数 and too-long texts as a draft, and refuses to submit them', async () => {
    const filled = await fillIn(await start());
    const overview = { ...filled.content.overview, secretariat: { ...filled.content.overview.secretariat, staffTotal: 9 } };
    const withStaff = await save(filled, 'overview', overview);
    expect(withStaff.statusCode).toBe(200);
    // 2,501 characters: 2,500 汉字 and one emoji, which counts as one (docs/sources.md 5.1).
    const plan = await save(withStaff.json(), 'plan', { constructionPlan: `${'建'.repeat(2500)}👍` });
    expect(plan.statusCode).toBe(200);
    expect(plan.json().problems.map((p: { label: string; message: string }) => `${p.label}: ${p.message}`)).toEqual([
      '4. 建设规划和建设内容 › 建设规划和建设内容: 最多 2500 字，当前 2501 字，请精简 1 字',
      '1. 联合体概况 › 秘书处（办公室） › 人员总数: 应等于专职人数与兼职人数之和：5 + 3 = 8，当前填写 9',
    ]);
    const submit = await applicant.request({
      method: 'POST',
      url: `/api/selection/applications/${filled.id}/submit`,
      payload: { version: plan.json().version },
    });
    expect(submit.statusCode).toBe(400);
    expect(submit.json().error).toMatchObject({ code: 'APPLICATION_INCOMPLETE', params: { count: 2 } });
    expect(submit.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      'plan.constructionPlan',
      'overview.secretariat.staffTotal',
    ]);
    const exactly = await save(plan.json(), 'plan', { constructionPlan: '建'.repeat(2500) });
    expect(exactly.json().problems).toHaveLength(1);
  });

  it('accepts a submission at 23:59:59 Beijing time and refuses one at 00:00:00 the next day', async () => {
    const dueTonight = (await makeOpenCall(ctx.deps, bureauId, '2026-05-01T23:59:59')).id;
    const late = await fillIn(await start(undefined, undefined, dueTonight));
    const onTime = await fillIn(await start(undefined, undefined, dueTonight));
    clock.now = beijing('2026-05-01T23:59:59');
    const accepted = await applicant.request({
      method: 'POST',
      url: `/api/selection/applications/${onTime.id}/submit`,
      payload: { version: onTime.version },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'submitted', latestVersionNo: 1, abilities: { edit: false, submit: false } });
    clock.now = beijing('2026-05-02T00:00:00');
    const refused = await applicant.request({
      method: 'POST',
      url: `/api/selection/applications/${late.id}/submit`,
      payload: { version: late.version },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('SUBMISSION_DEADLINE_PASSED');
    expect(refused.json().error.message).toContain('2026-05-01 23:59:59');
    clock.now = START;
  });

  it('after the deadline a draft reads 已截止 and is read-only; a returned one may still be corrected (通知 三.2)', async () => {
    const due = (await makeOpenCall(ctx.deps, bureauId, '2026-05-01T23:59:59')).id;
    const draft = await fillIn(await start(undefined, undefined, due));
    const returned = await fillIn(await start(undefined, undefined, due));
    clock.now = beijing('2026-05-01T23:55:00');
    const sent = await applicant.request({
      method: 'POST',
      url: `/api/selection/applications/${returned.id}/submit`,
      payload: { version: returned.version },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const back = await authority.request({
      method: 'POST',
      url: `/api/selection/calls/${due}/applications/${returned.id}/return`,
      payload: { version: sent.json().version, reason: '请补充成员单位统一社会信用代码' },
    });
    expect(back.statusCode, back.body).toBe(200);

    clock.now = beijing('2026-05-02T00:00:00');
    const read = (await applicant.request({ method: 'GET', url: `/api/selection/applications/${draft.id}` })).json();
    expect(read).toMatchObject({ status: 'draft', call: { status: 'open', phase: 'closed' }, abilities: { edit: false, submit: false } });
    const edit = await save(draft, 'cover', draft.content.cover);
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('SUBMISSION_DEADLINE_PASSED');
    const toc = await applicant.request({
      method: 'PUT',
      url: `/api/selection/applications/${draft.id}/material/toc`,
      payload: { entries: [] },
    });
    expect(toc.json().error.code).toBe('SUBMISSION_DEADLINE_PASSED');

    const correcting = (await applicant.request({ method: 'GET', url: `/api/selection/applications/${returned.id}` })).json();
    expect(correcting).toMatchObject({ status: 'returned', abilities: { edit: true, submit: true } });
    expect((await save(correcting, 'cover', correcting.content.cover)).statusCode).toBe(200);

    const listed = (await ctx.app.inject({ method: 'GET', url: '/api/public/selection/calls?pageSize=100' })).json();
    expect(listed.items.find((call: { id: string }) => call.id === due)).toMatchObject({ status: 'open', phase: 'closed' });
    clock.now = START;
  });

  it('locks a submitted application, lets the authority return it with a reason, and shows what changed between versions', async () => {
    const filled = await fillIn(await start());
    const submitted = await applicant.request({
      method: 'POST',
      url: `/api/selection/applications/${filled.id}/submit`,
      payload: { version: filled.version },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const locked = await save(submitted.json(), 'plan', { constructionPlan: '修改' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('APPLICATION_LOCKED');

    const list = (await authority.request({ method: 'GET', url: `/api/selection/calls/${callId}/applications?status=submitted` })).json();
    expect(list.items.map((a: { id: string }) => a.id)).toContain(filled.id);
    const returned = await authority.request({
      method: 'POST',
      url: `/api/selection/calls/${callId}/applications/${filled.id}/return`,
      payload: { version: submitted.json().version, reason: '2025年就业率与学校年报不一致，请核对' },
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: '2025年就业率与学校年报不一致，请核对' });

    const mine = (await applicant.request({ method: 'GET', url: `/api/selection/applications/${filled.id}` })).json();
    const effectiveness = { ...mine.content.effectiveness, employmentRate: { y2025: 96.8, y2026: 98 } };
    const corrected = await save(mine, 'effectiveness', effectiveness);
    const resubmitted = await applicant.request({
      method: 'POST',
      url: `/api/selection/applications/${filled.id}/submit`,
      payload: { version: corrected.json().version },
    });
    expect(resubmitted.json()).toMatchObject({ status: 'submitted', latestVersionNo: 2, returnReason: null });

    const versions = (
      await authority.request({ method: 'GET', url: `/api/selection/calls/${callId}/applications/${filled.id}/versions` })
    ).json();
    expect(versions.map((v: { versionNo: number; returnReason: string | null }) => [v.versionNo, v.returnReason])).toEqual([
      [1, '2025年就业率与学校年报不一致，请核对'],
      [2, null],
    ]);
    const diff = (await applicant.request({ method: 'GET', url: `/api/selection/applications/${filled.id}/diff?from=1&to=2` })).json();
    expect(diff.changes).toEqual([
      {
        path: 'effectiveness.employmentRate.y2025',
        label: '3. 办学成效和服务能力 › 联合体学校整体就业率（%） › 2025年',
        kind: 'changed',
        before: 97.2,
        after: 96.8,
      },
    ]);
  });

  it('takes a PDF of supporting material up to 100 pages with its contents, and refuses 101 pages saying so', async () => {
    const draft = await start();
    const upload = (content: Buffer, name: string, type = 'application/pdf') =>
      applicant.request({
        method: 'POST',
        url: `/api/selection/applications/${draft.id}/material`,
        ...multipartFile(content, name, { contentType: type }),
      });
    const tooLong = await upload(await pdfWithPages(101), '支撑材料.pdf');
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error).toMatchObject({ code: 'SUPPORTING_MATERIAL_TOO_LONG', params: { pages: 101, limit: 100 } });
    expect(tooLong.json().error.message).toContain('支撑材料共 101 页');
    const renamed = await upload(Buffer.from('PK\u0003\u0004 not a pdf'), '支撑材料.pdf');
    expect(renamed.json().error.code).toBe('SUPPORTING_MATERIAL_NOT_PDF');

    const accepted = await upload(await pdfWithPages(100), '支撑材料.pdf');
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toMatchObject({ filename: '支撑材料.pdf', pageCount: 100 });
    const beyond = await applicant.request({
      method: 'PUT',
      url: `/api/selection/applications/${draft.id}/material/toc`,
      payload: {
        entries: [
          { title: '一、园区总产值证明', page: 1 },
          { title: '二、理事会章程', page: 101 },
        ],
      },
    });
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().error.fields[0]).toMatchObject({ path: 'entries.1.page' });
    const toc = await applicant.request({
      method: 'PUT',
      url: `/api/selection/applications/${draft.id}/material/toc`,
      payload: {
        entries: [
          { title: '一、园区总产值证明', page: 1 },
          { title: '二、理事会章程', page: 12 },
        ],
      },
    });
    expect(toc.json().toc).toHaveLength(2);
    const download = await applicant.request({ method: 'GET', url: `/api/selection/applications/${draft.id}/material` });
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keeps another organisation out of an application', async () => {
    const draft = await start();
    const other = await makeSelectionOrg(ctx.deps, '其他学校', 'secondary_vocational');
    const stranger = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'org_admin', scopeId: other.id }], { totp: false }));
    expect((await stranger.request({ method: 'GET', url: `/api/selection/applications/${draft.id}` })).statusCode).toBe(403);
    expect((await stranger.request({ method: 'GET', url: '/api/selection/applications' })).json().total).toBe(0);
  });
});
