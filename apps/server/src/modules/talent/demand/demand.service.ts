/**
 * Use cases of the enterprises' demand (三年内企业技能人才需求清单): enter, adjust and withdraw a position, each audited in
 * its transaction. An enterprise sees and changes only its own rows; the secretariat sees the body's.
 */
import type { TDemand, TDemandInput, TDemandList, TDemandUpdate } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import type { Grant } from '../../../kernel/rbac/rbac.rules.js';
import { requireParticipant, visibleOrgIds } from '../access/access.service.js';
import { majorRef, majorsByCode, type MajorRow, regionFullNames, requireMajors, requireRegion } from '../majors/majors.js';
import * as repo from './demand.repository.js';

export const DEMAND_ENTITY = bilingual('人才需求', 'talent demand');

function present(row: { demand: repo.DemandRow; orgName: string }, majors: Map<string, MajorRow>, regions: Map<string, string>): TDemand {
  const d = row.demand;
  return {
    id: d.id,
    org: { id: d.orgId, name: row.orgName },
    position: d.position,
    occupation: d.occupation,
    occupationCode: d.occupationCode,
    majors: d.majorCodes.map((code) => majorRef(majors, code)),
    educationLevel: d.educationLevel as TDemand['educationLevel'],
    startYear: d.startYear,
    headcounts: d.headcounts,
    skills: d.skills,
    location: { code: d.locationRegionCode, name: regions.get(d.locationRegionCode) ?? d.locationRegionCode },
    wageMin: d.wageMin,
    wageMax: d.wageMax,
    apprenticeshipPlaces: d.apprenticeshipPlaces,
    internshipPlaces: d.internshipPlaces,
    isGenerated: d.isGenerated,
    version: d.version,
    updatedAt: d.updatedAt.toISOString(),
  };
}

export async function listDemands(db: Executor, grants: Grant[], bodyId: string): Promise<TDemandList> {
  const visible = visibleOrgIds(grants, bodyId, 'demand');
  const rows = (await repo.listDemands(db, bodyId)).filter((row) => visible === 'all' || visible(row.demand.orgId));
  const [majors, regions] = await Promise.all([
    majorsByCode(
      db,
      rows.flatMap((r) => r.demand.majorCodes),
    ),
    regionFullNames(db),
  ]);
  return { items: rows.map((row) => present(row, majors, regions)) };
}

/** Whether anyone entered demand in the body yet (the demo loads its own only into a body without any). */
export async function hasTalentDemand(db: Executor, bodyId: string): Promise<boolean> {
  return repo.anyDemand(db, bodyId);
}

export async function requireDemand(db: Executor, bodyId: string, demandId: string) {
  const row = await repo.findDemand(db, bodyId, demandId);
  if (!row) throw notFound(DEMAND_ENTITY);
  return row;
}

async function checkContent(db: Executor, input: Omit<TDemandInput, 'orgId'>) {
  await requireMajors(db, input.majorCodes, input.educationLevel);
  await requireRegion(db, input.locationRegionCode);
}

function columns(input: Omit<TDemandInput, 'orgId'>) {
  return {
    position: input.position,
    occupation: input.occupation,
    occupationCode: input.occupationCode ?? null,
    majorCodes: [...new Set(input.majorCodes)],
    educationLevel: input.educationLevel,
    startYear: input.startYear,
    headcounts: input.headcounts,
    skills: input.skills ?? null,
    locationRegionCode: input.locationRegionCode,
    wageMin: input.wageMin ?? null,
    wageMax: input.wageMax ?? null,
    apprenticeshipPlaces: input.apprenticeshipPlaces,
    internshipPlaces: input.internshipPlaces,
  };
}

export async function createDemand(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TDemandInput,
  provenance: { isGenerated?: boolean } = {},
) {
  await requireParticipant(db, bodyId, input.orgId, 'demand');
  await checkContent(db, input);
  return db.transaction(async (tx) => {
    const row = await repo.insertDemand(tx, {
      bodyId,
      orgId: input.orgId,
      ...columns(input),
      isGenerated: provenance.isGenerated ?? false,
    });
    await recordAudit(tx, actor, {
      action: 'talent.demand.create',
      entityType: 'talent_demand',
      entityId: row.id,
      details: {
        bodyId,
        orgId: input.orgId,
        position: input.position,
        majorCodes: row.majorCodes,
        headcounts: input.headcounts,
        startYear: input.startYear,
      },
    });
    return row;
  });
}

export async function updateDemand(db: Executor, actor: Actor, bodyId: string, demandId: string, input: TDemandUpdate) {
  const { demand } = await requireDemand(db, bodyId, demandId);
  await checkContent(db, input);
  await db.transaction(async (tx) => {
    const updated = await repo.updateDemandAtVersion(tx, demandId, input.version, columns(input));
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: demand.version });
    // The list is adjusted over time (连教职函〔2026〕6号 指标3.2 岗位清单动态调整): the audit keeps what each change replaced.
    await recordAudit(tx, actor, {
      action: 'talent.demand.update',
      entityType: 'talent_demand',
      entityId: demandId,
      details: {
        bodyId,
        before: { position: demand.position, majorCodes: demand.majorCodes, headcounts: demand.headcounts, startYear: demand.startYear },
        after: columns(input),
      },
    });
  });
}

export async function deleteDemand(db: Executor, actor: Actor, bodyId: string, demandId: string) {
  const { demand } = await requireDemand(db, bodyId, demandId);
  await db.transaction(async (tx) => {
    await repo.deleteDemand(tx, demandId);
    await recordAudit(tx, actor, {
      action: 'talent.demand.delete',
      entityType: 'talent_demand',
      entityId: demandId,
      details: { bodyId, removed: demand },
    });
  });
}
