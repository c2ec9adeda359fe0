/**
 * The 遴选 of 连教职函〔2026〕6号 as its users live it:
 * (a) 连云港市教育局 issues a new call with the default 附件1 indicator system (scoring every observation point
 *     before publishing, since publishing freezes it) and the default 推荐书 form;
 * (b) a school fills in the whole 推荐书 section by section — directory units and typed ones, member rows, majors
 *     from the catalogue, the 2025/2026 figures, text within its limit, the commitment, a PDF of supporting
 *     material — meets a field-named error for staff figures that do not add up, corrects it, and submits; on the
 *     way it types dates as people write them (2026年5月20日, 2025/9/1), reads messages that fit each field (a date
 *     is picked, a radio chosen, a figure may be 0, a list has its call's limit), sees a refused value's error and
 *     toast go once corrected, and the summary above each section never disagrees with the steps marked red;
 * (c) the authority returns it with a reason; the school reads the reason and the differences of its correction;
 * (d) the authority exports the 推荐书 (Word) and the 汇总表 (附件3, Excel), whose contents are checked.
 * The seed call's deadline (2026-05-28) has passed, which is why the journey starts with a new call.
 */
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE_VIEWPORT } from '../support/browser.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';
import { type Person, signedIn } from '../governance/governance-steps.js';
import {
  blankPdf,
  buttonName,
  confirmButton,
  docxText,
  formItem,
  pickOption,
  pickUnit,
  saveDownload,
  shanghaiDay,
  toast,
} from './selection-steps.js';

/** Runs against one platform may repeat (E2E_BASE_URL): the call's title tells this run's call apart. */
const RUN = randomBytes(2).toString('hex');
const CALL_TITLE = `2026年市级市域产教联合体遴选建设（补充征集 ${RUN}）`;
const CONSORTIUM = '连云港石化产业市域产教联合体';
const PARK = '连云港演示石化产业园区管理委员会';
const COLLEGE = '连云港演示职业技术学院';
const COMPANY = '连云港演示石化有限公司';
const RESEARCH_INSTITUTE = '连云港市化工研究所';
const RETURN_REASON = '秘书处联系电话有误，请核对后重新提交';

let browser: Browser;
let authority: Person;
let school: Person;
let current: Page | undefined;
let callPath = '';
let applicationPath = '';

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
  authority = await signedIn(browser, 'lyg_authority');
  school = await signedIn(browser, 'lyg_school');
});
afterAll(async () => {
  await authority?.context.close();
  await school?.context.close();
  await browser?.close();
});

const section = (page: Page, title: string) => page.locator('.ant-steps-item', { hasText: title }).click();
const problems = (page: Page) => page.locator('.ant-alert').first();
/** A member table of section 2 (a card within the page's card), by its title. */
const memberTable = (page: Page, title: string) =>
  page.locator('.ant-card .ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: new RegExp(`^${title}$`) }) });
/** Every change saves itself a moment later; the header says when it has. */
const saved = (page: Page) => page.getByText('已自动保存', { exact: true }).waitFor();
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
/** 2026年5月8日 for 2026-05-08: the way a date is written in Chinese. */
const chineseDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${year}年${month}月${day}日`;
};
/** Types a date into its picker in any written form and confirms it with Enter, as a keyboard user does. */
async function typeDate(picker: Locator, text: string) {
  await picker.click();
  await picker.fill(text);
  await picker.press('Enter');
}

/**
 * The summary above the section and the steps marked red tell the same story: complete only when no step is
 * red; otherwise every red step other than this one is named, and this one is red exactly when it has problems.
 */
async function expectSummaryAgreesWithMarks(page: Page) {
  const summary = await problems(page).innerText();
  const red = await page.locator('.ant-steps-item-error .ant-steps-item-title').allInnerTexts();
  const current = (await page.locator('.ant-steps-item-active .ant-steps-item-title').innerText()).trim();
  if (red.length === 0) {
    expect(summary).toContain('已全部填写，可以提交');
    return;
  }
  expect(summary).not.toContain('已全部填写');
  const others = red.map((title) => title.trim()).filter((title) => title !== current);
  for (const title of others) expect(summary).toContain(title);
  if (others.length > 0) expect(summary).toContain(`其他 ${others.length} 个部分（已标红）`);
  expect(summary.startsWith('本部分已填写完整')).toBe(!red.map((title) => title.trim()).includes(current));
}

async function fillNumber(page: Page, label: string, value: number, scope = page.locator('form')) {
  await scope.getByLabel(label, { exact: true }).fill(String(value));
}

describe('遴选: a call, a whole 推荐书, its return and the exports', () => {
  it('(a) the authority drafts a call with the default 附件1 indicators and form, scores them and publishes it', async () => {
    const page = (current = authority.page);
    await page.goto('/selection');
    await page.getByRole('button', { name: /新建遴选/ }).click();
    await page.getByLabel('遴选名称').fill(CALL_TITLE);
    await page.getByLabel('文号').fill(`连教职函〔2026〕${(parseInt(RUN, 16) % 90) + 10}号`);
    await page
      .getByLabel('通知正文')
      .fill('各县区教育局：为深化现代职业教育体系建设改革，现开展市级市域产教联合体补充遴选，请于截止时间前在平台提交推荐书。');
    const deadline = page.getByLabel('截止时间（北京时间）');
    await deadline.click();
    await deadline.fill(`${shanghaiDay(30)} 17:00:00`);
    // Enter takes the typed time and closes the picker; it does not submit the form (one call is created below).
    await deadline.press('Enter');
    await page.locator('.ant-picker-dropdown').filter({ visible: true }).waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: buttonName('创建') }).click();
    await page.waitForURL(/\/selection\/calls\/[0-9a-f-]{36}$/);
    callPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: CALL_TITLE }).waitFor();
    await expect.poll(() => page.locator('.ant-descriptions').innerText()).toContain(`${shanghaiDay(30)} 17:00:00`);

    // The call starts from 附件1 with no maximum scores: publishing is refused until each point has one.
    await page.getByRole('button', { name: buttonName('发布') }).click();
    await confirmButton(page).click();
    await toast(page, /最高分|观测点/).waitFor();

    await page.getByRole('link', { name: /市域产教联合体建设指标（附件1）/ }).click();
    const maxima = page.getByRole('spinbutton', { name: /最高分$/ });
    await maxima.first().waitFor();
    const count = await maxima.count();
    expect(count).toBe(28); // 27 observation points of 1–6 and 7.其他, the deduction
    // 19 points of 4 and 8 of 3 make the full 100; 7.其他 deducts at most 10.
    for (let index = 0; index < count; index++) await maxima.nth(index).fill(String(index === count - 1 ? 10 : index < 19 ? 4 : 3));
    await page.getByRole('button', { name: buttonName('保存') }).click();
    await toast(page, '已保存指标体系').waitFor();
    await page.getByText('满分 100，扣分项最多扣 10 分').first().waitFor();

    await page.goto(callPath);
    await page.getByRole('button', { name: buttonName('发布') }).click();
    await confirmButton(page).click();
    await page.locator('.ant-tag', { hasText: '征集中' }).waitFor();
    await expect.poll(() => page.locator('.ant-descriptions').innerText()).toMatch(/满分 100，扣分项最多扣 10 分\s*已冻结/);
    await page.goto('/selection');
    await page.locator('.ant-table-row', { hasText: '连教职函〔2026〕6号' }).first().waitFor();
    await expect.poll(() => page.locator('.ant-table-row', { hasText: CALL_TITLE }).count()).toBe(1);
  });

  it('(b) the school starts a 推荐书 for the new call', async () => {
    const page = (current = school.page);
    await page.goto('/selection');
    await page.getByRole('tab', { name: '征集中的遴选' }).click();
    // The seed call is still open (nobody closed it) but its deadline has passed: it is no longer among the calls
    // taking a 推荐书 (one phase per call, on the server's clock).
    const row = page.locator('.ant-table-row', { hasText: CALL_TITLE });
    await row.waitFor();
    await expect.poll(() => page.locator('.ant-table-row', { hasText: '连教职函〔2026〕6号' }).count()).toBe(0);
    await row.getByRole('button', { name: '填报推荐书' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('联合体名称').fill(CONSORTIUM);
    await dialog.getByLabel('依托园区').fill(PARK);
    await dialog.getByRole('button', { name: buttonName('创建') }).click();
    await page.waitForURL(/\/selection\/applications\/[0-9a-f-]{36}$/);
    applicationPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: CONSORTIUM }).waitFor();
  });

  it('(b) fills the cover, picking the lead units from the directory', async () => {
    const page = (current = school.page);
    await page.getByLabel('推荐地区').fill('连云港市');
    await pickUnit(page, page.getByLabel('牵头学校'), '演示职业技术', COLLEGE);
    await pickUnit(page, page.getByLabel('牵头企业（行业协会）'), '演示石化', COMPANY);
    await formItem(page, '牵头学校').getByLabel('已关联组织目录').waitFor();
    await expect.poll(() => formItem(page, '牵头企业（行业协会）').getByLabel('已关联组织目录').count()).toBe(1);
    // An empty date asks to pick one (not "填 0 或无"); a date written the Chinese way is taken as it is meant.
    await problems(page).getByText('封面 › 填表日期：请选择日期').waitFor();
    const filledOn = page.getByLabel('填表日期');
    await typeDate(filledOn, chineseDate(shanghaiDay(0)));
    await saved(page);
    await expect.poll(() => filledOn.inputValue()).toBe(shanghaiDay(0));
    await problems(page).getByText('本部分已填写完整').waitFor();
    // Six other sections are still empty: the summary says so, naming exactly the steps marked red.
    await expect.poll(() => page.locator('.ant-steps-item-error').count()).toBe(7);
    await expectSummaryAgreesWithMarks(page);
  });

  it('(b) fills the 汇总表 facts, and a malformed mobile number is refused by its field’s name', async () => {
    const page = (current = school.page);
    await section(page, '汇总表信息（附件3）');
    // Each empty field says what fits it, and the list's limit is the call's, spelled out.
    for (const message of [
      '主要服务产业：请至少填 1 项，最多填 2 项',
      '牵头学校教育层次：请选择牵头学校教育层次',
      '牵头企业是否省市级产教融合型企业：请选择“是”或“否”',
      '联系人姓名：请填写联系人姓名',
    ]) {
      await problems(page).getByText(message, { exact: false }).waitFor();
    }
    await expectSummaryAgreesWithMarks(page);
    await expect.poll(() => formItem(page, '主要服务产业').locator('.ant-form-item-extra').innerText()).toBe('最多填 2 项');
    const industries = page.getByLabel('主要服务产业');
    await industries.click();
    for (const industry of ['石油化工', '新材料']) {
      await industries.fill(industry);
      await industries.press('Enter');
    }
    await page.getByLabel('园区主导产业').fill('石化产业');
    await formItem(page, '牵头学校教育层次').getByText('高职专科', { exact: true }).click();
    await formItem(page, '牵头企业是否省市级产教融合型企业').getByText('是', { exact: true }).click();
    await page.getByLabel('联系人姓名').fill('王海燕');
    await page.getByLabel('联系人职务').fill('科研处处长');
    await page.getByLabel('联系人手机号码').fill('1380518');
    await formItem(page, '联系人手机号码').locator('.ant-form-item-explain-error').waitFor();
    await expect.poll(() => formItem(page, '联系人手机号码').locator('.ant-form-item-explain-error').innerText()).toContain('手机');
    await toast(page, '联系人手机号码').waitFor();
    // Corrected, the number's error and the refusal's toast go at once (no waiting out the toast's seconds).
    await page.getByLabel('联系人手机号码').fill('13805180123');
    await formItem(page, '联系人手机号码').locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
    await saved(page);
    await toast(page, '联系人手机号码').waitFor({ state: 'detached', timeout: 3_000 });
    await problems(page).getByText('本部分已填写完整').waitFor();
    await expectSummaryAgreesWithMarks(page);
  });

  it('(b) on a phone (390 px) the summary, the red steps and the date picker fit the width', async () => {
    const phone = await signedIn(browser, 'lyg_school', PHONE_VIEWPORT);
    try {
      const page = (current = phone.page);
      await page.goto(applicationPath);
      await problems(page).getByText('本部分已填写完整').waitFor();
      await expectSummaryAgreesWithMarks(page);
      await expect.poll(() => page.getByLabel('填表日期').inputValue()).toBe(shanghaiDay(0));
      await page.getByLabel('填表日期').click();
      await page.locator('.ant-picker-dropdown').filter({ visible: true }).waitFor();
      await expect.poll(() => horizontalOverflow(page)).toBe(0);
      await page.keyboard.press('Escape');
      await section(page, '汇总表信息（附件3）');
      await formItem(page, '主要服务产业').getByText('最多填 2 项').waitFor();
      await expect.poll(() => horizontalOverflow(page)).toBe(0);
    } finally {
      await phone.context.close();
    }
  });

  it('(b) fills the overview; staff that do not add up are named, then corrected; a text over its limit is counted', async () => {
    const page = (current = school.page);
    await section(page, '1. 联合体概况');
    await problems(page).getByText('人员总数：请填写数字，没有请填 0').waitFor();
    const established = page.getByLabel('（拟）成立时间');
    await typeDate(established, '2025/9/1');
    await expect.poll(() => established.inputValue()).toBe('2025-09-01');
    await page.getByLabel('联合体负责人').fill('刘建军');
    await page.getByLabel('职务及联系方式').fill('园区管委会副主任，0518-85800001');
    await page.getByLabel('秘书处所在单位').fill(COLLEGE);
    await page.getByLabel('秘书处负责人').fill('陈静');
    await fillNumber(page, '固定办公面积（m²）', 120);
    await page.getByLabel('联系电话').fill('0518-85800002');
    await fillNumber(page, '人员总数', 10);
    await fillNumber(page, '专职人数', 6);
    await fillNumber(page, '兼职人数', 3);
    await page.getByLabel('人员姓名').fill('陈静、李明、赵磊、孙丽、周强、吴刚、郑洁、王伟、冯涛、蒋敏');
    await saved(page);
    await problems(page).getByText('人员总数：应等于专职人数与兼职人数之和：6 + 3 = 9，当前填写 10').waitFor();
    await fillNumber(page, '兼职人数', 4);

    for (const [year, amount] of [
      ['2026', 300],
      ['2027', 320],
      ['2028', 350],
    ] as const) {
      await fillNumber(page, year, amount);
    }
    await fillNumber(page, '牵头单位负担', 150);
    await fillNumber(page, '政府核拨', 100);
    await fillNumber(page, '其他成员负担', 40);
    await fillNumber(page, '其他途径', 10);
    await fillNumber(page, '2025年产业园区总产值（亿元）', 1250.5);

    // 产业园区主导产业情况 is limited to 200 characters: the counter shows the overrun and the list asks to cut it.
    const industries = page.getByLabel('产业园区主导产业情况');
    await industries.fill('石化'.repeat(105));
    await formItem(page, '产业园区主导产业情况').getByText('210 / 200').waitFor();
    await problems(page).getByText('最多 200 字，当前 210 字，请精简 10 字').waitFor();
    await industries.fill('以炼化一体化为龙头，发展高端石化、新材料和精细化工，园区集聚规上企业86家。');
    await page
      .getByLabel('联合体所在地制定支持职业教育政策及落实情况')
      .fill('市政府出台《关于深化产教融合的实施意见》，对联合体给予经费、用地和人才政策支持，已落实专项资金500万元。');
    await saved(page);
    await problems(page).getByText('本部分已填写完整').waitFor();
    await expectSummaryAgreesWithMarks(page);
  });

  it('(b) adds member rows: an enterprise and a school from the directory with majors from the catalogue, a typed other unit', async () => {
    const page = (current = school.page);
    await section(page, '2. 联合体成员概况');
    const enterprises = memberTable(page, '联合体企业情况');
    await enterprises.getByRole('button', { name: /添加一行/ }).click();
    await pickUnit(page, enterprises.getByLabel('企业名称'), '演示石化', COMPANY);
    await fillNumber(page, '企业职工总数（人）', 3200, enterprises);
    await fillNumber(page, '企业资产总额（万元）', 860000, enterprises);
    await fillNumber(page, '企业销售总额（万元）', 1200000, enterprises);
    await fillNumber(page, '2024年校企合作产生的直接经济效益（万元）', 850, enterprises);

    const schools = memberTable(page, '联合体学校情况');
    await schools.getByRole('button', { name: /添加一行/ }).click();
    await pickUnit(page, schools.getByLabel('学校名称'), '演示职业技术', COLLEGE);
    await pickOption(page, schools.getByLabel('学校层次'), '高职专科');
    const majors = schools.getByLabel(/联合体相关专业/);
    await majors.click();
    await majors.fill('石油化工');
    await page
      .locator('.ant-select-dropdown .ant-select-item-option', { hasText: '470204 石油化工技术' })
      .filter({ visible: true })
      .click();
    await majors.fill('应用化工');
    await page
      .locator('.ant-select-dropdown .ant-select-item-option', { hasText: '应用化工技术' })
      .filter({ visible: true })
      .first()
      .click();
    await expect.poll(() => formItem(page, '联合体相关专业', schools).locator('.ant-form-item-extra').innerText()).toBe('最多填 5 项');
    await fillNumber(page, '学生总人数', 9800, schools);
    await fillNumber(page, '联合体产业相关专业学生数', 2100, schools);

    const others = memberTable(page, '联合体其他单位情况');
    await others.getByRole('button', { name: /添加一行/ }).click();
    await others.getByLabel('单位名称').fill(RESEARCH_INSTITUTE);
    await pickOption(page, others.getByLabel('单位性质'), '科研机构');
    await fillNumber(page, '单位总人数', 85, others);
    await others.getByLabel('对联合体支持作用').fill('承担催化材料中试与技术咨询');
    await saved(page);
    await problems(page).getByText('本部分已填写完整').waitFor();
    await expectSummaryAgreesWithMarks(page);
    await expect
      .poll(() => schools.locator('.ant-select-selection-item').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining('470204 石油化工技术')]));
    await saveScreenshot(page, 'selection-recommendation-members');
  });

  it('(b) fills every 2025 and 2026 figure of 办学成效和服务能力, and its texts within their limits', async () => {
    const page = (current = school.page);
    await section(page, '3. 办学成效和服务能力');
    const numbers = page.locator('form .ant-input-number-input');
    const total = await numbers.count();
    // 25 pairs of figures (50) and the two teacher rows (2 years × person-times and hours, twice: 8).
    expect(total).toBe(58);
    for (let index = 0; index < total; index++) await numbers.nth(index).fill(String(10 + (index % 7)));
    const texts = page.locator('form textarea');
    for (let index = 0; index < (await texts.count()); index++) {
      await texts.nth(index).fill(`联合体第${index + 1}项工作已形成长效机制并取得实效。`);
    }
    await expect.poll(() => formItem(page, '企业兼职教师').innerText()).toContain('人次');
    await saved(page);
    await problems(page).getByText('本部分已填写完整').waitFor();
    await expectSummaryAgreesWithMarks(page);
  });

  it('(b) writes the plan, the features with the statement, and the commitment', async () => {
    const page = (current = school.page);
    await section(page, '4. 建设规划和建设内容');
    await page
      .getByLabel('建设规划和建设内容')
      .fill('一、建设目标：三年内建成实体化运作的市域产教联合体。二、重点任务：共建专业、共建实训基地、共同开展技术攻关。');
    await formItem(page, '建设规划和建设内容')
      .getByText(/^\d+ \/ 2500$/)
      .waitFor();
    await section(page, '5. 特色与创新');
    await page.getByLabel('特色与创新').fill('以“园区+学院+龙头企业”三方共建理事会，推行双导师制现场工程师培养。');
    await page.getByRole('checkbox', { name: /未发生过违法或重大违规事件/ }).check();
    await section(page, '6. 申报承诺');
    const signers = page.getByLabel('签字人', { exact: true });
    const dates = page.getByLabel('签字日期', { exact: true });
    for (const [index, name] of ['刘建军', '张国华', '李文斌'].entries()) {
      await signers.nth(index).fill(name);
      await typeDate(dates.nth(index), shanghaiDay(0).replaceAll('-', '.'));
    }
    await saved(page);
    await problems(page).getByText('已全部填写，可以提交').waitFor();
    await expect.poll(() => page.locator('.ant-steps-item-error').count()).toBe(0);
    await expectSummaryAgreesWithMarks(page);
    await saveScreenshot(page, 'selection-recommendation-form');
  });

  it('(b) uploads the supporting material as a PDF and indexes its pages', async () => {
    const page = (current = school.page);
    await page.getByRole('tab', { name: '支撑材料' }).click();
    await page.locator('input[type="file"][accept="application/pdf"]').setInputFiles({
      name: '支撑材料.pdf',
      mimeType: 'application/pdf',
      buffer: blankPdf(3),
    });
    await page.getByText('3 页', { exact: true }).waitFor();
    await page.getByRole('button', { name: /添加一行/ }).click();
    await page.getByPlaceholder('标题').fill('理事会章程');
    await page.getByPlaceholder('页码').fill('2');
    await page.getByRole('button', { name: buttonName('保存目录') }).click();
    await toast(page, '已自动保存').waitFor();
  });

  it('(b) submits, and the 推荐书 is locked', async () => {
    const page = (current = school.page);
    await page.getByRole('tab', { name: '推荐书' }).click();
    await page.getByRole('button', { name: buttonName('提交') }).click();
    await confirmButton(page).click();
    await toast(page, '推荐书已提交').waitFor();
    await page.getByText('推荐书已提交并锁定；如需更正，请联系发布遴选的教育行政部门退回').waitFor();
    await page.locator('.ant-page-header, main').first().locator('.ant-tag', { hasText: '已提交' }).first().waitFor();
    await section(page, '封面');
    await expect.poll(() => page.getByLabel('推荐地区').isDisabled()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: buttonName('提交') }).count()).toBe(0);
  });

  it('(c) the authority returns it with a reason', async () => {
    const page = (current = authority.page);
    await page.goto(callPath);
    await page.getByRole('link', { name: CONSORTIUM }).click();
    await page.getByRole('heading', { name: CONSORTIUM }).waitFor();
    await page.getByRole('button', { name: buttonName('退回修改') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('退回原因').fill(RETURN_REASON);
    await dialog.getByRole('button', { name: /确\s?定|OK/ }).click();
    await page.locator('.ant-tag', { hasText: '已退回修改' }).first().waitFor();
    await page.goto(callPath);
    await expect.poll(() => page.locator('.ant-table-row', { hasText: CONSORTIUM }).innerText()).toContain(RETURN_REASON);
    await saveScreenshot(page, 'selection-call-detail');
  });

  it('(c) the school sees the reason, corrects the phone, resubmits and reads the differences', async () => {
    const page = (current = school.page);
    await page.goto(applicationPath);
    await page.getByText(`已退回：${RETURN_REASON}`).waitFor();
    await section(page, '1. 联合体概况');
    await page.getByLabel('联系电话').fill('0518-85800003');
    await saved(page);
    await page.getByRole('tab', { name: '历次提交与差异' }).click();
    const change = page.locator('.ant-table-row', { hasText: '1. 联合体概况 › 秘书处（办公室） › 联系电话' });
    await change.waitFor();
    await expect.poll(() => change.innerText()).toMatch(/0518-85800002\s+0518-85800003/);
    await page.getByRole('button', { name: buttonName('提交') }).click();
    await confirmButton(page).click();
    await toast(page, '推荐书已提交').waitFor();
    await page.getByText('第 2 版', { exact: true }).first().waitFor();
  });

  it('(d) the authority exports the 推荐书 as Word and the 汇总表 as Excel', async () => {
    const page = (current = authority.page);
    await page.goto(callPath);
    await page.getByRole('link', { name: CONSORTIUM }).click();
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出推荐书/ }).click()]);
    const text = docxText(await saveDownload(word));
    for (const expected of [CONSORTIUM, COLLEGE, COMPANY, RESEARCH_INSTITUTE, '石油化工技术', '0518-85800003']) {
      expect(text).toContain(expected);
    }

    await page.goto(callPath);
    const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出汇总表/ }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await saveDownload(excel));
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text))));
    for (const expected of [CONSORTIUM, PARK, COLLEGE, '高职专科', '王海燕']) expect(cells).toContain(expected);
    // The receiving authority reads the contact's mobile in full (issue 12 item 5); the read is audited.
    expect(cells).toContain('13805180123');
  });
});
