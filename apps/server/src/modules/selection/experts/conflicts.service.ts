/**
 * Conflicts of interest (回避) of a call, recomputed from the data every time they are needed — on the review
 * board, on every assignment and when results are computed — so a change to an expert's affiliations or an
 * application's member tables takes effect at once. Stated conflicts (declared by the expert, pinned by the
 * authority) are added; both kinds come with their evidence.
 */
import {
  APPLICATION_UNIT_PLACES,
  type ApplicationUnitPlace,
  type Bilingual,
  type Locale,
  type TConflict,
  type TConflictDeclare,
  type TConflictEvidence,
  type TConflictPin,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Conflict, conflictKey, deriveConflicts } from './conflicts.rules.js';
import { type UnitRow, unitsOfApplications, unitsOfSubmitted } from '../reviews/reviews.repository.js';
import * as repo from './experts.repository.js';

export interface CallConflicts {
  list: (Omit<Conflict, 'evidence'> & { evidence: TConflictEvidence[] })[];
  /** conflictKey(expert, application) of every conflicted pair. */
  pairs: Set<string>;
  byPair: Map<string, TConflictEvidence[]>;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * The conflicts between these experts and applications. `allSubmittedOf` reads the units of every submitted
 * application of the call in one query (the applicationIds must then be exactly those).
 */
export async function callConflicts(
  db: Executor,
  callId: string,
  applicationIds: string[],
  expertIds: string[],
  options: { allSubmittedOf?: boolean } = {},
): Promise<CallConflicts> {
  const [affiliations, units, stated] = await Promise.all([
    repo.affiliationsOf(db, expertIds),
    options.allSubmittedOf ? unitsOfSubmitted(db, callId) : unitsOfApplications(db, applicationIds),
    repo.statedConflictsOf(db, callId),
  ]);
  const affiliationsOf = groupBy(affiliations, (row) => row.expertId);
  const unitsOf = groupBy<UnitRow>(units, (unit) => unit.applicationId);
  const experts = expertIds.map((expertId) => ({ expertId, affiliations: affiliationsOf.get(expertId) ?? [] }));
  const applications = applicationIds.map((applicationId) => ({
    applicationId,
    units: (unitsOf.get(applicationId) ?? []).map((unit) => ({
      place: unit.place as ApplicationUnitPlace,
      row: unit.place.startsWith('member_') ? unit.position + 1 : null,
      orgId: unit.orgId,
      uscc: unit.uscc,
      name: unit.name,
    })),
  }));
  const inApplications = new Set(applicationIds);
  const inExperts = new Set(expertIds);
  const relevant = stated.filter((row) => inApplications.has(row.applicationId) && inExperts.has(row.expertId));
  const derived = deriveConflicts(
    experts,
    applications,
    relevant.map((row) => ({
      expertId: row.expertId,
      applicationId: row.applicationId,
      source: row.source as 'declared' | 'pinned',
      reason: row.reason,
    })),
  );
  // deriveConflicts appends stated evidence in input order; pair each with its row so it can be removed later.
  const statedQueue = new Map<string, repo.StatedConflictRow[]>();
  for (const row of relevant) {
    const key = conflictKey(row.expertId, row.applicationId);
    statedQueue.set(key, [...(statedQueue.get(key) ?? []), row]);
  }
  const list = derived.map((conflict) => {
    const queue = statedQueue.get(conflictKey(conflict.expertId, conflict.applicationId)) ?? [];
    let next = 0;
    const evidence = conflict.evidence.map((item): TConflictEvidence =>
      item.kind === 'affiliation' ? item : { kind: item.kind, reason: item.reason, statedId: queue[next++]!.id },
    );
    return { ...conflict, evidence };
  });
  return {
    list,
    pairs: new Set(list.map((conflict) => conflictKey(conflict.expertId, conflict.applicationId))),
    byPair: new Map(list.map((conflict) => [conflictKey(conflict.expertId, conflict.applicationId), conflict.evidence])),
  };
}

const MATCHED_BY: Record<string, Bilingual> = {
  orgId: bilingual('同一组织', 'same organisation'),
  uscc: bilingual('统一社会信用代码相同', 'same credit code'),
  name: bilingual('单位名称相同', 'same name'),
};

function evidenceText(item: TConflictEvidence): Bilingual {
  if (item.kind !== 'affiliation') {
    return item.kind === 'declared'
      ? bilingual(`专家本人申明：${item.reason}`, `declared by the expert: ${item.reason}`)
      : bilingual(`主管部门登记：${item.reason}`, `recorded by the authority: ${item.reason}`);
  }
  const place = APPLICATION_UNIT_PLACES[item.place];
  const row = item.row ? bilingual(`第 ${item.row} 行`, ` row ${item.row}`) : bilingual('', '');
  const how = MATCHED_BY[item.matchedBy]!;
  return bilingual(
    `所在单位“${item.unitName ?? ''}”是该申报的${place['zh-CN']}${row['zh-CN']}（${how['zh-CN']}）`,
    `affiliation “${item.unitName ?? ''}” is the application’s ${place['en-US']}${row['en-US']} (${how['en-US']})`,
  );
}

export function describeEvidence(evidence: TConflictEvidence[]): Bilingual {
  const parts = evidence.map(evidenceText);
  return bilingual(parts.map((part) => part['zh-CN']).join('；'), parts.map((part) => part['en-US']).join('; '));
}

export function presentConflicts(conflicts: CallConflicts, names: Map<string, string>, locale: Locale): TConflict[] {
  return conflicts.list.map((conflict) => ({
    expertId: conflict.expertId,
    expertName: names.get(conflict.expertId) ?? '',
    applicationId: conflict.applicationId,
    applicationName: names.get(conflict.applicationId) ?? '',
    evidence: conflict.evidence,
    summary: describeEvidence(conflict.evidence)[locale],
  }));
}

export async function pinConflict(db: Executor, actor: Actor, callId: string, input: TConflictPin): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await repo.insertStatedConflict(tx, { callId, ...input, source: 'pinned', createdBy: actor.userId });
    await recordAudit(tx, actor, {
      action: 'selection.conflict.pin',
      entityType: 'selection_conflict',
      entityId: row.id,
      details: { callId, ...input },
    });
  });
}

/** An expert states a conflict with an application assigned to them; their score then no longer counts. */
export async function declareConflict(
  db: Executor,
  actor: Actor,
  callId: string,
  expertId: string,
  input: TConflictDeclare & { applicationId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await repo.insertStatedConflict(tx, { callId, expertId, ...input, source: 'declared', createdBy: actor.userId });
    await recordAudit(tx, actor, {
      action: 'selection.conflict.declare',
      entityType: 'selection_conflict',
      entityId: row.id,
      details: { callId, ...input },
    });
  });
}

export const CONFLICT_ENTITY = bilingual('回避记录', 'conflict record');

export async function requireStatedConflict(db: Executor, id: string): Promise<repo.StatedConflictRow> {
  const row = await repo.findStatedConflict(db, id);
  if (!row) throw notFound(CONFLICT_ENTITY);
  return row;
}

/** Removes a stated conflict; conflicts derived from data cannot be removed, only their data corrected. */
export async function removeStatedConflict(db: Executor, actor: Actor, id: string): Promise<void> {
  const row = await requireStatedConflict(db, id);
  await db.transaction(async (tx) => {
    await repo.deleteStatedConflict(tx, id);
    await recordAudit(tx, actor, {
      action: 'selection.conflict.remove',
      entityType: 'selection_conflict',
      entityId: id,
      details: { callId: row.callId, expertId: row.expertId, applicationId: row.applicationId, source: row.source, reason: row.reason },
    });
  });
}

export function conflictError(expert: string, application: string, evidence: TConflictEvidence[]): DomainError {
  return new DomainError('REVIEW_CONFLICTED', { expert, application, evidence: describeEvidence(evidence) });
}
