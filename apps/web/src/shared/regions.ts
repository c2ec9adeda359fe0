/** The flat region list of the API as a province → city → district tree, with lookups by code. */
import type { TRegion } from '@chanjiao/contracts/reference';

export interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

export interface RegionIndex {
  options: RegionOption[];
  /** code → the codes from the province down to it, as a cascader value: 310107 → [310000, 310100, 310107]. */
  pathOf(code: string | null | undefined): string[] | undefined;
  /** code → 上海市 / 普陀区 style full name. */
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
  const nameOf = (code: string | null | undefined) =>
    (pathOf(code) ?? [])
      .map((part) => byCode.get(part)?.name ?? part)
      // Municipalities have a placeholder city level (上海市市辖区) that adds nothing to the name.
      .filter((name) => !name.endsWith('市辖区'))
      .join(' / ');
  return { options: roots, pathOf, nameOf };
}
