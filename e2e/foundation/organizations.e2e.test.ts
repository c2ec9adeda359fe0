/**
 * Journey 2 — registering an organisation: the platform administrator types a 统一社会信用代码 with a wrong
 * check character, is told so in Chinese under the field, corrects it, saves, and finds the organisation
 * again by searching part of its Chinese name.
 * Journey 4 — 三权分立, on that organisation: the audit administrator cannot reach organisation creation,
 * but finds the audit entry of the creation; the platform administrator cannot read the audit log.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newUserPage } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { madeUpUscc, withWrongCheckCharacter } from '../support/records.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';

const NAME = '上海智联精密制造有限公司';
const SHORT_NAME = '智联精密';

const uscc = madeUpUscc();
/** Set by journey 2 when the organisation is saved; journey 4 looks for its audit entry. */
let createdOrgId: string | undefined;

describe('journey 2: create an organisation, correct its credit code, find it by name', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  /** The form item of a field, so a message is checked where the user sees it: under that field. */
  const fieldItem = (label: string) => page.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) });

  screenshotFailures(() => page);

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newUserPage(browser));
    await login(page, 'admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('opens the form from the directory', async () => {
    await page.getByRole('menuitem', { name: '组织' }).click();
    await page.getByRole('heading', { name: '组织' }).waitFor();
    await page.getByRole('button', { name: '新建组织' }).click();
    await page.waitForURL(/\/orgs\/new$/);
    await page.getByRole('heading', { name: '新建组织' }).waitFor();
  });

  it('says under the field, in Chinese, that the check character is wrong', async () => {
    await page.getByLabel('名称', { exact: true }).fill(NAME);
    await page.getByLabel('简称', { exact: true }).fill(SHORT_NAME);
    await page.getByLabel('类型', { exact: true }).fill('企业');
    await page.keyboard.press('Enter');
    await page.getByLabel('所在地区', { exact: true }).fill('普陀');
    await page.getByText('上海市 / 上海市市辖区 / 普陀区').click();
    await expect.poll(() => fieldItem('所在地区').innerText()).toContain('上海市普陀区');
    await page.getByLabel('统一社会信用代码', { exact: true }).fill(withWrongCheckCharacter(uscc).toLowerCase());
    await page.getByRole('button', { name: /^创\s?建$/ }).click();

    const error = fieldItem('统一社会信用代码').locator('.ant-form-item-explain-error');
    await error.waitFor();
    await expect.poll(() => error.innerText()).toBe('『统一社会信用代码』校验位不正确，请核对营业执照上的代码');
    await expect.poll(() => page.getByLabel('统一社会信用代码', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    // Nothing was sent: the user is still on the form, and the other fields kept what was typed.
    expect(new URL(page.url()).pathname).toBe('/orgs/new');
    await expect.poll(() => page.getByLabel('名称', { exact: true }).inputValue()).toBe(NAME);
  });

  it('accepts the corrected code and shows the new organisation', async () => {
    const field = page.getByLabel('统一社会信用代码', { exact: true });
    await field.fill(uscc.toLowerCase());
    await field.blur();
    await fieldItem('统一社会信用代码').locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
    await expect.poll(() => field.inputValue()).toBe(uscc);
    await page.getByRole('button', { name: /^创\s?建$/ }).click();

    await page.getByText(`已创建组织“${NAME}”`).waitFor();
    await page.waitForURL(/\/orgs\/[0-9a-f-]{36}$/);
    createdOrgId = new URL(page.url()).pathname.split('/').pop();
    await page.getByRole('heading', { name: NAME }).waitFor();
    const details = page.locator('.ant-descriptions');
    await expect.poll(() => details.innerText()).toContain(uscc);
    await expect.poll(() => details.innerText()).toContain('企业');
    // Regions read as an address writes them, without the 市辖区 level of the tree.
    await expect.poll(() => details.innerText()).toContain('上海市普陀区');
  });

  it('finds it by searching part of its Chinese name', async () => {
    await page.getByRole('menuitem', { name: '组织' }).click();
    await page.getByRole('heading', { name: '组织' }).waitFor();
    const search = page.getByLabel('搜索名称、简称或统一社会信用代码');
    await search.fill('智联精密');
    await search.press('Enter');
    await page.waitForURL(/[?&]q=/);

    const row = page.locator('.ant-table-row', { hasText: uscc });
    await row.waitFor();
    await expect.poll(() => row.getByRole('link').innerText()).toBe(NAME);
    await expect.poll(() => row.innerText()).toContain('企业');
    // Every row found is about the search, not the whole directory.
    const names = await page.locator('.ant-table-row a').allInnerTexts();
    expect(names.every((name) => name.includes('智联精密'))).toBe(true);
  });

  it('shows the directory as the README pictures it', async () => {
    await page.goto('/orgs');
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByText(/共 \d+ 个组织/).waitFor();
    await saveScreenshot(page, 'organizations');
  });
});

describe('journey 4: 三权分立 — the audit administrator audits, but does not administer', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  screenshotFailures(() => page);

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newUserPage(browser));
    await login(page, 'auditor', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('offers the auditor the audit log, and no way to create an organisation', async () => {
    await page.getByRole('menuitem', { name: '审计日志' }).waitFor();
    await expect.poll(() => page.getByRole('menuitem', { name: '系统管理' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: '组织' }).click();
    await page.getByRole('heading', { name: '组织' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await expect.poll(() => page.getByRole('button', { name: '新建组织' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: '批量导入' }).count()).toBe(0);
  });

  it('refuses the creation form even when its address is typed in, naming the permission it needs', async () => {
    await page.goto('/orgs/new');
    await page.getByText('没有访问权限').waitFor();
    await expect.poll(() => page.getByText('此页面需要“新建组织”权限').isVisible()).toBe(true);
    await expect.poll(() => page.getByLabel('名称', { exact: true }).count()).toBe(0);
  });

  it('keeps the auditor to the audit duty: no alliance in the menu, one 403 page for a meeting list typed in', async () => {
    await expect.poll(() => page.getByRole('menuitem', { name: '联盟治理' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('menuitem', { name: '联盟与联合体' }).count()).toBe(0);
    await page.goto('/governance/meetings');
    await page.getByText('没有访问权限').waitFor();
    await expect.poll(() => page.getByText('此页面需要“查看联盟/联合体”权限').isVisible()).toBe(true);
    // Nothing of the page itself: neither its heading nor its buttons nor a failed load with 重试.
    await expect.poll(() => page.getByRole('heading', { name: '校长联席会议' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: '重试' }).count()).toBe(0);
  });

  it('finds the audit entry of the organisation created in journey 2, with who did it and what', async () => {
    expect(createdOrgId, 'journey 2 created the organisation').toBeDefined();
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByRole('heading', { name: '审计日志' }).waitFor();
    await page.getByLabel('操作', { exact: true }).fill('org.create');
    await page.getByLabel('对象编号', { exact: true }).fill(createdOrgId!);
    await page.getByRole('button', { name: /^查\s?询$/ }).click();
    await page.getByText('共 1 条记录').waitFor();
    const entry = page.locator('.ant-table-row');
    await expect.poll(() => entry.innerText()).toContain('admin');
    // The action reads as its label (新建组织); the code is the filter's value and the label's tooltip.
    await expect.poll(() => entry.innerText()).toContain('新建组织');

    await entry.getByRole('button', { name: /^查\s?看$/ }).click();
    const drawer = page.getByRole('dialog', { name: /^审计记录 #\d+$/ });
    await drawer.getByText(NAME).first().waitFor();
    await expect.poll(() => drawer.innerText()).toContain(uscc);
    await expect.poll(() => drawer.innerText()).toContain(createdOrgId!);
  });

  it('keeps the audit log from the platform administrator', async () => {
    const admin = await newUserPage(browser);
    try {
      await login(admin.page, 'admin', DEMO_PASSWORD);
      await expect.poll(() => admin.page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
      await admin.page.goto('/audit');
      await admin.page.getByText('没有访问权限').waitFor();
      await expect.poll(() => admin.page.getByText('此页面需要“查看审计日志”权限').isVisible()).toBe(true);
    } finally {
      await admin.context.close();
    }
  });
});
