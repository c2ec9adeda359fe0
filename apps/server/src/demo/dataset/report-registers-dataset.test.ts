import { describe, expect, it } from 'vitest';
import { DEMO_DATASET } from './index.js';
import { PUTUO_2022_REGISTER_TABLES } from './putuo-2022-registers.js';
import type { DemoRegisterRow, DemoRegisterTable } from './register-types.js';
import { SHANGHAI_2024_CASES, SHANGHAI_2024_REGISTER_TABLES } from './shanghai-2024-registers.js';

/** Rows each table numbers (the last 序号, summed over the groups of a table that numbers within groups). */
const SHANGHAI_ROW_COUNTS: [table: number, title: string, rows: number][] = [
  [1, '上海市优质中职学校名单', 18],
  [2, '上海市中等职业学校优质专业立项建设项目名单', 60],
  [3, '上海中职学校高水平开放实训中心立项名单', 18],
  [4, '2023年度上海课程思政示范课程、示范团队中职学校入选名单', 12],
  [5, '首批上海市人工智能教育实验校中职学校名单', 8],
  [6, '2023年职业教育国家在线精品课程上海中职学校入围名单', 5],
  [7, '2023年全国职业院校技能大赛上海中职学校教师获奖名单', 4 + 7 + 11],
  [8, '中国国际大学生创新大赛（2024）上海赛区中职金奖', 36],
  [9, '2024年世界职业院校技能大赛总决赛争夺赛上海中职学校金奖名单', 9],
  [10, '上海中职学校民族文化遗产教育基地一览表', 11],
  [11, '上海市全国示范性职业教育集团（联盟）培育单位名单', 10],
  [12, '上海中职学校示范性虚拟仿真实训基地名单', 5 + 15],
  [13, '上海新一轮高水平高职学校建设名单', 12],
  [14, '上海新一轮高水平高职专业群建设名单', 29],
  [15, '上海高职院校示范性虚拟仿真实训创新基地名单', 4 + 23],
  [16, '第四批上海市教育信息化应用标杆培育校高职学校建设名单', 6],
  [17, '第四批上海职业教育市级示范性专业教学资源库立项建设名单', 18],
  [18, '上海第一、二批世界技能大赛项目转化高职立项教材名单', 6],
  [19, '上海市市域产教联合体立项建设名单', 14],
  [20, '上海市行业产教融合共同体立项建设名单', 15],
];

function tableOf(tables: DemoRegisterTable[], number: number): DemoRegisterTable {
  const found = tables.find((t) => t.table === number);
  if (!found) throw new Error(`no 表${number}`);
  return found;
}

/** How many rows carry each value of one extra cell. */
function countBy(rows: DemoRegisterRow[], heading: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const value = row.extra?.[heading] ?? '';
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

describe('《上海职业教育质量报告（2024年度）》 表1–20 as registers', () => {
  it('holds each table once, in the report order', () => {
    expect(SHANGHAI_2024_REGISTER_TABLES.map((t) => t.table)).toEqual(SHANGHAI_ROW_COUNTS.map(([table]) => table));
  });

  it.each(SHANGHAI_ROW_COUNTS)('表%i %s has its %i numbered rows', (number, title, rows) => {
    const table = tableOf(SHANGHAI_2024_REGISTER_TABLES, number);
    expect(table.title).toBe(title);
    expect(table.rows).toHaveLength(rows);
  });

  it('puts 表1–12 under 中职 and 表13–20 under 高职', () => {
    for (const table of SHANGHAI_2024_REGISTER_TABLES) {
      expect(table.schoolLevel, `表${table.table}`).toBe(table.table <= 12 ? 'secondary' : 'higher');
    }
  });

  it('agrees with the counts the report text gives for the tables', () => {
    // 「12门课程、10个教学团队入选2023年度上海学校课程思政示范课程、示范团队（见表4）」
    const courses = tableOf(SHANGHAI_2024_REGISTER_TABLES, 4).rows;
    expect(courses.filter((r) => r.name.includes('课程')).length).toBe(12);
    expect(courses.filter((r) => r.name.includes('团队')).length).toBe(10);
    // 「在中职班主任能力比赛中获2个一等奖、2个二等奖、3个三等奖」 and 「在中职教学能力比赛中获4个二等奖、7个三等奖」
    const awards = tableOf(SHANGHAI_2024_REGISTER_TABLES, 7).rows;
    const awardsIn = (contest: string) =>
      countBy(
        awards.filter((r) => r.name === contest),
        '奖项',
      );
    expect(awardsIn('中等职业学校班主任能力比赛')).toEqual({ 一等奖: 2, 二等奖: 2, 三等奖: 3 });
    expect(awardsIn('教学能力比赛')).toEqual({ 二等奖: 4, 三等奖: 7 });
    expect(awardsIn('思想政治教育课程教学能力比赛（中等职业教育组）')).toEqual({ 二等奖: 2, 三等奖: 2 });
    // 「目前上海中职共有5个国家级、15个市级示范性虚拟仿真实训基地（见表12）」
    expect(countBy(tableOf(SHANGHAI_2024_REGISTER_TABLES, 12).rows, '类型')).toEqual({ 全国: 5, 上海: 15 });
    // 「上海高职建有国家级虚拟仿真实训基地4个、上海市级23个（见表15）」
    expect(countBy(tableOf(SHANGHAI_2024_REGISTER_TABLES, 15).rows, '类型')).toEqual({ 国家级: 4, 上海市级: 23 });
    // 「确定9所立项、3所培育院校（见表13）」
    expect(countBy(tableOf(SHANGHAI_2024_REGISTER_TABLES, 13).rows, '立项类型')).toEqual({ 立项: 9, 培育: 3 });
  });

  it('names the lead schools of 表19–20 as the demo organisations they are', () => {
    const orgNames = new Set(DEMO_DATASET.orgs.map((o) => o.name));
    for (const number of [19, 20]) {
      for (const row of tableOf(SHANGHAI_2024_REGISTER_TABLES, number).rows) expect(orgNames, row.holder).toContain(row.holder);
    }
  });
});

describe('《上海职业教育质量报告（2024年度）》 案例', () => {
  it('numbers the 57 cases of its 案例目录 from 1 without gaps', () => {
    expect(SHANGHAI_2024_CASES.map((c) => c.number)).toEqual(Array.from({ length: 57 }, (_, i) => i + 1));
  });

  it('puts 案例1–28 in the 中职 part and 案例29–57 in the 高职 part', () => {
    for (const c of SHANGHAI_2024_CASES) {
      expect(c.chapter.startsWith(c.number <= 28 ? '中等职业教育篇 ' : '高等职业教育篇 '), `案例${c.number}`).toBe(true);
    }
  });

  it('gives each case a title, the schools it names and a summary of at most two sentences', () => {
    for (const c of SHANGHAI_2024_CASES) {
      expect(c.title.trim(), `案例${c.number}`).not.toBe('');
      expect(c.schools.length, `案例${c.number}`).toBeGreaterThan(0);
      for (const school of c.schools) expect(school.trim(), `案例${c.number}`).not.toBe('');
      expect(c.summary.trim(), `案例${c.number}`).not.toBe('');
      expect(c.summary.split('。').filter((s) => s.trim()).length, `案例${c.number}`).toBeLessThanOrEqual(2);
    }
  });
});

describe('《普陀区中等职业教育年度质量报告（2023）》 表4 as a register', () => {
  const bases = tableOf(PUTUO_2022_REGISTER_TABLES, 4);

  it('lists the six district teacher bases with their 领衔人 and 专业技术职称', () => {
    // 「依托区职教联盟，聚集区内各中职学校优秀骨干教师建立了 6 个名师基地」
    expect(bases.title).toBe('普陀区职业教育联盟“十四五”名师基地（2021-2024年）');
    expect(bases.rows).toHaveLength(6);
    for (const row of bases.rows) {
      expect(row.people).toHaveLength(1);
      expect(row.extra?.['专业技术职称']).toMatch(/讲师$/);
    }
  });

  it('fills the merged 基地 cells from the row above', () => {
    expect(bases.rows.map((r) => r.name)).toEqual([
      '心理健康教育',
      '思政教育',
      '思政教育',
      '中青年骨干班主任研修',
      '中职学生职业生涯教育',
      '中职学生职业生涯教育',
    ]);
  });
});

describe('every register table of the demo', () => {
  it.each([...SHANGHAI_2024_REGISTER_TABLES, ...PUTUO_2022_REGISTER_TABLES].map((t) => [t.table, t.title, t] as const))(
    '表%i %s has its columns and a name and holder in every row',
    (_number, _title, table) => {
      expect(table.columns.length).toBeGreaterThan(0);
      for (const column of table.columns) expect(column.trim()).not.toBe('');
      for (const row of table.rows) {
        expect(row.name.trim()).not.toBe('');
        expect(row.holder.trim()).not.toBe('');
      }
    },
  );
});
