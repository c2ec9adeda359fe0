/**
 * Use cases of the shortage catalogue (紧缺人才目录, 《本期聚焦：市域产教联合体》): the secretariat builds a draft by the published rule, may
 * change its thresholds (the rule runs again), add a major by hand with a reason or take one out with a reason, then
 * publishes it; a published catalogue is only withdrawn. Each step is audited and kept in the status history.
 */
import {
  SHORTAGE_STATUSES,
  type ShortageStatus,
  type TShortageCatalogue,
  type TShortageCatalogueList,
  type TShortageDraftInput,
  type TShortageEntryInput,
  type TShortageEntryRemoval,
  type TShortageRebuildInput,
  type TShortageStatusInput,
  type TShortageThresholds,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { requireBody } from '../../bodies/index.js';
import { aggregateGaps } from '../gaps/gaps.rules.js';
import { bodyGapCells, demandEvidence } from '../gaps/gaps.service.js';
import { majorsByCode, requireMajors } from '../majors/majors.js';
import * as repo from './shortage.repository.js';
import { describeShortageRule, isEditable, shortageDecision, statusAfter } from './shortage.rules.js';

export const CATALOGUE_ENTITY = bilingual('紧缺人才目录', 'shortage catalogue');
const STATUS_ORDER: string[] = ['draft', 'published', 'withdrawn'];

const ACTIONS = {
  edit: bilingual('修改', 'edited'),
  publish: bilingual('发布', 'published'),
  withdraw: bilingual('撤回', 'withdrawn'),
} as const;

function statusError(catalogue: repo.CatalogueRow, action: keyof typeof ACTIONS) {
  return new DomainError('TALENT_CATALOGUE_STATUS', {
    title: catalogue.title,
    status: SHORTAGE_STATUSES[catalogue.status as ShortageStatus],
    action: ACTIONS[action],
  });
}

/** Figures and evidence of every major of the body, and the rule's decision on each. */
async function majorFigures(db: Executor, bodyId: string, startYear: number) {
  const { years, demands, cells } = await bodyGapCells(db, bodyId, startYear);
  const rows = aggregateGaps(cells, 'major', years.length);
  return { rows, evidenceOf: demandEvidence(demands, years) };
}

async function ruleEntries(
  db: Executor,
  bodyId: string,
  catalogueId: string,
  startYear: number,
  thresholds: TShortageThresholds,
  skip: Set<string>,
) {
  const { rows, evidenceOf } = await majorFigures(db, bodyId, startYear);
  const chosen = rows
    .filter((row) => !skip.has(row.key))
    .map((row) => ({
      row,
      decision: shortageDecision({ demand: row.totalDemand, supply: row.totalSupply, enterprises: row.enterprises }, thresholds),
    }))
    .filter(({ decision }) => decision.included);
  const majors = await majorsByCode(
    db,
    chosen.map(({ row }) => row.key),
  );
  return chosen.map(({ row, decision }) => {
    const major = majors.get(row.key);
    return {
      catalogueId,
      majorCode: row.key,
      majorName: major?.name ?? row.key,
      level: major?.level ?? '',
      className: major?.className ?? '',
      categoryName: major?.categoryName ?? '',
      demand: row.totalDemand,
      supply: row.totalSupply,
      gap: decision.gap,
      enterprises: row.enterprises,
      origin: 'rule',
      reason: null,
      explanation: decision.explanation,
      demands: evidenceOf(row.key),
    };
  });
}

async function requireCatalogue(db: Executor, bodyId: string, catalogueId: string) {
  const row = await repo.findCatalogue(db, bodyId, catalogueId);
  if (!row) throw notFound(CATALOGUE_ENTITY);
  return row;
}

async function requireDraft(db: Executor, bodyId: string, catalogueId: string, version: number) {
  const catalogue = await requireCatalogue(db, bodyId, catalogueId);
  if (!isEditable(catalogue.status as ShortageStatus)) throw statusError(catalogue, 'edit');
  if (catalogue.version !== version) throw new DomainError('VERSION_CONFLICT', { current: catalogue.version });
  return catalogue;
}

/** Bumps the version so that two secretaries editing the same draft do not overwrite each other. */
async function touch(tx: Executor, catalogue: repo.CatalogueRow, values: Partial<repo.CatalogueRow> = {}) {
  const updated = await repo.updateCatalogueAtVersion(tx, catalogue.id, catalogue.version, values);
  if (!updated) throw new DomainError('VERSION_CONFLICT', { current: catalogue.version });
  return updated;
}

export async function buildDraft(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TShortageDraftInput,
  now: Date,
  provenance: { isGenerated?: boolean } = {},
) {
  await requireBody(db, bodyId);
  return db.transaction(async (tx) => {
    const catalogue = await repo.insertCatalogue(tx, {
      bodyId,
      title: input.title,
      startYear: input.startYear,
      thresholds: input.thresholds,
      isGenerated: provenance.isGenerated ?? false,
    });
    const entries = await ruleEntries(tx, bodyId, catalogue.id, input.startYear, input.thresholds, new Set());
    await repo.insertEntries(tx, entries);
    await repo.insertStatusChange(tx, {
      catalogueId: catalogue.id,
      fromStatus: null,
      toStatus: 'draft',
      reason: null,
      actorName: actor.username,
      at: now,
    });
    await recordAudit(tx, actor, {
      action: 'talent.shortage.draft',
      entityType: 'talent_shortage_catalogue',
      entityId: catalogue.id,
      details: {
        bodyId,
        title: input.title,
        startYear: input.startYear,
        thresholds: input.thresholds,
        majors: entries.map((e) => e.majorCode),
      },
    });
    return catalogue;
  });
}

export async function rebuildDraft(db: Executor, actor: Actor, bodyId: string, catalogueId: string, input: TShortageRebuildInput) {
  const catalogue = await requireDraft(db, bodyId, catalogueId, input.version);
  await db.transaction(async (tx) => {
    await touch(tx, catalogue, { thresholds: input.thresholds });
    await repo.deleteRuleEntries(tx, catalogueId);
    const kept = new Set((await repo.listEntries(tx, catalogueId)).map((e) => e.majorCode));
    const entries = await ruleEntries(tx, bodyId, catalogueId, catalogue.startYear, input.thresholds, kept);
    await repo.insertEntries(tx, entries);
    await recordAudit(tx, actor, {
      action: 'talent.shortage.rebuild',
      entityType: 'talent_shortage_catalogue',
      entityId: catalogueId,
      details: { bodyId, before: catalogue.thresholds, after: input.thresholds, majors: entries.map((e) => e.majorCode) },
    });
  });
}

export async function addEntry(db: Executor, actor: Actor, bodyId: string, catalogueId: string, input: TShortageEntryInput) {
  const catalogue = await requireDraft(db, bodyId, catalogueId, input.version);
  const major = (await requireMajors(db, [input.majorCode])).get(input.majorCode)!;
  const existing = (await repo.listEntries(db, catalogueId)).find((e) => e.majorCode === input.majorCode);
  if (existing && !existing.removedAt) throw new DomainError('TALENT_ENTRY_EXISTS', { major: major.name });
  const { rows, evidenceOf } = await majorFigures(db, bodyId, catalogue.startYear);
  const row = rows.find((r) => r.key === input.majorCode);
  const figures = { demand: row?.totalDemand ?? 0, supply: row?.totalSupply ?? 0, enterprises: row?.enterprises ?? 0 };
  const decision = shortageDecision(figures, catalogue.thresholds);
  await db.transaction(async (tx) => {
    await touch(tx, catalogue);
    if (existing) await repo.deleteEntry(tx, existing.id);
    await repo.insertEntries(tx, [
      {
        catalogueId,
        majorCode: major.code,
        majorName: major.name,
        level: major.level,
        className: major.className,
        categoryName: major.categoryName,
        ...figures,
        gap: decision.gap,
        origin: 'secretariat',
        reason: input.reason,
        explanation: decision.explanation,
        demands: evidenceOf(major.code),
      },
    ]);
    await recordAudit(tx, actor, {
      action: 'talent.shortage.entry.add',
      entityType: 'talent_shortage_catalogue',
      entityId: catalogueId,
      details: { bodyId, majorCode: major.code, reason: input.reason },
    });
  });
}

export async function removeEntry(
  db: Executor,
  actor: Actor,
  bodyId: string,
  catalogueId: string,
  entryId: string,
  input: TShortageEntryRemoval,
  now: Date,
) {
  const catalogue = await requireDraft(db, bodyId, catalogueId, input.version);
  await db.transaction(async (tx) => {
    await touch(tx, catalogue);
    const entry = await repo.markEntryRemoved(tx, catalogueId, entryId, input.reason, now);
    if (!entry) throw notFound(bilingual('目录条目', 'catalogue entry'));
    await recordAudit(tx, actor, {
      action: 'talent.shortage.entry.remove',
      entityType: 'talent_shortage_catalogue',
      entityId: catalogueId,
      details: { bodyId, majorCode: entry.majorCode, reason: input.reason },
    });
  });
}

export async function changeStatus(
  db: Executor,
  actor: Actor,
  bodyId: string,
  catalogueId: string,
  input: TShortageStatusInput,
  now: Date,
) {
  const catalogue = await requireCatalogue(db, bodyId, catalogueId);
  const from = catalogue.status as ShortageStatus;
  const to = statusAfter(from, input.action);
  if (!to) throw statusError(catalogue, input.action);
  if (catalogue.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: catalogue.version });
  if (input.action === 'withdraw' && !input.reason) throw new DomainError('TALENT_WITHDRAW_REASON');
  if (input.action === 'publish' && !(await repo.listEntries(db, catalogueId)).some((e) => !e.removedAt)) {
    throw new DomainError('TALENT_CATALOGUE_EMPTY');
  }
  await db.transaction(async (tx) => {
    await touch(tx, catalogue, { status: to, ...(to === 'published' ? { publishedAt: now } : {}) });
    await repo.insertStatusChange(tx, {
      catalogueId,
      fromStatus: from,
      toStatus: to,
      reason: input.reason ?? null,
      actorName: actor.username,
      at: now,
    });
    await recordAudit(tx, actor, {
      action: `talent.shortage.${input.action}`,
      entityType: 'talent_shortage_catalogue',
      entityId: catalogueId,
      details: { bodyId, from, to, reason: input.reason ?? null },
    });
  });
}

/** Drafts are the secretariat's; everyone who reads the body sees what was published or withdrawn. */
const visibleTo = (grants: Grant[], bodyId: string) => (status: string) =>
  status !== 'draft' || isAllowed(grants, 'talent.analysis.manage', { bodyId });

export async function listCatalogues(db: Executor, grants: Grant[], bodyId: string): Promise<TShortageCatalogueList> {
  await requireBody(db, bodyId);
  const visible = visibleTo(grants, bodyId);
  return {
    items: (await repo.listCatalogues(db, bodyId))
      .filter((row) => visible(row.catalogue.status))
      .map(({ catalogue, entryCount }) => ({
        id: catalogue.id,
        title: catalogue.title,
        startYear: catalogue.startYear,
        status: catalogue.status as ShortageStatus,
        publishedAt: catalogue.publishedAt?.toISOString() ?? null,
        isGenerated: catalogue.isGenerated,
        version: catalogue.version,
        entryCount,
      })),
  };
}

export async function getCatalogue(db: Executor, grants: Grant[], bodyId: string, catalogueId: string): Promise<TShortageCatalogue> {
  const catalogue = await requireCatalogue(db, bodyId, catalogueId);
  if (!visibleTo(grants, bodyId)(catalogue.status)) throw notFound(CATALOGUE_ENTITY);
  const [entries, history] = await Promise.all([repo.listEntries(db, catalogueId), repo.listStatusChanges(db, catalogueId)]);
  const status = catalogue.status as ShortageStatus;
  return {
    id: catalogue.id,
    title: catalogue.title,
    startYear: catalogue.startYear,
    status,
    thresholds: catalogue.thresholds,
    rule: describeShortageRule(catalogue.thresholds),
    entries: entries.map((e) => ({
      id: e.id,
      majorCode: e.majorCode,
      majorName: e.majorName,
      level: e.level,
      className: e.className,
      categoryName: e.categoryName,
      demand: e.demand,
      supply: e.supply,
      gap: e.gap,
      enterprises: e.enterprises,
      origin: e.origin as 'rule' | 'secretariat',
      reason: e.reason,
      explanation: e.explanation,
      demands: e.demands,
      removed: e.removedAt !== null,
      removedReason: e.removedReason,
    })),
    // The statuses follow one another in one order, so changes stamped at the same instant still read in order.
    history: [...history]
      .sort((a, b) => a.at.getTime() - b.at.getTime() || STATUS_ORDER.indexOf(a.toStatus) - STATUS_ORDER.indexOf(b.toStatus))
      .map((h) => ({ from: h.fromStatus, to: h.toStatus, reason: h.reason, by: h.actorName, at: h.at.toISOString() })),
    publishedAt: catalogue.publishedAt?.toISOString() ?? null,
    isGenerated: catalogue.isGenerated,
    version: catalogue.version,
    abilities: { edit: isEditable(status) && isAllowed(grants, 'talent.analysis.manage', { bodyId }) },
  };
}
