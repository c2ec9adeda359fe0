/**
 * Region names as people write them in spreadsheets: "普陀区", "上海市普陀区", "江苏省 苏州市 昆山市".
 * District names repeat across the country (鼓楼区 is in several cities), so a bare name resolves only
 * when it is unique; otherwise the province or city must be given, or the code.
 */
export interface RegionRow {
  code: string;
  name: string;
  parentCode: string | null;
}

/** "上海市市辖区" and the like group districts administratively; addresses leave them out. */
const GROUPING_SUFFIXES = ['市辖区', '省直辖县级行政区划', '自治区直辖县级行政区划'];

const SEPARATORS = /[\s/\\\-－—·.,，、>＞|]/g;

export function normalizeRegionName(text: string): string {
  return text.replace(SEPARATORS, '');
}

export interface RegionDirectory {
  byCode: Map<string, RegionRow>;
  /** "上海市普陀区": the province, city (unless a grouping) and the region itself. */
  fullName(code: string): string | null;
  /** Every region a written name may mean. */
  candidates(name: string): RegionRow[];
}

function isGrouping(region: RegionRow): boolean {
  return GROUPING_SUFFIXES.some((suffix) => region.name.endsWith(suffix));
}

function ancestors(region: RegionRow, byCode: Map<string, RegionRow>): RegionRow[] {
  const chain: RegionRow[] = [];
  for (let parent = region.parentCode ? byCode.get(region.parentCode) : undefined; parent; ) {
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
    fullName(code) {
      const region = byCode.get(code);
      if (!region) return null;
      const named = ancestors(region, byCode).filter((ancestor) => !isGrouping(ancestor));
      return [...named, region].map((r) => r.name).join('');
    },
    candidates: (name) => byName.get(normalizeRegionName(name)) ?? [],
  };
}
