/**
 * Loading a printed report's lists into a cycle's registers (the demo's 上海年报 表1–20 and 普陀区年报 表4): each table
 * once, labelled with its source table, every row as printed; then the cases, and the report's register tables.
 * Idempotent by label and title: a restarted platform adds a table only while the cycle holds no row of it, so rows
 * people deleted from a table stay deleted (a table deleted whole comes back, as a missing part of the demo does).
 */
import type { RegisterKind, RegisterLevel, RegisterSchoolLevel, TRegisterBlock } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Database } from '../../../kernel/db/database.js';
import * as repo from './registers.repository.js';

export interface PrintedRegisterTable {
  /** e.g. “上海年报2024 表3”. */
  sourceTable: string;
  kind: RegisterKind;
  level: RegisterLevel;
  year: number;
  schoolLevel: RegisterSchoolLevel;
  rows: { name: string; holder: string; major?: string; people?: string[]; extra?: Record<string, string> }[];
}

export interface PrintedCase {
  title: string;
  chapter: string;
  schools: string[];
  text: string;
}

/** “660301 数控技术应用” keeps its catalogue code apart; a major printed without one is its name alone. */
export function splitMajor(printed: string | undefined): { majorCode: string | null; majorName: string | null } {
  const text = printed?.trim() ?? '';
  if (!text) return { majorCode: null, majorName: null };
  const coded = /^(\d{6}K?)\s*(.*)$/.exec(text);
  return coded ? { majorCode: coded[1]!, majorName: coded[2] || null } : { majorCode: null, majorName: text };
}

/** Returns the labels of the tables loaded now; a label the cycle already holds is skipped. */
export async function loadRegisterTables(db: Database, actor: Actor, cycleId: string, tables: PrintedRegisterTable[]): Promise<string[]> {
  const present = await repo.sourceTablesOf(db, cycleId);
  const missing = tables.filter((t) => !present.has(t.sourceTable));
  if (missing.length === 0) return [];
  const orgIds = await repo.orgIdsOfNames(
    db,
    missing.flatMap((t) => t.rows.map((r) => r.holder)),
  );
  await db.transaction(async (tx) => {
    for (const table of missing) {
      await repo.insertEntries(
        tx,
        cycleId,
        table.rows.map((row) => ({
          kind: table.kind,
          level: table.level,
          year: table.year,
          schoolLevel: table.schoolLevel,
          name: row.name,
          holderName: row.holder,
          holderOrgId: orgIds.get(row.holder) ?? null,
          ...splitMajor(row.major),
          people: row.people ?? [],
          extra: row.extra ?? {},
          sourceTable: table.sourceTable,
          isGenerated: true,
        })),
      );
    }
    await recordAudit(tx, actor, {
      action: 'reports.register.import',
      entityType: 'report_register_entry',
      details: { cycleId, sourceTables: missing.map((t) => t.sourceTable), count: missing.reduce((n, t) => n + t.rows.length, 0) },
    });
  });
  return missing.map((t) => t.sourceTable);
}

/** Adds the cases whose titles the cycle does not hold yet; returns how many. */
export async function loadRegisterCases(db: Database, actor: Actor, cycleId: string, cases: PrintedCase[]): Promise<number> {
  const titles = new Set((await repo.listCases(db, cycleId)).map((c) => c.title));
  const missing = cases.filter((c) => !titles.has(c.title));
  if (missing.length === 0) return 0;
  const orgIds = await repo.orgIdsOfNames(
    db,
    missing.flatMap((c) => c.schools),
  );
  await db.transaction(async (tx) => {
    for (const c of missing) {
      const row = await repo.insertCase(tx, cycleId, {
        title: c.title,
        chapter: c.chapter,
        schools: c.schools.map((name) => ({ orgId: orgIds.get(name) ?? null, name })),
        text: c.text,
        isGenerated: true,
      });
      await recordAudit(tx, actor, {
        action: 'reports.case.create',
        entityType: 'report_case',
        entityId: row.id,
        details: { cycleId, title: c.title },
      });
    }
  });
  return missing.length;
}

/** Sets the report's register tables when the cycle has none: blocks someone set are theirs. */
export async function setRegisterBlocksOnce(db: Database, actor: Actor, cycleId: string, blocks: TRegisterBlock[]): Promise<boolean> {
  if ((await repo.listBlocks(db, cycleId)).length > 0) return false;
  await db.transaction(async (tx) => {
    await repo.replaceBlocks(tx, cycleId, blocks);
    await recordAudit(tx, actor, {
      action: 'reports.register.blocks',
      entityType: 'report_cycle',
      entityId: cycleId,
      details: { captions: blocks.map((b) => b.caption) },
    });
  });
  return true;
}
