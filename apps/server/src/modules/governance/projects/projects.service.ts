/**
 * Use cases of cooperation projects (章程第十七条(四), 倡议书): a member unit proposes; the secretariat puts
 * the proposal before the joint meeting; once the vote passes, the lead unit starts it, records milestones and
 * the secretariat closes it. Each change is audited in its transaction.
 */
import {
  PROJECT_PHASES,
  type ProjectPhase,
  type TMilestoneDoneInput,
  type TMilestoneInput,
  type TProject,
  type TProjectList,
  type TProjectParticipantInput,
  type TProjectProposal,
  type TProjectStatusInput,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { findActiveMember, requireBody } from '../../bodies/index.js';
import { findOrgById } from '../../organizations/index.js';
import { phaseOf, presentProjectSummary } from './projects.present.js';
import * as repo from './projects.repository.js';
import { isEditable, isMilestoneLate, maySubmitForReview, statusAfter } from './projects.rules.js';
import { findAgendaDecision, placeOnMeetingAgenda } from './meeting-agenda.js';

export const PROJECT_ENTITY = bilingual('合作项目', 'cooperation project');
const MILESTONE_ENTITY = bilingual('里程碑', 'milestone');

export interface ProjectViewer {
  grants: Grant[];
  today: string;
}

const ACTION_NAMES = {
  submit: bilingual('提交会议审议', 'put before a meeting'),
  start: bilingual('启动实施', 'started'),
  complete: bilingual('结项', 'completed'),
  terminate: bilingual('终止', 'terminated'),
  edit: bilingual('修改参与单位或里程碑', 'edited'),
} as const;

function phaseError(title: string, phase: ProjectPhase, action: keyof typeof ACTION_NAMES) {
  return new DomainError('PROJECT_PHASE', { title, phase: PROJECT_PHASES[phase], action: ACTION_NAMES[action] });
}

async function requireMembers(db: Executor, bodyId: string, orgIds: string[]) {
  for (const orgId of new Set(orgIds)) {
    if (!(await findActiveMember(db, bodyId, orgId))) {
      const org = await findOrgById(db, orgId);
      throw new DomainError('PROJECT_NOT_MEMBER', { org: org?.name ?? orgId });
    }
  }
}

export async function requireProject(db: Executor, bodyId: string, projectId: string) {
  const row = await repo.findProjectListing(db, bodyId, projectId);
  if (!row) throw notFound(PROJECT_ENTITY);
  return { row, phase: phaseOf(row) };
}

export async function listProjects(db: Executor, bodyId: string): Promise<TProjectList> {
  await requireBody(db, bodyId);
  return { items: (await repo.listProjects(db, bodyId)).map(presentProjectSummary) };
}

export async function getProject(db: Executor, viewer: ProjectViewer, bodyId: string, projectId: string): Promise<TProject> {
  const { row } = await requireProject(db, bodyId, projectId);
  const { project } = row;
  const [participants, milestones, approval] = await Promise.all([
    repo.listParticipants(db, projectId),
    repo.listMilestones(db, projectId),
    project.approvalItemId ? findAgendaDecision(db, project.approvalItemId) : undefined,
  ]);
  return {
    ...presentProjectSummary(row),
    summary: project.summary,
    participants: participants.map((p) => ({
      org: { id: p.orgId, name: p.orgName },
      role: p.orgId === project.leadOrgId ? 'lead' : 'participant',
      joinedOn: p.joinedOn,
    })),
    milestones: milestones.map((m) => ({
      id: m.id,
      title: m.title,
      dueOn: m.dueOn,
      doneOn: m.doneOn,
      note: m.note,
      late: isMilestoneLate(m, viewer.today),
    })),
    approval: approval ?? null,
    startedOn: project.startedOn,
    closedOn: project.closedOn,
    closingReason: project.closingReason,
    version: project.version,
    abilities: {
      manage: isAllowed(viewer.grants, 'governance.project.manage', { bodyId }),
      report: isAllowed(viewer.grants, 'governance.project.propose', { bodyId, orgId: project.leadOrgId }),
    },
  };
}

/** 第十七条(四): the proposer, the lead unit and the partners it names must be member units today. */
export async function proposeProject(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TProjectProposal,
  today: string,
  provenance: { isGenerated?: boolean } = {},
) {
  await requireBody(db, bodyId);
  const leadOrgId = input.leadOrgId ?? input.proposerOrgId;
  if (input.plannedStartOn && input.plannedEndOn && input.plannedEndOn < input.plannedStartOn) throw new DomainError('PROJECT_DATES');
  const units = [input.proposerOrgId, leadOrgId, ...input.participantOrgIds];
  await requireMembers(db, bodyId, units);
  return db.transaction(async (tx) => {
    const project = await repo.insertProject(tx, {
      bodyId,
      title: input.title,
      summary: input.summary,
      initiativePoint: input.initiativePoint ?? null,
      proposerOrgId: input.proposerOrgId,
      leadOrgId,
      plannedStartOn: input.plannedStartOn ?? null,
      plannedEndOn: input.plannedEndOn ?? null,
      isGenerated: provenance.isGenerated ?? false,
    });
    await repo.addParticipants(tx, project.id, [...new Set(units)], today);
    await recordAudit(tx, actor, {
      action: 'governance.project.propose',
      entityType: 'cooperation_project',
      entityId: project.id,
      details: { bodyId, title: project.title, proposerOrgId: input.proposerOrgId, leadOrgId, participants: input.participantOrgIds },
    });
    return project;
  });
}

/** 第九条: the joint meeting decides; the proposal becomes a motion on the named (or next) meeting's agenda. */
export async function submitForReview(
  db: Executor,
  actor: Actor,
  bodyId: string,
  projectId: string,
  meetingId: string | undefined,
  today: string,
) {
  const { row, phase } = await requireProject(db, bodyId, projectId);
  if (!maySubmitForReview(phase)) throw phaseError(row.project.title, phase, 'submit');
  await db.transaction(async (tx) => {
    const item = await placeOnMeetingAgenda(tx, actor, {
      bodyId,
      meetingId,
      today,
      kind: 'motion',
      title: `合作项目立项：${row.project.title}`,
      description: `牵头单位：${row.leadName}\n${row.project.summary}`,
      subjectOrgId: row.project.leadOrgId,
      caseId: projectId,
    });
    await repo.setApprovalItem(tx, projectId, item.id);
    await recordAudit(tx, actor, {
      action: 'governance.project.submit',
      entityType: 'cooperation_project',
      entityId: projectId,
      details: { bodyId, meetingId: item.meetingId, itemId: item.id },
    });
  });
}

async function requireEditable(db: Executor, bodyId: string, projectId: string) {
  const found = await requireProject(db, bodyId, projectId);
  if (!isEditable(found.phase)) throw phaseError(found.row.project.title, found.phase, 'edit');
  return found;
}

export async function addParticipant(db: Executor, actor: Actor, bodyId: string, projectId: string, input: TProjectParticipantInput) {
  await requireEditable(db, bodyId, projectId);
  await requireMembers(db, bodyId, [input.orgId]);
  await db.transaction(async (tx) => {
    const added = await repo.addParticipants(tx, projectId, [input.orgId], input.joinedOn);
    if (added === 0) throw new DomainError('DUPLICATE_SUBMISSION');
    await recordAudit(tx, actor, {
      action: 'governance.project.participant.add',
      entityType: 'cooperation_project',
      entityId: projectId,
      details: { bodyId, ...input },
    });
  });
}

export async function removeParticipant(db: Executor, actor: Actor, bodyId: string, projectId: string, orgId: string) {
  const { row } = await requireEditable(db, bodyId, projectId);
  if (orgId === row.project.leadOrgId) throw new DomainError('PROJECT_LEAD_STAYS', { org: row.leadName });
  await db.transaction(async (tx) => {
    if (!(await repo.removeParticipant(tx, projectId, orgId))) throw notFound(bilingual('参与单位', 'participant'));
    await recordAudit(tx, actor, {
      action: 'governance.project.participant.remove',
      entityType: 'cooperation_project',
      entityId: projectId,
      details: { bodyId, orgId },
    });
  });
}

export async function addMilestone(db: Executor, actor: Actor, bodyId: string, projectId: string, input: TMilestoneInput) {
  await requireEditable(db, bodyId, projectId);
  return db.transaction(async (tx) => {
    const milestone = await repo.insertMilestone(tx, { projectId, title: input.title, dueOn: input.dueOn });
    await recordAudit(tx, actor, {
      action: 'governance.project.milestone.add',
      entityType: 'cooperation_project',
      entityId: projectId,
      details: { bodyId, milestoneId: milestone.id, ...input },
    });
    return milestone;
  });
}

export async function completeMilestone(
  db: Executor,
  actor: Actor,
  bodyId: string,
  projectId: string,
  milestoneId: string,
  input: TMilestoneDoneInput,
) {
  await requireEditable(db, bodyId, projectId);
  await db.transaction(async (tx) => {
    const milestone = await repo.markMilestoneDone(tx, projectId, milestoneId, input.doneOn, input.note ?? null);
    if (!milestone) throw notFound(MILESTONE_ENTITY);
    await recordAudit(tx, actor, {
      action: 'governance.project.milestone.done',
      entityType: 'cooperation_project',
      entityId: projectId,
      details: { bodyId, milestoneId, ...input },
    });
  });
}

/** start (after approval), complete (every milestone done) or terminate (with a reason). */
export async function changeStatus(db: Executor, actor: Actor, bodyId: string, projectId: string, input: TProjectStatusInput) {
  const { row, phase } = await requireProject(db, bodyId, projectId);
  const next = statusAfter(phase, input.action);
  if (!next) throw phaseError(row.project.title, phase, input.action);
  if (input.action === 'terminate' && !input.reason) throw new DomainError('PROJECT_REASON_REQUIRED');
  if (input.action === 'complete') {
    const open = (await repo.listMilestones(db, projectId)).filter((m) => m.doneOn === null);
    if (open.length > 0) {
      throw new DomainError('PROJECT_MILESTONES_OPEN', { count: open.length, titles: open.map((m) => m.title).join('、') });
    }
  }
  await db.transaction(async (tx) => {
    const values =
      input.action === 'start'
        ? { status: next, startedOn: input.on }
        : { status: next, closedOn: input.on, closingReason: input.reason ?? null };
    const updated = await repo.updateProjectAtVersion(tx, projectId, input.version, values);
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: row.project.version });
    await recordAudit(tx, actor, {
      action: `governance.project.${input.action}`,
      entityType: 'cooperation_project',
      entityId: projectId,
      details: { bodyId, from: phase, to: next, on: input.on, reason: input.reason ?? null },
    });
  });
}
