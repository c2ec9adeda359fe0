/** The gap table of a body: its demand and supply through the gap rules, with the names a reader needs. */
import type { GapGroup, TGapTable } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { comparePinyin } from '../../../kernel/search/pinyin-sort-key.js';
import { requireBody } from '../../bodies/index.js';
import { demandFigures } from '../demand/demand.repository.js';
import { industryOf } from '../majors/major-hierarchy.rules.js';
import { majorsByCode, regionFullNames } from '../majors/majors.js';
import { supplyFigures } from '../supply/supply.repository.js';
import { aggregateGaps, countedFor, type GapCell, gapCells, SHARING_RULE, yearsFrom } from './gaps.rules.js';

/** The body's demand and supply laid out per major and city over three years from `startYear`. */
export async function bodyGapCells(db: Executor, bodyId: string, startYear: number, cityCode?: string) {
  const years = yearsFrom(startYear);
  const filter = { cityCode, years: { from: years[0]!, to: years[years.length - 1]! } };
  const [demands, supplies] = await Promise.all([demandFigures(db, bodyId, filter), supplyFigures(db, bodyId, filter)]);
  const cells = gapCells(demands, supplies, years);
  return { years, demands, supplies, cells: cityCode ? cells.filter((cell) => cell.cityCode === cityCode) : cells };
}

const EVIDENCE_DEMANDS = 20;

/** The demand rows counted to a major over the window, most people first: the evidence shown beside a figure. */
export function demandEvidence(demands: Awaited<ReturnType<typeof demandFigures>>, years: number[]) {
  return (majorCode: string) =>
    demands
      .map((d) => ({ demandId: d.id, orgName: d.orgName, position: d.position, counted: countedFor(d, majorCode, years) }))
      .filter((d) => d.counted > 0)
      .sort((a, b) => b.counted - a.counted || comparePinyin(a.orgName, b.orgName))
      .slice(0, EVIDENCE_DEMANDS);
}

type Named = { name: string; level: string | null };

/** What a group is called, and for industries which industry each major serves (its category's name, industryOf). */
async function grouping(db: Executor, cells: GapCell[], groupBy: GapGroup) {
  if (groupBy === 'city') {
    const regions = await regionFullNames(db);
    return {
      industries: new Map<string, string>(),
      nameOf: (key: string): Named => ({ name: regions.get(key) ?? (key || '—'), level: null }),
    };
  }
  const majors = await majorsByCode(
    db,
    cells.map((c) => c.majorCode),
  );
  const industries = new Map([...majors.values()].map((major) => [major.code, industryOf(major.categoryName)]));
  // An industry's key is its name and spans the levels, so it has no level of its own.
  if (groupBy === 'industry') return { industries, nameOf: (key: string): Named => ({ name: key, level: null }) };
  const byKey = new Map<string, Named>();
  for (const major of majors.values()) {
    byKey.set(major.code, { name: major.name, level: major.level });
    byKey.set(major.classCode, { name: major.className, level: major.level });
    byKey.set(major.categoryCode, { name: major.categoryName, level: major.level });
  }
  return { industries, nameOf: (key: string): Named => byKey.get(key) ?? { name: key, level: null } };
}

export async function gapTable(
  db: Executor,
  bodyId: string,
  query: { groupBy: GapGroup; startYear: number; cityCode?: string },
): Promise<TGapTable> {
  await requireBody(db, bodyId);
  const { years, cells } = await bodyGapCells(db, bodyId, query.startYear, query.cityCode);
  const { industries, nameOf } = await grouping(db, cells, query.groupBy);
  const rows = aggregateGaps(cells, query.groupBy, years.length, industries);
  const total = (pick: (r: (typeof rows)[number]) => number[]) => years.map((_, i) => rows.reduce((sum, r) => sum + pick(r)[i]!, 0));
  return {
    groupBy: query.groupBy,
    years,
    cityCode: query.cityCode ?? null,
    rows: rows.map(({ enterprises: _enterprises, ...row }) => ({ ...row, ...nameOf(row.key) })),
    totals: { demand: total((r) => r.demand), supply: total((r) => r.supply), gap: total((r) => r.gap) },
    rule: SHARING_RULE,
  };
}
