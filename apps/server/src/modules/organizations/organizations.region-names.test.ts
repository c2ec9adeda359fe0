import { describe, expect, it } from 'vitest';
import { regionDirectory, type RegionRow } from './organizations.region-names.js';

const REGIONS: RegionRow[] = [
  { code: '310000', name: '上海市', parentCode: null },
  { code: '310100', name: '上海市市辖区', parentCode: '310000' },
  { code: '310107', name: '普陀区', parentCode: '310100' },
  { code: '320000', name: '江苏省', parentCode: null },
  { code: '320100', name: '南京市', parentCode: '320000' },
  { code: '320106', name: '鼓楼区', parentCode: '320100' },
  { code: '350000', name: '福建省', parentCode: null },
  { code: '350100', name: '福州市', parentCode: '350000' },
  { code: '350102', name: '鼓楼区', parentCode: '350100' },
];

describe('region names written in spreadsheets', () => {
  const directory = regionDirectory(REGIONS);
  const codes = (name: string) => directory.candidates(name).map((region) => region.code);

  it.each([
    ['普陀区', ['310107']],
    ['上海市普陀区', ['310107']],
    ['上海市 / 普陀区', ['310107']],
    ['上海市市辖区普陀区', ['310107']],
    ['鼓楼区', ['320106', '350102']],
    ['南京市鼓楼区', ['320106']],
    ['江苏省鼓楼区', ['320106']],
    ['福建省 福州市 鼓楼区', ['350102']],
    ['江苏省', ['320000']],
    ['福州鼓楼', []],
  ])('%s → %j', (name, expected) => {
    expect(codes(name)).toEqual(expected);
  });

  it('spells a code out the way an address is written, without the administrative grouping', () => {
    expect(directory.fullName('310107')).toBe('上海市普陀区');
    expect(directory.fullName('350102')).toBe('福建省福州市鼓楼区');
    expect(directory.fullName('999999')).toBeNull();
  });
});
