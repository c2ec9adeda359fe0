import type { TRegion } from '@chanjiao/contracts/reference';
import { describe, expect, it } from 'vitest';
import { indexRegions } from './regions';

const REGIONS: TRegion[] = [
  { code: '310000', name: '上海市', level: 'province', parentCode: null },
  { code: '310100', name: '上海市市辖区', level: 'city', parentCode: '310000' },
  { code: '310107', name: '普陀区', level: 'district', parentCode: '310100' },
  { code: '320000', name: '江苏省', level: 'province', parentCode: null },
  { code: '320700', name: '连云港市', level: 'city', parentCode: '320000' },
];

describe('region index', () => {
  const regions = indexRegions(REGIONS);

  it('nests districts under cities under provinces', () => {
    expect(regions.options.map((option) => option.label)).toEqual(['上海市', '江苏省']);
    expect(regions.options[0]!.children![0]!.children![0]).toEqual({ value: '310107', label: '普陀区' });
    expect(regions.options[1]!.children!.map((option) => option.value)).toEqual(['320700']);
  });

  it('gives the cascader path of any code, and nothing for an unknown one', () => {
    expect(regions.pathOf('310107')).toEqual(['310000', '310100', '310107']);
    expect(regions.pathOf('320000')).toEqual(['320000']);
    expect(regions.pathOf('999999')).toBeUndefined();
    expect(regions.pathOf(null)).toBeUndefined();
  });

  it('names a region without the placeholder city level of municipalities', () => {
    expect(regions.nameOf('310107')).toBe('上海市普陀区');
    expect(regions.nameOf('310100')).toBe('上海市');
    expect(regions.nameOf('320700')).toBe('江苏省连云港市');
    expect(regions.nameOf('999999')).toBe('');
  });
});
