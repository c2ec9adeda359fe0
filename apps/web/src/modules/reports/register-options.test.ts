import { describe, expect, it } from 'vitest';
import { filterConditions, registerOptions } from './register-options';

const zh = (text: { 'zh-CN': string }) => text['zh-CN'];
const labels = { source: '来源', keyword: '关键词' };

describe('a register table’s filter in words', () => {
  it('names every condition given, in the register’s column order, and nothing else', () => {
    expect(
      filterConditions(
        { keyword: '烹饪', sourceTable: '上海年报2024 表3', schoolLevel: 'secondary', year: 2024, level: 'city', kind: 'base' },
        zh,
        labels,
      ),
    ).toEqual(['基地', '市级', '2024', '中职', '来源：上海年报2024 表3', '关键词：烹饪']);
    expect(filterConditions({}, zh, labels)).toEqual([]);
  });

  it('offers every kind, level and school level of the contracts as options', () => {
    const options = registerOptions(zh);
    expect(options.kinds.map((o) => o.label)).toEqual(['项目', '荣誉', '奖项', '基地', '中心']);
    expect(options.levels.map((o) => o.value)).toEqual(['national', 'city', 'district']);
    expect(options.schoolLevels.map((o) => o.label)).toEqual(['中职', '高职']);
  });
});
