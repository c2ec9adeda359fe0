/**
 * The three-level public display (上海年报 6.4: “实施‘市、区、校’三级公示制度”), readable without signing in: the columns
 * of the authorities that published reports, a column (the authority's own report, its districts' with a link to their
 * columns, its schools' and enterprises'), and a published report's page. Only published reports, nothing personal:
 * the unit, the report built from approved data, and its 公开形式, 公开时间, 公开网址.
 */
import type { TPublicColumn, TPublicColumns, TPublicEntry, TPublicReport } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, notFound } from '../../../kernel/errors.js';
import { requireCycle } from '../cycles/cycles.service.js';
import { findOrgsByIds } from '../../organizations/index.js';
import { generateForCycle, generateOfLoaded } from '../generation/generation.service.js';
import { findReport } from '../review/reports.repository.js';
import { columnKind } from './publication.rules.js';
import * as repo from './publication.repository.js';
import { presentPublication } from './publication.service.js';

const PUBLISHED_REPORT = bilingual('已公开的质量年报', 'published quality report');
const COLUMN = bilingual('年报公示专栏', 'report column');

export async function publicColumns(db: Executor): Promise<TPublicColumns> {
  const rows = await repo.publishingAuthorities(db);
  const byOrg = new Map<string, TPublicColumns['items'][number]>();
  for (const row of rows) {
    const seen = byOrg.get(row.orgId);
    const kind = columnKind(row.levels);
    if (!seen) byOrg.set(row.orgId, { org: { id: row.orgId, name: row.name }, kind, published: row.published });
    else Object.assign(seen, { published: seen.published + row.published, kind: seen.kind === 'city' ? 'city' : kind });
  }
  // The city's column first, then the districts'.
  return { items: [...byOrg.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'city' ? -1 : 1)) };
}

export async function publicColumn(db: Executor, orgId: string): Promise<TPublicColumn> {
  const columns = (await publicColumns(db)).items;
  const column = columns.find((c) => c.org.id === orgId);
  if (!column) throw notFound(COLUMN);
  const withColumn = new Set(columns.map((c) => c.org.id));
  const rows = await repo.livePublicationsOfAuthority(db, orgId);
  const years = new Map<string, TPublicColumn['years'][number]>();
  // A report sent back after publication is off the column until it is approved again.
  for (const row of rows.filter((r) => !r.publication.reportId || r.status === 'approved')) {
    let year = years.get(row.cycle.id);
    if (!year) {
      year = { reportYear: row.cycle.reportYear, cycleTitle: row.cycle.title, own: null, districts: [], schools: [], enterprises: [] };
      years.set(row.cycle.id, year);
    }
    const level = row.publication.reportId ? row.level! : 'authority';
    const entry: TPublicEntry = {
      org: { id: row.publication.orgId, name: row.orgName },
      level,
      title: level === 'authority' ? row.cycle.title : `${row.orgName}${row.cycle.reportYear}年度质量报告`,
      publication: presentPublication(row.publication, row.cycle.deadlines.publish),
      columnOrgId: level === 'district' && withColumn.has(row.publication.orgId) ? row.publication.orgId : null,
    };
    if (level === 'authority') year.own = entry;
    else if (level === 'district') year.districts.push(entry);
    else if (level === 'enterprise') year.enterprises.push(entry);
    else year.schools.push(entry);
  }
  return { org: column.org, kind: column.kind, years: [...years.values()] };
}

export async function publicReport(db: Executor, reportId: string): Promise<TPublicReport> {
  const publication = await repo.findLivePublication(db, { reportId });
  const loaded = publication ? await findReport(db, reportId) : undefined;
  if (!publication || loaded?.report.status !== 'approved') throw notFound(PUBLISHED_REPORT);
  const [authority] = await findOrgsByIds(db, [loaded.cycle.authorityOrgId]);
  return {
    org: { id: loaded.report.orgId, name: loaded.orgName },
    column: { id: loaded.cycle.authorityOrgId, name: authority?.name ?? '' },
    reportYear: loaded.cycle.reportYear,
    publication: presentPublication(publication, loaded.cycle.deadlines.publish),
    report: await generateOfLoaded(db, loaded),
  };
}

export async function publicCycleReport(db: Executor, cycleId: string): Promise<TPublicReport> {
  const publication = await repo.findLivePublication(db, { cycleId });
  if (!publication) throw notFound(PUBLISHED_REPORT);
  const { cycle, authorityName } = await requireCycle(db, cycleId);
  const authority = { id: cycle.authorityOrgId, name: authorityName };
  return {
    org: authority,
    column: authority,
    reportYear: cycle.reportYear,
    publication: presentPublication(publication, cycle.deadlines.publish),
    // The public reads only what the chain approved.
    report: await generateForCycle(db, cycleId, 'approved'),
  };
}
