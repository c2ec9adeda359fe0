/** Use cases of indicator systems: start one from 附件1 or as a new version of another, set scores, freeze. */
import type { TIndicatorPointsUpdate, TIndicatorSystem, TIndicatorSystemCreate, TIndicatorSystemSummary } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { ANNEX1_POINTS } from './annex1-indicators.data.js';
import * as repo from './indicators.repository.js';
import { systemTotals } from './indicators.rules.js';

export const INDICATOR_SYSTEM_ENTITY = bilingual('指标体系', 'indicator system');

function presentSummary(system: repo.IndicatorSystemRow, points: repo.IndicatorPointRow[]): TIndicatorSystemSummary {
  return {
    id: system.id,
    authorityOrgId: system.authorityOrgId,
    name: system.name,
    versionNo: system.versionNo,
    basedOnId: system.basedOnId,
    frozenAt: system.frozenAt?.toISOString() ?? null,
    note: system.note,
    ...systemTotals(points.map((point) => ({ ...point, kind: point.kind as 'score' | 'deduction' }))),
    isGenerated: system.isGenerated,
    version: system.version,
    createdAt: system.createdAt.toISOString(),
  };
}

export function presentSystem(system: repo.IndicatorSystemRow, points: repo.IndicatorPointRow[]): TIndicatorSystem {
  return {
    ...presentSummary(system, points),
    points: points.map((point) => ({
      id: point.id,
      indicatorCode: point.indicatorCode,
      indicatorName: point.indicatorName,
      code: point.code,
      text: point.text,
      kind: point.kind as 'score' | 'deduction',
      maxScore: point.maxScore,
      weight: point.weight,
      position: point.position,
    })),
  };
}

export async function requireSystem(db: Executor, id: string): Promise<repo.IndicatorSystemRow> {
  const system = await repo.findSystem(db, id);
  if (!system) throw notFound(INDICATOR_SYSTEM_ENTITY);
  return system;
}

export async function getSystem(db: Executor, id: string): Promise<TIndicatorSystem> {
  const system = await requireSystem(db, id);
  return presentSystem(system, await repo.pointsOf(db, id));
}

export async function systemSummary(db: Executor, id: string): Promise<TIndicatorSystemSummary> {
  const system = await requireSystem(db, id);
  return presentSummary(system, await repo.pointsOf(db, id));
}

export async function listSystems(db: Executor, authorityOrgIds: 'all' | string[]): Promise<TIndicatorSystemSummary[]> {
  const systems = await repo.listSystems(db, authorityOrgIds);
  const points = await repo.pointsOfSystems(
    db,
    systems.map((system) => system.id),
  );
  return systems.map((system) =>
    presentSummary(
      system,
      points.filter((point) => point.systemId === system.id),
    ),
  );
}

export interface SystemSettings {
  /** Scores by point code, for demo data where the authority's choices are made up. */
  scores?: Record<string, { maxScore: number; weight: number | null }>;
  isGenerated?: boolean;
}

/** Inside the caller's transaction: a new version, copied from `basedOnId` or started from 附件1. */
export async function insertSystemVersion(tx: Executor, actor: Actor, input: TIndicatorSystemCreate, settings: SystemSettings = {}) {
  const source = input.basedOnId ? await requireSystem(tx, input.basedOnId) : null;
  if (source && source.authorityOrgId !== input.authorityOrgId) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      { path: 'basedOnId', message: bilingual('『基于版本』须是本单位的指标体系', '“Based on” must be a system of the same authority') },
    ]);
  }
  const name = source?.name ?? input.name;
  const sourcePoints = source
    ? (await repo.pointsOf(tx, source.id)).map(({ id: _id, systemId: _systemId, ...point }) => point)
    : ANNEX1_POINTS.map((point, position) => ({ ...point, maxScore: null, weight: point.kind === 'score' ? 1 : null, position }));
  const points = sourcePoints.map((point) => ({ ...point, ...(settings.scores?.[point.code] ?? {}) }));
  const system = await repo.insertSystem(
    tx,
    {
      authorityOrgId: input.authorityOrgId,
      name,
      versionNo: await repo.nextVersionNo(tx, input.authorityOrgId, name),
      basedOnId: source?.id ?? null,
      note: input.note ?? null,
      isGenerated: settings.isGenerated ?? false,
    },
    points,
  );
  await recordAudit(tx, actor, {
    action: 'selection.indicators.create',
    entityType: 'selection_indicator_system',
    entityId: system.id,
    details: { name, versionNo: system.versionNo, basedOnId: source?.id ?? null },
  });
  return system;
}

export async function createSystem(db: Executor, actor: Actor, input: TIndicatorSystemCreate, settings: SystemSettings = {}) {
  const system = await db.transaction((tx) => insertSystemVersion(tx, actor, input, settings));
  return getSystem(db, system.id);
}

export async function updatePoints(db: Executor, actor: Actor, id: string, input: TIndicatorPointsUpdate) {
  const system = await requireSystem(db, id);
  if (system.frozenAt) throw new DomainError('INDICATOR_SYSTEM_FROZEN', { name: system.name, versionNo: system.versionNo });
  if (system.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: system.version });
  const before = new Map((await repo.pointsOf(db, id)).map((point) => [point.id, point]));
  const unknown = input.points.map((point, index) => ({ point, index })).filter(({ point }) => !before.has(point.id));
  if (unknown.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {},
      unknown.map(({ index }) => ({
        path: `points.${index}.id`,
        message: bilingual(
          `第${index + 1}个观测点不属于该指标体系，请刷新后重试`,
          `Point ${index + 1} is not in this system; reload and retry`,
        ),
      })),
    );
  }
  await db.transaction(async (tx) => {
    // Frozen in between by a call opening: the conditional bump fails and nothing is written.
    const current = await repo.findSystem(tx, id);
    if (current?.frozenAt) throw new DomainError('INDICATOR_SYSTEM_FROZEN', { name: system.name, versionNo: system.versionNo });
    if (!(await repo.bumpSystemAtVersion(tx, id, input.version))) {
      throw new DomainError('VERSION_CONFLICT', { current: current?.version ?? '?' });
    }
    const changes: Record<string, [unknown, unknown]> = {};
    for (const point of input.points) {
      const old = before.get(point.id)!;
      if (old.maxScore === point.maxScore && old.weight === point.weight) continue;
      changes[old.code] = [
        { maxScore: old.maxScore, weight: old.weight },
        { maxScore: point.maxScore, weight: point.weight },
      ];
      await repo.updatePoint(tx, id, point.id, { maxScore: point.maxScore, weight: point.weight });
    }
    await recordAudit(tx, actor, {
      action: 'selection.indicators.update',
      entityType: 'selection_indicator_system',
      entityId: id,
      details: { changes },
    });
  });
  return getSystem(db, id);
}
