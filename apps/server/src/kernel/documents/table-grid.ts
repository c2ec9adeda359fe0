/**
 * Places table cells on a grid the way HTML does: each row lists its cells left to right, skipping places a
 * rowSpan from above already covers. Both renderers draw from this one grid, so a table merges the same way
 * in PDF and in Word. Spans are clamped so no cell overlaps another or reaches past its section (a header
 * cell never spans into the body, whose pages repeat the header).
 */
import type { CellText, DocBlock, TextAlign } from './document-model.js';

export type GridInputCell = CellText | (Exclude<CellText, string> & { shaded?: boolean });

export interface GridCell {
  text: string;
  row: number;
  col: number;
  colSpan: number;
  rowSpan: number;
  bold: boolean;
  align: TextAlign;
  shaded: boolean;
}

export interface TableGrid {
  columnCount: number;
  headerRowCount: number;
  /** Per row, the cells that start in it, by column; places nothing covers are filled with empty cells. */
  rows: GridCell[][];
  /** Rows joined by rowSpans, which must stay on one page: [first, last] row indexes. */
  groups: [number, number][];
}

export interface TableInput {
  header?: GridInputCell[][];
  rows: GridInputCell[][];
}

interface Section {
  rows: GridInputCell[][];
  isHeader: boolean;
}

function spanOf(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}

export function layoutTableGrid(input: TableInput): TableGrid {
  const header = input.header ?? [];
  const sections: Section[] = [
    { rows: header, isHeader: true },
    { rows: input.rows, isHeader: false },
  ];
  const occupied: boolean[][] = [];
  const placed: GridCell[][] = [];
  const groups: [number, number][] = [];
  let rowIndex = 0;
  for (const section of sections) {
    const sectionEnd = rowIndex + section.rows.length - 1;
    for (const cells of section.rows) {
      placed.push(placeRow(cells, rowIndex, sectionEnd, section.isHeader, occupied));
      rowIndex += 1;
    }
    groups.push(...groupRows(placed, rowIndex - section.rows.length, sectionEnd));
  }
  const columnCount = Math.max(0, ...occupied.map((row) => row.length));
  return {
    columnCount,
    headerRowCount: header.length,
    rows: placed.map((cells, row) => fillGaps(cells, row, occupied[row] ?? [], columnCount)),
    groups,
  };
}

function placeRow(cells: GridInputCell[], row: number, sectionEnd: number, isHeader: boolean, occupied: boolean[][]): GridCell[] {
  const taken = (occupied[row] ??= []);
  const result: GridCell[] = [];
  let col = 0;
  for (const input of cells) {
    while (taken[col]) col += 1;
    const cell = typeof input === 'string' ? { text: input } : input;
    let colSpan = spanOf(cell.colSpan);
    // A wider cell stops where a rowSpan from above already stands.
    for (let offset = 1; offset < colSpan; offset += 1) {
      if (taken[col + offset]) colSpan = offset;
    }
    const rowSpan = Math.min(spanOf(cell.rowSpan), sectionEnd - row + 1);
    for (let r = row; r < row + rowSpan; r += 1) {
      const marks = (occupied[r] ??= []);
      for (let c = col; c < col + colSpan; c += 1) marks[c] = true;
    }
    result.push({
      text: cell.text,
      row,
      col,
      colSpan,
      rowSpan,
      bold: cell.bold ?? isHeader,
      align: cell.align ?? (isHeader ? 'center' : 'left'),
      shaded: ('shaded' in cell && cell.shaded === true) || isHeader,
    });
    col += colSpan;
  }
  return result;
}

function fillGaps(cells: GridCell[], row: number, taken: boolean[], columnCount: number): GridCell[] {
  const filled = [...cells];
  for (let col = 0; col < columnCount; col += 1) {
    if (!taken[col]) {
      filled.push({ text: '', row, col, colSpan: 1, rowSpan: 1, bold: false, align: 'left', shaded: false });
    }
  }
  return filled.sort((a, b) => a.col - b.col);
}

function groupRows(placed: GridCell[][], first: number, last: number): [number, number][] {
  const groups: [number, number][] = [];
  let start = first;
  while (start <= last) {
    let end = start;
    for (let row = start; row <= end; row += 1) {
      for (const cell of placed[row] ?? []) end = Math.max(end, row + cell.rowSpan - 1);
    }
    groups.push([start, end]);
    start = end + 1;
  }
  return groups;
}

/** A `fields` block is a two-column table whose labels are bold on a shaded background. */
export function fieldsAsTable(block: Extract<DocBlock, { kind: 'fields' }>): TableInput & { columnWidths: number[] } {
  return {
    rows: block.rows.map(([label, value]) => [{ text: label, bold: true, shaded: true }, value]),
    columnWidths: [1, 3],
  };
}
