/**
 * Supply against demand (docs/sources.md §9 T3; 连教职函〔2026〕6号 附件1 指标3.3 三年内企业技能人才需求清单; 《本期聚焦：市域产教联合体》 按照"产业链—工种—岗位—专业"
 * 的逻辑): the people enterprises want per major and year, the graduates schools expect per major and year, and the
 * gap between them (demand − supply: positive is a shortage, negative a surplus), added up by major, 专业类,
 * 专业大类, industry or city.
 */
import type { GapGroup, GapSign } from '@chanjiao/contracts';
import { bilingual } from '../../../kernel/errors.js';
import { cityCodeOf, majorHierarchy } from '../majors/major-hierarchy.rules.js';

export interface DemandFigures {
  id: string;
  orgId: string;
  majorCodes: string[];
  startYear: number;
  headcounts: number[];
  locationRegionCode: string;
}

export interface SupplyFigures {
  majorCode: string;
  startYear: number;
  expectedGraduates: number[];
  /** Where the school sits. */
  regionCode: string | null;
}

/** One major in one city, with the people wanted and trained in each year of the window. */
export interface GapCell {
  majorCode: string;
  cityCode: string | null;
  demand: number[];
  supply: number[];
  /** The enterprises whose demand counts in this cell. */
  orgIds: Set<string>;
}

export function yearsFrom(startYear: number, count = 3): number[] {
  return Array.from({ length: count }, (_, i) => startYear + i);
}

/**
 * A demand naming several majors is one headcount, not one per major: it is shared among the majors in the order
 * the enterprise listed them, each taking the whole share and the first ones one more while a remainder is left
 * (7 people over 3 majors: 3, 2, 2). No person is counted twice, so the gaps add up to the total.
 */
export function shareHeadcount(headcount: number, majorCount: number): number[] {
  if (majorCount < 1) return [];
  const base = Math.floor(headcount / majorCount);
  const remainder = headcount % majorCount;
  return Array.from({ length: majorCount }, (_, i) => base + (i < remainder ? 1 : 0));
}

export const SHARING_RULE = bilingual(
  '一条需求填报多个专业时，需求人数按填报顺序在各专业间平分，余数依次计入排在前面的专业，同一人不重复计数。',
  'A demand naming several majors shares its headcount among them in the order given, the remainder going to the first ones; nobody is counted twice.',
);

/** Index of a calendar year in the window, or −1 outside it. */
function slot(years: number[], year: number) {
  return year - years[0]! < years.length && year >= years[0]! ? year - years[0]! : -1;
}

/** Demand and supply laid out per major and city over the window's years. */
export function gapCells(demands: DemandFigures[], supplies: SupplyFigures[], years: number[]): GapCell[] {
  const cells = new Map<string, GapCell>();
  const cell = (majorCode: string, cityCode: string | null) => {
    const key = `${majorCode}|${cityCode ?? ''}`;
    let found = cells.get(key);
    if (!found) {
      found = { majorCode, cityCode, demand: years.map(() => 0), supply: years.map(() => 0), orgIds: new Set() };
      cells.set(key, found);
    }
    return found;
  };
  for (const demand of demands) {
    const city = cityCodeOf(demand.locationRegionCode);
    demand.headcounts.forEach((headcount, i) => {
      const at = slot(years, demand.startYear + i);
      if (at < 0) return;
      shareHeadcount(headcount, demand.majorCodes.length).forEach((people, m) => {
        const target = cell(demand.majorCodes[m]!, city);
        target.demand[at]! += people;
        target.orgIds.add(demand.orgId);
      });
    });
  }
  for (const supply of supplies) {
    const city = supply.regionCode ? cityCodeOf(supply.regionCode) : null;
    supply.expectedGraduates.forEach((graduates, i) => {
      const at = slot(years, supply.startYear + i);
      if (at >= 0) cell(supply.majorCode, city).supply[at]! += graduates;
    });
  }
  return [...cells.values()];
}

export function gapSign(gap: number): GapSign {
  return gap > 0 ? 'shortage' : gap < 0 ? 'surplus' : 'balanced';
}

/**
 * The key a cell is added up under. An industry is named, not coded: `industries` gives each major's (from the
 * catalogue's category names, industryOf); a major it lacks stays under its category code.
 */
export function groupKey(cell: GapCell, groupBy: GapGroup, industries: ReadonlyMap<string, string> = new Map()): string {
  switch (groupBy) {
    case 'major':
      return cell.majorCode;
    case 'class':
      return majorHierarchy(cell.majorCode).classCode;
    case 'category':
      return majorHierarchy(cell.majorCode).categoryCode;
    case 'industry':
      return industries.get(cell.majorCode) ?? majorHierarchy(cell.majorCode).categoryCode;
    case 'city':
      return cell.cityCode ?? '';
  }
}

export interface GapGroupFigures {
  key: string;
  demand: number[];
  supply: number[];
  gap: number[];
  signs: GapSign[];
  totalDemand: number;
  totalSupply: number;
  totalGap: number;
  sign: GapSign;
  enterprises: number;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Cells added up by the group, each year's gap with its sign and the window's total. A category code is shared by
 * no two levels, so categories of 中职 and 高职专科 never mix. Rows come largest shortage first.
 */
export function aggregateGaps(
  cells: GapCell[],
  groupBy: GapGroup,
  yearCount = 3,
  industries: ReadonlyMap<string, string> = new Map(),
): GapGroupFigures[] {
  const groups = new Map<string, { demand: number[]; supply: number[]; orgIds: Set<string> }>();
  for (const cell of cells) {
    const key = groupKey(cell, groupBy, industries);
    let group = groups.get(key);
    if (!group) {
      group = { demand: Array(yearCount).fill(0) as number[], supply: Array(yearCount).fill(0) as number[], orgIds: new Set() };
      groups.set(key, group);
    }
    for (let i = 0; i < yearCount; i += 1) {
      group.demand[i]! += cell.demand[i]!;
      group.supply[i]! += cell.supply[i]!;
    }
    for (const orgId of cell.orgIds) group.orgIds.add(orgId);
  }
  return [...groups.entries()]
    .map(([key, { demand, supply, orgIds }]) => {
      const gap = demand.map((d, i) => d - supply[i]!);
      const totalGap = sum(gap);
      return {
        key,
        demand,
        supply,
        gap,
        signs: gap.map(gapSign),
        totalDemand: sum(demand),
        totalSupply: sum(supply),
        totalGap,
        sign: gapSign(totalGap),
        enterprises: orgIds.size,
      };
    })
    .sort((a, b) => b.totalGap - a.totalGap || a.key.localeCompare(b.key));
}

/** The people of one demand counted to one of its majors over the window (the evidence of a catalogue entry). */
export function countedFor(demand: DemandFigures, majorCode: string, years: number[]): number {
  const index = demand.majorCodes.indexOf(majorCode);
  if (index < 0) return 0;
  return demand.headcounts.reduce(
    (total, headcount, i) =>
      slot(years, demand.startYear + i) < 0 ? total : total + shareHeadcount(headcount, demand.majorCodes.length)[index]!,
    0,
  );
}
