/**
 * 清单批量导入 (docs/sources.md §9 T1 “Excel import/export of every list with templates and row errors”): the shape every list's
 * import shares. A list supplies its template (columns and row schema), the checks of the rows against the body's data,
 * and how one row is written with its first status; the kernel's pipeline reads and validates the upload, and either
 * every row is written in one transaction with one audit entry, or none is and the user gets the rows' errors.
 */
import { type Locale, type TalentListName, type TImportResult, ZIsoDate } from '@chanjiao/contracts';
import { z } from 'zod';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Database, Executor } from '../../../kernel/db/database.js';
import {
  type ImportLimits,
  type ImportOutcome,
  type ImportTemplate,
  type RowIssue,
  runImport,
  type Upload,
  type ValidRow,
} from '../../../kernel/files/index.js';

export interface ImportAt {
  now: Date;
  /** Asia/Shanghai date of `now`, for the dates the steps record. */
  today: string;
}

export interface ListImport<TRow, TReady> {
  list: TalentListName;
  template: ImportTemplate<TRow>;
  /** Checks of the rows that passed the row schema against the body's data and each other; what `write` gets. */
  prepare(db: Executor, bodyId: string, rows: ValidRow<TRow>[], at: ImportAt): Promise<{ ready: TReady[]; issues: RowIssue[] }>;
  /** Writes one row inside the import's transaction, with the entry's first status and its history. */
  write(tx: Executor, actor: Actor, bodyId: string, row: TReady, at: ImportAt): Promise<void>;
  /** The one audit entry of the whole import. */
  audit: { action: string; entityType: string };
}

/** Erases the row types so imports of different lists sit in one registry. */
export type AnyListImport = ListImport<unknown, unknown>;

export function defineListImport<TRow, TReady>(definition: ListImport<TRow, TReady>): AnyListImport {
  return definition as unknown as AnyListImport;
}

export async function importList(
  db: Database,
  actor: Actor & { userId: string },
  bodyId: string,
  importer: AnyListImport,
  upload: Upload,
  options: { limits: ImportLimits; locale: Locale; at: ImportAt },
): Promise<ImportOutcome<TImportResult>> {
  return runImport({
    db,
    template: importer.template,
    upload,
    ownerUserId: actor.userId,
    locale: options.locale,
    limits: options.limits,
    handlers: {
      prepare: (rows) => importer.prepare(db, bodyId, rows, options.at),
      commit: (ready) =>
        db.transaction(async (tx) => {
          for (const row of ready) await importer.write(tx, actor, bodyId, row, options.at);
          await recordAudit(tx, actor, {
            action: importer.audit.action,
            entityType: importer.audit.entityType,
            details: { bodyId, list: importer.list, count: ready.length, filename: upload.filename },
          });
          return { imported: ready.length, filename: upload.filename };
        }),
    },
  });
}

/** A cell that lists several values (major codes, links), separated by 、 , ， ; ； or spaces; repeats dropped. */
/** A date cell a row may leave empty: an empty cell reads as no date, anything else must be a date. */
export const ZOptionalImportDate = z.preprocess((v) => (v === '' ? undefined : v), ZIsoDate.optional());

export const splitList = (text: string) => [...new Set(text.split(/[、,，;；\s]+/).filter(Boolean))];
