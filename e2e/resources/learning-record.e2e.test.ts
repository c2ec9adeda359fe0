/**
 * The signed learning record (倡议书 三 课程互选、学分互认; docs/sources.md §9 R4): 扬州旅游商贸 offers a course to the
 * alliance; 曹杨, the home school, nominates a student in the browser; the host accepts him, records his result and
 * closes the course; 曹杨 recognises the credits, issues the learning record, downloads the PDF (its text read back)
 * and the credential JSON; a verifier without an account checks the credential on the verify page — valid — and a
 * copy with the credits raised — 内容被篡改; the link printed on the PDF opens the same check on a phone.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, apiSession } from '../support/api.js';
import { buttonName, toast } from '../support/antd.js';
import { launchBrowser, newUserPage, PHONE_VIEWPORT } from '../support/browser.js';
import { saveDownload } from '../support/downloads.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { screenshotFailures } from '../support/screenshots.js';

const ALLIANCE = '沿沪宁产业创新带职业院校联盟';
const HOST_SCHOOL = '扬州旅游商贸学校';
const COURSE = `智慧物流仓储实务${Date.now().toString(36)}`;
const STUDENT = { name: '顾明轩', studentNumber: `2025${String(Date.now()).slice(-6)}`, major: '物流服务与管理' };

let browser: Browser;
let home: Awaited<ReturnType<typeof newUserPage>>;
let verifier: Awaited<ReturnType<typeof newUserPage>>;
let current: Page | undefined;
let host: ApiSession;
let bodyId: string;
let hostOrgId: string;
let courseId: string;
let credentialFile: string;
let verifyLink: string;

screenshotFailures(() => current);

/** A user of the host school: the demo has accounts of 曹杨 only, so the administrator makes one, as a school would. */
async function hostAdministrator(): Promise<ApiSession> {
  const admin = await apiSession('admin');
  const bodies = await admin.get<{ items: { id: string; name: string }[] }>(`/api/bodies?q=${encodeURIComponent(ALLIANCE)}`);
  bodyId = bodies.items.find((b) => b.name === ALLIANCE)!.id;
  const orgs = await admin.get<{ items: { id: string; name: string }[] }>(`/api/organizations?q=${encodeURIComponent(HOST_SCHOOL)}`);
  hostOrgId = orgs.items.find((o) => o.name.includes(HOST_SCHOOL))!.id;
  const username = `yz_host_${Date.now().toString(36)}`;
  const first = `Yz-start-${Date.now()}`;
  const user = await admin.post<{ id: string }>('/api/users', { username, displayName: '扬州教务员', initialPassword: first });
  await admin.post(`/api/users/${user.id}/roles`, { role: 'org_admin', scopeId: hostOrgId });
  const fresh = await apiSession(username, first);
  await fresh.post('/api/auth/password', { currentPassword: first, newPassword: DEMO_PASSWORD + '-扬州' });
  return apiSession(username, DEMO_PASSWORD + '-扬州');
}

beforeAll(async () => {
  browser = await launchBrowser();
  host = await hostAdministrator();
  home = await newUserPage(browser);
  await login(home.page, 'caoyang_admin', DEMO_PASSWORD);
  verifier = await newUserPage(browser, PHONE_VIEWPORT);
});
afterAll(async () => {
  for (const person of [home, verifier]) await person?.context.close();
  await browser?.close();
});

describe('a learning record across the members: issued, downloaded, verified', () => {
  it('(a) the host offers a course and 曹杨 nominates a student in the browser', async () => {
    const course = await host.post<{ id: string }>(`/api/bodies/${bodyId}/resources/orgs/${hostOrgId}/courses`, {
      name: COURSE,
      credits: 2,
      hours: 32,
      term: '2026-2027-1',
      seats: 5,
      mode: 'online',
      grading: 'score',
      hostTeacher: '沈佳',
    });
    courseId = course.id;
    const page = (current = home.page);
    await page.goto(`/resources/courses/${courseId}?body=${bodyId}`);
    await page.locator('.ant-card-head-title', { hasText: COURSE }).waitFor();
    await page.locator('#students_0_name').fill(STUDENT.name);
    await page.locator('#students_0_studentNumber').fill(STUDENT.studentNumber);
    await page.locator('#students_0_major').fill(STUDENT.major);
    await page.getByRole('button', { name: buttonName('提交推荐') }).click();
    await toast(page, '提交推荐').waitFor();
    await page.locator('.ant-table-row', { hasText: STUDENT.studentNumber }).waitFor();
  });

  it('(b) the host accepts him, records 88 and closes the course', async () => {
    const detail = await host.get<{ nominations: { id: string; studentNumber: string }[] }>(
      `/api/bodies/${bodyId}/resources/courses/${courseId}`,
    );
    const nomination = detail.nominations.find((n) => n.studentNumber === STUDENT.studentNumber)!;
    const at = `/api/bodies/${bodyId}/resources/courses/${courseId}/nominations/${nomination.id}`;
    await host.post(`${at}/accept`, {});
    await host.put(`${at}/result`, { score: 88 });
    await host.post(`/api/bodies/${bodyId}/resources/courses/${courseId}/close`, {});
  });

  it('(c) 曹杨 converts the credits by the published rule and issues the learning record', async () => {
    const page = (current = home.page);
    await page.goto(`/resources/records?body=${bodyId}`);
    await page.locator('.ant-table-row', { hasText: STUDENT.studentNumber }).getByRole('link', { name: STUDENT.name }).click();
    await page.getByText(`${STUDENT.name} 的学习记录`).waitFor();
    const row = page.locator('.ant-table-row', { hasText: COURSE });
    await row.getByRole('button', { name: buttonName('认定') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('按规则转换').check();
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await expect.poll(() => row.innerText()).toContain('良好');
    await page.getByRole('button', { name: buttonName('签发学习记录') }).click();
    await toast(page, '已签发学习记录').waitFor();
    await expect.poll(() => page.locator('.ant-card', { hasText: '签名学习记录' }).innerText()).toContain('有效');
  });

  it('(d) the PDF shows the record and the verify link; the credential JSON is signed', async () => {
    const page = (current = home.page);
    const issued = page.locator('.ant-card', { hasText: '签名学习记录' }).locator('.ant-list-item').first();
    const [pdf] = await Promise.all([page.waitForEvent('download'), issued.getByRole('button', { name: 'PDF' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await saveDownload(pdf), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    // Table cells wrap long names; the words of one cell stay together once the spaces are gone.
    for (const expected of ['跨校学习记录', STUDENT.name, '智慧物流仓储实务', '扬州旅游商', '按规则转换·2学分·良好']) {
      expect(text).toContain(expected);
    }
    verifyLink = /https?:\/\/[^\s]*\/verify\/credentials\/[0-9a-f-]{36}/.exec(text)![0];
    const [json] = await Promise.all([page.waitForEvent('download'), issued.getByRole('button', { name: '凭证 JSON' }).click()]);
    credentialFile = await saveDownload(json);
    const credential = JSON.parse(fs.readFileSync(credentialFile, 'utf8'));
    expect(credential.type).toEqual(['VerifiableCredential', 'AchievementCredential']);
    expect(credential.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022' });
    expect(JSON.stringify(credential)).not.toContain(STUDENT.studentNumber);
  });

  it('(e) a verifier without an account uploads it on a phone: 有效', async () => {
    const page = (current = verifier.page);
    await page.goto('/verify/credentials');
    await page.getByRole('heading', { name: '学习记录核验' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(credentialFile);
    await expect.poll(() => page.getByTestId('verdict').innerText()).toBe('有效');
    await expect.poll(() => page.locator('.ant-table').innerText()).toContain(COURSE);
    await expect.poll(() => page.locator('.ant-descriptions').last().innerText()).toContain(`${STUDENT.name.slice(0, 1)}**`);
  });

  it('(f) a copy with the credits raised fails: 内容被篡改', async () => {
    const page = (current = verifier.page);
    const credential = JSON.parse(fs.readFileSync(credentialFile, 'utf8'));
    credential.credentialSubject.creditsEarned = 12;
    const tampered = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tampered-')), 'tampered.json');
    fs.writeFileSync(tampered, JSON.stringify(credential));
    await page.locator('input[type=file]').setInputFiles(tampered);
    await expect.poll(() => page.getByTestId('verdict').innerText()).toBe('无效');
    await expect.poll(() => page.getByTestId('verdict-reason').innerText()).toContain('内容被篡改');
  });

  it('(g) the link printed on the PDF opens the same check', async () => {
    const page = (current = verifier.page);
    await page.goto(new URL(verifyLink).pathname);
    await expect.poll(() => page.getByTestId('verdict').innerText()).toBe('有效');
  });
});
