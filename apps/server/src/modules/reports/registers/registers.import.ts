/**
 * 项目与荣誉 from Excel: the authority fills the template (one row per printed row of a report's table), every row is
 * checked, and either all rows join the cycle's register in one transaction with one audit entry, or none do and
 * the user downloads the error report. The export writes the same columns, so an exported file imports again.
 */
import {
  type Locale,
  REGISTER_KIND_NAMES,
  REGISTER_KINDS,
  REGISTER_LEVEL_NAMES,
  REGISTER_LEVELS,
  REGISTER_SCHOOL_LEVEL_NAMES,
  REGISTER_SCHOOL_LEVELS,
  type TImportResult,
  type TRegisterEntryInput,
  ZRegisterEntryInput,
} from '@chanjiao/contracts';
import { z } from 'zod';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Database } from '../../../kernel/db/database.js';
import {
  defineImportTemplate,
  type ImportLimits,
  type ImportOutcome,
  runImport,
  type Upload,
  writeXlsx,
} from '../../../kernel/files/index.js';
import * as repo from './registers.repository.js';
import { entryValues } from './registers.service.js';

const LIST_SEPARATORS = /[、,，;；\n]+/;
/** Other cells as 列名：内容, one per line or separated by ；. */
const CELL_SEPARATORS = /[;；\n]+/;

export const splitPeople = (text: string | undefined) =>
  (text ?? '')
    .split(LIST_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);

/** “奖项：一等奖；赛项：数控车” → { 奖项: 一等奖, 赛项: 数控车 }; a part without a colon is not a cell. */
export function parseExtraCells(text: string | undefined): Record<string, string> | null {
  const cells: Record<string, string> = {};
  for (const part of (text ?? '').split(CELL_SEPARATORS).map((p) => p.trim())) {
    if (!part) continue;
    const at = part.search(/[:：]/);
    if (at <= 0) return null;
    cells[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return cells;
}

export const formatExtraCells = (extra: Record<string, string>) =>
  Object.entries(extra)
    .map(([key, value]) => `${key}：${value}`)
    .join('；');

/** A row as the sheet gives it: people and other cells are text to split; the rest is the entry's own schema. */
const ZRegisterImportRow = ZRegisterEntryInput.extend({
  people: z.preprocess((text) => splitPeople(text as string | undefined), ZRegisterEntryInput.shape.people),
  extra: z
    .string()
    .optional()
    .superRefine((text, ctx) => {
      if (parseExtraCells(text) === null) ctx.addIssue({ code: 'custom', message: 'i18n:REGISTER_EXTRA_FORMAT' });
    })
    .transform((text) => parseExtraCells(text) ?? {})
    .pipe(ZRegisterEntryInput.shape.extra.unwrap()),
});

const options = <T extends string>(names: readonly T[], labels: Record<T, { 'zh-CN': string; 'en-US': string }>) =>
  names.map((value) => ({ value, label: labels[value] }));

export const REGISTER_IMPORT_TEMPLATE = defineImportTemplate<TRegisterEntryInput>({
  key: 'report-registers',
  title: '项目与荣誉导入模板',
  sheetName: '项目与荣誉',
  rowSchema: ZRegisterImportRow,
  columns: [
    {
      key: 'kind',
      header: '类别',
      headerEn: 'Kind',
      required: true,
      width: 10,
      options: options(REGISTER_KIND_NAMES, REGISTER_KINDS),
      example: '基地',
      note: '项目、荣誉、奖项、基地或中心',
    },
    {
      key: 'level',
      header: '级别',
      headerEn: 'Level',
      required: true,
      width: 10,
      options: options(REGISTER_LEVEL_NAMES, REGISTER_LEVELS),
      example: '市级',
    },
    { key: 'year', header: '年份', headerEn: 'Year', required: true, width: 8, example: '2024', note: '立项、获奖或认定的年份' },
    {
      key: 'schoolLevel',
      header: '学段',
      headerEn: 'School level',
      required: true,
      width: 8,
      options: options(REGISTER_SCHOOL_LEVEL_NAMES, REGISTER_SCHOOL_LEVELS),
      example: '中职',
    },
    {
      key: 'name',
      header: '名称',
      headerEn: 'Name',
      required: true,
      width: 36,
      example: '智能制造开放实训中心',
      note: '项目、荣誉、奖项或基地本身的名称；学校名单则填所获称号',
    },
    {
      key: 'holderSchool',
      header: '学校',
      headerEn: 'School',
      required: true,
      width: 30,
      example: '上海市曹杨职业技术学校',
      note: '与平台中的组织名称一致时自动关联；多校合作按原表填写',
    },
    {
      key: 'majorCode',
      header: '专业代码',
      headerEn: 'Major code',
      width: 10,
      text: true,
      example: '660301',
      note: '《职业教育专业目录》6 位代码，可不填',
    },
    { key: 'majorName', header: '专业名称', headerEn: 'Major name', width: 18, example: '数控技术应用' },
    { key: 'people', header: '人员', headerEn: 'People', width: 24, example: '张明、李华', note: '教师、学生或领衔人，多人用顿号分隔' },
    {
      key: 'extra',
      header: '其他列',
      headerEn: 'Other cells',
      width: 30,
      example: '星级：五星；奖项：一等奖',
      note: '原表的其他列，写成“列名：内容”，多列用分号分隔，最多 12 列',
    },
    {
      key: 'sourceTable',
      header: '来源表格',
      headerEn: 'Source table',
      width: 18,
      example: '上海年报2024 表3',
      note: '报告中的表格编号，用于筛选和生成报告表格',
    },
  ],
});

async function writeEntries(
  db: Database,
  actor: Actor,
  cycleId: string,
  filename: string,
  inputs: TRegisterEntryInput[],
): Promise<TImportResult> {
  const orgIds = await repo.orgIdsOfNames(
    db,
    inputs.map((i) => i.holderSchool),
  );
  return db.transaction(async (tx) => {
    await repo.insertEntries(
      tx,
      cycleId,
      inputs.map((input) => entryValues(input, orgIds)),
    );
    await recordAudit(tx, actor, {
      action: 'reports.register.import',
      entityType: 'report_register_entry',
      details: { cycleId, count: inputs.length, filename, sourceTables: [...new Set(inputs.map((i) => i.sourceTable ?? null))] },
    });
    return { imported: inputs.length, filename };
  });
}

export async function importEntries(
  db: Database,
  actor: Actor & { userId: string },
  cycleId: string,
  upload: Upload,
  settings: { limits: ImportLimits; locale: Locale },
): Promise<ImportOutcome<TImportResult>> {
  return runImport({
    db,
    template: REGISTER_IMPORT_TEMPLATE,
    upload,
    ownerUserId: actor.userId,
    locale: settings.locale,
    limits: settings.limits,
    handlers: {
      prepare: async (rows) => ({ ready: rows.map((r) => r.value), issues: [] }),
      commit: (inputs) => writeEntries(db, actor, cycleId, upload.filename, inputs),
    },
  });
}

/** The entries as the template's columns, labels in Chinese as the drop-downs offer them. */
export async function exportEntries(rows: repo.EntryRow[]): Promise<Buffer> {
  const column = (key: string) => REGISTER_IMPORT_TEMPLATE.column(key)!;
  const cell = (key: string, value: (row: repo.EntryRow) => string | number | null) => ({
    header: column(key).header,
    width: column(key).width,
    numFmt: column(key).text ? '@' : undefined,
    value,
  });
  return writeXlsx(
    [
      cell('kind', (r) => REGISTER_KINDS[r.kind]['zh-CN']),
      cell('level', (r) => REGISTER_LEVELS[r.level]['zh-CN']),
      cell('year', (r) => r.year),
      cell('schoolLevel', (r) => REGISTER_SCHOOL_LEVELS[r.schoolLevel]['zh-CN']),
      cell('name', (r) => r.name),
      cell('holderSchool', (r) => r.holderName),
      cell('majorCode', (r) => r.majorCode),
      cell('majorName', (r) => r.majorName),
      cell('people', (r) => r.people.join('、')),
      cell('extra', (r) => formatExtraCells(r.extra)),
      cell('sourceTable', (r) => r.sourceTable),
    ],
    rows,
    { sheetName: REGISTER_IMPORT_TEMPLATE.sheetName },
  );
}
