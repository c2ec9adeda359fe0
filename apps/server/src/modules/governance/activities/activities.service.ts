/**
 * Use cases of alliance activities (附件3 二(三), 学生成长计划): the secretariat schedules an activity, member
 * units register the people they send, the secretariat takes attendance and records outcomes, and each
 * unit's participation is counted per year. Each change is audited in its transaction.
 */
import {
  ACTIVITY_PHASES,
  maskPhone,
  type TActivity,
  type TActivityInput,
  type TActivityList,
  type TActivityStatusInput,
  type TActivityAttendanceInput,
  type TOutcomeInput,
  type TOrgParticipation,
  type TParticipation,
  type TRegistrationInput,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed, scopesWith } from '../../../kernel/rbac/rbac.rules.js';
import { findActiveMember, listMembershipsOfOrg, requireBody } from '../../bodies/index.js';
import { findOrgById, ORG_ENTITY } from '../../organizations/index.js';
import { phaseOf, presentActivitySummary, presentOrgParticipation } from './activities.present.js';
import * as repo from './activities.repository.js';
import {
  type ActivityStatus,
  capacityShortfall,
  isCurrentMember,
  isEditable,
  recordingOpen,
  registrationOpen,
  scheduleProblem,
} from './activities.rules.js';

export const ACTIVITY_ENTITY = bilingual('联盟活动', 'activity');
const PARTICIPANT_ENTITY = bilingual('参加人员', 'participant');
const EVIDENCE_ENTITY = bilingual('佐证材料', 'evidence file');

export interface ActivityViewer {
  grants: Grant[];
  today: string;
}

export async function requireActivity(db: Executor, bodyId: string, activityId: string, today: string) {
  const row = await repo.findActivityListing(db, bodyId, activityId);
  if (!row) throw notFound(ACTIVITY_ENTITY);
  return { row, phase: phaseOf(row, today) };
}

async function requireCurrentMember(db: Executor, bodyId: string, orgId: string, today: string) {
  if (isCurrentMember(await findActiveMember(db, bodyId, orgId), today)) return;
  const org = await findOrgById(db, orgId);
  throw new DomainError('ACTIVITY_NOT_MEMBER', { org: org?.name ?? orgId });
}

export async function listActivities(db: Executor, viewer: ActivityViewer, bodyId: string): Promise<TActivityList> {
  await requireBody(db, bodyId);
  const rows = await repo.listActivities(db, bodyId);
  return {
    items: rows.map((row) => presentActivitySummary(row, viewer.today)),
    abilities: { manage: isAllowed(viewer.grants, 'governance.activity.manage', { bodyId }) },
  };
}

/** Phones are masked for everyone: organisers call through the unit's liaison or unmask in the unit's records. */
export async function getActivity(db: Executor, viewer: ActivityViewer, bodyId: string, activityId: string): Promise<TActivity> {
  const { row, phase } = await requireActivity(db, bodyId, activityId, viewer.today);
  const { activity } = row;
  const [participants, outcomes] = await Promise.all([repo.listParticipants(db, activityId), repo.listOutcomes(db, activityId)]);
  const evidence = await repo.listEvidenceOf(
    db,
    outcomes.map(({ outcome }) => outcome.id),
  );
  const manage = isAllowed(viewer.grants, 'governance.activity.manage', { bodyId });
  const registerScopes = scopesWith(viewer.grants, 'governance.activity.register', 'org');
  return {
    ...presentActivitySummary(row, viewer.today),
    summary: activity.summary,
    participants: participants.map(({ participant, orgName }) => ({
      id: participant.id,
      org: { id: participant.orgId, name: orgName },
      name: participant.name,
      title: participant.title,
      phone: maskPhone(participant.phone),
      attended: participant.attended,
    })),
    outcomes: outcomes.map(({ outcome, orgName, participantName }) => ({
      id: outcome.id,
      kind: outcome.kind as TActivity['outcomes'][number]['kind'],
      title: outcome.title,
      org: outcome.orgId && orgName ? { id: outcome.orgId, name: orgName } : null,
      participantName,
      note: outcome.note,
      evidence: evidence
        .filter((file) => file.outcomeId === outcome.id)
        .map(({ id, filename, size }) => ({ id, filename, size: Number(size) })),
    })),
    version: activity.version,
    abilities: {
      manage,
      register: registrationOpen(phase) && (manage || registerScopes === 'all' || registerScopes.length > 0),
      recordAttendance: manage && isEditable(phase) && recordingOpen(activity.status as ActivityStatus, activity.startOn, viewer.today),
    },
  };
}

export async function createActivity(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TActivityInput,
  today: string,
  provenance: { isGenerated?: boolean } = {},
) {
  await requireBody(db, bodyId);
  const capacity = { capacityPerUnit: input.capacityPerUnit ?? null, capacityTotal: input.capacityTotal ?? null };
  const problem = scheduleProblem(input, capacity);
  if (problem === 'dates') throw new DomainError('ACTIVITY_DATES');
  if (problem === 'capacity_order') {
    throw new DomainError('ACTIVITY_CAPACITY_ORDER', { perUnit: capacity.capacityPerUnit, total: capacity.capacityTotal });
  }
  if (input.organiserOrgId) await requireCurrentMember(db, bodyId, input.organiserOrgId, today);
  return db.transaction(async (tx) => {
    const activity = await repo.insertActivity(tx, {
      bodyId,
      kind: input.kind,
      title: input.title,
      summary: input.summary ?? null,
      organiserOrgId: input.organiserOrgId ?? null,
      startOn: input.startOn,
      endOn: input.endOn,
      place: input.place ?? null,
      registrationDeadline: input.registrationDeadline,
      ...capacity,
      isGenerated: provenance.isGenerated ?? false,
    });
    await recordAudit(tx, actor, {
      action: 'governance.activity.create',
      entityType: 'activity',
      entityId: activity.id,
      details: { bodyId, ...input },
    });
    return activity;
  });
}

/** 章程第十七条(三), 附件3 三(三): a current member sends people within the deadline and the places left. */
export async function register(db: Executor, actor: Actor, bodyId: string, activityId: string, input: TRegistrationInput, today: string) {
  const { row, phase } = await requireActivity(db, bodyId, activityId, today);
  const { activity } = row;
  if (!registrationOpen(phase)) {
    throw new DomainError('ACTIVITY_REGISTRATION_CLOSED', { title: activity.title, deadline: activity.registrationDeadline });
  }
  await requireCurrentMember(db, bodyId, input.orgId, today);
  return db.transaction(async (tx) => {
    await repo.lockActivity(tx, activityId);
    const shortfall = capacityShortfall(activity, await repo.countRegistered(tx, activityId, input.orgId), input.participants.length);
    if (shortfall?.scope === 'unit') {
      const org = await findOrgById(tx, input.orgId);
      throw new DomainError('ACTIVITY_UNIT_FULL', {
        limit: shortfall.limit,
        taken: shortfall.taken,
        remaining: shortfall.remaining,
        org: org?.name ?? input.orgId,
      });
    }
    if (shortfall) {
      throw new DomainError('ACTIVITY_FULL', { limit: shortfall.limit, taken: shortfall.taken, remaining: shortfall.remaining });
    }
    const added = await repo.insertParticipants(
      tx,
      input.participants.map((person) => ({ activityId, orgId: input.orgId, ...person })),
    );
    await recordAudit(tx, actor, {
      action: 'governance.activity.register',
      entityType: 'activity',
      entityId: activityId,
      // Names only: the audit trail need not repeat the phone numbers.
      details: {
        bodyId,
        orgId: input.orgId,
        participants: input.participants.map((person) => person.name),
        participantIds: added.map((p) => p.id),
      },
    });
    return added;
  });
}

/** A unit withdraws one of its people while registration is still open. */
export async function withdrawParticipant(
  db: Executor,
  actor: Actor,
  bodyId: string,
  activityId: string,
  participantId: string,
  today: string,
) {
  const { row, phase } = await requireActivity(db, bodyId, activityId, today);
  if (!registrationOpen(phase)) {
    throw new DomainError('ACTIVITY_REGISTRATION_CLOSED', { title: row.activity.title, deadline: row.activity.registrationDeadline });
  }
  const participant = await repo.findParticipant(db, activityId, participantId);
  if (!participant) throw notFound(PARTICIPANT_ENTITY);
  await db.transaction(async (tx) => {
    await repo.deleteParticipant(tx, participantId);
    await recordAudit(tx, actor, {
      action: 'governance.activity.withdraw',
      entityType: 'activity',
      entityId: activityId,
      details: { bodyId, orgId: participant.orgId, participantId, name: participant.name },
    });
  });
}

async function requireRecording(db: Executor, bodyId: string, activityId: string, today: string) {
  const found = await requireActivity(db, bodyId, activityId, today);
  const { activity } = found.row;
  if (!isEditable(found.phase)) throw new DomainError('ACTIVITY_CLOSED', { title: activity.title, phase: ACTIVITY_PHASES[found.phase] });
  if (!recordingOpen(activity.status as ActivityStatus, activity.startOn, today)) {
    throw new DomainError('ACTIVITY_NOT_STARTED', { startOn: activity.startOn });
  }
  return found;
}

export async function recordAttendance(
  db: Executor,
  actor: Actor,
  bodyId: string,
  activityId: string,
  input: TActivityAttendanceInput,
  today: string,
) {
  await requireRecording(db, bodyId, activityId, today);
  const distinct = new Map(input.entries.map((entry) => [entry.participantId, entry]));
  await db.transaction(async (tx) => {
    const matched = await repo.setAttendance(tx, activityId, [...distinct.values()]);
    if (matched !== distinct.size) throw new DomainError('ACTIVITY_PARTICIPANT_UNKNOWN', { count: distinct.size - matched });
    await recordAudit(tx, actor, {
      action: 'governance.activity.attendance',
      entityType: 'activity',
      entityId: activityId,
      details: { bodyId, present: input.entries.filter((e) => e.attended).length, absent: input.entries.filter((e) => !e.attended).length },
    });
  });
}

export async function recordOutcome(db: Executor, actor: Actor, bodyId: string, activityId: string, input: TOutcomeInput, today: string) {
  await requireRecording(db, bodyId, activityId, today);
  let orgId = input.orgId ?? null;
  if (input.participantId) {
    const participant = await repo.findParticipant(db, activityId, input.participantId);
    if (!participant) throw notFound(PARTICIPANT_ENTITY);
    orgId = participant.orgId;
  }
  return db.transaction(async (tx) => {
    const outcome = await repo.insertOutcome(tx, {
      activityId,
      kind: input.kind,
      title: input.title,
      orgId,
      participantId: input.participantId ?? null,
      note: input.note ?? null,
    });
    const attached = await repo.attachEvidence(tx, outcome.id, input.evidenceIds, actor.userId ?? '');
    if (attached !== new Set(input.evidenceIds).size) throw new DomainError('ACTIVITY_EVIDENCE_UNKNOWN');
    await recordAudit(tx, actor, {
      action: 'governance.activity.outcome',
      entityType: 'activity',
      entityId: activityId,
      details: { bodyId, outcomeId: outcome.id, ...input, orgId },
    });
    return outcome;
  });
}

/** complete archives an activity that has begun; cancel calls off one that has not ended. */
export async function changeStatus(
  db: Executor,
  actor: Actor,
  bodyId: string,
  activityId: string,
  input: TActivityStatusInput,
  today: string,
) {
  const { row, phase } = await requireActivity(db, bodyId, activityId, today);
  const { activity } = row;
  if (!isEditable(phase)) throw new DomainError('ACTIVITY_CLOSED', { title: activity.title, phase: ACTIVITY_PHASES[phase] });
  if (input.action === 'complete' && !recordingOpen(activity.status as ActivityStatus, activity.startOn, today)) {
    throw new DomainError('ACTIVITY_NOT_STARTED', { startOn: activity.startOn });
  }
  if (input.action === 'cancel' && phase === 'ended') {
    throw new DomainError('ACTIVITY_CLOSED', { title: activity.title, phase: ACTIVITY_PHASES[phase] });
  }
  const status: ActivityStatus = input.action === 'complete' ? 'completed' : 'cancelled';
  await db.transaction(async (tx) => {
    const updated = await repo.updateActivityAtVersion(tx, activityId, input.version, { status });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: activity.version });
    await recordAudit(tx, actor, {
      action: `governance.activity.${input.action}`,
      entityType: 'activity',
      entityId: activityId,
      details: { bodyId, from: phase, to: status },
    });
  });
}

export async function participation(db: Executor, bodyId: string, year: number): Promise<TParticipation> {
  await requireBody(db, bodyId);
  const rows = await repo.participationOfYear(db, bodyId, year);
  return {
    year,
    items: rows.map((row) => ({
      org: { id: row.orgId, name: row.orgName },
      activities: Number(row.activities),
      registered: Number(row.registered),
      attended: Number(row.attended),
      awards: Number(row.awards),
    })),
  };
}

/** What a unit's member profile shows of its part in the activities of its bodies (附件3 三). */
export async function orgParticipation(db: Executor, orgId: string): Promise<TOrgParticipation> {
  if (!(await findOrgById(db, orgId))) throw notFound(ORG_ENTITY);
  const [memberships, { sent, won }] = await Promise.all([listMembershipsOfOrg(db, orgId), repo.participationOfOrg(db, orgId)]);
  return presentOrgParticipation(memberships, sent, won);
}

export async function evidenceFile(db: Executor, bodyId: string, fileId: string) {
  const file = await repo.findEvidenceOfBody(db, bodyId, fileId);
  if (!file) throw notFound(EVIDENCE_ENTITY);
  return file;
}
