/**
 * Joining (章程第十六、十九条): the unit applies with the form; the secretariat reviews it (初审) and either puts
 * it on a scheduled meeting's agenda or rejects it with a reason the applicant sees; the meeting's vote decides
 * (decideAdmission). A unit expelled within the ban period cannot apply (第二十一条(五)).
 */
import type { AgendaItemKind, TJoinApplicationInput, TJoinApplicationReview } from '@chanjiao/contracts';
import { JOIN_APPLICATION_STATUSES } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { postgresErrorCode } from '../../../kernel/db/unavailable.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { addMember, findActiveMember, requireBody } from '../../bodies/index.js';
import { findOrgById } from '../../organizations/index.js';
import { requireCharter } from '../charter/charter.service.js';
import { noticeJoinDecided, noticeJoinReceived } from '../messages/governance-messages.js';
import { placeOnAgenda } from './agenda-placement.js';
import { issueCertificate } from './certificates.service.js';
import * as repo from './membership.repository.js';
import { presentApplication } from './membership.present.js';
import { applicationBan, missingQualifications } from './membership.rules.js';

export const APPLICATION_ENTITY = bilingual('加入申请', 'application');

function joinNames(names: { 'zh-CN': string; 'en-US': string }[]) {
  return bilingual(names.map((n) => n['zh-CN']).join('；'), names.map((n) => n['en-US']).join('; '));
}

export async function submitApplication(db: Executor, actor: Actor, bodyId: string, input: TJoinApplicationInput, today: string) {
  await requireBody(db, bodyId);
  const charter = await requireCharter(db, bodyId);
  const org = await findOrgById(db, input.orgId);
  if (!org) throw notFound(bilingual('组织', 'organisation'));
  const missing = missingQualifications(input.qualifications);
  if (missing.length > 0) throw new DomainError('APPLICATION_QUALIFICATION_MISSING', { missing: joinNames(missing) });
  const member = await findActiveMember(db, bodyId, org.id);
  if (member) throw new DomainError('APPLICATION_ALREADY_MEMBER', { org: org.name, since: member.joinedOn });
  const pending = await repo.findOpenApplication(db, bodyId, org.id);
  if (pending) {
    throw new DomainError('APPLICATION_PENDING', { org: org.name, state: JOIN_APPLICATION_STATUSES[pending.status as 'submitted'] });
  }
  const expelled = await repo.latestExpulsion(db, bodyId, org.id);
  if (expelled?.decidedOn) {
    const ban = applicationBan(expelled.decidedOn, today, charter.parameters);
    if (ban.banned) {
      throw new DomainError('APPLICATION_BANNED', {
        org: org.name,
        expelledOn: expelled.decidedOn,
        banEndsOn: ban.banEndsOn,
        mayApplyFrom: ban.mayApplyFrom,
      });
    }
  }
  try {
    const row = await db.transaction(async (tx) => {
      const created = await repo.insertApplication(tx, {
        bodyId,
        orgId: org.id,
        legalPersonStatus: input.legalPersonStatus,
        qualifications: input.qualifications,
        reasons: input.reasons,
        contactName: input.contactName,
        contactTitle: input.contactTitle ?? null,
        contactPhone: input.contactPhone,
        contactEmail: input.contactEmail ?? null,
        submittedByUserId: actor.userId,
      });
      await recordAudit(tx, actor, {
        action: 'governance.application.submit',
        entityType: 'membership_application',
        entityId: created.id,
        details: { bodyId, orgId: org.id, orgName: org.name },
      });
      await noticeJoinReceived(tx, actor, created);
      return created;
    });
    return row;
  } catch (error) {
    if (postgresErrorCode(error) === '23505') {
      throw new DomainError('APPLICATION_PENDING', { org: org.name, state: JOIN_APPLICATION_STATUSES.submitted });
    }
    throw error;
  }
}

/** 初审: approve onto a scheduled meeting's agenda, or reject with the reason the applicant is shown. */
export async function reviewApplication(
  db: Executor,
  actor: Actor,
  bodyId: string,
  applicationId: string,
  input: TJoinApplicationReview,
  today: string,
) {
  const application = await repo.findApplication(db, bodyId, applicationId);
  if (!application) throw notFound(APPLICATION_ENTITY);
  if (application.status !== 'submitted') {
    throw new DomainError('CASE_STATE', {
      state: JOIN_APPLICATION_STATUSES[application.status as keyof typeof JOIN_APPLICATION_STATUSES],
      action: bilingual('初审', 'reviewed'),
    });
  }
  if (application.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: application.version });
  const org = await findOrgById(db, application.orgId);
  await db.transaction(async (tx) => {
    if (input.decision === 'reject') {
      const updated = await repo.updateApplication(
        tx,
        applicationId,
        { status: 'submitted', version: input.version },
        {
          status: 'rejected',
          rejectionReason: input.reason,
          reviewedAt: new Date(),
        },
      );
      if (!updated) throw new DomainError('VERSION_CONFLICT', { current: '?' });
    } else {
      const item = await placeOnAgenda(tx, actor, {
        bodyId,
        meetingId: input.meetingId,
        today,
        kind: 'admission' satisfies AgendaItemKind,
        title: `关于接纳“${org?.name ?? ''}”为联盟成员单位的议题`,
        description: application.reasons,
        subjectOrgId: application.orgId,
        caseId: applicationId,
      });
      const updated = await repo.updateApplication(
        tx,
        applicationId,
        { status: 'submitted', version: input.version },
        {
          status: 'on_agenda',
          reviewedAt: new Date(),
          meetingId: item.meetingId,
          agendaItemId: item.id,
        },
      );
      if (!updated) throw new DomainError('VERSION_CONFLICT', { current: '?' });
    }
    await recordAudit(tx, actor, {
      action: input.decision === 'reject' ? 'governance.application.reject' : 'governance.application.approve',
      entityType: 'membership_application',
      entityId: applicationId,
      details: { bodyId, orgId: application.orgId, ...(input.decision === 'reject' ? { reason: input.reason } : {}) },
    });
    await noticeJoinDecided(tx, actor, bodyId, applicationId);
  });
}

/** The meeting's decision on an admission item: on passing, the unit is a member from the decision date. */
export async function decideAdmission(
  tx: Executor,
  actor: Actor,
  decision: { itemId: string; bodyId: string; caseId: string; passed: boolean; decidedOn: string; resolutionNo: number | null },
) {
  const application = await repo.findApplication(tx, decision.bodyId, decision.caseId);
  if (!application || application.status !== 'on_agenda') return;
  await repo.updateApplication(
    tx,
    application.id,
    { status: 'on_agenda' },
    {
      status: decision.passed ? 'admitted' : 'not_admitted',
      decidedOn: decision.decidedOn,
    },
  );
  if (!decision.passed) return;
  await addMember(tx, actor, decision.bodyId, {
    orgId: application.orgId,
    joinedOn: decision.decidedOn,
    reason: `经校长联席会议表决通过加入（章程第十九条，第 ${decision.resolutionNo} 号决议）`,
    memberRole: 'member',
  });
  await issueCertificate(tx, actor, {
    bodyId: decision.bodyId,
    orgId: application.orgId,
    issuedOn: decision.decidedOn,
    applicationId: application.id,
  });
}

export async function listApplications(db: Executor, filter: { bodyId?: string; orgId?: string }, reveal: boolean) {
  const [rows, certificates] = await Promise.all([repo.listApplications(db, filter), repo.listCertificates(db, filter)]);
  const byApplication = new Map(certificates.flatMap(({ row }) => (row.applicationId ? [[row.applicationId, row.id]] : [])));
  return rows.map((found) => presentApplication(found, { reveal, certificateId: byApplication.get(found.row.id) ?? null }));
}
