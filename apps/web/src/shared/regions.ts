/** The flat region list of the API as a province → city → district tree, with lookups by code. */
import type { TRegion } from '@chanjiao/contracts/reference';
import { regionFullNamer } from '@chanjiao/contracts/region-names';

export interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

export interface RegionIndex {
  options: RegionOption[];
  /** code → the codes from the province down to it, as a cascader value: 310107 → [310000, 310100, 310107]. */
  pathOf(code: string | null | undefined): string[] | undefined;
  /** code → the full name every page and export shows: 上海市普陀区, 江苏省苏州市相城区; '' for an unknown code. */
  nameOf(code: string | null | undefined): string;
}

export function indexRegions(regions: TRegion[]): RegionIndex {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const nodes = new Map<string, RegionOption>(regions.map((region) => [region.code, { value: region.code, label: region.name }]));
  const roots: RegionOption[] = [];
  for (const region of regions) {
    const node = nodes.get(region.code)!;
    const parent = region.parentCode ? nodes.get(region.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const pathOf = (code: string | null | undefined) => {
    if (!code || !byCode.has(code)) return undefined;
    const path: string[] = [];
    for (let region = byCode.get(code); region; region = region.parentCode ? byCode.get(region.parentCode) : undefined) {
      path.unshift(region.code);
    }
    return path;
  };
  const fullName = regionFullNamer(regions);
  const nameOf = (code: string | null | undefined) => fullName(code) ?? '';
  return { options: roots, pathOf, nameOf };
}
