/**
 * 应用技术创新需求、政策支持、培训资源、技术服务清单批量导入: one template per list, the innovation demands with their own columns
 * (指标3.4: 技术领域、经费预算、截止日期、联系人; the enterprise, when named, must be on the body's enterprise list). Every row
 * is checked and all become drafts with their status history, or none do.
 */
import {
  BUDGET_BAND_NAMES,
  BUDGET_BANDS,
  LIST_ITEM_KINDS,
  type ListItemKind,
  optionalText,
  requiredText,
  type TListItemInput,
  ZIsoDate,
  ZPhone,
} from '@chanjiao/contracts';
import { z } from 'zod';
import type { Actor } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual } from '../../../kernel/errors.js';
import { defineImportTemplate, type ImportColumn, type RowIssue, type ValidRow } from '../../../kernel/files/index.js';
import { listedEnterpriseNames } from '../enterprises/enterprise-list.service.js';
import { type AnyListImport, defineListImport, type ImportAt, splitList } from '../lists/list-import.js';
import { recordCreated } from '../lists/list-status.service.js';
import * as repo from './items.repository.js';
import { itemColumns } from './items.service.js';

const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalDate = z.preprocess(blankToUndefined, ZIsoDate.optional());

const ZCommonRow = z.object({
  name: requiredText(100),
  summary: requiredText(2000),
  provider: requiredText(100),
  contactName: optionalText(30),
  contactPhone: z.preprocess(blankToUndefined, ZPhone.optional()),
  validFrom: optionalDate,
  validUntil: optionalDate,
  links: optionalText(2600),
});
const ZInnovationRow = ZCommonRow.extend({
  orgName: optionalText(100),
  field: requiredText(60),
  budgetBand: z.enum(BUDGET_BAND_NAMES),
  // a blank cell is told “必填” rather than a date format problem
  closesOn: z.string().pipe(ZIsoDate),
  contactName: requiredText(30),
  contactPhone: ZPhone,
});
type ItemImportRow = z.infer<typeof ZCommonRow> & Partial<z.infer<typeof ZInnovationRow>>;

const EXAMPLES: Record<ListItemKind, { name: string; summary: string; provider: string }> = {
  innovation: { name: '催化裂化装置能耗优化', summary: '希望联合院校开展装置能耗监测与优化控制研究', provider: '连云港示例石化有限公司' },
  policy: { name: '技能人才引进补贴', summary: '对新引进的高技能人才按年度发放补贴，具体以文件为准', provider: '连云港市示例人社局' },
  training: {
    name: '化工总控工技能培训',
    summary: '面向企业在岗职工的化工总控工（四级）培训，每期 40 学时',
    provider: '连云港示例职业技术学院',
  },
  service: { name: '化工过程安全评估', summary: 'HAZOP 分析与过程安全评估服务', provider: '连云港示例职业技术学院' },
};

function templateColumns(kind: ListItemKind): ImportColumn[] {
  const innovation = kind === 'innovation';
  const example = EXAMPLES[kind];
  const contactRequired = innovation ? '必填' : '可不填';
  return [
    { key: 'name', header: '名称', headerEn: 'Name', required: true, width: 30, example: example.name, note: '最多 100 字' },
    { key: 'summary', header: '内容说明', headerEn: 'Summary', required: true, width: 50, example: example.summary, note: '最多 2000 字' },
    {
      key: 'provider',
      header: '提供方',
      headerEn: 'Provider',
      required: true,
      width: 24,
      example: example.provider,
      note: '发布单位、院校或企业，最多 100 字',
    },
    ...(innovation
      ? ([
          {
            key: 'orgName',
            header: '企业名称',
            headerEn: 'Enterprise',
            width: 30,
            example: example.provider,
            note: '提出需求的企业；填写时须是本联合体企业清单内（已准入）的企业，可不填',
          },
          { key: 'field', header: '技术领域', headerEn: 'Field', required: true, width: 14, example: '节能降耗', note: '最多 60 字' },
          {
            key: 'budgetBand',
            header: '经费预算',
            headerEn: 'Budget',
            required: true,
            width: 14,
            options: BUDGET_BAND_NAMES.map((value) => ({ value, label: BUDGET_BANDS[value] })),
            example: BUDGET_BANDS.from_10_to_50['zh-CN'],
            note: '从下拉列表中选择',
          },
          {
            key: 'closesOn',
            header: '截止日期',
            headerEn: 'Closes on',
            required: true,
            width: 14,
            text: true,
            example: '2027-06-30',
            note: '接受方案的最后一天，格式 2027-06-30',
          },
        ] satisfies ImportColumn[])
      : []),
    {
      key: 'contactName',
      header: '联系人',
      headerEn: 'Contact',
      required: innovation,
      width: 10,
      example: '李老师',
      note: `${contactRequired}；清单中公开显示`,
    },
    {
      key: 'contactPhone',
      header: '联系电话',
      headerEn: 'Phone',
      required: innovation,
      width: 16,
      text: true,
      example: '13900001111',
      note: `${contactRequired}；手机或带区号的固定电话，清单中隐去中间四位`,
    },
    {
      key: 'validFrom',
      header: '有效期起',
      headerEn: 'Valid from',
      width: 12,
      text: true,
      example: '2026-01-01',
      note: '格式 2026-01-01，可不填',
    },
    {
      key: 'validUntil',
      header: '有效期至',
      headerEn: 'Valid until',
      width: 12,
      text: true,
      example: '2027-12-31',
      note: '格式 2027-12-31，不早于有效期起；过期后自动显示为已过期，可不填',
    },
    {
      key: 'links',
      header: '链接',
      headerEn: 'Links',
      width: 30,
      example: 'https://www.example.cn/notice',
      note: '以 http:// 或 https:// 开头，多个用空格分隔，最多 5 个，可不填',
    },
  ];
}

const ZLink = z.url({ protocol: /^https?$/ });

function rowProblems(row: number, value: ItemImportRow, listed: Map<string, string>): RowIssue[] {
  const problems: RowIssue[] = [];
  if (value.validFrom && value.validUntil && value.validUntil < value.validFrom) {
    problems.push({
      row,
      column: 'validUntil',
      detail: bilingual(
        `${value.validUntil} 早于有效期起 ${value.validFrom}`,
        `${value.validUntil} is before the start ${value.validFrom}`,
      ),
    });
  }
  const links = splitList(value.links ?? '');
  if (links.length > 5) problems.push({ row, column: 'links', detail: bilingual('最多填写 5 个链接', 'give at most 5 links') });
  for (const link of links.filter((l) => !ZLink.safeParse(l).success)) {
    problems.push({
      row,
      column: 'links',
      detail: bilingual(`“${link}”不是以 http:// 或 https:// 开头的网址`, `“${link}” is not an http(s) address`),
    });
  }
  if (value.orgName && !listed.has(value.orgName)) {
    problems.push({
      row,
      column: 'orgName',
      detail: bilingual(
        `“${value.orgName}”不在本联合体的企业清单内（或尚未准入），请核对名称`,
        `“${value.orgName}” is not an admitted enterprise of the body’s list; check the name`,
      ),
    });
  }
  return problems;
}

async function prepareRows(db: Executor, bodyId: string, kind: ListItemKind, rows: ValidRow<ItemImportRow>[]) {
  const listed = kind === 'innovation' ? await listedEnterpriseNames(db, bodyId) : new Map<string, string>();
  const ready: TListItemInput[] = [];
  const issues: RowIssue[] = [];
  for (const { row, value } of rows) {
    const problems = rowProblems(row, value, listed);
    if (problems.length > 0) {
      issues.push(...problems);
      continue;
    }
    const { orgName, links, ...fields } = value;
    ready.push({ ...fields, kind, orgId: orgName ? listed.get(orgName) : undefined, links: splitList(links ?? '') });
  }
  return { ready, issues };
}

async function writeItem(tx: Executor, actor: Actor, bodyId: string, input: TListItemInput, at: ImportAt) {
  const item = await repo.insertItem(tx, { bodyId, ...itemColumns(input), createdAt: at.now, updatedAt: at.now });
  await recordCreated(tx, actor, 'item', item.id, at.now);
}

function itemImport(kind: ListItemKind): AnyListImport {
  const title = `${LIST_ITEM_KINDS[kind]['zh-CN']}清单`;
  return defineListImport({
    list: kind,
    template: defineImportTemplate<ItemImportRow>({
      key: `talent-items-${kind}`,
      title: `${title}导入模板`,
      sheetName: title,
      rowSchema: kind === 'innovation' ? ZInnovationRow : ZCommonRow,
      columns: templateColumns(kind),
      notes:
        kind === 'innovation'
          ? ['导入的应用技术创新需求为草稿，由秘书处编入新一期清单后发布（指标3.4 定期发布）。']
          : ['导入的条目为草稿，核对后在清单中逐条发布。'],
    }),
    prepare: (db, bodyId, rows) => prepareRows(db, bodyId, kind, rows),
    write: writeItem,
    audit: { action: 'talent.item.import', entityType: 'talent_item' },
  });
}

export const ITEM_IMPORTS = {
  innovation: itemImport('innovation'),
  policy: itemImport('policy'),
  training: itemImport('training'),
  service: itemImport('service'),
} satisfies Record<ListItemKind, AnyListImport>;
