import type { TGeneratedBlock } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { captionWithoutNumber, numberTables } from './table-numbering.rules.js';

const tableOf = (caption: string): TGeneratedBlock => ({
  kind: 'table',
  caption,
  header: ['序号'],
  labelColumns: 1,
  rows: [],
  totals: null,
});
const captions = (chapters: { blocks: TGeneratedBlock[] }[]) =>
  chapters.map((c) => c.blocks.map((b) => (b.kind === 'table' ? b.caption : b.text)));

describe('tables numbered in reading order (上海年报 表目录: 表1 … 表20 as the tables follow)', () => {
  it.each([
    ['表3 上海中职学校高水平开放实训中心立项名单', '上海中职学校高水平开放实训中心立项名单'],
    ['表 12　名师基地', '名师基地'],
    ['表19', ''],
    ['2024年办学情况表', '2024年办学情况表'],
    // Only a leading number followed by a space is the table's number.
    ['表3上海名单', '表3上海名单'],
    ['表格说明 表3', '表格说明 表3'],
  ])('“%s” is stored as “%s”', (stored, rest) => {
    expect(captionWithoutNumber(stored)).toBe(rest);
  });

  it('a generated 办学情况表 and the registers’ 表1 and 表3 become 表1, 表2, 表3; texts are untouched', () => {
    const report = numberTables({
      chapters: [
        {
          heading: '1 基本情况',
          blocks: [{ kind: 'text', text: '6所学校在校学生8,116人。' }, tableOf('2022年办学情况表'), tableOf('表1 名单')],
        },
        { heading: '6 服务贡献', blocks: [tableOf('表3 2020-2022年在职员工综合素养与学力提升培训情况表'), tableOf('表7')] },
      ],
      differences: [
        { table: '2022年办学情况表', column: '中职专业（个）', stated: 58, computed: 60, source: '普陀区年报 表1 合计' },
        {
          table: '表3 2020-2022年在职员工综合素养与学力提升培训情况表',
          column: '开设培训课程（门）',
          stated: 214,
          computed: 204,
          source: '普陀区年报 表3',
        },
        { table: '表5 不在本报告中的表', column: '人数', stated: 1, computed: null, source: '某报告' },
      ],
    });
    expect(captions(report.chapters)).toEqual([
      ['6所学校在校学生8,116人。', '表1 2022年办学情况表', '表2 名单'],
      ['表3 2020-2022年在职员工综合素养与学力提升培训情况表', '表4'],
    ]);
    expect(report.differences.map((d) => d.table)).toEqual([
      '表1 2022年办学情况表',
      '表3 2020-2022年在职员工综合素养与学力提升培训情况表',
      '不在本报告中的表',
    ]);
  });
});
