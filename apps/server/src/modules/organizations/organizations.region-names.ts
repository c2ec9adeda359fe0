/**
 * Region names as people write them in spreadsheets: "普陀区", "上海市普陀区", "江苏省 苏州市 昆山市".
 * District names repeat across the country (鼓楼区 is in several cities), so a bare name resolves only
 * when it is unique; otherwise the province or city must be given, or the code.
 */
import { regionFullNamer } from '@chanjiao/contracts';

export interface RegionRow {
  code: string;
  name: string;
  parentCode: string | null;
}

const SEPARATORS = /[\s/\\\-－—·.,，、>＞|]/g;

export function normalizeRegionName(text: string): string {
  return text.replace(SEPARATORS, '');
}

export interface RegionDirectory {
  byCode: Map<string, RegionRow>;
  /** "上海市普陀区", as every list and export writes it (regionFullNamer). */
  fullName(code: string): string | null;
  /** Every region a written name may mean. */
  candidates(name: string): RegionRow[];
}

function ancestors(region: RegionRow, byCode: Map<string, RegionRow>): RegionRow[] {
  const chain: RegionRow[] = [];
  for (let parent = region.parentCode ? byCode.get(region.parentCode) : undefined; parent;) {
    chain.unshift(parent);
    parent = parent.parentCode ? byCode.get(parent.parentCode) : undefined;
  }
  return chain;
}

/** The region's name preceded by any ordered selection of its ancestors' names, groupings included. */
function spellings(region: RegionRow, byCode: Map<string, RegionRow>): string[] {
  let prefixes = [''];
  for (const ancestor of ancestors(region, byCode)) {
    prefixes = [...prefixes, ...prefixes.map((prefix) => prefix + ancestor.name)];
  }
  return prefixes.map((prefix) => normalizeRegionName(prefix + region.name));
}

export function regionDirectory(regions: RegionRow[]): RegionDirectory {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const byName = new Map<string, RegionRow[]>();
  for (const region of regions) {
    for (const spelling of new Set(spellings(region, byCode))) {
      byName.set(spelling, [...(byName.get(spelling) ?? []), region]);
    }
  }
  return {
    byCode,
    fullName: regionFullNamer(regions),
    candidates: (name) => byName.get(normalizeRegionName(name)) ?? [],
  };
}
