import { describe, expect, it } from 'vitest';
import { columnWidthsFor } from './document-layout.js';
import { fieldsAsTable, layoutTableGrid, type TableInput } from './table-grid.js';

/** Renders a grid as text: each row lists its cells as "text@col+colSpan×rowSpan". */
function shape(input: TableInput): string[] {
  return layoutTableGrid(input).rows.map((cells) =>
    cells.map((cell) => `${cell.text || '·'}@${cell.col}+${cell.colSpan}×${cell.rowSpan}`).join(' '),
  );
}

describe('table grid', () => {
  it.each<[string, TableInput, string[]]>([
    [
      'plain rows',
      {
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
      ['a@0+1×1 b@1+1×1', 'c@0+1×1 d@1+1×1'],
    ],
    [
      'a rowSpan covers the place below it, so the next row starts one column further',
      { rows: [[{ text: 'a', rowSpan: 2 }, 'b'], ['c']] },
      ['a@0+1×2 b@1+1×1', 'c@1+1×1'],
    ],
    [
      'a colSpan takes several columns',
      {
        rows: [
          [{ text: '合计', colSpan: 2 }, '11'],
          ['1', '2', '3'],
        ],
      },
      ['合计@0+2×1 11@2+1×1', '1@0+1×1 2@1+1×1 3@2+1×1'],
    ],
    [
      'short rows are filled with empty cells up to the widest row',
      { rows: [['a', 'b', 'c'], ['d']] },
      ['a@0+1×1 b@1+1×1 c@2+1×1', 'd@0+1×1 ·@1+1×1 ·@2+1×1'],
    ],
    [
      'a rowSpan past the last row is cut at the last row',
      { rows: [[{ text: 'a', rowSpan: 5 }, 'b'], ['c']] },
      ['a@0+1×2 b@1+1×1', 'c@1+1×1'],
    ],
    [
      'a colSpan stops where a rowSpan from above stands',
      { rows: [['a', { text: 'b', rowSpan: 2 }], [{ text: 'c', colSpan: 3 }]] },
      ['a@0+1×1 b@1+1×2', 'c@0+1×1'],
    ],
    [
      'spans of zero, negative or fractional size count as whole cells',
      {
        rows: [
          [
            { text: 'a', colSpan: 0 },
            { text: 'b', colSpan: 2.7, rowSpan: -1 },
          ],
        ],
      },
      ['a@0+1×1 b@1+2×1'],
    ],
    [
      'a header cell never spans into the body',
      { header: [[{ text: 'h', rowSpan: 3 }, 'x']], rows: [['a', 'b']] },
      ['h@0+1×1 x@1+1×1', 'a@0+1×1 b@1+1×1'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(shape(input)).toEqual(expected);
  });

  it('makes header cells bold, centred and shaded unless they say otherwise', () => {
    const grid = layoutTableGrid({ header: [['序号', { text: '单位', align: 'left' }]], rows: [['1', '曹杨职校']] });
    expect(grid.headerRowCount).toBe(1);
    expect(grid.rows[0]).toMatchObject([
      { bold: true, align: 'center', shaded: true },
      { bold: true, align: 'left', shaded: true },
    ]);
    expect(grid.rows[1]).toMatchObject([
      { bold: false, align: 'left', shaded: false },
      { bold: false, align: 'left', shaded: false },
    ]);
  });

  it('groups rows joined by rowSpans so they stay on one page, the header apart from the body', () => {
    const grid = layoutTableGrid({
      header: [[{ text: '单位', rowSpan: 2 }, '推荐结果'], ['票数']],
      rows: [[{ text: '甲', rowSpan: 2 }, '6'], ['5'], ['乙', '4'], [{ text: '丙', rowSpan: 3 }, '3'], ['2'], ['1']],
    });
    expect(grid.groups).toEqual([
      [0, 1],
      [2, 3],
      [4, 4],
      [5, 7],
    ]);
  });

  it('turns fields into a label | value table with bold shaded labels a quarter wide', () => {
    const table = fieldsAsTable({ kind: 'fields', rows: [['单位名称', '上海市曹杨职业技术学校']] });
    const grid = layoutTableGrid(table);
    expect(grid.rows[0]).toMatchObject([
      { text: '单位名称', bold: true, shaded: true },
      { text: '上海市曹杨职业技术学校', bold: false, shaded: false },
    ]);
    expect(columnWidthsFor(2, table.columnWidths, 400)).toEqual([100, 300]);
  });
});

describe('column widths', () => {
  it.each<[number[] | undefined, number, number[]]>([
    [undefined, 3, [100, 100, 100]],
    [[1, 2], 2, [100, 200]],
    [[1, 3], 3, [50, 150, 100]], // a missing width counts as the average of the given ones
    [[0, -1, 3], 3, [100, 100, 100]],
    [[1, 1, 1, 9], 2, [150, 150]],
  ])('%j for %i columns of 300 pt', (relative, count, expected) => {
    expect(columnWidthsFor(count, relative, 300)).toEqual(expected);
  });
});
