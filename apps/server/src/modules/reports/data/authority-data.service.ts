/**
 * The authority's own figures for the report it publishes over its units (表3 培训情况 by year): read with the computed
 * 合计 and the differences from a stated one, and saved by the authority with an audit entry in the same transaction.
 */
import { emptyAuthorityData, type TAuthorityData, type TAuthorityDataSave, type TAuthorityDataView } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { requireCycle } from '../cycles/cycles.service.js';
import { updateCycleAtVersion } from '../cycles/cycles.repository.js';
import { lateYears, trainingDifferences, trainingTotals, yearsInOrder } from './training.rules.js';

export const authorityDataOf = (stored: TAuthorityData | null): TAuthorityData => stored ?? emptyAuthorityData();

export async function getAuthorityData(db: Executor, cycleId: string): Promise<TAuthorityDataView> {
  const { cycle } = await requireCycle(db, cycleId);
  const data = authorityDataOf(cycle.authorityData);
  return {
    cycle: { id: cycle.id, title: cycle.title, reportYear: cycle.reportYear },
    data,
    trainingTotals: trainingTotals(data.training.years),
    differences: trainingDifferences(data.training.years, data.training.stated),
    version: cycle.version,
  };
}

export async function saveAuthorityData(db: Executor, actor: Actor, cycleId: string, input: TAuthorityDataSave): Promise<void> {
  const { cycle } = await requireCycle(db, cycleId);
  const { years, stated } = input.data.training;
  const late = lateYears(years, cycle.reportYear);
  if (late.length > 0) {
    const params = { year: late[0]!.year, reportYear: cycle.reportYear };
    throw new DomainError(
      'REPORT_TRAINING_YEAR_LATE',
      params,
      late.map((row) => ({
        path: `data.training.years.${years.indexOf(row)}.year`,
        message: { 'zh-CN': `晚于报告年度${cycle.reportYear}年`, 'en-US': `after the report year ${cycle.reportYear}` },
      })),
    );
  }
  const data: TAuthorityData = { training: { years: yearsInOrder(years), stated } };
  await db.transaction(async (tx) => {
    const updated = await updateCycleAtVersion(tx, cycleId, input.version, { authorityData: data });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: cycle.version });
    await recordAudit(tx, actor, {
      action: 'reports.cycle.authority_data',
      entityType: 'report_cycle',
      entityId: cycleId,
      details: { before: authorityDataOf(cycle.authorityData), after: data },
    });
  });
}
