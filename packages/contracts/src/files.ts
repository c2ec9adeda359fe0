/**
 * Shapes of the Excel import/export endpoints shared by every module that imports spreadsheets.
 * The error codes themselves are FILE_ERRORS in errors.ts.
 */
import { z } from 'zod';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One problem of an uploaded row; `row` is the row number the user sees in Excel. */
export const ZImportRowError = z.object({
  row: z.number().int(),
  /** The template column's key, or null when the problem concerns the whole row. */
  field: z.string().nullable(),
  /** The column's header in the request's language. */
  column: z.string().nullable(),
  message: z.string(),
});
export type TImportRowError = z.infer<typeof ZImportRowError>;

export const ZImportResult = z.object({
  imported: z.number().int(),
  filename: z.string(),
});
export type TImportResult = z.infer<typeof ZImportResult>;

/** The 422 body of an import with invalid rows: the usual error plus the problems and the report to download. */
export const ZImportRowsInvalid = z.object({
  error: z.object({
    code: z.literal('IMPORT_ROWS_INVALID'),
    message: z.string(),
    requestId: z.string().optional(),
    params: z.object({ errorRows: z.number().int() }),
  }),
  /** The first problems, in row order; the report lists all of them. */
  errors: z.array(ZImportRowError),
  totalErrors: z.number().int(),
  /** GET /api/files/{reportId} downloads the uploaded rows with an 错误说明 column (owner only, expires). */
  reportId: z.uuid(),
});
export type TImportRowsInvalid = z.infer<typeof ZImportRowsInvalid>;
