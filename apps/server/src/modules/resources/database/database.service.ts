/**
 * The dynamic resource database (工作计划 一(一) 建成动态资源数据库, 倡议书 三): accepted answers published as entries,
 * searched with Chinese word segmentation (jieba tokens in PostgreSQL's `simple` text search, as the organisation
 * directory does), filtered, and counted per city.
 */
import type { ResourceKind, TrainingMode, TResourceSearchQuery, TResourceSearchResult, TSurveyContent } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import type { Grant } from '../../../kernel/rbac/rbac.rules.js';
import { searchTokens, tsQueryFor } from '../../../kernel/search/segment.js';
import { findOrgById } from '../../organizations/index.js';
import { majorsByCodes, regionNames } from '../../reference/index.js';
import { requireSearcher } from '../access/access.service.js';
import { cityName } from '../access/city-names.js';
import { cityCountsCache } from './city-counts.cache.js';
import * as repo from './entries.repository.js';
import { entriesOf, type MajorInfo } from './entries.rules.js';

type CityCounts = Awaited<ReturnType<typeof repo.countByCity>>;
/** One cache per database handle: two databases in one process (the tests) never share counts. */
const keptCounts = new WeakMap<Executor, ReturnType<typeof cityCountsCache<CityCounts>>>();
function keptCityCountsOf(db: Executor) {
  let cache = keptCounts.get(db);
  if (!cache) keptCounts.set(db, (cache = cityCountsCache<CityCounts>()));
  return cache;
}

async function majorInfo(db: Executor, codes: string[]): Promise<Map<string, MajorInfo & { code: string }>> {
  return new Map((await majorsByCodes(db, codes)).map((m) => [m.code, m]));
}

/** Inside the transaction that accepts the answers: the unit's entries become these. */
export async function publishEntries(
  tx: Executor,
  source: { bodyId: string; orgId: string; responseId: string; year: number; content: TSurveyContent; isGenerated: boolean },
): Promise<void> {
  const { content } = source;
  const codes = [
    ...content.majors.map((m) => m.majorCode),
    ...content.bases.flatMap((b) => b.majorCodes),
    ...content.courses.flatMap((c) => (c.majorCode ? [c.majorCode] : [])),
  ];
  const [majors, org] = await Promise.all([majorInfo(tx, codes), findOrgById(tx, source.orgId)]);
  const drafts = entriesOf(content, majors);
  await repo.replaceEntries(
    tx,
    source.bodyId,
    source.orgId,
    drafts.map((d) => ({
      bodyId: source.bodyId,
      orgId: source.orgId,
      responseId: source.responseId,
      year: source.year,
      kind: d.kind,
      title: d.title,
      summary: d.summary,
      majorCode: d.majorCode,
      classCodes: d.classCodes.join(' '),
      categoryCodes: d.categoryCodes.join(' '),
      mode: d.mode,
      openToMembers: d.openToMembers,
      workstations: d.workstations,
      searchTokens: searchTokens(d.title, d.summary, ...d.words, org?.name, org?.shortName),
      isGenerated: source.isGenerated,
    })),
  );
}

export async function searchResources(
  db: Executor,
  grants: Grant[],
  bodyId: string,
  query: TResourceSearchQuery,
): Promise<TResourceSearchResult> {
  await requireSearcher(db, grants, bodyId);
  const tsQuery = query.q ? tsQueryFor(query.q) : null;
  const filter: repo.EntryFilter = {
    bodyId,
    tsQuery: tsQuery ?? undefined,
    text: query.q && !tsQuery ? query.q : undefined,
    kind: query.kind,
    cityCode: query.cityCode,
    categoryCode: query.categoryCode,
    classCode: query.classCode,
    mode: query.mode,
    openToMembers: query.openToMembers,
  };
  const [rows, cityRows, names] = await Promise.all([
    repo.searchEntries(db, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo
      .countsFingerprint(db, bodyId)
      .then((fingerprint) => keptCityCountsOf(db)(JSON.stringify([fingerprint, filter]), () => repo.countByCity(db, filter))),
    regionNames(db),
  ]);
  const majors = await majorInfo(
    db,
    rows.flatMap((r) => (r.entry.majorCode ? [r.entry.majorCode] : [])),
  );
  const total = cityRows.reduce((sum, c) => sum + c.majors + c.bases + c.partners + c.courses, 0);
  return {
    items: rows.map(({ entry, orgName, cityCode }) => {
      const major = entry.majorCode ? majors.get(entry.majorCode) : undefined;
      return {
        id: entry.id,
        kind: entry.kind as ResourceKind,
        title: entry.title,
        summary: entry.summary,
        org: { id: entry.orgId, name: orgName },
        city: { code: cityCode, name: cityName(names, cityCode) },
        major: major ? { code: major.code, name: major.name, className: major.className } : null,
        mode: (entry.mode as TrainingMode | null) ?? null,
        openToMembers: entry.openToMembers,
        year: entry.year,
        isGenerated: entry.isGenerated,
      };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
    cities: cityRows.map((c) => ({ ...c, cityName: cityName(names, c.cityCode) })),
  };
}
