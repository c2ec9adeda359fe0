import type { TGeneratedBlock, TRegisterFilter } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { matchesFilter, placeUnderChapters, registerTable, type RegisterRow, tableDirectory } from './registers.rules.js';

const row = (over: Partial<RegisterRow>): RegisterRow => ({
  kind: 'centre',
  level: 'city',
  year: 2024,
  schoolLevel: 'secondary',
  name: '',
  holderName: '',
  majorCode: null,
  majorName: null,
  people: [],
  extra: {},
  sourceTable: null,
  ...over,
});

// 上海年报 表3 “上海中职学校高水平开放实训中心立项名单”: 实训中心名称, 学校名称.
const TABLE_3 = [
  row({ name: '船舶智能制造开放实训中心', holderName: '江南造船集团职业技术学校', sourceTable: '上海年报2024 表3' }),
  row({ name: '现代餐饮烹饪开放实训中心', holderName: '上海曹杨职业技术学校', sourceTable: '上海年报2024 表3' }),
];
// 普陀区年报 表4 “名师基地”: 基地（学科）, 领衔人, 专业技术职称, 基地所在学校.
const TABLE_4 = [
  row({
    kind: 'base',
    level: 'district',
    year: 2022,
    name: '心理健康教育',
    holderName: '上海信息技术学校',
    people: ['张勤'],
    extra: { 专业技术职称: '正高级讲师' },
    sourceTable: '普陀年报2022 表4',
  }),
];
// 上海年报 表14 “高水平高职专业群”: a 高职 row with its major.
const TABLE_14 = [
  row({
    kind: 'project',
    schoolLevel: 'higher',
    name: '智能制造专业群',
    holderName: '上海电子信息职业技术学院',
    majorCode: '460104',
    majorName: '机械制造及自动化',
    sourceTable: '上海年报2024 表14',
  }),
];
const ALL = [...TABLE_3, ...TABLE_4, ...TABLE_14];

describe('a register filter selects the rows every given condition holds for', () => {
  const cases: [string, TRegisterFilter, string[]][] = [
    ['no condition: every row', {}, ALL.map((r) => r.name)],
    ['kind 基地: 普陀 表4', { kind: 'base' }, ['心理健康教育']],
    ['level 市级 and 高职: 表14 only', { level: 'city', schoolLevel: 'higher' }, ['智能制造专业群']],
    ['year 2022: 普陀区年报 is of 2022', { year: 2022 }, ['心理健康教育']],
    ['source table, spaces and width folded', { sourceTable: '上海年报2024　表3' }, TABLE_3.map((r) => r.name)],
    ['keyword in the school', { keyword: '曹杨' }, ['现代餐饮烹饪开放实训中心']],
    ['keyword in the people', { keyword: '张勤' }, ['心理健康教育']],
    ['keyword in the major code', { keyword: '460104' }, ['智能制造专业群']],
    ['keyword in another cell', { keyword: '正高级' }, ['心理健康教育']],
    ['conditions that exclude each other: nothing', { kind: 'base', year: 2024 }, []],
  ];
  it.each(cases)('%s', (_label, filter, names) => {
    expect(ALL.filter((r) => matchesFilter(r, filter)).map((r) => r.name)).toEqual(names);
  });
});

describe('a register block prints its rows as a numbered table', () => {
  it('表3: 序号, 名称, 学校 — no empty 专业 or 人员 column', () => {
    const table = registerTable(ALL, {
      caption: '表3 上海中职学校高水平开放实训中心立项名单',
      filter: { sourceTable: '上海年报2024 表3' },
    });
    expect(table).toEqual({
      kind: 'table',
      caption: '表3 上海中职学校高水平开放实训中心立项名单',
      header: ['序号', '名称', '学校'],
      rows: [
        ['1', '船舶智能制造开放实训中心', '江南造船集团职业技术学校'],
        ['2', '现代餐饮烹饪开放实训中心', '上海曹杨职业技术学校'],
      ],
      totals: null,
      labelColumns: 3,
    });
  });

  it('普陀 表4: the 领衔人 and the printed 专业技术职称 column follow', () => {
    const table = registerTable(ALL, { caption: '表4 名师基地', filter: { kind: 'base' } });
    expect(table.kind === 'table' && table.header).toEqual(['序号', '名称', '学校', '人员', '专业技术职称']);
    expect(table.kind === 'table' && table.rows).toEqual([['1', '心理健康教育', '上海信息技术学校', '张勤', '正高级讲师']]);
  });

  it('a row without a cell other rows have prints a dash', () => {
    const table = registerTable(ALL, { caption: '市级', filter: { level: 'city' } });
    expect(table.kind === 'table' && table.rows.map((r) => r[3])).toEqual(['—', '—', '460104 机械制造及自动化']);
  });

  it('a filter nothing matches gives a table with its header alone', () => {
    const table = registerTable(ALL, { caption: '表99', filter: { year: 2030 } });
    expect(table.kind === 'table' && [table.header, table.rows]).toEqual([['序号'], []]);
  });
});

describe('register tables stand under the chapter they name, listed in the 表目录', () => {
  const chapters = () => [
    { heading: '中等职业教育篇 1 人才培养', blocks: [] as TGeneratedBlock[] },
    { heading: '中等职业教育篇 5 产教融合', blocks: [] as TGeneratedBlock[] },
  ];
  const block = (caption: string) => registerTable(ALL, { caption, filter: {} });

  it('by exact heading, by a part of it, and the first chapter when none matches', () => {
    const placed = placeUnderChapters(chapters(), [
      { chapter: '中等职业教育篇 5 产教融合', block: block('表11') },
      { chapter: '产教融合', block: block('表19') },
      { chapter: '已改名的章节', block: block('表1') },
    ]);
    expect(placed.map((c) => c.blocks.map((b) => b.kind === 'table' && b.caption))).toEqual([['表1'], ['表11', '表19']]);
    expect(tableDirectory(placed)).toEqual(['表1', '表11', '表19']);
  });
});
