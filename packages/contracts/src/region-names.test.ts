import { describe, expect, it } from 'vitest';
import { regionFullNamer, type RegionNameRow } from './region-names.js';

/** Rows as GB/T 2260 lists them, placeholder levels included. */
const REGIONS: RegionNameRow[] = [
  { code: '310000', name: '上海市', parentCode: null },
  { code: '310100', name: '上海市市辖区', parentCode: '310000' },
  { code: '310107', name: '普陀区', parentCode: '310100' },
  { code: '320000', name: '江苏省', parentCode: null },
  { code: '320500', name: '苏州市', parentCode: '320000' },
  { code: '320507', name: '相城区', parentCode: '320500' },
  { code: '320583', name: '昆山市', parentCode: '320500' },
  { code: '500000', name: '重庆市', parentCode: null },
  { code: '500200', name: '县', parentCode: '500000' },
  { code: '500230', name: '丰都县', parentCode: '500200' },
  { code: '460000', name: '海南省', parentCode: null },
  { code: '469000', name: '省直辖县级行政区划', parentCode: '460000' },
  { code: '469001', name: '五指山市', parentCode: '469000' },
  { code: '410000', name: '河南省', parentCode: null },
  { code: '411500', name: '信阳市', parentCode: '410000' },
  { code: '411521', name: '罗山县', parentCode: '411500' },
];

describe('a region written as an address', () => {
  const fullName = regionFullNamer(REGIONS);

  it.each([
    ['310107', '上海市普陀区', 'a municipality district, without 市辖区'],
    ['320507', '江苏省苏州市相城区', 'a district of a prefecture-level city'],
    ['320583', '江苏省苏州市昆山市', 'a county-level city'],
    ['320500', '江苏省苏州市', 'a city'],
    ['320000', '江苏省', 'a province'],
    ['310000', '上海市', 'a municipality'],
    ['310100', '上海市', 'the 市辖区 placeholder itself'],
    ['500230', '重庆市丰都县', 'a county under the 县 placeholder'],
    ['469001', '海南省五指山市', 'under 省直辖县级行政区划'],
    ['411521', '河南省信阳市罗山县', 'a real county ending in 县 is kept'],
  ])('%s → %s (%s)', (code, expected) => {
    expect(fullName(code)).toBe(expected);
  });

  it.each([['999999'], [''], [null], [undefined]])('has no name for %j', (code) => {
    expect(fullName(code)).toBeNull();
  });
});
