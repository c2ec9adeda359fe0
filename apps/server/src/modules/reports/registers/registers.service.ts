/**
 * Use cases of the 项目与荣誉 register of a cycle: list with a filter, enter, change and delete entries (each audited
 * in its transaction), and set the register tables of the cycle's report.
 */
import type {
  TRegisterBlocks,
  TRegisterBlocksInput,
  TRegisterEntry,
  TRegisterEntryInput,
  TRegisterEntryList,
  TRegisterEntryUpdate,
  TRegisterFilter,
} from '@chanjiao/contracts';
import { createHash } from 'node:crypto';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { requireCycle } from '../cycles/cycles.service.js';
import * as repo from './registers.repository.js';
import { matchesFilter, registerTable } from './registers.rules.js';

export const ENTRY_ENTITY = bilingual('项目与荣誉登记', 'register entry');

export const mayManageRegisters = (grants: Grant[], authorityOrgId: string) =>
  isAllowed(grants, 'reports.registers.manage', { orgId: authorityOrgId });

export function presentEntry(row: repo.EntryRow): TRegisterEntry {
  return {
    id: row.id,
    kind: row.kind,
    level: row.level,
    year: row.year,
    schoolLevel: row.schoolLevel,
    name: row.name,
    holder: { orgId: row.holderOrgId, name: row.holderName },
    majorCode: row.majorCode,
    majorName: row.majorName,
    people: row.people,
    extra: row.extra,
    sourceTable: row.sourceTable,
    version: row.version,
  };
}

/** The columns an entry input fills, with its school linked to the organisation of that name where there is one. */
export function entryValues(input: TRegisterEntryInput, orgIds: Map<string, string>) {
  return {
    kind: input.kind,
    level: input.level,
    year: input.year,
    schoolLevel: input.schoolLevel,
    name: input.name,
    holderName: input.holderSchool,
    holderOrgId: orgIds.get(input.holderSchool) ?? null,
    majorCode: input.majorCode ?? null,
    majorName: input.majorName ?? null,
    people: input.people,
    extra: input.extra,
    sourceTable: input.sourceTable ?? null,
  };
}

export async function listEntries(db: Executor, grants: Grant[], cycleId: string, filter: TRegisterFilter): Promise<TRegisterEntryList> {
  const { cycle } = await requireCycle(db, cycleId);
  const rows = await repo.listEntries(db, cycleId);
  return {
    items: rows.filter((row) => matchesFilter(row, filter)).map(presentEntry),
    sourceTables: [...new Set(rows.flatMap((row) => (row.sourceTable ? [row.sourceTable] : [])))],
    mayManage: mayManageRegisters(grants, cycle.authorityOrgId),
  };
}

export async function createEntry(db: Executor, actor: Actor, cycleId: string, input: TRegisterEntryInput): Promise<TRegisterEntry> {
  await requireCycle(db, cycleId);
  const orgIds = await repo.orgIdsOfNames(db, [input.holderSchool]);
  return db.transaction(async (tx) => {
    const [row] = await repo.insertEntries(tx, cycleId, [entryValues(input, orgIds)]);
    await recordAudit(tx, actor, {
      action: 'reports.register.create',
      entityType: 'report_register_entry',
      entityId: row!.id,
      details: { cycleId, kind: input.kind, level: input.level, year: input.year, name: input.name, holder: input.holderSchool },
    });
    return presentEntry(row!);
  });
}

async function requireEntry(db: Executor, cycleId: string, entryId: string) {
  const row = await repo.findEntry(db, cycleId, entryId);
  if (!row) throw notFound(ENTRY_ENTITY);
  return row;
}

export async function updateEntry(
  db: Executor,
  actor: Actor,
  cycleId: string,
  entryId: string,
  input: TRegisterEntryUpdate,
): Promise<TRegisterEntry> {
  const before = await requireEntry(db, cycleId, entryId);
  const orgIds = await repo.orgIdsOfNames(db, [input.holderSchool]);
  return db.transaction(async (tx) => {
    const values = entryValues(input, orgIds);
    const row = await repo.updateEntryAtVersion(tx, cycleId, entryId, input.version, values);
    if (!row) throw new DomainError('VERSION_CONFLICT', { current: before.version });
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter(
      (key) => JSON.stringify(values[key]) !== JSON.stringify(before[key]),
    );
    await recordAudit(tx, actor, {
      action: 'reports.register.update',
      entityType: 'report_register_entry',
      entityId: entryId,
      details: { cycleId, changed, before: Object.fromEntries(changed.map((key) => [key, before[key]])) },
    });
    return presentEntry(row);
  });
}

export async function deleteEntry(db: Executor, actor: Actor, cycleId: string, entryId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await repo.deleteEntry(tx, cycleId, entryId);
    if (!row) throw notFound(ENTRY_ENTITY);
    await recordAudit(tx, actor, {
      action: 'reports.register.delete',
      entityType: 'report_register_entry',
      entityId: entryId,
      details: { cycleId, entry: presentEntry(row) },
    });
  });
}

/** A digest of the blocks as stored: equal blocks give equal revisions on either engine (jsonb orders a filter's keys). */
function blocksRevision(blocks: { chapter: string; caption: string; filter: TRegisterFilter }[]) {
  const plain = blocks.map(({ chapter, caption, filter }) => [
    chapter,
    caption,
    Object.entries(filter).sort(([a], [b]) => a.localeCompare(b)),
  ]);
  return createHash('sha256').update(JSON.stringify(plain), 'utf8').digest('hex').slice(0, 16);
}

export async function getBlocks(db: Executor, grants: Grant[], cycleId: string): Promise<TRegisterBlocks> {
  const { cycle } = await requireCycle(db, cycleId);
  const [blocks, rows] = await Promise.all([repo.listBlocks(db, cycleId), repo.listEntries(db, cycleId)]);
  return {
    blocks: blocks.map(({ chapter, caption, filter }) => ({
      chapter,
      caption,
      filter,
      entryCount: rows.filter((row) => matchesFilter(row, filter)).length,
    })),
    revision: blocksRevision(blocks),
    mayManage: mayManageRegisters(grants, cycle.authorityOrgId),
  };
}

export async function setBlocks(
  db: Executor,
  actor: Actor,
  grants: Grant[],
  cycleId: string,
  { blocks, revision }: TRegisterBlocksInput,
): Promise<TRegisterBlocks> {
  await requireCycle(db, cycleId);
  await db.transaction(async (tx) => {
    await repo.lockBlocks(tx, cycleId);
    const current = blocksRevision(await repo.listBlocks(tx, cycleId));
    if (revision !== undefined && revision !== current) throw new DomainError('VERSION_CONFLICT', { current });
    await repo.replaceBlocks(tx, cycleId, blocks);
    await recordAudit(tx, actor, {
      action: 'reports.register.blocks',
      entityType: 'report_cycle',
      entityId: cycleId,
      details: { captions: blocks.map((b) => b.caption), before: current },
    });
  });
  return getBlocks(db, grants, cycleId);
}

/** The cycle's register tables as the report prints them, each with the chapter it stands under. */
export async function registerTablesOfCycle(db: Executor, cycleId: string) {
  const [blocks, rows] = await Promise.all([repo.listBlocks(db, cycleId), repo.listEntries(db, cycleId)]);
  return blocks.map((block) => ({ chapter: block.chapter, block: registerTable(rows, block) }));
}
