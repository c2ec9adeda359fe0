/**
 * Use cases of the job list (岗位清单, 连教职函〔2026〕6号 附件1 指标3.2): an enterprise on the body's enterprise list (or the
 * secretariat for it) lists its positions and adjusts them; every version is kept with what changed and why.
 */
import type {
  StoredListStatus,
  TalentLevel,
  TListHistoryItem,
  TListStatusInput,
  TTalentJob,
  TTalentJobInput,
  TTalentJobList,
  TTalentJobUpdate,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { requireBody } from '../../bodies/index.js';
import { requireListed } from '../enterprises/enterprise-list.service.js';
import { effectiveStatus } from '../lists/list-lifecycle.rules.js';
import { changeListStatus, historiesOf, recordCreated } from '../lists/list-status.service.js';
import { majorRef, majorsByCode, type MajorRow, requireMajors } from '../majors/majors.js';
import * as repo from './jobs.repository.js';
import { isAdjustable, type JobContent, jobChanges, jobCreation } from './jobs.rules.js';

export const JOB_ENTITY = bilingual('岗位', 'position');

type JobWithOrg = NonNullable<Awaited<ReturnType<typeof repo.findJob>>>;
type Adjustments = Awaited<ReturnType<typeof repo.adjustmentsOf>>;

export function presentJob(
  row: JobWithOrg,
  majors: Map<string, MajorRow>,
  adjustments: Adjustments,
  histories: Map<string, TListHistoryItem[]>,
  today: string,
): TTalentJob {
  const j = row.job;
  return {
    id: j.id,
    org: { id: j.orgId, name: row.orgName },
    position: j.position,
    occupation: j.occupation,
    occupationCode: j.occupationCode,
    majors: j.majorCodes.map((code) => majorRef(majors, code)),
    educationLevel: j.educationLevel as TalentLevel,
    headcount: j.headcount,
    duties: j.duties,
    validUntil: j.validUntil,
    status: effectiveStatus(j.status as StoredListStatus, j.validUntil, today),
    isGenerated: j.isGenerated,
    version: j.version,
    updatedAt: j.updatedAt.toISOString(),
    adjustments: adjustments
      .filter((a) => a.jobId === j.id)
      .map((a) => ({ kind: a.kind, reason: a.reason, changes: a.changes, by: a.actorName, at: a.at.toISOString() })),
    history: histories.get(j.id) ?? [],
  };
}

export async function presentJobs(db: Executor, rows: JobWithOrg[], today: string): Promise<TTalentJob[]> {
  const ids = rows.map((r) => r.job.id);
  const [majors, adjustments, histories] = await Promise.all([
    majorsByCode(
      db,
      rows.flatMap((r) => r.job.majorCodes),
    ),
    repo.adjustmentsOf(db, ids),
    historiesOf(db, 'job', ids),
  ]);
  return rows.map((row) => presentJob(row, majors, adjustments, histories, today));
}

/** A draft is seen by its enterprise and the secretariat; what was published, by everyone who reads the body. */
export async function listJobs(db: Executor, grants: Grant[], bodyId: string, today: string): Promise<TTalentJobList> {
  await requireBody(db, bodyId);
  const manages = isAllowed(grants, 'talent.list.manage', { bodyId });
  const rows = (await repo.listJobs(db, bodyId)).filter(
    (r) => r.job.status !== 'draft' || manages || isAllowed(grants, 'talent.demand.edit', { orgId: r.job.orgId }),
  );
  return { items: await presentJobs(db, rows, today) };
}

export async function requireJob(db: Executor, bodyId: string, jobId: string) {
  const row = await repo.findJob(db, bodyId, jobId);
  if (!row) throw notFound(JOB_ENTITY);
  return row;
}

function content(input: Omit<TTalentJobInput, 'orgId'>): JobContent {
  return {
    position: input.position,
    occupation: input.occupation,
    occupationCode: input.occupationCode ?? null,
    majorCodes: [...new Set(input.majorCodes)],
    educationLevel: input.educationLevel,
    headcount: input.headcount,
    duties: input.duties ?? null,
    validUntil: input.validUntil ?? null,
  };
}

export async function createJob(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TTalentJobInput,
  now: Date,
  provenance: { isGenerated?: boolean } = {},
) {
  await requireListed(db, bodyId, input.orgId);
  await requireMajors(db, input.majorCodes, input.educationLevel);
  const values = content(input);
  return db.transaction(async (tx) => {
    const job = await repo.insertJob(tx, {
      bodyId,
      orgId: input.orgId,
      ...values,
      isGenerated: provenance.isGenerated ?? false,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertAdjustment(tx, {
      jobId: job.id,
      seq: job.version,
      kind: 'create',
      reason: null,
      changes: jobCreation(values),
      actorName: actor.username,
      at: now,
    });
    await recordCreated(tx, actor, 'job', job.id, now);
    await recordAudit(tx, actor, {
      action: 'talent.job.create',
      entityType: 'talent_job',
      entityId: job.id,
      details: { bodyId, orgId: input.orgId, ...values },
    });
    return job;
  });
}

export async function adjustJob(
  db: Executor,
  actor: Actor,
  bodyId: string,
  jobId: string,
  input: TTalentJobUpdate,
  at: { now: Date; today: string },
) {
  const { now } = at;
  const { job } = await requireJob(db, bodyId, jobId);
  if (!isAdjustable(effectiveStatus(job.status as StoredListStatus, job.validUntil, at.today))) {
    throw new DomainError('TALENT_JOB_ENDED', { position: job.position });
  }
  await requireMajors(db, input.majorCodes, input.educationLevel);
  const after = content(input);
  const changes = jobChanges(job, after);
  if (changes.length === 0) throw new DomainError('TALENT_JOB_UNCHANGED', { title: job.position });
  await db.transaction(async (tx) => {
    const updated = await repo.updateJobAtVersion(tx, jobId, input.version, { ...after, updatedAt: now });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: job.version });
    await repo.insertAdjustment(tx, {
      jobId,
      seq: updated.version,
      kind: 'adjust',
      reason: input.reason,
      changes,
      actorName: actor.username,
      at: now,
    });
    await recordAudit(tx, actor, {
      action: 'talent.job.adjust',
      entityType: 'talent_job',
      entityId: jobId,
      details: { bodyId, orgId: job.orgId, reason: input.reason, changes },
    });
  });
}

export async function changeJobStatus(
  db: Executor,
  actor: Actor,
  bodyId: string,
  jobId: string,
  input: TListStatusInput,
  at: { now: Date; today: string },
) {
  const { job } = await requireJob(db, bodyId, jobId);
  const entry = { id: job.id, name: job.position, status: job.status as StoredListStatus, lastDay: job.validUntil, version: job.version };
  await changeListStatus(
    db,
    actor,
    'job',
    entry,
    input,
    at,
    async (tx, to) => (await repo.updateJobAtVersion(tx, job.id, input.version, { status: to }))?.version,
    { bodyId, orgId: job.orgId },
  );
}
