/**
 * The district report of the demo's 2022 普陀区 cycle (普陀区年报), from the authority's desk to the public column:
 * (a) 普陀区教育局 opens the cycle's coverage and generates the district report: built from the approved reports it
 *     names 曹杨职校 as not yet in; with the unapproved data it shows 表1 of the six schools with the 合计 row
 *     (8,116 students, 1,087 staff) and flags the printed 58/29/7 majors against the computed 60/32/9, and 表3 培训情况
 *     (numbered as read: 表1, the 名师基地 register's 表2, then 表3)
 *     2020–2022 from the bureau's own figures with its 合计 (204 门, 17,507 人次, 285,869 课时);
 * (b) it downloads the report as DOCX and PDF, and both say the same (the PDF's text read back), 表3 included;
 * (c) it withdraws the demo's publication with a reason and publishes the report again with 公开形式, 公开时间 and
 *     公开网址, so that the journey runs again on the same platform;
 * (d) signed out, a reader finds the district's column with the district report and the schools' reports, and the
 *     report's page with its 公开形式及网址 and 表1 — on a laptop and on a phone.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, toast } from '../support/antd.js';
import { launchBrowser, newUserPage, PHONE_VIEWPORT } from '../support/browser.js';
import { docxText, saveDownload } from '../support/downloads.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';
import { type Person, signedIn } from '../governance/governance-steps.js';

const CYCLE = '普陀区中等职业教育质量年度报告（2022年度）';
const RUN = randomBytes(2).toString('hex');
const URL_OF_RUN = `https://jyj.putuo-demo.example/zyjy/zlnb/2022-${RUN}`;

let browser: Browser;
let authority: Person;
let reader: Person | undefined;
let current: Page | undefined;

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
  authority = await signedIn(browser, 'putuo_authority');
}, 120_000);
afterAll(async () => {
  for (const person of [authority, reader]) await person?.context.close();
  await browser?.close();
});

const compact = (text: string) => text.replace(/\s+/g, '');
/** A table's caption above the table; the report's 表目录 names it once more. */
const tableCaption = (page: Page, caption: string) => page.locator('strong').getByText(caption, { exact: true });

describe('普陀区 2022: the district report generated, downloaded, published and read', () => {
  it('(a) the authority generates the district report and sees 表1 with its 合计 and the flagged difference', async () => {
    const page = (current = authority.page);
    await page.goto('/reports/cycles');
    await page.getByRole('link', { name: CYCLE }).click();
    await page.getByRole('heading', { name: CYCLE }).waitFor();
    // Five schools approved, 曹杨职校 still with its collector.
    await page.locator('.ant-statistic', { hasText: '已审定' }).getByText('5/6').waitFor();
    // The bureau's own 表3 figures, as the demo entered them from the printed report, with the computed 合计.
    const training = page.locator('.ant-card', { hasText: '本级数据：在职员工综合素养与学力提升培训情况（表3）' });
    await training
      .getByText('合计（按已保存的各年计算）：参与基地单位（家） —，开设培训课程（门） 204，培训人次 17,507，培训总课时 285,869')
      .waitFor();
    await training.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'reports-district-training-table');
    await page.getByRole('button', { name: buttonName('生成年报') }).click();
    await page.waitForURL('**/generated');

    await page.getByText('以下单位的年报尚未审定，未计入本报告数据：上海市曹杨职业技术学校').waitFor();
    await tableCaption(page, '表1 2022年办学情况表').waitFor();
    await page.getByText('含未审定数据（预览）').click();
    await page.getByText('草稿预览：含尚未审定的数据（上海市曹杨职业技术学校）').waitFor();
    // 表1 in chapter 1, then 表3 in chapter 6 (服务贡献) from the bureau's own figures: 56 + 38 + 110 = 204 门.
    // The tables are numbered as they are read, the 名师基地 register's table between them as 表2.
    const totals = page.locator('.ant-table-row', { hasText: '合计' });
    await expect.poll(() => totals.first().innerText().then(compact)).toBe('合计603298,1161,087');
    await tableCaption(page, '表3 2020-2022年在职员工综合素养与学力提升培训情况表').waitFor();
    await expect.poll(() => totals.nth(1).innerText().then(compact)).toBe('合计20417,507285,869');
    const flags = page.locator('.ant-alert-error');
    await flags.getByText('所载合计与按表中各行计算的结果不一致').waitFor();
    await expect.poll(() => flags.innerText().then(compact)).toContain('58');
    for (const [stated, computed] of [
      [58, 60],
      [29, 32],
      [7, 9],
    ]) {
      await expect.poll(() => flags.innerText().then(compact)).toMatch(new RegExp(`${stated}\\D[^0-9]*${computed}`));
    }
    await page.getByText('6所学校在校学生8,116人，在编在岗教职工1,087人。').waitFor();
    await saveScreenshot(page, 'reports-district-report-preview');
  });

  it('(b) it downloads the report as DOCX and PDF, both with 表1, its 合计 and the check', async () => {
    const page = (current = authority.page);
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 DOCX' }).click()]);
    expect(docx.suggestedFilename()).toBe(`${CYCLE}.docx`);
    const word = compact(docxText(await saveDownload(docx)));
    expect(word).toContain('表12022年办学情况表');
    expect(word).toContain('合计603298,1161,087');
    expect(word).toContain(
      '表目录表12022年办学情况表表2普陀区职业教育联盟“十四五”名师基地（2021-2024年）表32020-2022年在职员工综合素养与学力提升培训情况表',
    );
    expect(word).toContain('合计20417,507285,869');
    expect(word).toContain('核对：《普陀区中等职业教育年度质量报告（2023）》表1所载“中职专业（个）”合计为58，按表中各行计算为60');

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 PDF' }).click()]);
    expect(pdf.suggestedFilename()).toBe(`${CYCLE}.pdf`);
    const text = compact(execFileSync('pdftotext', ['-enc', 'UTF-8', await saveDownload(pdf), '-'], { encoding: 'utf8' }));
    expect(text).toContain(CYCLE);
    expect(text).toContain('表12022年办学情况表');
    expect(text).toContain('上海市曹杨职业技术学校');
    expect(text).toContain('8,116');
    expect(text).toContain('按表中各行计算为32');
    expect(text).toContain('17,507');
  });

  it('(c) it withdraws the publication with a reason and publishes the report again', async () => {
    const page = (current = authority.page);
    const card = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '公开发布' }) });
    await card.getByRole('button', { name: buttonName('撤回发布') }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('撤回原因').fill('更换公开网址后重新发布');
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await toast(page, '已撤回').waitFor();
    await card.getByText('更换公开网址后重新发布', { exact: false }).waitFor();

    await card.getByRole('button', { name: buttonName('公开发布') }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByText('区教育局官方网站专栏发布').waitFor();
    await dialog.getByLabel('公开时间').fill('2023-03-30');
    await dialog.getByLabel('公开网址').fill('edu.sh.gov.cn');
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await dialog.getByText('http', { exact: false }).first().waitFor();
    await dialog.getByLabel('公开网址').fill(URL_OF_RUN);
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await toast(page, '已公开发布').waitFor();
    await card.getByText(URL_OF_RUN).waitFor();
    await card.getByText('按时发布').waitFor();
    await saveScreenshot(page, 'reports-district-report-published');
  });

  it('(d) signed out, the column lists the district report and the schools’, and its page shows 表1', async () => {
    reader = await newUserPage(browser);
    let page = (current = reader.page);
    await page.goto('/public/reports');
    await page.getByRole('link', { name: '普陀区教育局年报公示专栏' }).click();
    await page.getByText('本级年报（1）').waitFor();
    await page.getByText('学校年报（5）').waitFor();
    await page.getByRole('link', { name: '上海信息技术学校2022年度质量报告' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /上海市曹杨职业技术学校/ }).count()).toBe(0);
    await saveScreenshot(page, 'reports-public-column');
    const columnPath = new URL(page.url()).pathname;
    await page.getByRole('link', { name: CYCLE }).click();
    await page.getByText('公开形式及网址').waitFor();
    await page.getByText(URL_OF_RUN).waitFor();
    await page.getByText('2023-03-30').waitFor();
    await tableCaption(page, '表1 2022年办学情况表').waitFor();
    await saveScreenshot(page, 'reports-public-district-report');
    const publicPath = new URL(page.url()).pathname;
    await reader.context.close();

    reader = await newUserPage(browser, PHONE_VIEWPORT);
    page = current = reader.page;
    await page.goto(publicPath);
    await page.getByText(URL_OF_RUN).waitFor();
    await tableCaption(page, '表1 2022年办学情况表').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    await saveScreenshot(page, 'reports-public-district-report-phone');
    await page.goto(columnPath);
    await page.getByText('学校年报（5）').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    await saveScreenshot(page, 'reports-public-column-phone');
  });
});
