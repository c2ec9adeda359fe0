/**
 * 组织批量导入: the template users download and fill in, and the import that writes every row with one
 * audit entry in one transaction — or nothing, with an error report.
 */
import {
  type Bilingual,
  type Locale,
  optionalText,
  ORG_TYPES,
  SCHOOL_LEVELS,
  type TImportResult,
  type TOrgInput,
  usccCheckCharacter,
  ZOrgInput,
} from '@chanjiao/contracts';
import type { Actor } from '../../kernel/audit/audit.service.js';
import { recordAudit } from '../../kernel/audit/audit.service.js';
import type { Database } from '../../kernel/db/database.js';
import {
  defineImportTemplate,
  type ImportLimits,
  type ImportOption,
  type ImportOutcome,
  runImport,
  type Upload,
} from '../../kernel/files/index.js';
import { checkOrgImportRows, type OrgImportRow } from './organizations.import-checks.js';
import { insertOrgsInBulk } from './organizations.repository.js';
import { orgValues } from './organizations.service.js';

function optionsOf(labels: Record<string, Bilingual>): ImportOption[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** The API's input, except that the region may be given by name; checks resolve it to a code. */
const ZOrgImportRow = ZOrgInput.omit({ regionCode: true }).extend({
  regionCode: optionalText(20),
  regionName: optionalText(60),
});

/** Valid, so the example teaches the format, and plainly made up, so nobody mistakes it for a real one. */
const EXAMPLE_USCC = `91310107EXAMPLE00${usccCheckCharacter('91310107EXAMPLE00')}`;

export const ORG_IMPORT_TEMPLATE = defineImportTemplate<OrgImportRow>({
  key: 'organizations',
  title: '组织批量导入模板',
  sheetName: '组织',
  rowSchema: ZOrgImportRow,
  requireOneOf: [['regionCode', 'regionName']],
  columns: [
    {
      key: 'name',
      header: '名称',
      headerEn: 'Name',
      required: true,
      width: 34,
      example: '上海市示例职业技术学校',
      note: '组织全称，与营业执照或办学许可证一致，最多 100 字',
    },
    { key: 'shortName', header: '简称', headerEn: 'Short name', width: 16, example: '示例职校', note: '最多 40 字，可不填' },
    {
      key: 'uscc',
      header: '统一社会信用代码',
      headerEn: 'Unified social credit code',
      width: 24,
      text: true,
      example: EXAMPLE_USCC,
      note: '18 位数字和大写字母（不使用 I、O、Z、S、V），最后一位是校验位；同一代码只能登记一个组织；暂无可不填',
    },
    {
      key: 'type',
      header: '类型',
      headerEn: 'Type',
      required: true,
      width: 16,
      options: optionsOf(ORG_TYPES),
      example: ORG_TYPES.secondary_vocational['zh-CN'],
      note: '从下拉列表中选择',
    },
    {
      key: 'level',
      header: '办学层次',
      headerEn: 'School level',
      width: 14,
      options: optionsOf(SCHOOL_LEVELS),
      example: SCHOOL_LEVELS.secondary['zh-CN'],
      note: '学校从下拉列表中选择；企业等其他组织不填',
    },
    {
      key: 'regionCode',
      header: '所在地区代码',
      headerEn: 'Region code',
      width: 14,
      text: true,
      example: '310107',
      note: '6 位行政区划代码，如 310107（上海市普陀区）；与『所在地区』至少填写一项，都填时须一致',
    },
    {
      key: 'regionName',
      header: '所在地区',
      headerEn: 'Region',
      width: 20,
      example: '上海市普陀区',
      note: '行政区划名称，如“上海市普陀区”；区县重名时请带上省市名称，或改填所在地区代码',
    },
    { key: 'address', header: '地址', headerEn: 'Address', width: 34, example: '上海市普陀区示例路 1 号', note: '最多 200 字' },
    { key: 'legalRepresentative', header: '法定代表人', headerEn: 'Legal representative', width: 12, example: '张三', note: '最多 40 字' },
    {
      key: 'website',
      header: '网址',
      headerEn: 'Website',
      width: 28,
      example: 'https://www.example.edu.cn',
      note: '以 http:// 或 https:// 开头',
    },
    {
      key: 'description',
      header: '简介',
      headerEn: 'Description',
      width: 40,
      example: '一所示例学校，导入时保持原样的本行会被跳过。',
      note: '最多 2000 字',
    },
  ],
});

/** Rows per INSERT: each statement sends one array per column, so the chunk only paces the progress reports. */
const INSERT_CHUNK = 500;

export interface OrgImportOptions {
  limits: ImportLimits;
  locale: Locale;
  /** Called inside the transaction after each chunk, e.g. to report progress. */
  onProgress?: (inserted: number, total: number) => void | Promise<void>;
}

async function writeOrganizations(
  db: Database,
  actor: Actor,
  filename: string,
  inputs: TOrgInput[],
  onProgress: OrgImportOptions['onProgress'],
): Promise<TImportResult> {
  return db.transaction(async (tx) => {
    // While the database writes one chunk, the next is prepared (its names segmented for search): the two
    // run side by side instead of one after the other.
    let writing: { done: Promise<void>; inserted: number } | null = null;
    for (let start = 0; start < inputs.length; start += INSERT_CHUNK) {
      const values = inputs.slice(start, start + INSERT_CHUNK).map((input) => orgValues(input));
      if (writing) {
        await writing.done;
        await onProgress?.(writing.inserted, inputs.length);
      }
      writing = { done: insertOrgsInBulk(tx, values), inserted: Math.min(start + INSERT_CHUNK, inputs.length) };
    }
    if (writing) {
      await writing.done;
      await onProgress?.(writing.inserted, inputs.length);
    }
    await recordAudit(tx, actor, {
      action: 'org.import',
      entityType: 'organization',
      details: { count: inputs.length, filename },
    });
    return { imported: inputs.length, filename };
  });
}

export async function importOrganizations(
  db: Database,
  actor: Actor & { userId: string },
  upload: Upload,
  options: OrgImportOptions,
): Promise<ImportOutcome<TImportResult>> {
  return runImport({
    db,
    template: ORG_IMPORT_TEMPLATE,
    upload,
    ownerUserId: actor.userId,
    locale: options.locale,
    limits: options.limits,
    handlers: {
      prepare: (rows) => checkOrgImportRows(db, rows),
      commit: (inputs) => writeOrganizations(db, actor, upload.filename, inputs, options.onProgress),
    },
  });
}
