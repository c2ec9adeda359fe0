/**
 * A joint meeting (校长联席会议, 章程第五、八、九、十七条): the secretariat schedules it, adds
 * an agenda item and records attendance; opens the vote; 曹杨's representative votes online and then sees the
 * unit's vote in place of the buttons, the other units present vote on paper and the secretariat enters their
 * ballots; a second vote of 曹杨 is refused (one vote per member unit); the closed vote shows its rule and counts;
 * the minutes are published; the register lists the resolution. A charter amendment proposes new parameters,
 * which its item shows (it is left undecided).
 * The charter's full text reads as printed (chapter headings, 第X条, items （一）), on a laptop and on a phone.
 * Pictures of the meeting and of the charter go to the screenshot folder.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newUserPage, PHONE_VIEWPORT } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';
import { buttonName, openGovernancePage, type Person, pickOption, signedIn, toast, todayInShanghai, typeDate } from './governance-steps.js';

const MEETING = '2026年度校长联席会议';
const MOTION = '关于建立联盟师资共享库的议案';
const AMENDMENT = '关于修改章程表决规则与退会提前期的议案';
const CAOYANG = '上海市曹杨职业技术学校';
/** The units present and how each votes: 曹杨 online, the others on paper. */
const PAPER_BALLOTS = [
  ['南京浦口中等专业学校', '同意'],
  ['常州市高级职业技术学校', '反对'],
  ['江苏省南通中等专业学校', '弃权'],
] as const;

let browser: Browser;
let secretariat: Person;
let representative: Person;
let phone: Person | undefined;
let current: Page | undefined;
let meetingPath: string;

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
  secretariat = await signedIn(browser, 'yhn_secretariat');
  representative = await signedIn(browser, 'caoyang_rep');
});
afterAll(async () => {
  await secretariat?.context.close();
  await representative?.context.close();
  await phone?.context.close();
  await browser?.close();
});

/** The chapters of the alliance's charter (简报第1期 附件1), headed as printed. */
const CHAPTERS = ['总则', '业务范围', '组织机构', '联盟成员', '经费管理', '附则'].map(
  (title, index) => `第${'一二三四五六'[index]}章\u3000${title}`,
);
const charterText = (page: Page): Locator =>
  page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '章程全文' }) });

const motion = (page: Page): Locator => page.locator('.ant-collapse-item', { hasText: MOTION });

/** Popconfirm's confirmation button, in either language. */
// A popconfirm that is fading out is still in the page; the one just opened comes last.
const confirm = (page: Page) =>
  page
    .locator('.ant-popconfirm:not(.ant-popover-hidden)')
    .getByRole('button', { name: /确\s?定|OK/ })
    .last();

describe('workflow 4: a joint meeting decides a motion, one vote per member unit', () => {
  it('the secretariat schedules the meeting and puts a motion on the agenda', async () => {
    const page = (current = secretariat.page);
    await openGovernancePage(page, '校长联席会议');
    await page.getByLabel('会议名称', { exact: true }).fill(MEETING);
    await page.getByLabel('地点', { exact: true }).fill('南京浦口中等专业学校');
    // The date last: confirming it with Enter sends the form (安排会议), as it does for a user.
    await typeDate(page.getByLabel('会议日期', { exact: true }), todayInShanghai());
    await page.getByRole('link', { name: MEETING }).click();
    await page.getByRole('heading', { name: MEETING }).waitFor();
    await page.getByText(`${todayInShanghai()} 南京浦口中等专业学校`).waitFor();
    meetingPath = new URL(page.url()).pathname + new URL(page.url()).search;

    const form = page.locator('.ant-card', { has: page.getByText('增加议题', { exact: true }) }).last();
    await pickOption(page, form.getByLabel('议题类型'), '一般议题');
    await form.getByLabel('议题', { exact: true }).fill(MOTION);
    await form.getByLabel('说明', { exact: true }).fill('各成员单位推荐骨干教师入库，跨校开展教研与授课。');
    await form.getByRole('button', { name: '增加议题' }).click();
    await motion(page).waitFor();
    await expect.poll(() => motion(page).innerText()).toContain('未表决');
  });

  it('proposes a charter amendment with new parameters, which the item shows for the vote', async () => {
    const page = (current = secretariat.page);
    const form = page.locator('.ant-card', { has: page.getByText('增加议题', { exact: true }) }).last();
    await pickOption(page, form.getByLabel('议题类型'), '章程修改');
    await form.getByLabel('议题', { exact: true }).fill(AMENDMENT);
    // 过半数 of all members instead of 半数以上 of those present; a two-month notice for withdrawal.
    await pickOption(page, form.getByLabel('一般决议（含成员加入、退出） 比较方式'), '超过（>，不含本数）');
    await pickOption(page, form.getByLabel('一般决议（含成员加入、退出） 计算基数'), '全体有表决权成员');
    await form.getByLabel('退会提前期 个月').fill('2');
    await form.getByRole('button', { name: '增加议题' }).click();
    const item = page.locator('.ant-collapse-item', { hasText: AMENDMENT });
    await item.locator('.ant-collapse-header').click();
    const proposal = item.locator('.ant-descriptions', { hasText: '拟修改的章程参数' });
    await expect.poll(() => proposal.innerText()).toMatch(/一般决议（含成员加入、退出）\s*全体有表决权成员 1\/2 超过/);
    await expect.poll(() => proposal.innerText()).toMatch(/章程修改\s*到会成员 2\/3 以上/);
    await expect.poll(() => proposal.innerText()).toMatch(/退会提前期\s*2 个月/);
    await item.locator('.ant-collapse-header').click();
  });

  it('records who attends and who represents each unit', async () => {
    const page = (current = secretariat.page);
    const attendance = page.locator('.ant-card', { hasText: '出席登记' });
    const row = (unit: string) => attendance.locator('.ant-table-row', { hasText: unit });
    await pickOption(page, row(CAOYANG).locator('.ant-select').first(), '出席');
    await row(CAOYANG).getByPlaceholder('姓名').fill('张建国');
    await pickOption(page, row(CAOYANG).locator('.ant-select').last(), '校长');
    for (const [unit] of PAPER_BALLOTS) await pickOption(page, row(unit).locator('.ant-select').first(), '出席');
    await attendance.getByRole('button', { name: '保存出席登记' }).click();
    await toast(page, '出席登记已保存').waitFor();
    // What was saved comes back from the platform: the meeting is still open, so the row stays editable.
    await page.reload();
    await expect.poll(() => row(CAOYANG).getByPlaceholder('姓名').inputValue()).toBe('张建国');
    await expect.poll(() => row(CAOYANG).innerText()).toMatch(/出席\s+校长/);
  });

  it('opens the vote, which states the rule it is decided by', async () => {
    const page = (current = secretariat.page);
    await motion(page).locator('.ant-collapse-header').click();
    await motion(page).getByRole('button', { name: '开启表决' }).click();
    await motion(page).getByText('表决中').waitFor();
    await expect.poll(() => motion(page).innerText()).toContain('表决规则：到会成员二分之一以上（≥1/2）同意');
    await motion(page).getByText('已投票 0 / 应投票').waitFor();
  });

  it('曹杨’s representative votes online for the unit, then sees its vote instead of the buttons', async () => {
    const page = (current = representative.page);
    await page.goto(meetingPath);
    await page.getByRole('heading', { name: MEETING }).waitFor();
    const item = motion(page);
    await item.getByText(`代表“${CAOYANG}”表决：`).waitFor();
    await item.getByRole('button', { name: buttonName('同意') }).click();
    await confirm(page).click();
    await toast(page, '已投票').waitFor();
    await item.getByText('已投票 1 / 应投票').waitFor();

    // One vote per unit (第十七条): no second vote is offered, also after coming back to the page.
    await page.reload();
    await item.getByText(/本单位已投票：同意（\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}）/).waitFor();
    for (const choice of ['同意', '反对', '弃权']) {
      await expect.poll(() => item.getByRole('button', { name: buttonName(choice) }).count()).toBe(0);
    }
  });

  it('the secretariat enters the paper ballots, and cannot enter one for 曹杨 again', async () => {
    const page = (current = secretariat.page);
    const item = motion(page);
    for (const [unit, choice] of PAPER_BALLOTS) {
      await pickOption(page, item.locator('.ant-select'), unit);
      await item.getByRole('button', { name: buttonName(choice) }).click();
      await toast(page, '已投票').last().waitFor();
    }
    await item.getByText('已投票 4 / 应投票').waitFor();
    await pickOption(page, item.locator('.ant-select'), CAOYANG);
    await item.getByRole('button', { name: buttonName('同意') }).click();
    await toast(page, `“${CAOYANG}”已就该议题投过票`).waitFor();
  });

  it('closes the vote; the result shows the rule, the counts and how each unit voted', async () => {
    const page = (current = secretariat.page);
    const item = motion(page);
    await item.getByRole('button', { name: '结束表决并计票' }).click();
    await confirm(page).click();
    await item.getByText('已表决').waitFor();
    const counts = item.locator('.ant-descriptions');
    await counts.waitFor();
    await expect.poll(() => counts.innerText()).toMatch(/同意\s*2\s*反对\s*1\s*弃权\s*1\s*结果\s*通过\s*第 \d+ 号决议/);
    // The explanation names the rule and the numbers it was applied to.
    await expect.poll(() => item.innerText()).toMatch(/到会\s*4/);
    const ballots = item.locator('.ant-table-row');
    await expect.poll(() => ballots.count()).toBe(4);
    await expect.poll(() => ballots.filter({ hasText: CAOYANG }).innerText()).toContain('代表在线表决');
    await expect.poll(() => ballots.filter({ hasText: PAPER_BALLOTS[1][0] }).innerText()).toContain('纸质票（秘书处录入）');
  });

  it('concludes the meeting and publishes the minutes', async () => {
    const page = (current = secretariat.page);
    await page.getByRole('button', { name: '结束会议' }).click();
    await confirm(page).click();
    await page.getByRole('button', { name: '结束会议' }).waitFor({ state: 'detached' });

    const minutes = page.locator('.ant-card', { hasText: '会议纪要' });
    await minutes.locator('textarea').fill(`${MEETING}审议通过《${MOTION}》，由秘书处牵头组织实施。`);
    await minutes.getByRole('button', { name: '保存草稿' }).click();
    await minutes.getByText('纪要草稿').waitFor();
    await minutes.getByRole('button', { name: '审定纪要' }).click();
    await minutes.getByText('纪要已审定').waitFor();
    await minutes.getByRole('button', { name: '发布纪要' }).click();
    await minutes.getByText('纪要已发布').waitFor();
    await expect.poll(() => minutes.innerText()).toContain(`审议通过《${MOTION}》`);
    await page.mouse.move(0, 0);
    // The picture shows the page, not the toasts of the steps before.
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await motion(page).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'governance-meeting');
  });

  it('the register of resolutions lists the resolution with its rule and counts', async () => {
    const page = (current = secretariat.page);
    await openGovernancePage(page, '决议登记簿');
    const row = page.locator('.ant-table-row', { hasText: MOTION });
    await row.waitFor();
    await expect.poll(() => row.innerText()).toContain(MEETING);
    await expect.poll(() => row.innerText()).toMatch(/通过\s*同意 2、反对 1、弃权 1（应到 \d+，到会 4）/);
    await expect.poll(() => row.innerText()).toContain('到会成员二分之一以上（≥1/2）同意');
  });

  it('the representative reads the published minutes', async () => {
    const page = (current = representative.page);
    await page.goto(meetingPath);
    await page.getByText('纪要已发布').waitFor();
    await expect.poll(() => page.locator('.ant-card', { hasText: '会议纪要' }).innerText()).toContain(`审议通过《${MOTION}》`);
    const attendance = page.locator('.ant-card', { hasText: '出席登记' });
    await expect.poll(() => attendance.locator('.ant-table-row', { hasText: CAOYANG }).innerText()).toContain('张建国，校长');
  });

  it('shows the charter with its voting rules, its text set as the charter prints it', async () => {
    const page = (current = secretariat.page);
    await openGovernancePage(page, '章程');
    const fullText = charterText(page);
    await fullText.waitFor();
    await expect.poll(() => fullText.getByRole('heading').allInnerTexts()).toEqual(CHAPTERS);
    const text = await fullText.innerText();
    expect(text).toContain('第九条\u3000校长联席会议职责：');
    // 第九条 and 第十三条 were pasted as "- （一）" and "- (一) ": every item reads as the printed （一）.
    expect(text).toContain('（一）制定和修改联盟章程；');
    expect(text).toContain('（一）为联盟发展及重大事项决策提供专业咨询指导；');
    expect(text).not.toMatch(/^\s*[-－•]/m);
    expect(text).not.toMatch(/\([一二三四五六七八九十]+\)/);
    await saveScreenshot(page, 'governance-charter');
  });

  it('shows the charter on a phone without sideways scrolling', async () => {
    phone = await newUserPage(browser, PHONE_VIEWPORT);
    const page = (current = phone.page);
    await login(page, 'yhn_secretariat', DEMO_PASSWORD);
    await page.goto('/governance/charter');
    await charterText(page).getByRole('heading', { name: CHAPTERS[0] }).waitFor();
    await expect
      .poll(() => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth))
      .toBe(0);
    await saveScreenshot(page, 'governance-charter-phone');
  });
});
