/**
 * One import, all or nothing: check the upload, read the rows, validate each, run the module's
 * cross-row and database checks, and either write every row in one transaction or write nothing and
 * keep an error report for the user to download.
 */
import { type Locale, XLSX_CONTENT_TYPE } from '@chanjiao/contracts';
import type { Database } from '../db/database.js';
import { postgresErrorCode } from '../db/unavailable.js';
import { buildErrorReport } from './error-report.js';
import { deleteExpiredFiles, insertFile } from './files.repository.js';
import type { ImportTemplate } from './import-template.js';
import { type RowIssue, sortIssues, validateRows, type ValidRow } from './row-validation.js';
import { readSheetRows } from './sheet-reader.js';
import { checkXlsxUpload, type Upload } from './upload-checks.js';
import type { ZipLimits } from './zip-inspection.js';

export interface ImportLimits {
  maxBytes: number;
  maxRows: number;
  zip?: ZipLimits;
}

/** A report is needed while the user corrects the file, not longer. */
export const IMPORT_REPORT_TTL_MS = 24 * 60 * 60 * 1000;
export const IMPORT_REPORT_KIND = 'import_report';

export interface ImportHandlers<TRow, TReady, TResult> {
  /**
   * Checks across rows and against the database (duplicates, references) of the rows that passed the
   * row schema, and turns them into what `commit` writes. Runs again if writing hits a unique
   * violation, so a conflict that appeared in the meantime is reported on its row instead of failing.
   */
  prepare(rows: ValidRow<TRow>[]): Promise<{ ready: TReady[]; issues: RowIssue[] }>;
  /** Writes every row and the audit entry in one transaction. */
  commit(ready: TReady[]): Promise<TResult>;
}

export type ImportOutcome<TResult> =
  | { status: 'imported'; result: TResult }
  | { status: 'invalid'; template: ImportTemplate<unknown>; issues: RowIssue[]; errorRows: number; reportId: string };

export interface ImportRequest<TRow, TReady, TResult> {
  db: Database;
  template: ImportTemplate<TRow>;
  upload: Upload;
  ownerUserId: string;
  /** Language of the report's 错误说明 column. */
  locale: Locale;
  limits: ImportLimits;
  handlers: ImportHandlers<TRow, TReady, TResult>;
}

function reportFilename(uploaded: string): string {
  const stem = uploaded.replace(/\.xlsx$/i, '');
  return `${stem}-错误报告.xlsx`;
}

export async function runImport<TRow, TReady, TResult>(request: ImportRequest<TRow, TReady, TResult>): Promise<ImportOutcome<TResult>> {
  const { db, template, upload, limits, handlers } = request;
  const workbook = await checkXlsxUpload(upload.content, { maxBytes: limits.maxBytes, zip: limits.zip });
  const rows = await readSheetRows(template as ImportTemplate<unknown>, workbook, limits.maxRows);
  const validation = validateRows(template, rows);

  const refuse = async (found: RowIssue[]): Promise<ImportOutcome<TResult>> => {
    const issues = sortIssues(template as ImportTemplate<unknown>, [...validation.issues, ...found]);
    const report = await buildErrorReport(template as ImportTemplate<unknown>, rows, issues, request.locale);
    await deleteExpiredFiles(db);
    const reportId = await insertFile(db, {
      ownerUserId: request.ownerUserId,
      kind: IMPORT_REPORT_KIND,
      filename: reportFilename(upload.filename),
      contentType: XLSX_CONTENT_TYPE,
      content: report,
      ttlMs: IMPORT_REPORT_TTL_MS,
    });
    const errorRows = new Set(issues.map((issue) => issue.row)).size;
    return { status: 'invalid', template: template as ImportTemplate<unknown>, issues, errorRows, reportId };
  };

  const prepared = await handlers.prepare(validation.valid);
  if (validation.issues.length > 0 || prepared.issues.length > 0) return refuse(prepared.issues);
  try {
    return { status: 'imported', result: await handlers.commit(prepared.ready) };
  } catch (error) {
    if (postgresErrorCode(error) !== '23505') throw error;
    const again = await handlers.prepare(validation.valid);
    if (again.issues.length === 0) throw error;
    return refuse(again.issues);
  }
}
