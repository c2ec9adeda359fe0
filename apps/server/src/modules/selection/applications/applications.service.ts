/**
 * Use cases of a 推荐书: start one for an open call (at most one per park), save it section by section,
 * submit it before the deadline (which locks it and keeps the version), and let the authority return it.
 */
import {
  APPLICATION_SECTIONS,
  APPLICATION_STATUSES,
  type ApplicationSection,
  type ApplicationStatus,
  CALL_STATUSES,
  type CallStatus,
  emptyApplicationContent,
  type Locale,
  type TApplication,
  type TApplicationContent,
  type TApplicationCreate,
  type TApplicationListQuery,
  type TApplicationSummary,
  type TSectionSave,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { findOrgById } from '../../organizations/index.js';
import * as callRepo from '../calls/calls.repository.js';
import { requireCall } from '../calls/calls.service.js';
import { callPhase } from '../calls/calls.rules.js';
import { assertSubmissionOpen, submissionAllowed } from '../calls/deadline.rules.js';
import { assertParkHasRoom } from './one-per-park.rules.js';
import { parseSection } from '../selection.validation.js';
import { diffContent } from './application-diff.rules.js';
import { asFieldProblem, presentProblem } from './application-problems.js';
import { draftProblems, type FormProblem, missingForSubmission, unitsNamedIn } from './application.rules.js';
import { assertReferencesExist } from './application-references.js';
import { noticeApplicationReturned, noticeApplicationSubmitted } from '../messages/selection-messages.js';
import * as repo from './applications.repository.js';
import { presentMaterial } from './materials.service.js';

export const APPLICATION_ENTITY = bilingual('推荐书', 'application');

/** Sections whose units the review module matches experts against. */
const UNIT_SECTIONS: ApplicationSection[] = ['cover', 'overview', 'members'];

export async function requireApplication(db: Executor, id: string): Promise<repo.ApplicationRow> {
  const application = await repo.findApplication(db, id);
  if (!application) throw notFound(APPLICATION_ENTITY);
  return application;
}

export function presentSummary(row: repo.ApplicationListRow, now: Date): TApplicationSummary {
  return {
    id: row.id,
    callId: row.callId,
    callTitle: row.callTitle,
    consortiumName: row.consortiumName,
    parkName: row.parkName,
    applicantOrg: { id: row.applicantOrgId, name: row.applicantName },
    status: row.status as ApplicationStatus,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    returnReason: row.returnReason,
    latestVersionNo: row.latestVersionNo,
    callPhase: callPhase(
      { status: row.callStatus as CallStatus, deadlineLocal: row.callDeadlineLocal, resultsPublishedAt: row.resultsPublishedAt },
      now,
    ),
    resultPublished: row.resultPublished,
    isGenerated: row.isGenerated,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function limitsOf(call: callRepo.CallRow) {
  return { text: call.textLimits, call: call.limits };
}

/** What still stands between this content and submission: rule problems first, then what is empty. */
export function submissionProblems(content: TApplicationContent, call: callRepo.CallRow): FormProblem[] {
  return [...draftProblems(content, limitsOf(call)), ...missingForSubmission(content, call.limits)];
}

/**
 * A draft is written until the deadline (通知 三.2) and is read-only after it; a returned application may be
 * corrected and resubmitted while the call is open, since the authority asked for the correction.
 */
function editable(application: repo.ApplicationRow, call: callRepo.CallRow, now: Date): boolean {
  if (call.status !== 'open') return false;
  if (application.status === 'returned') return true;
  return application.status === 'draft' && submissionAllowed(now, call.deadlineLocal);
}

export interface Viewer {
  locale: Locale;
  mayEdit: boolean;
  now: Date;
}

export async function getApplication(db: Executor, id: string, viewer: Viewer): Promise<TApplication> {
  const row = await repo.findApplicationListRow(db, id);
  if (!row) throw notFound(APPLICATION_ENTITY);
  const call = await requireCall(db, row.callId);
  const material = await repo.currentFile(db, id, 'supporting_material');
  return {
    ...presentSummary(row, viewer.now),
    call: {
      id: call.id,
      title: call.title,
      status: call.status as CallStatus,
      phase: callPhase(
        { status: call.status as CallStatus, deadlineLocal: call.deadlineLocal, resultsPublishedAt: row.resultsPublishedAt },
        viewer.now,
      ),
      deadline: call.deadlineLocal,
      textLimits: call.textLimits,
      limits: call.limits,
    },
    content: row.content,
    material: material ? presentMaterial(material) : null,
    problems: submissionProblems(row.content, call).map((problem) => presentProblem(problem, viewer.locale)),
    abilities: {
      edit: viewer.mayEdit && editable(row, call, viewer.now),
      submit: viewer.mayEdit && editable(row, call, viewer.now),
    },
  };
}

export async function listApplications(
  db: Executor,
  filter: Omit<repo.ApplicationFilter, 'page' | 'pageSize'>,
  query: TApplicationListQuery,
  now: Date,
) {
  const { rows, total } = await repo.listApplications(db, {
    ...filter,
    statuses: query.status ? [query.status] : filter.statuses,
    page: query.page,
    pageSize: query.pageSize,
  });
  return { items: rows.map((row) => presentSummary(row, now)), total, page: query.page, pageSize: query.pageSize };
}

function assertCallOpen(call: callRepo.CallRow) {
  if (call.status !== 'open') {
    throw new DomainError('CALL_NOT_OPEN', { title: call.title, status: CALL_STATUSES[call.status as CallStatus] });
  }
}

/** Saving and submitting: never a submitted application, never a draft after the deadline. */
function assertEditable(application: repo.ApplicationRow, call: callRepo.CallRow, now: Date) {
  if (application.status === 'submitted') throw new DomainError('APPLICATION_LOCKED', { name: application.consortiumName });
  assertCallOpen(call);
  if (application.status === 'draft') assertSubmissionOpen(now, call.deadlineLocal);
}

/** 通知 三.1 under the call's lock, so two parks' applications created at once are checked one after the other. */
async function assertParkFree(
  tx: Executor,
  callId: string,
  candidate: { applicationId: string; name: string; parkOrgId: string | null; parkName: string },
) {
  const call = await callRepo.lockCall(tx, callId);
  if (!call) throw notFound(bilingual('遴选', 'call'));
  const others = (await repo.parksOfCall(tx, callId)).map((row) => ({
    applicationId: row.applicationId,
    name: row.name,
    park: { orgId: row.parkOrgId, name: row.parkName },
  }));
  assertParkHasRoom(
    { applicationId: candidate.applicationId, name: candidate.name, park: { orgId: candidate.parkOrgId, name: candidate.parkName } },
    others,
    call.limits,
  );
}

export interface ApplicationProvenance {
  isGenerated?: boolean;
  /** Sections to start from (demo data); checked like any save. */
  content?: Partial<TApplicationContent>;
}

export async function createApplication(
  db: Executor,
  actor: Actor,
  input: TApplicationCreate,
  now: Date,
  provenance: ApplicationProvenance = {},
) {
  const call = await requireCall(db, input.callId);
  assertCallOpen(call);
  assertSubmissionOpen(now, call.deadlineLocal);
  const base = emptyApplicationContent();
  const content: TApplicationContent = {
    ...base,
    ...provenance.content,
    cover: { ...base.cover, ...provenance.content?.cover, consortiumName: input.consortiumName, park: input.park },
  };
  if (!(await findOrgById(db, input.applicantOrgId))) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      { path: 'applicantOrgId', message: bilingual('『申报单位』不在组织名录中', '“Applicant” is not in the directory') },
    ]);
  }
  await assertReferencesExist(db, content, []);
  const parkName = input.park.name?.trim() ?? '';
  const created = await db.transaction(async (tx) => {
    await assertParkFree(tx, call.id, { applicationId: '', name: input.consortiumName, parkOrgId: input.park.orgId, parkName });
    const row = await repo.insertApplication(tx, {
      callId: call.id,
      applicantOrgId: input.applicantOrgId,
      consortiumName: input.consortiumName,
      parkOrgId: input.park.orgId,
      parkName,
      content,
      createdBy: actor.userId,
      isGenerated: provenance.isGenerated ?? false,
    });
    await repo.replaceUnits(tx, row.id, unitsNamedIn(content));
    await recordAudit(tx, actor, {
      action: 'selection.application.create',
      entityType: 'selection_application',
      entityId: row.id,
      details: { callId: call.id, consortiumName: input.consortiumName, park: parkName },
    });
    return row;
  });
  return created;
}

export async function saveSection(db: Executor, actor: Actor, id: string, section: ApplicationSection, input: TSectionSave, now: Date) {
  const application = await requireApplication(db, id);
  const call = await requireCall(db, application.callId);
  assertEditable(application, call, now);
  if (application.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: application.version });
  const data = parseSection(APPLICATION_SECTIONS[section], section, input.data);
  const content = { ...application.content, [section]: data } as TApplicationContent;
  await assertReferencesExist(db, content, [], section, id);
  const consortiumName = content.cover.consortiumName?.trim() || application.consortiumName;
  const parkName = content.cover.park.name?.trim() || application.parkName;
  const parkOrgId = content.cover.park.orgId;
  const parkChanged = parkName !== application.parkName || parkOrgId !== application.parkOrgId;
  await db.transaction(async (tx) => {
    if (parkChanged) await assertParkFree(tx, call.id, { applicationId: id, name: consortiumName, parkOrgId, parkName });
    const updated = await repo.updateApplicationAtVersion(tx, id, input.version, { content, consortiumName, parkName, parkOrgId });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: (await repo.findApplication(tx, id))?.version ?? '?' });
    if (UNIT_SECTIONS.includes(section)) await repo.replaceUnits(tx, id, unitsNamedIn(content));
    await recordAudit(tx, actor, {
      action: 'selection.application.save',
      entityType: 'selection_application',
      entityId: id,
      details: {
        section,
        changed: diffContent(application.content[section], data).map((change) => [section, ...change.path].join('.')),
      },
    });
  });
}

export async function submitApplication(db: Executor, actor: Actor, id: string, version: number, now: Date) {
  const application = await requireApplication(db, id);
  const call = await requireCall(db, application.callId);
  assertEditable(application, call, now);
  if (application.version !== version) throw new DomainError('VERSION_CONFLICT', { current: application.version });
  const problems = submissionProblems(application.content, call);
  if (problems.length > 0) throw new DomainError('APPLICATION_INCOMPLETE', { count: problems.length }, problems.map(asFieldProblem));
  const material = await repo.currentFile(db, id, 'supporting_material');
  const versionNo = application.latestVersionNo + 1;
  await db.transaction(async (tx) => {
    const updated = await repo.updateApplicationAtVersion(tx, id, version, {
      status: 'submitted',
      latestVersionNo: versionNo,
      submittedAt: now,
      returnReason: null,
    });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: (await repo.findApplication(tx, id))?.version ?? '?' });
    await repo.insertVersion(tx, {
      applicationId: id,
      versionNo,
      content: application.content,
      materialId: material?.id ?? null,
      submittedAt: now,
      submittedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'selection.application.submit',
      entityType: 'selection_application',
      entityId: id,
      details: { versionNo, materialId: material?.id ?? null, resubmission: application.status === 'returned' },
    });
    await noticeApplicationSubmitted(tx, actor, call, { ...application, versionNo });
  });
}

/** The authority sends a submitted application back with its reason; the applicant corrects and resubmits. */
export async function returnApplication(
  db: Executor,
  actor: Actor,
  callId: string,
  id: string,
  input: { version: number; reason: string },
  now: Date,
) {
  const application = await requireApplication(db, id);
  if (application.callId !== callId) throw notFound(APPLICATION_ENTITY);
  if (application.status !== 'submitted') {
    throw new DomainError('APPLICATION_NOT_SUBMITTED', {
      name: application.consortiumName,
      status: APPLICATION_STATUSES[application.status as ApplicationStatus],
    });
  }
  await db.transaction(async (tx) => {
    const updated = await repo.updateApplicationAtVersion(tx, id, input.version, {
      status: 'returned',
      returnedAt: now,
      returnReason: input.reason,
    });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: (await repo.findApplication(tx, id))?.version ?? '?' });
    await repo.markVersionReturned(tx, id, application.latestVersionNo, {
      returnedAt: now,
      returnedBy: actor.userId,
      returnReason: input.reason,
    });
    await recordAudit(tx, actor, {
      action: 'selection.application.return',
      entityType: 'selection_application',
      entityId: id,
      details: { versionNo: application.latestVersionNo, reason: input.reason },
    });
    await noticeApplicationReturned(
      tx,
      actor,
      await requireCall(tx, callId),
      { ...application, versionNo: application.latestVersionNo },
      input.reason,
    );
  });
}
