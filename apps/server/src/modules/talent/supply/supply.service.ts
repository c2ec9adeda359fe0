/** Use cases of the schools' supply: enter, adjust and withdraw a major's figures, each audited in its transaction. */
import { STUDY_MODES, type StudyMode, type TSupply, type TSupplyInput, type TSupplyList, type TSupplyUpdate } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import type { Grant } from '../../../kernel/rbac/rbac.rules.js';
import { requireParticipant, visibleOrgIds } from '../access/access.service.js';
import { majorRef, majorsByCode, type MajorRow, requireMajors } from '../majors/majors.js';
import * as repo from './supply.repository.js';

export const SUPPLY_ENTITY = bilingual('人才供给', 'talent supply');

function present(row: { supply: repo.SupplyRow; orgName: string }, majors: Map<string, MajorRow>): TSupply {
  const s = row.supply;
  return {
    id: s.id,
    org: { id: s.orgId, name: row.orgName },
    major: majorRef(majors, s.majorCode),
    mode: s.mode as StudyMode,
    startYear: s.startYear,
    plannedEnrolment: s.plannedEnrolment,
    expectedGraduates: s.expectedGraduates,
    placementsOffered: s.placementsOffered,
    isGenerated: s.isGenerated,
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export async function listSupplies(db: Executor, grants: Grant[], bodyId: string): Promise<TSupplyList> {
  const visible = visibleOrgIds(grants, bodyId, 'supply');
  const rows = (await repo.listSupplies(db, bodyId)).filter((row) => visible === 'all' || visible(row.supply.orgId));
  const majors = await majorsByCode(
    db,
    rows.map((r) => r.supply.majorCode),
  );
  return { items: rows.map((row) => present(row, majors)) };
}

async function requireSupply(db: Executor, bodyId: string, supplyId: string) {
  const row = await repo.findSupply(db, bodyId, supplyId);
  if (!row) throw notFound(SUPPLY_ENTITY);
  return row;
}

export async function createSupply(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TSupplyInput,
  provenance: { isGenerated?: boolean } = {},
) {
  const org = await requireParticipant(db, bodyId, input.orgId, 'supply');
  const majors = await requireMajors(db, [input.majorCode]);
  const key = { bodyId, orgId: input.orgId, majorCode: input.majorCode, mode: input.mode, startYear: input.startYear };
  if (await repo.findSupplyByKey(db, key)) {
    throw new DomainError('TALENT_SUPPLY_EXISTS', {
      org: org.name,
      major: majors.get(input.majorCode)!.name,
      mode: STUDY_MODES[input.mode],
      year: input.startYear,
    });
  }
  return db.transaction(async (tx) => {
    const row = await repo.insertSupply(tx, {
      ...key,
      plannedEnrolment: input.plannedEnrolment,
      expectedGraduates: input.expectedGraduates,
      placementsOffered: input.placementsOffered,
      isGenerated: provenance.isGenerated ?? false,
    });
    await recordAudit(tx, actor, {
      action: 'talent.supply.create',
      entityType: 'talent_supply',
      entityId: row.id,
      details: { ...key, expectedGraduates: input.expectedGraduates },
    });
    return row;
  });
}

export async function updateSupply(db: Executor, actor: Actor, bodyId: string, supplyId: string, input: TSupplyUpdate) {
  const { supply } = await requireSupply(db, bodyId, supplyId);
  const values = {
    plannedEnrolment: input.plannedEnrolment,
    expectedGraduates: input.expectedGraduates,
    placementsOffered: input.placementsOffered,
  };
  await db.transaction(async (tx) => {
    const updated = await repo.updateSupplyAtVersion(tx, supplyId, input.version, values);
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: supply.version });
    await recordAudit(tx, actor, {
      action: 'talent.supply.update',
      entityType: 'talent_supply',
      entityId: supplyId,
      details: {
        bodyId,
        before: {
          plannedEnrolment: supply.plannedEnrolment,
          expectedGraduates: supply.expectedGraduates,
          placementsOffered: supply.placementsOffered,
        },
        after: values,
      },
    });
  });
}

export async function deleteSupply(db: Executor, actor: Actor, bodyId: string, supplyId: string) {
  const { supply } = await requireSupply(db, bodyId, supplyId);
  await db.transaction(async (tx) => {
    await repo.deleteSupply(tx, supplyId);
    await recordAudit(tx, actor, {
      action: 'talent.supply.delete',
      entityType: 'talent_supply',
      entityId: supplyId,
      details: { bodyId, removed: supply },
    });
  });
}
