/**
 * Tables in Word: single-line borders on every edge, fixed column widths, merged cells from the shared grid,
 * the header row(s) repeated on every page, no row split across pages, and rows joined by a rowSpan kept together.
 */
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { columnWidthsFor, INK, TABLE_TEXT_SIZE } from './document-layout.js';
import { alignmentOf, textRuns } from './docx-text.js';
import { type GridCell, layoutTableGrid, type TableInput } from './table-grid.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: INK.black } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

/** `totalWidth` in twips; undefined for a table with no cells. */
export function docxTable(input: TableInput, relativeWidths: number[] | undefined, totalWidth: number): Table | undefined {
  const grid = layoutTableGrid(input);
  if (grid.columnCount === 0 || grid.rows.length === 0) return undefined;
  const widths = columnWidthsFor(grid.columnCount, relativeWidths, totalWidth).map(Math.round);
  const keptWithNext = new Set<number>();
  for (const [first, last] of grid.groups) for (let row = first; row < last; row += 1) keptWithNext.add(row);
  const rows = grid.rows.map(
    (cells, row) =>
      new TableRow({
        ...(row < grid.headerRowCount ? { tableHeader: true } : {}),
        cantSplit: true,
        ...(keptWithNext.has(row) ? { keepNext: true } : {}),
        children: cells.map((cell) => docxCell(cell, widths)),
      }),
  );
  return new Table({
    rows,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}

function docxCell(cell: GridCell, widths: number[]): TableCell {
  const width = widths.slice(cell.col, cell.col + cell.colSpan).reduce((sum, value) => sum + value, 0);
  return new TableCell({
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE },
    ...(cell.shaded ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: INK.shade } } : {}),
    children: [
      new Paragraph({
        alignment: alignmentOf(cell.align),
        spacing: { before: 0, after: 0, line: 240 },
        children: textRuns(cell.text, { strong: cell.bold, size: TABLE_TEXT_SIZE }),
      }),
    ],
  });
}
