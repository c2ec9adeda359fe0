/**
 * exceljs takes about a quarter of a second to load and only imports, exports and templates use it, so it
 * loads on first use instead of with the server: every other request, and start-up, go without it.
 * Files here import its types only (`import type`), which cost nothing at run time.
 */
import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

export function loadExcelJs(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
