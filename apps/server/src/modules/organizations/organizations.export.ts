/**
 * 组织名录导出: every organisation matching the list's filters, with the import template's headers
 * (so an exported file can be edited and imported elsewhere) and Chinese labels for codes.
 */
import { ORG_TYPES, SCHOOL_LEVELS, type OrgType, type SchoolLevel, type TOrgListQuery } from '@chanjiao/contracts';
import type { Database, Executor } from '../../kernel/db/database.js';
import { writeXlsx, type XlsxColumn } from '../../kernel/files/index.js';
import { formatShanghai, shanghaiDate } from '../../kernel/time/shanghai.js';
import { listRegions } from '../reference/index.js';
import { listOrgs, type OrgRow } from './organizations.repository.js';
import { regionDirectory } from './organizations.region-names.js';

export type OrgExportQuery = Omit<TOrgListQuery, 'page' | 'pageSize'>;

const EXPORT_PAGE_SIZE = 1000;

function exportColumns(fullName: (code: string) => string | null): XlsxColumn<OrgRow>[] {
  return [
    { header: '名称', width: 34, value: (org) => org.name },
    { header: '简称', width: 16, value: (org) => org.shortName },
    { header: '统一社会信用代码', width: 24, numFmt: '@', value: (org) => org.uscc },
    { header: '类型', width: 16, value: (org) => ORG_TYPES[org.type as OrgType]?.['zh-CN'] ?? org.type },
    {
      header: '办学层次',
      width: 14,
      value: (org) => (org.level ? (SCHOOL_LEVELS[org.level as SchoolLevel]?.['zh-CN'] ?? org.level) : null),
    },
    { header: '所在地区代码', width: 14, numFmt: '@', value: (org) => org.regionCode },
    { header: '所在地区', width: 20, value: (org) => fullName(org.regionCode) },
    { header: '地址', width: 34, value: (org) => org.address },
    { header: '法定代表人', width: 12, value: (org) => org.legalRepresentative },
    { header: '网址', width: 28, value: (org) => org.website },
    { header: '简介', width: 40, value: (org) => org.description },
    { header: '更新时间', width: 18, value: (org) => formatShanghai(org.updatedAt, 'minute') },
  ];
}

async function* matchingOrgs(db: Executor, query: OrgExportQuery): AsyncGenerator<OrgRow> {
  for (let page = 1; ; page++) {
    const { rows } = await listOrgs(db, { ...query, page, pageSize: EXPORT_PAGE_SIZE });
    yield* rows;
    if (rows.length < EXPORT_PAGE_SIZE) return;
  }
}

/** Reads page by page inside one repeatable-read transaction, so concurrent edits cannot shift the pages. */
export async function exportOrganizations(db: Database, query: OrgExportQuery): Promise<Buffer> {
  return db.transaction(
    async (tx) => {
      const regions = regionDirectory(await listRegions(tx));
      return writeXlsx(
        exportColumns((code) => regions.fullName(code)),
        matchingOrgs(tx, query),
        { sheetName: '组织' },
      );
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export function exportFilename(now: Date): string {
  return `组织名录-${shanghaiDate(now).replace(/-/g, '')}.xlsx`;
}
