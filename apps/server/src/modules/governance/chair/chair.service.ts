/**
 * The rotating chair schedule (章程第六、七条): the secretariat plans it for N years from the member schools
 * (chair.rules.ts decides who chairs when), and records the years the joint meeting fixes, with the reason.
 * Every change regenerates the stored schedule in the same transaction as its audit entry; a change the
 * rules cannot satisfy is refused whole.
 */
import type { Locale, TChairOverrideInput, TChairPlanInput, TChairSchedule } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { postgresErrorCode } from '../../../kernel/db/unavailable.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { requireBody } from '../../bodies/index.js';
import { findOrgById } from '../../organizations/index.js';
import { chairSchedule } from './chair.rules.js';
import { charterInForceOf } from '../charter/charter-parameters.js';
import { chairCandidates } from './chair-candidates.js';
import * as repo from './chair.repository.js';

const OVERRIDE_ENTITY = bilingual('会议指定', 'meeting decision');

/** The charter's rotation rule in force (章程第六条); the seed charter's until the body registers its own. */
async function rotationRuleOf(db: Executor, bodyId: string) {
  const { chairRotation, source } = await charterInForceOf(db, bodyId);
  return { rule: chairRotation, source };
}

/**
 * Recomputes and stores the schedule from the plan, the charter's rotation rule, the current member schools
 * and the meeting's decisions.
 */
async function regenerate(tx: Executor, bodyId: string, plan: { firstYear: number; years: number; firstOrgId: string }) {
  const [members, overrides, { rule }] = await Promise.all([
    chairCandidates(tx, bodyId),
    repo.listActiveOverrides(tx, bodyId),
    rotationRuleOf(tx, bodyId),
  ]);
  const schedule = chairSchedule({
    rule,
    members,
    firstYear: plan.firstYear,
    first: plan.firstOrgId,
    years: plan.years,
    overrides: overrides.map((override) => ({ year: override.year, orgId: override.orgId, reason: override.reason })),
  });
  await repo.replaceYears(
    tx,
    bodyId,
    schedule.map((year) => ({ year: year.year, orgId: year.orgId, city: year.city, source: year.source, explanation: year.explanation })),
  );
  return schedule;
}

async function assertMemberSchool(db: Executor, bodyId: string, orgId: string) {
  const members = await chairCandidates(db, bodyId);
  if (members.some((member) => member.orgId === orgId)) return;
  const org = await findOrgById(db, orgId);
  throw new DomainError('CHAIR_NOT_A_SCHOOL', { org: org?.name ?? orgId });
}

export async function getChairSchedule(db: Executor, bodyId: string, locale: Locale): Promise<Omit<TChairSchedule, 'abilities'>> {
  await requireBody(db, bodyId);
  const [plan, years, overrides, candidates, rotation] = await Promise.all([
    repo.findPlan(db, bodyId),
    repo.listYears(db, bodyId),
    repo.listActiveOverrides(db, bodyId),
    chairCandidates(db, bodyId),
    rotationRuleOf(db, bodyId),
  ]);
  const names = new Map(candidates.map((candidate) => [candidate.orgId, candidate.name]));
  return {
    plan: plan
      ? {
          firstYear: plan.firstYear,
          years: plan.years,
          firstOrg: {
            id: plan.firstOrgId,
            name: names.get(plan.firstOrgId) ?? years.find((y) => y.orgId === plan.firstOrgId)?.orgName ?? '',
          },
          generatedAt: plan.generatedAt.toISOString(),
          version: plan.version,
        }
      : null,
    years: years.map((year) => ({
      year: year.year,
      org: { id: year.orgId, name: year.orgName },
      city: year.city,
      source: year.source as TChairSchedule['years'][number]['source'],
      explanation: (year.explanation as Record<Locale, string>)[locale],
    })),
    overrides: overrides.map((override) => ({
      id: override.id,
      year: override.year,
      org: { id: override.orgId, name: override.orgName },
      reason: override.reason,
      decidedOn: override.decidedOn,
      recordedBy: override.recordedByUsername,
      createdAt: override.createdAt.toISOString(),
    })),
    candidates: candidates.map((candidate) => ({
      id: candidate.orgId,
      name: candidate.name,
      city: candidate.city,
      joinedOn: candidate.joinedOn,
    })),
    rule: { ...rotation.rule, source: rotation.source },
  };
}

export async function planChairSchedule(db: Executor, actor: Actor, bodyId: string, input: TChairPlanInput) {
  await requireBody(db, bodyId);
  await assertMemberSchool(db, bodyId, input.firstOrgId);
  const current = await repo.findPlan(db, bodyId);
  if (current && current.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: current.version });
  await db.transaction(async (tx) => {
    const values = { bodyId, firstYear: input.firstYear, years: input.years, firstOrgId: input.firstOrgId };
    const saved = await repo.savePlan(tx, values, current ? current.version : null);
    if (!saved) throw new DomainError('VERSION_CONFLICT', { current: (await repo.findPlan(tx, bodyId))?.version ?? '?' });
    const schedule = await regenerate(tx, bodyId, values);
    await recordAudit(tx, actor, {
      action: 'chair.plan',
      entityType: 'body',
      entityId: bodyId,
      details: {
        firstYear: input.firstYear,
        years: input.years,
        firstOrgId: input.firstOrgId,
        chairs: schedule.map((y) => [y.year, y.orgId]),
      },
    });
  });
}

export async function overrideChairYear(db: Executor, actor: Actor, bodyId: string, input: TChairOverrideInput) {
  await requireBody(db, bodyId);
  const plan = await repo.findPlan(db, bodyId);
  if (!plan) throw new DomainError('CHAIR_PLAN_MISSING');
  await assertMemberSchool(db, bodyId, input.orgId);
  try {
    await db.transaction(async (tx) => {
      const override = await repo.insertOverride(tx, {
        bodyId,
        year: input.year,
        orgId: input.orgId,
        reason: input.reason,
        decidedOn: input.decidedOn,
        recordedByUserId: actor.userId,
        recordedByUsername: actor.username,
      });
      await regenerate(tx, bodyId, plan);
      await repo.touchPlan(tx, bodyId);
      await recordAudit(tx, actor, {
        action: 'chair.override',
        entityType: 'chair_override',
        entityId: override.id,
        details: { bodyId, year: input.year, orgId: input.orgId, reason: input.reason, decidedOn: input.decidedOn },
      });
    });
  } catch (error) {
    if (postgresErrorCode(error) === '23505') throw new DomainError('CHAIR_YEAR_ALREADY_FIXED', { year: input.year });
    throw error;
  }
}

export async function revokeChairOverride(db: Executor, actor: Actor, bodyId: string, overrideId: string) {
  const plan = await repo.findPlan(db, bodyId);
  if (!plan) throw notFound(OVERRIDE_ENTITY);
  await db.transaction(async (tx) => {
    const revoked = await repo.revokeOverride(tx, bodyId, overrideId);
    if (!revoked) throw notFound(OVERRIDE_ENTITY);
    await regenerate(tx, bodyId, plan);
    await repo.touchPlan(tx, bodyId);
    await recordAudit(tx, actor, {
      action: 'chair.override.revoke',
      entityType: 'chair_override',
      entityId: overrideId,
      details: { bodyId, year: revoked.year, orgId: revoked.orgId },
    });
  });
}

/**
 * A charter amendment that changes the rotation rule re-plans the stored schedule in the amendment's own
 * transaction. When the new rule cannot be satisfied with the current members and decisions, the amendment
 * still stands (the meeting adopted it) and the old schedule stays until the secretariat re-plans it; the
 * audit entry says which happened.
 */
export async function replanChairAfterAmendment(tx: Executor, actor: Actor, bodyId: string) {
  const plan = await repo.findPlan(tx, bodyId);
  if (!plan) return;
  let outcome: 'replanned' | 'kept';
  try {
    await regenerate(tx, bodyId, plan);
    await repo.touchPlan(tx, bodyId);
    outcome = 'replanned';
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'CHAIR_ROTATION_IMPOSSIBLE') throw error;
    outcome = 'kept';
  }
  await recordAudit(tx, actor, {
    action: 'chair.replan',
    entityType: 'body',
    entityId: bodyId,
    details: { outcome, trigger: 'charter_amendment' },
  });
}
