/**
 * Use cases of 专业动态调整 (003: 健全专业动态调整机制): a school's suggestions, read off the body's gaps by the rule in
 * adjustments.rules.ts with the body's thresholds, each with its evidence; and the secretariat's change of those
 * thresholds, audited. Reading changes nothing: the suggestions are computed, never stored or applied.
 */
import { DEFAULT_ADJUSTMENT_THRESHOLDS, type TAdjustmentReport, type TAdjustmentThresholdsInput } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { requireBody } from '../../bodies/index.js';
import { requireParticipant } from '../access/access.service.js';
import { aggregateGaps, gapCells } from '../gaps/gaps.rules.js';
import { bodyGapCells, demandEvidence } from '../gaps/gaps.service.js';
import { majorsByCode } from '../majors/majors.js';
import * as repo from './adjustments.repository.js';
import { adjustmentSuggestions, describeAdjustmentRule } from './adjustments.rules.js';

/** The body's thresholds, or the defaults (version 0) while its secretariat has not set any. */
async function bodyThresholds(db: Executor, bodyId: string) {
  const row = await repo.findThresholds(db, bodyId);
  return { thresholds: row?.thresholds ?? DEFAULT_ADJUSTMENT_THRESHOLDS, version: row?.version ?? 0 };
}

export async function schoolAdjustments(
  db: Executor,
  grants: Grant[],
  bodyId: string,
  query: { schoolId: string; startYear: number },
): Promise<TAdjustmentReport> {
  const school = await requireParticipant(db, bodyId, query.schoolId, 'supply');
  const [{ thresholds, version }, { years, demands, supplies, cells }] = await Promise.all([
    bodyThresholds(db, bodyId),
    bodyGapCells(db, bodyId, query.startYear),
  ]);
  const schoolCells = gapCells(
    [],
    supplies.filter((s) => s.orgId === school.id),
    years,
  );
  const decisions = adjustmentSuggestions({
    body: aggregateGaps(cells, 'major', years.length).map((row) => ({ majorCode: row.key, demand: row.demand, supply: row.supply })),
    school: new Map(aggregateGaps(schoolCells, 'major', years.length).map((row) => [row.key, row.supply])),
    thresholds,
  });
  const majors = await majorsByCode(db, [...new Set(decisions.flatMap((d) => [d.majorCode, ...d.siblings]))]);
  const nameOf = (code: string) => majors.get(code)?.name ?? code;
  const evidenceOf = demandEvidence(demands, years);
  return {
    school: { id: school.id, name: school.name },
    years,
    thresholds,
    thresholdsVersion: version,
    rule: describeAdjustmentRule(thresholds),
    suggestions: decisions.map((d) => ({
      ...d,
      majorName: nameOf(d.majorCode),
      level: majors.get(d.majorCode)?.level ?? '',
      className: majors.get(d.majorCode)?.className ?? '',
      siblings: d.siblings.map((code) => ({ code, name: nameOf(code) })),
      demands: evidenceOf(d.majorCode),
    })),
    abilities: { editThresholds: isAllowed(grants, 'talent.analysis.manage', { bodyId }) },
  };
}

export async function changeThresholds(db: Executor, actor: Actor, bodyId: string, input: TAdjustmentThresholdsInput, now: Date) {
  await requireBody(db, bodyId);
  const before = await bodyThresholds(db, bodyId);
  if (before.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: before.version });
  await db.transaction(async (tx) => {
    const saved =
      input.version === 0
        ? await repo.insertThresholds(tx, { bodyId, thresholds: input.thresholds, updatedAt: now })
        : await repo.updateThresholdsAtVersion(tx, bodyId, input.version, { thresholds: input.thresholds, updatedAt: now });
    if (!saved) throw new DomainError('VERSION_CONFLICT', { current: before.version });
    await recordAudit(tx, actor, {
      action: 'talent.adjustment.thresholds',
      entityType: 'talent_adjustment_thresholds',
      entityId: bodyId,
      details: { bodyId, before: before.thresholds, after: input.thresholds },
    });
  });
}
