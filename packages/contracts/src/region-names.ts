/**
 * A region's name as an address writes it: 江苏省苏州市相城区, 上海市普陀区. GB/T 2260 puts placeholder levels
 * between a province and its counties (上海市市辖区, 重庆市县, 海南省省直辖县级行政区划) that group codes but are
 * never written, so they are left out; a placeholder asked for itself reads as its province (310100 → 上海市).
 */
export interface RegionNameRow {
  code: string;
  name: string;
  parentCode: string | null;
}

const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function isPlaceholder(region: RegionNameRow, parent: RegionNameRow | undefined): boolean {
  const own = parent && region.name.startsWith(parent.name) ? region.name.slice(parent.name.length) : region.name;
  return PLACEHOLDER_NAMES.has(own);
}

/** code → full name, or null for a code the list does not hold. */
export type RegionFullName = (code: string | null | undefined) => string | null;

export function regionFullNamer(regions: readonly RegionNameRow[]): RegionFullName {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const parentOf = (region: RegionNameRow) => (region.parentCode ? byCode.get(region.parentCode) : undefined);
  const names = new Map<string, string>();
  const fullName = (region: RegionNameRow): string => {
    const known = names.get(region.code);
    if (known !== undefined) return known;
    const parent = parentOf(region);
    const prefix = parent ? fullName(parent) : '';
    const name = isPlaceholder(region, parent) ? prefix : prefix + region.name;
    names.set(region.code, name);
    return name;
  };
  return (code) => {
    const region = code ? byCode.get(code) : undefined;
    return region ? fullName(region) : null;
  };
}
