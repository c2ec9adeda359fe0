/**
 * Use cases of placements (docs/sources.md §9 T5): an enterprise on the body's enterprise list (or the secretariat for it) offers
 * internship or apprenticeship places; a member school (or the secretariat) records the students it sends and its
 * teachers' practice in an enterprise of the list. Every write is audited in its transaction; the figures of
 * 推荐书 section 3 come from placements.rules.ts.
 */
import type {
  PlacementKind,
  StoredListStatus,
  TPlacementFigures,
  TPlacementOfferInput,
  TPlacements,
  TPlacementSummary,
  TPlacementTakeUpInput,
  TTeacherPracticeInput,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { requireBody } from '../../bodies/index.js';
import { findOrgById } from '../../organizations/index.js';
import { requireParticipant } from '../access/access.service.js';
import { requireListed } from '../enterprises/enterprise-list.service.js';
import { listJobs } from '../jobs/jobs.repository.js';
import { effectiveStatus } from '../lists/list-lifecycle.rules.js';
import * as repo from './placements.repository.js';
import {
  enterpriseFigures,
  figuresFor,
  figureYears,
  FORMULAS,
  type JobFacts,
  type OfferFacts,
  personMonths,
  placesLeft,
  type PracticeFacts,
  yearOf,
} from './placements.rules.js';

export const OFFER_ENTITY = bilingual('实习学徒岗位', 'placement offer');
export const TAKE_UP_ENTITY = bilingual('学校接收记录', 'take-up');
export const PRACTICE_ENTITY = bilingual('教师企业实践记录', 'teacher practice');
/** The years of the 推荐书's section 3 columns (2025 年 actual, 2026 年 committed). */
export const FORM_YEARS = [2025, 2026];

interface Provenance {
  isGenerated?: boolean;
}

/** The published positions of the job list: 岗位总量 is their headcount. */
async function publishedJobs(db: Executor, bodyId: string, today: string) {
  return (await listJobs(db, bodyId)).filter(
    (r) => effectiveStatus(r.job.status as StoredListStatus, r.job.validUntil, today) === 'published',
  );
}

async function records(db: Executor, bodyId: string) {
  const [offers, practices] = await Promise.all([repo.listOffers(db, bodyId), repo.listPractices(db, bodyId)]);
  const takeUps = await repo.takeUpsOf(
    db,
    offers.map((o) => o.offer.id),
  );
  return { offers, practices, takeUps };
}

type Records = Awaited<ReturnType<typeof records>>;

function summarise(recs: Records, jobs: JobFacts[], jobOrgNames: Map<string, string>): TPlacementSummary {
  const offers: OfferFacts[] = recs.offers.map(({ offer }) => ({
    orgId: offer.orgId,
    kind: offer.kind as PlacementKind,
    places: offer.places,
    year: yearOf(offer.startsOn),
    takeUps: recs.takeUps.filter((t) => t.takeUp.offerId === offer.id).map((t) => t.takeUp),
  }));
  const practices: PracticeFacts[] = recs.practices.map(({ practice }) => ({ ...practice, year: yearOf(practice.startsOn) }));
  const years = figureYears(FORM_YEARS, offers, practices);
  const enterpriseNames = new Map([
    ...jobOrgNames,
    ...recs.offers.map((o) => [o.offer.orgId, o.orgName] as const),
    ...recs.practices.map((p) => [p.practice.enterpriseOrgId, p.enterpriseName] as const),
  ]);
  return {
    consortium: years.map((year) => figuresFor(year, offers, practices, jobs)),
    enterprises: [...enterpriseNames]
      .sort(([, a], [, b]) => a.localeCompare(b, 'zh-CN'))
      .map(([id, name]) => ({ org: { id, name }, figures: years.map((year) => enterpriseFigures(id, year, offers, practices, jobs)) })),
    formulas: FORMULAS,
  };
}

/** Counts of students and teachers only, no personal data: every reader of the body sees them. */
export async function listPlacements(db: Executor, bodyId: string, today: string): Promise<TPlacements> {
  await requireBody(db, bodyId);
  const [recs, jobs] = await Promise.all([records(db, bodyId), publishedJobs(db, bodyId, today)]);
  const jobFacts = jobs.map((r) => ({ orgId: r.job.orgId, headcount: r.job.headcount }));
  return {
    offers: recs.offers.map(({ offer, orgName, jobPosition }) => {
      const takeUps = recs.takeUps.filter((t) => t.takeUp.offerId === offer.id);
      return {
        id: offer.id,
        org: { id: offer.orgId, name: orgName },
        kind: offer.kind as PlacementKind,
        job: offer.jobId && jobPosition ? { id: offer.jobId, position: jobPosition } : null,
        position: offer.position,
        places: offer.places,
        taken: takeUps.reduce((sum, t) => sum + t.takeUp.students, 0),
        startsOn: offer.startsOn,
        endsOn: offer.endsOn,
        year: yearOf(offer.startsOn),
        isGenerated: offer.isGenerated,
        takeUps: takeUps.map(({ takeUp, schoolName }) => ({
          id: takeUp.id,
          school: { id: takeUp.schoolOrgId, name: schoolName },
          students: takeUp.students,
          months: takeUp.months,
          personMonths: personMonths(takeUp.students, takeUp.months),
          isGenerated: takeUp.isGenerated,
        })),
      };
    }),
    practices: recs.practices.map(({ practice: p, schoolName, enterpriseName }) => ({
      id: p.id,
      school: { id: p.schoolOrgId, name: schoolName },
      enterprise: { id: p.enterpriseOrgId, name: enterpriseName },
      teachers: p.teachers,
      months: p.months,
      personMonths: personMonths(p.teachers, p.months),
      startsOn: p.startsOn,
      year: yearOf(p.startsOn),
      isGenerated: p.isGenerated,
    })),
    summary: summarise(recs, jobFacts, new Map(jobs.map((r) => [r.job.orgId, r.orgName]))),
    jobs: jobs.map((r) => ({ id: r.job.id, orgId: r.job.orgId, position: r.job.position, headcount: r.job.headcount })),
  };
}

/** The consortium's figures of the given years, for the 推荐书's section 3 (read by the selection module). */
export async function placementFigures(
  db: Executor,
  bodyId: string,
  today: string,
): Promise<{ figures: TPlacementFigures[]; formulas: TPlacementSummary['formulas'] }> {
  const [recs, jobs] = await Promise.all([records(db, bodyId), publishedJobs(db, bodyId, today)]);
  const summary = summarise(
    recs,
    jobs.map((r) => ({ orgId: r.job.orgId, headcount: r.job.headcount })),
    new Map(),
  );
  return { figures: summary.consortium.filter((f) => FORM_YEARS.includes(f.year)), formulas: summary.formulas };
}

export async function createOffer(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TPlacementOfferInput,
  now: Date,
  provenance: Provenance = {},
) {
  await requireListed(db, bodyId, input.orgId);
  if (input.jobId) {
    const job = await repo.jobOf(db, bodyId, input.jobId);
    if (!job || job.orgId !== input.orgId) {
      throw new DomainError('TALENT_PLACEMENT_JOB', { org: (await findOrgById(db, input.orgId))?.name ?? input.orgId });
    }
  }
  return db.transaction(async (tx) => {
    const offer = await repo.insertOffer(tx, {
      bodyId,
      orgId: input.orgId,
      kind: input.kind,
      jobId: input.jobId ?? null,
      position: input.position,
      places: input.places,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      isGenerated: provenance.isGenerated ?? false,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'talent.placement.create',
      entityType: 'talent_placement_offer',
      entityId: offer.id,
      details: { bodyId, ...input },
    });
    return offer;
  });
}

export async function requireOffer(db: Executor, bodyId: string, offerId: string) {
  const offer = await repo.findOffer(db, offerId);
  if (!offer || offer.bodyId !== bodyId) throw notFound(OFFER_ENTITY);
  return offer;
}

export async function deleteOffer(db: Executor, actor: Actor, bodyId: string, offerId: string) {
  const offer = await requireOffer(db, bodyId, offerId);
  await db.transaction(async (tx) => {
    await repo.lockOffer(tx, offerId);
    if ((await repo.studentsTaken(tx, offerId)) > 0) throw new DomainError('TALENT_PLACEMENT_TAKEN', { position: offer.position });
    await repo.deleteOffer(tx, offerId);
    await recordAudit(tx, actor, {
      action: 'talent.placement.delete',
      entityType: 'talent_placement_offer',
      entityId: offerId,
      details: { bodyId, orgId: offer.orgId, kind: offer.kind, position: offer.position, places: offer.places },
    });
  });
}

export async function takeUp(
  db: Executor,
  actor: Actor,
  bodyId: string,
  offerId: string,
  input: TPlacementTakeUpInput,
  now: Date,
  provenance: Provenance = {},
) {
  const offer = await requireOffer(db, bodyId, offerId);
  await requireParticipant(db, bodyId, input.schoolOrgId, 'supply');
  return db.transaction(async (tx) => {
    await repo.lockOffer(tx, offerId);
    const taken = await repo.studentsTaken(tx, offerId);
    const left = placesLeft(offer.places, taken);
    if (input.students > left) {
      throw new DomainError('TALENT_PLACEMENT_OVERTAKEN', {
        position: offer.position,
        places: offer.places,
        taken,
        students: input.students,
        left,
      });
    }
    const row = await repo.insertTakeUp(tx, { offerId, ...input, isGenerated: provenance.isGenerated ?? false, createdAt: now });
    await recordAudit(tx, actor, {
      action: 'talent.placement.take_up',
      entityType: 'talent_placement_take_up',
      entityId: row.id,
      details: { bodyId, offerId, ...input, personMonths: personMonths(input.students, input.months) },
    });
    return row;
  });
}

export async function requireTakeUp(db: Executor, bodyId: string, offerId: string, takeUpId: string) {
  await requireOffer(db, bodyId, offerId);
  const row = await repo.findTakeUp(db, takeUpId);
  if (!row || row.offerId !== offerId) throw notFound(TAKE_UP_ENTITY);
  return row;
}

export async function deleteTakeUp(db: Executor, actor: Actor, bodyId: string, offerId: string, takeUpId: string) {
  const row = await requireTakeUp(db, bodyId, offerId, takeUpId);
  await db.transaction(async (tx) => {
    await repo.deleteTakeUp(tx, takeUpId);
    await recordAudit(tx, actor, {
      action: 'talent.placement.take_up.delete',
      entityType: 'talent_placement_take_up',
      entityId: takeUpId,
      details: { bodyId, offerId, schoolOrgId: row.schoolOrgId, students: row.students, months: row.months },
    });
  });
}

export async function recordPractice(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TTeacherPracticeInput,
  now: Date,
  provenance: Provenance = {},
) {
  await requireParticipant(db, bodyId, input.schoolOrgId, 'supply');
  await requireListed(db, bodyId, input.enterpriseOrgId);
  return db.transaction(async (tx) => {
    const row = await repo.insertPractice(tx, { bodyId, ...input, isGenerated: provenance.isGenerated ?? false, createdAt: now });
    await recordAudit(tx, actor, {
      action: 'talent.teacher_practice.create',
      entityType: 'talent_teacher_practice',
      entityId: row.id,
      details: { bodyId, ...input, personMonths: personMonths(input.teachers, input.months) },
    });
    return row;
  });
}

export async function requirePractice(db: Executor, bodyId: string, practiceId: string) {
  const row = await repo.findPractice(db, practiceId);
  if (!row || row.bodyId !== bodyId) throw notFound(PRACTICE_ENTITY);
  return row;
}

export async function deletePractice(db: Executor, actor: Actor, bodyId: string, practiceId: string) {
  const row = await requirePractice(db, bodyId, practiceId);
  await db.transaction(async (tx) => {
    await repo.deletePractice(tx, practiceId);
    await recordAudit(tx, actor, {
      action: 'talent.teacher_practice.delete',
      entityType: 'talent_teacher_practice',
      entityId: practiceId,
      details: { bodyId, schoolOrgId: row.schoolOrgId, enterpriseOrgId: row.enterpriseOrgId, teachers: row.teachers, months: row.months },
    });
  });
}
