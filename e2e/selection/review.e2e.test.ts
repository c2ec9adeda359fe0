/**
 * The review and results of a 遴选 as their users live them, starting where the 推荐书 journey
 * ends: a call of 连云港市教育局 with two submitted 推荐书 of the school (made through the API from the demo's
 * complete one, under other consortia and parks).
 * (a) The authority puts four experts on the panel; one works for the lead enterprise, so the platform finds the
 *     conflict (回避) and automatic assignment gives each 推荐书 three other experts (K = 3).
 * (b) Each of the three experts opens the review list and the score sheet, reads the 推荐书 beside it, scores every
 *     observation point, comments on every indicator, writes the overall comment and (the first) a deduction with
 *     its reason, and submits; nobody sees the others' scores or the average before submitting. The first meets a
 *     score above its point's maximum, named under that point's input. Their sheets of the second 推荐书 go
 *     through the API: one sheet in the browser is the journey, six would only be longer.
 * (c) The authority ranks the call (trimmed mean by default: the middle of three), marks the 培育名单 and the
 *     recommendation to the province, and publishes.
 * (d) The school is told on its dashboard and reads its result.
 */
import { randomBytes } from 'node:crypto';
import type { TReview, TReviewSummary } from '@chanjiao/contracts/selection/index';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, apiSession } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';
import { type Person, signedIn } from '../governance/governance-steps.js';
import { buttonName, confirmButton, openCallThroughApi, type ScoredPoint, submittedCopyThroughApi, toast } from './selection-steps.js';

const RUN = randomBytes(2).toString('hex');
const CALL_TITLE = `2026年市级市域产教联合体遴选建设（评审演练 ${RUN}）`;
const SALT = `连云港演示盐化工产业市域产教联合体（${RUN}）`;
const STEEL = `连云港演示精品钢产业市域产教联合体（${RUN}）`;

/** expert3 works for the lead enterprise of both 推荐书 (demo data): the platform keeps them off both. */
const PANEL = ['expert1', 'lyg_expert2', 'lyg_expert3', 'lyg_expert4'];
const CONFLICTED = '评审专家三（演示）';

interface Sheet {
  username: string;
  /** Scores of the points worth 4 and of those worth 3. */
  of4: number;
  of3: number;
  deduction: number;
  /** The expert's own total as the sheet shows it: 19 points of 4, 8 of 3, less the deduction. */
  total: string;
}

const SHEETS: Sheet[] = [
  { username: 'expert1', of4: 3.5, of3: 2.5, deduction: 1, total: '85.50' },
  { username: 'lyg_expert2', of4: 3, of3: 2.5, deduction: 0, total: '77.00' },
  { username: 'lyg_expert4', of4: 3.5, of3: 3, deduction: 0, total: '90.50' },
];
/** Trimmed mean of three: the middle sheet's points (86.50); the deduction likewise the middle one (0). */
const SALT_TOTAL = '86.50';
/** Every expert gives the second 推荐书 2.5 of 4 and 2 of 3: 47.5 + 16. */
const STEEL_TOTAL = '63.50';

/** A whole sheet is some forty inputs; on a busy two-core machine that takes longer than the default step. */
const SHEET_STEP_TIMEOUT_MS = 120_000;

let browser: Browser;
let authority: Person;
/** The experts' and the school's windows, closed at the end so that a failed step's picture can still be taken. */
const others: Person[] = [];
let current: Page | undefined;
let callId = '';
let points: ScoredPoint[] = [];
let saltId = '';
let steelId = '';

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
  const call = await openCallThroughApi(await apiSession('lyg_authority'), CALL_TITLE);
  callId = call.id;
  points = call.points;
  const school = await apiSession('lyg_school');
  saltId = await submittedCopyThroughApi(school, callId, SALT, `连云港演示盐化工产业园区（${RUN}）`);
  steelId = await submittedCopyThroughApi(school, callId, STEEL, `连云港演示精品钢产业园区（${RUN}）`);
  authority = await signedIn(browser, 'lyg_authority');
});
afterAll(async () => {
  for (const person of [authority, ...others]) await person?.context.close();
  await browser?.close();
});

const boardTab = (page: Page, name: RegExp) => page.getByRole('tab', { name }).click();
/** A table row on the page, or on the board's open tab (the others stay in the page, hidden). */
const row = (page: Page, text: string) => page.locator('.ant-table-row:visible', { hasText: text });

/** The other 推荐书's sheet, scored and submitted through the API by the same expert. */
async function scoreSteelThroughApi(expert: ApiSession): Promise<void> {
  const mine = await expert.get<{ items: TReviewSummary[] }>('/api/selection/my/reviews');
  const assigned = mine.items.find((item) => item.applicationId === steelId)!;
  const review = await expert.get<TReview>(`/api/selection/my/reviews/${assigned.id}`);
  const scores = Object.fromEntries(points.map((point) => [point.code, point.max === 4 ? 2.5 : 2]));
  const saved = await expert.put<TReview>(`/api/selection/my/reviews/${review.id}/scores`, {
    version: review.version,
    scores,
    indicatorComments: {},
    overallComment: '基础较好，建设任务需进一步量化。',
    deduction: 0,
  });
  await expert.post(`/api/selection/my/reviews/${review.id}/submit`, { version: saved.version });
}

describe('遴选: the panel, three experts’ scores, the ranking and the published result', () => {
  it('(a) the authority opens the call’s review board and puts four experts on the panel', async () => {
    const page = (current = authority.page);
    await page.goto('/selection/reviews');
    await row(page, CALL_TITLE).getByRole('link', { name: '评审工作台' }).click();
    await page.getByRole('heading', { name: `评审工作台：${CALL_TITLE}` }).waitFor();

    const panelCard = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '评审专家组' }) });
    await panelCard.locator('.ant-select').first().click();
    const search = panelCard.locator('.ant-select input').first();
    for (const username of PANEL) {
      await search.fill(username);
      await page
        .locator('.ant-select-dropdown .ant-select-item-option', { hasText: `（${username}）` })
        .filter({ visible: true })
        .first()
        .click();
    }
    await search.press('Escape');
    await panelCard.getByRole('button', { name: '加入专家组' }).click();
    await panelCard
      .locator('.ant-table-row')
      .nth(PANEL.length - 1)
      .waitFor();
    await expect.poll(() => panelCard.locator('.ant-table-row').count()).toBe(PANEL.length);
    // The expert's declared employer is the lead enterprise of both 推荐书: two conflicts, found from the data.
    await page.getByRole('tab', { name: '回避（2）' }).waitFor();
  });

  it('(a) the conflicts name the enterprise; the authority sets the last day of scoring; automatic assignment gives each 推荐书 three other experts', async () => {
    const page = (current = authority.page);
    await boardTab(page, /^回避/);
    const conflict = row(page, SALT).filter({ hasText: CONFLICTED });
    await expect.poll(() => conflict.innerText()).toContain('连云港演示石化有限公司');
    await boardTab(page, /^评审规则$/);
    await expect.poll(() => page.getByLabel('每份推荐书的评审专家数（K）').inputValue()).toBe('3');
    // The last day of scoring: experts who have not submitted by then are reminded before it.
    const scoresDue = page.getByLabel('评分截止日期');
    await scoresDue.fill('2027-01-15');
    await scoresDue.press('Enter');
    await page.getByRole('button', { name: /^保\s?存$/ }).click();
    await page.locator('.ant-message', { hasText: '已保存评审规则' }).waitFor();
    await expect.poll(() => scoresDue.inputValue()).toBe('2027-01-15');

    await boardTab(page, /^分配与进度$/);
    await page.getByRole('button', { name: '自动分配' }).click();
    await page.locator('.ant-alert', { hasText: '新分配 6 份' }).waitFor();
    for (const name of [SALT, STEEL]) {
      const reviewers = await row(page, name).innerText();
      for (const expert of ['评审专家一（演示）', '评审专家二（演示）', '评审专家四（演示）']) {
        expect(reviewers).toContain(`${expert} · 待评分`);
      }
      expect(reviewers).not.toContain(CONFLICTED);
      expect(reviewers).toContain('0 / 3');
    }
    await saveScreenshot(page, 'selection-review-board');
  });

  for (const [index, sheet] of SHEETS.entries()) {
    it(
      `(b) ${sheet.username} scores the 推荐书 beside its text, sees no other score before submitting, and submits`,
      async () => {
        const expert = await signedIn(browser, sheet.username);
        others.push(expert);
        const page = (current = expert.page);
        await page.goto('/selection/reviews');
        await row(page, SALT).getByText('待评分').waitFor();
        await expect.poll(() => row(page, STEEL).count()).toBe(1);
        await row(page, SALT).getByRole('link').click();
        await page.getByRole('heading', { name: SALT }).waitFor();

        // The 推荐书 stands beside the sheet, read-only, its cover open.
        const application = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '推荐书（只读）' }) });
        await expect.poll(() => application.getByLabel('联合体名称').inputValue()).toBe(SALT);
        await expect.poll(() => application.getByLabel('联合体名称').isDisabled()).toBe(true);
        await application.getByRole('button', { name: /下载推荐书（Word）/ }).waitFor();

        // Before submitting: neither the others' scores nor the average, whoever has submitted already.
        await page.getByText('提交本人评分后才能看到其他专家的评分和平均分').waitFor();
        await expect.poll(() => page.getByText('专家组评分').count()).toBe(0);
        const before = await page.locator('body').innerText();
        for (const other of SHEETS.slice(0, index)) expect(before).not.toContain(other.total);

        if (index === 0) {
          // A score above its point's maximum is named under that point's input.
          await page.getByLabel('观测点 1.1 得分').fill('5');
          await page.getByRole('button', { name: buttonName('保存') }).click();
          const error = page.locator('.ant-form-item', { has: page.getByLabel('观测点 1.1 得分') }).locator('.ant-form-item-explain-error');
          await error.getByText('观测点 1.1 的得分 5 超过最高分 4，请在 0–4 之间评分').waitFor();
        }

        for (const point of points) {
          await page.getByLabel(`观测点 ${point.code} 得分`).fill(String(point.max === 4 ? sheet.of4 : sheet.of3));
        }
        const comments = page.getByLabel('本项评审意见');
        await expect.poll(() => comments.count()).toBe(6);
        for (let indicator = 0; indicator < 6; indicator++) {
          await comments.nth(indicator).fill(`指标${indicator + 1}：材料翔实，建议进一步细化量化目标。`);
        }
        if (sheet.deduction > 0) {
          await page.getByLabel('扣分', { exact: true }).fill(String(sheet.deduction));
          await page.getByLabel('扣分原因').fill('支撑材料中两项合作协议未加盖公章');
        }
        await page.getByLabel('综合评审意见').fill('联合体定位清晰，园区产业与专业对接紧密，建设任务可行。');
        await page.getByRole('button', { name: buttonName('保存') }).click();
        await toast(page, '评分已保存').waitFor();
        await page.getByText(`本人总分 ${sheet.total}`).waitFor();
        await expect.poll(() => page.locator('.ant-form-item-explain-error').count()).toBe(0);
        if (index === 0) {
          await page.getByRole('heading', { name: SALT }).scrollIntoViewIfNeeded();
          await saveScreenshot(page, 'selection-review-sheet');
        }

        await page.getByRole('button', { name: '提交评分' }).click();
        await confirmButton(page).click();
        await toast(page, '评分已提交').waitFor();
        // Now the panel's scores, without names, and the average of those submitted.
        const panel = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '专家组评分' }) });
        await panel.waitFor();
        const submitted = SHEETS.slice(0, index + 1);
        const panelText = await panel.innerText();
        for (const done of submitted) expect(panelText).toContain(done.total);
        expect(panelText).toContain('（本人）');
        for (const expertName of ['评审专家一', '评审专家二', '评审专家四']) expect(panelText).not.toContain(expertName);
        const average = submitted.reduce((sum, done) => sum + Number(done.total), 0) / submitted.length;
        expect(panelText).toContain(`平均分 ${average.toFixed(2)}`);

        await scoreSteelThroughApi(await apiSession(sheet.username));
      },
      SHEET_STEP_TIMEOUT_MS,
    );
  }

  it('(c) the authority ranks the call: the totals by the published rule, highest first', async () => {
    const page = (current = authority.page);
    await page.reload();
    await boardTab(page, /^分配与进度$/);
    await expect.poll(() => row(page, SALT).innerText()).toContain('3 / 3');
    await boardTab(page, /^排名与发布$/);
    const ranking = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '评审排名' }) });
    await ranking.getByText('汇总方式：去掉一个最高分和一个最低分后平均；每份 3 位专家；同分依次比较：指标4、指标5').waitFor();
    const rows = ranking.locator('.ant-table-row');
    await rows.nth(1).waitFor();
    const first = (await rows.nth(0).locator('td').allInnerTexts()).map((cell) => cell.trim());
    const second = (await rows.nth(1).locator('td').allInnerTexts()).map((cell) => cell.trim());
    expect(first.slice(0, 2)).toEqual(['1', expect.stringContaining(SALT)]);
    expect(first).toContain(SALT_TOTAL);
    expect(second.slice(0, 2)).toEqual(['2', expect.stringContaining(STEEL)]);
    expect(second).toContain(STEEL_TOTAL);
  });

  it('(c) marks the 培育名单 and the recommendation to the province, and publishes', async () => {
    const page = (current = authority.page);
    const ranking = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '评审排名' }) });
    const salt = row(page, SALT).locator('.ant-checkbox-input');
    await salt.nth(0).check();
    await salt.nth(1).check();
    await row(page, STEEL).locator('.ant-checkbox-input').nth(0).check();
    await ranking.getByRole('button', { name: '保存名单' }).click();
    await toast(page, '已保存培育名单和推荐名单').waitFor();
    await ranking.getByRole('button', { name: buttonName('发布结果') }).click();
    // Publishing is issuing the 公示: 文号, 落款 (the bureau, today), 公示期 and the contact for objections.
    const dialog = page.locator('.ant-modal', { hasText: '发布结果并公示' });
    await dialog.getByLabel('公示文号').fill('连教职函〔2026〕18号');
    await dialog.getByRole('button', { name: buttonName('发布结果') }).click();
    await dialog.locator('.ant-form-item-explain-error', { hasText: '公示结束日期' }).waitFor();
    const until = dialog.getByLabel('公示结束日期（含当日）');
    await until.click();
    await until.fill('2099-06-30');
    await until.press('Enter');
    await dialog.getByLabel('异议受理联系方式').fill('高职处 王用楼，0518-85822213');
    await dialog.getByRole('button', { name: buttonName('发布结果') }).click();
    await ranking.locator('.ant-alert', { hasText: /结果已于 .+ 发布，申报单位可查看/ }).waitFor();
    await expect.poll(() => ranking.locator('.ant-alert', { hasText: '连教职函〔2026〕18号' }).count()).toBe(1);
    await expect.poll(() => row(page, SALT).locator('.ant-checkbox-input').nth(1).isChecked()).toBe(true);
    await expect.poll(() => row(page, STEEL).locator('.ant-checkbox-input').nth(1).isChecked()).toBe(false);
    await expect.poll(() => ranking.getByRole('button', { name: '发布结果' }).count()).toBe(0);
    await saveScreenshot(page, 'selection-review-ranking');
  });

  it('(d) the school is told on its dashboard and reads its own result', async () => {
    const school = await signedIn(browser, 'lyg_school');
    others.push(school);
    const page = (current = school.page);
    await page.goto('/');
    const notice = page.locator('.ant-card', { hasText: '遴选结果已发布' }).filter({ hasText: SALT });
    await notice.getByRole('button', { name: '去处理' }).click();
    await page.waitForURL(`**/selection/applications/${saltId}/result`);
    const result = await page.locator('.ant-descriptions').innerText();
    expect(result).toContain('第 1 名（共 2 家）');
    expect(result).toContain(SALT_TOTAL);
    expect(result).toContain('列入培育名单');
    expect(result).toContain('推荐至省教育厅');
    await expect.poll(() => page.locator('.ant-page-header, main').first().innerText()).toContain(SALT);
  });

  it('(d) the public page shows the 公示 with its 文号, 公示期, objection contact and 落款', async () => {
    const page = (current = authority.page);
    await page.goto('/public/selection');
    const published = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '结果公示' }) });
    await published.getByText('连教职函〔2026〕18号').waitFor();
    const text = await published.innerText();
    expect(text).toContain(SALT);
    expect(text).toContain('2099年6月30日');
    expect(text).toContain('0518-85822213');
    expect(text).toContain('公示中');
    await saveScreenshot(page, 'public-selection-published');
  });
});
