/**
 * Checks of an organisation import that look beyond one row: the region exists (by code or by name),
 * and each unified social credit code appears once — in the file and in the directory.
 */
import type { TOrgInput } from '@chanjiao/contracts';
import type { Executor } from '../../kernel/db/database.js';
import { bilingual } from '../../kernel/errors.js';
import type { RowIssue, ValidRow } from '../../kernel/files/index.js';
import { listRegions } from '../reference/index.js';
import { findOrgsByUscc } from './organizations.repository.js';
import { type RegionDirectory, regionDirectory } from './organizations.region-names.js';

export type OrgImportRow = Omit<TOrgInput, 'regionCode'> & { regionCode?: string; regionName?: string };

function resolveRegion(row: ValidRow<OrgImportRow>, regions: RegionDirectory): { code?: string; issue?: RowIssue } {
  const { regionCode, regionName } = row.value;
  const at = (column: string, zh: string, en: string): { issue: RowIssue } => ({
    issue: { row: row.row, column, detail: bilingual(zh, en) },
  });
  if (regionCode !== undefined && !/^\d{6}$/.test(regionCode)) {
    return at(
      'regionCode',
      `应为 6 位数字的行政区划代码（如 310107），当前为“${regionCode}”`,
      `must be a 6-digit region code such as 310107, not “${regionCode}”`,
    );
  }
  if (regionCode !== undefined && !regions.byCode.has(regionCode)) {
    return at('regionCode', `代码 ${regionCode} 不在行政区划表中，请核对`, `code ${regionCode} is not a known region; check it`);
  }
  if (regionName === undefined) return { code: regionCode };
  const candidates = regions.candidates(regionName);
  if (candidates.length === 0) {
    return at(
      'regionName',
      `“${regionName}”不在行政区划表中，请按“上海市普陀区”的写法填写，或改填所在地区代码`,
      `“${regionName}” is not a known region; write it like “上海市普陀区” or give the region code`,
    );
  }
  if (regionCode !== undefined) {
    if (candidates.some((region) => region.code === regionCode)) return { code: regionCode };
    return at(
      'regionName',
      `“${regionName}”与所在地区代码 ${regionCode}（${regions.fullName(regionCode)}）不一致，请改正其中一项`,
      `“${regionName}” does not match the region code ${regionCode} (${regions.fullName(regionCode)}); correct one of them`,
    );
  }
  if (candidates.length > 1) {
    const names = candidates.map((region) => regions.fullName(region.code)).join('、');
    return at(
      'regionName',
      `“${regionName}”对应多个地区（${names}），请带上省市名称或改填所在地区代码`,
      `“${regionName}” matches several regions (${names}); add the province or city, or give the region code`,
    );
  }
  return { code: candidates[0]!.code };
}

function fileDuplicates(rows: ValidRow<OrgImportRow>[]): RowIssue[] {
  const rowsByCode = new Map<string, number[]>();
  for (const { row, value } of rows) {
    if (value.uscc) rowsByCode.set(value.uscc, [...(rowsByCode.get(value.uscc) ?? []), row]);
  }
  const issues: RowIssue[] = [];
  for (const [code, rowNumbers] of rowsByCode) {
    if (rowNumbers.length < 2) continue;
    for (const row of rowNumbers) {
      const others = rowNumbers.filter((other) => other !== row).join('、');
      issues.push({
        row,
        column: 'uscc',
        detail: bilingual(
          `“${code}”在文件中重复出现（另见第${others}行），同一代码只能登记一个组织`,
          `“${code}” appears more than once in the file (also row ${others}); a code identifies one organisation`,
        ),
      });
    }
  }
  return issues;
}

async function directoryDuplicates(db: Executor, rows: ValidRow<OrgImportRow>[]): Promise<RowIssue[]> {
  const codes = [...new Set(rows.map((row) => row.value.uscc).filter((code): code is string => !!code))];
  const holders = new Map<string, string>();
  for (const found of await findOrgsByUscc(db, codes)) holders.set(found.uscc!, found.name);
  return rows.flatMap(({ row, value }) => {
    const holder = value.uscc ? holders.get(value.uscc) : undefined;
    if (holder === undefined) return [];
    return [
      {
        row,
        column: 'uscc',
        detail: bilingual(
          `“${value.uscc}”已登记为“${holder}”，同一代码只能登记一个组织；如是同一单位请删除此行`,
          `“${value.uscc}” is already registered to “${holder}”; if it is the same organisation, delete this row`,
        ),
      },
    ];
  });
}

export async function checkOrgImportRows(
  db: Executor,
  rows: ValidRow<OrgImportRow>[],
): Promise<{ ready: TOrgInput[]; issues: RowIssue[] }> {
  const regions = regionDirectory(await listRegions(db));
  const issues: RowIssue[] = [...fileDuplicates(rows), ...(await directoryDuplicates(db, rows))];
  const ready: TOrgInput[] = [];
  for (const row of rows) {
    const region = resolveRegion(row, regions);
    if (region.issue) issues.push(region.issue);
    const { regionName: _written, ...input } = row.value;
    if (region.code) ready.push({ ...input, regionCode: region.code });
  }
  return { ready, issues };
}
