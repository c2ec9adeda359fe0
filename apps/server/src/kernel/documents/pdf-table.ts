/**
 * Tables in PDF: ruled cells with merged spans, text centred vertically, the header repeated on every page,
 * and rows joined by a rowSpan kept on one page. A group of rows taller than a whole page is squeezed to fit
 * and its overflowing text ends in an ellipsis, rather than running off the paper.
 */
import { columnWidthsFor, INK, TABLE_TEXT_SIZE } from './document-layout.js';
import { type PdfCanvas, startNewPage, useFace } from './pdf-canvas.js';
import { type GridCell, layoutTableGrid, type TableGrid, type TableInput } from './table-grid.js';

const PAD_X = 4;
const PAD_Y = 3;
const BORDER_WIDTH = 0.6;

interface Geometry {
  grid: TableGrid;
  columnX: number[];
  columnWidths: number[];
  rowHeights: number[];
}

export function drawTable(canvas: PdfCanvas, input: TableInput, relativeWidths?: number[]): void {
  const grid = layoutTableGrid(input);
  if (grid.columnCount === 0 || grid.rows.length === 0) return;
  const columnWidths = columnWidthsFor(grid.columnCount, relativeWidths, canvas.width);
  const columnX = columnWidths.map((_, index) => canvas.left + sum(columnWidths.slice(0, index)));
  const geometry: Geometry = { grid, columnX, columnWidths, rowHeights: measureRows(canvas, grid, columnWidths) };
  const headerHeight = sum(geometry.rowHeights.slice(0, grid.headerRowCount));
  const bodyGroups = grid.groups.filter(([first]) => first >= grid.headerRowCount);
  const { doc } = canvas;

  const firstGroupHeight = bodyGroups[0] ? groupHeight(geometry, bodyGroups[0]) : 0;
  if (doc.y + headerHeight + Math.min(firstGroupHeight, canvas.bottom - canvas.top - headerHeight) > canvas.bottom) {
    startNewPage(canvas);
  }
  let y = drawRows(canvas, geometry, 0, grid.headerRowCount - 1, doc.y);
  const pageTop = () => canvas.top + headerHeight;
  for (const group of bodyGroups) {
    const height = groupHeight(geometry, group);
    if (y + height > canvas.bottom && y > pageTop()) {
      startNewPage(canvas);
      y = drawRows(canvas, geometry, 0, grid.headerRowCount - 1, canvas.top);
    }
    squeezeToFit(geometry, group, canvas.bottom - y);
    y = drawRows(canvas, geometry, group[0], group[1], y);
  }
  doc.x = canvas.left;
  doc.y = y + TABLE_TEXT_SIZE * 0.6;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function groupHeight(geometry: Geometry, [first, last]: [number, number]): number {
  return sum(geometry.rowHeights.slice(first, last + 1));
}

function spanWidth(columnWidths: number[], cell: GridCell): number {
  return sum(columnWidths.slice(cell.col, cell.col + cell.colSpan));
}

function textHeight(canvas: PdfCanvas, cell: Pick<GridCell, 'text' | 'bold'>, width: number): number {
  const options = useFace(canvas, cell.bold ? 'strong' : 'body', TABLE_TEXT_SIZE);
  return canvas.doc.heightOfString(cell.text || ' ', { ...options, width: width - 2 * PAD_X });
}

/** Rows take their tallest single-row cell; a merged cell that needs more grows the last row it spans. */
function measureRows(canvas: PdfCanvas, grid: TableGrid, columnWidths: number[]): number[] {
  const minimum = textHeight(canvas, { text: ' ', bold: false }, canvas.width) + 2 * PAD_Y;
  const heights = grid.rows.map(() => minimum);
  const merged: GridCell[] = [];
  for (const cells of grid.rows) {
    for (const cell of cells) {
      if (cell.rowSpan > 1) {
        merged.push(cell);
        continue;
      }
      const needed = textHeight(canvas, cell, spanWidth(columnWidths, cell)) + 2 * PAD_Y;
      heights[cell.row] = Math.max(heights[cell.row] ?? minimum, needed);
    }
  }
  for (const cell of merged) {
    const needed = textHeight(canvas, cell, spanWidth(columnWidths, cell)) + 2 * PAD_Y;
    const spanned = sum(heights.slice(cell.row, cell.row + cell.rowSpan));
    const last = cell.row + cell.rowSpan - 1;
    if (needed > spanned) heights[last] = (heights[last] ?? minimum) + needed - spanned;
  }
  return heights;
}

function squeezeToFit(geometry: Geometry, group: [number, number], available: number): void {
  const height = groupHeight(geometry, group);
  if (height <= available || available <= 0) return;
  const ratio = available / height;
  for (let row = group[0]; row <= group[1]; row += 1) {
    geometry.rowHeights[row] = (geometry.rowHeights[row] ?? 0) * ratio;
  }
}

/** Draws rows first..last with their top at y; returns the y below them. */
function drawRows(canvas: PdfCanvas, geometry: Geometry, first: number, last: number, y: number): number {
  const rowTop: number[] = [];
  let cursor = y;
  for (let row = first; row <= last; row += 1) {
    rowTop[row] = cursor;
    cursor += geometry.rowHeights[row] ?? 0;
  }
  for (let row = first; row <= last; row += 1) {
    for (const cell of geometry.grid.rows[row] ?? []) {
      const spanEnd = Math.min(cell.row + cell.rowSpan - 1, last);
      drawCell(canvas, geometry, cell, rowTop[row] ?? y, sum(geometry.rowHeights.slice(row, spanEnd + 1)));
    }
  }
  return cursor;
}

function drawCell(canvas: PdfCanvas, geometry: Geometry, cell: GridCell, y: number, height: number): void {
  const { doc } = canvas;
  const x = geometry.columnX[cell.col] ?? canvas.left;
  const width = spanWidth(geometry.columnWidths, cell);
  if (cell.shaded) doc.rect(x, y, width, height).fill(`#${INK.shade}`);
  if (cell.text) {
    const measured = textHeight(canvas, cell, width);
    const options = useFace(canvas, cell.bold ? 'strong' : 'body', TABLE_TEXT_SIZE);
    const textTop = y + Math.max(PAD_Y, (height - measured) / 2);
    doc.text(cell.text, x + PAD_X, textTop, {
      ...options,
      width: width - 2 * PAD_X,
      height: y + height - textTop,
      ellipsis: true,
      align: cell.align,
    });
  }
  doc.lineWidth(BORDER_WIDTH).strokeColor(`#${INK.black}`).rect(x, y, width, height).stroke();
}
