/** The 422 answer of a refused import: the usual error body plus the problems and the report's id. */
import type { Locale, TImportRowsInvalid } from '@chanjiao/contracts';
import { DomainError } from '../errors.js';
import { errorBody } from '../http/error-handler.js';
import type { ImportOutcome } from './import-pipeline.js';
import { issueMessage } from './row-validation.js';

/** Enough to show in a table; the downloadable report holds all of them. */
export const LISTED_IMPORT_ERRORS = 200;

export function importRowsInvalidBody(
  outcome: Extract<ImportOutcome<unknown>, { status: 'invalid' }>,
  locale: Locale,
  requestId: string,
): TImportRowsInvalid {
  const { error } = errorBody(new DomainError('IMPORT_ROWS_INVALID', { errorRows: outcome.errorRows }), locale, requestId);
  return {
    error: { code: 'IMPORT_ROWS_INVALID', message: error.message, requestId, params: { errorRows: outcome.errorRows } },
    errors: outcome.issues.slice(0, LISTED_IMPORT_ERRORS).map((issue) => {
      const column = issue.column ? outcome.template.column(issue.column) : undefined;
      return {
        row: issue.row,
        field: issue.column,
        column: column ? (locale === 'zh-CN' ? column.header : column.headerEn) : null,
        message: issueMessage(outcome.template, issue)[locale],
      };
    }),
    totalErrors: outcome.issues.length,
    reportId: outcome.reportId,
  };
}
