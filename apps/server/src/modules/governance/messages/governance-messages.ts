/**
 * What governance tells people through the notifications module (站内消息 and e-mail): meetings and votes to the
 * member units, applications and withdrawals to the secretariat, decisions and certificates to the unit they are
 * about. Each function runs inside the transaction of the change it announces, so the message and the change
 * commit together; the texts are the kinds' templates (packages/contracts/src/notifications/governance-kinds.ts).
 */
import { type Bilingual, EXPULSION_GROUNDS, type Role } from '@chanjiao/contracts';
import type { Actor } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { requireBody } from '../../bodies/index.js';
import { closeNotifications, notify, type Recipient } from '../../notifications/index.js';
import { findOrgById } from '../../organizations/index.js';
import type { StoredVoteResult } from '../meetings/meetings.table.js';
import { currentMemberOrgIds, listAgendaItems, type AgendaItemRow, type MeetingRow } from '../meetings/meetings.repository.js';
import * as membership from '../membership/membership.repository.js';

const MEMBER_ROLES: Role[] = ['member_representative', 'org_admin'];
const LOCATION_TO_FOLLOW: Bilingual = { 'zh-CN': '另行通知的地点', 'en-US': 'a place to be announced' };
const ADOPTED: Bilingual = { 'zh-CN': '通过', 'en-US': 'adopted' };
const NOT_ADOPTED: Bilingual = { 'zh-CN': '未通过', 'en-US': 'not adopted' };

/** The people of each unit who act for it in the body: its representative and its administrator. */
export function unitRecipients(orgIds: readonly string[], roles: readonly Role[] = MEMBER_ROLES): Recipient[] {
  return [...new Set(orgIds)].flatMap((orgId) => roles.map((role) => ({ role, scopeId: orgId })));
}

const secretariatOf = (bodyId: string): Recipient[] => [{ role: 'body_secretariat', scopeId: bodyId }];
const meetingLink = (meeting: { id: string; bodyId: string }) => ({
  path: `/governance/meetings/${meeting.id}?body=${meeting.bodyId}`,
  recordType: 'meeting',
  recordId: meeting.id,
});
const membershipLink = (bodyId: string, recordType: string, recordId: string) => ({
  path: `/governance/membership?body=${bodyId}`,
  recordType,
  recordId,
});
const bodyNameOf = async (tx: Executor, bodyId: string) => (await requireBody(tx, bodyId)).name;
const orgNameOf = async (tx: Executor, orgId: string) => (await findOrgById(tx, orgId))?.name ?? orgId;

/** 会议通知 to every current member unit, with the date and the agenda as it stands; each notice sent once per version. */
export async function noticeMeetingConvened(tx: Executor, actor: Actor, meeting: MeetingRow): Promise<void> {
  const [bodyName, items, members] = await Promise.all([
    bodyNameOf(tx, meeting.bodyId),
    listAgendaItems(tx, meeting.id),
    currentMemberOrgIds(tx, meeting.bodyId),
  ]);
  const agenda = items.map((row, index) => `${index + 1}. ${row.item.title}`).join('；');
  await notify(tx, actor, {
    kind: 'governance.meeting_convened',
    params: {
      bodyName,
      meetingTitle: meeting.title,
      heldOn: meeting.heldOn,
      location: meeting.location ?? LOCATION_TO_FOLLOW,
      agenda: agenda.slice(0, 500),
    },
    recipients: unitRecipients(members),
    link: meetingLink(meeting),
    dedupeKey: `meeting-convened:${meeting.id}:${meeting.version}`,
  });
}

export async function noticeMinutesPublished(tx: Executor, actor: Actor, meeting: MeetingRow): Promise<void> {
  const [bodyName, members] = await Promise.all([bodyNameOf(tx, meeting.bodyId), currentMemberOrgIds(tx, meeting.bodyId)]);
  await notify(tx, actor, {
    kind: 'governance.minutes_published',
    params: { bodyName, meetingTitle: meeting.title, heldOn: meeting.heldOn },
    recipients: unitRecipients(members),
    link: meetingLink(meeting),
    dedupeKey: `minutes-published:${meeting.id}`,
  });
}

/** The representatives of the units entitled to vote (the electorate fixed at opening, 章程第十七条). */
export async function noticeVoteOpened(
  tx: Executor,
  actor: Actor,
  meeting: MeetingRow,
  item: { id: string; title: string },
  electorate: string[],
): Promise<void> {
  await notify(tx, actor, {
    kind: 'governance.vote_opened',
    params: { meetingTitle: meeting.title, itemTitle: item.title },
    recipients: unitRecipients(electorate, ['member_representative']),
    link: meetingLink(meeting),
    dedupeKey: `vote-opened:${item.id}`,
  });
}

export async function noticeVoteClosed(
  tx: Executor,
  actor: Actor,
  meeting: MeetingRow,
  item: AgendaItemRow,
  result: StoredVoteResult,
): Promise<void> {
  await closeNotifications(tx, { recordType: 'meeting', recordId: meeting.id, kinds: ['governance.vote_opened'] });
  await notify(tx, actor, {
    kind: 'governance.vote_closed',
    params: {
      itemTitle: item.title,
      result: result.passed ? ADOPTED : NOT_ADOPTED,
      inFavour: result.yes,
      against: result.no,
      abstained: result.abstain,
      rule: result.explanation,
    },
    recipients: unitRecipients(item.electorate ?? []),
    link: meetingLink(meeting),
    dedupeKey: `vote-closed:${item.id}`,
  });
}

export async function noticeJoinReceived(
  tx: Executor,
  actor: Actor,
  application: { id: string; bodyId: string; orgId: string },
): Promise<void> {
  const [bodyName, orgName] = await Promise.all([bodyNameOf(tx, application.bodyId), orgNameOf(tx, application.orgId)]);
  await notify(tx, actor, {
    kind: 'governance.join_received',
    params: { bodyName, orgName },
    recipients: secretariatOf(application.bodyId),
    link: membershipLink(application.bodyId, 'membership_application', application.id),
  });
}

/**
 * The applicant is told the outcome — rejected at the secretariat's review with its reason, or the meeting's
 * vote — and the secretariat's "received" message is closed for whoever joins the secretariat later.
 */
export async function noticeJoinDecided(tx: Executor, actor: Actor, bodyId: string, applicationId: string): Promise<void> {
  if (!applicationId) return;
  const application = await membership.findApplication(tx, bodyId, applicationId);
  if (!application || !['rejected', 'admitted', 'not_admitted'].includes(application.status)) return;
  const [bodyName, orgName] = await Promise.all([bodyNameOf(tx, bodyId), orgNameOf(tx, application.orgId)]);
  const outcome: Record<string, { decision: Bilingual; reason: Bilingual }> = {
    rejected: {
      decision: { 'zh-CN': '初审未通过', 'en-US': 'not accepted at review' },
      reason: { 'zh-CN': `理由：${application.rejectionReason ?? ''}`, 'en-US': `Reason: ${application.rejectionReason ?? ''}` },
    },
    admitted: {
      decision: { 'zh-CN': '已接纳', 'en-US': 'admitted' },
      reason: {
        'zh-CN': '校长联席会议已表决通过，成员证书可在成员事务页下载。',
        'en-US': 'The joint meeting voted to admit you; the membership certificate is on the membership page.',
      },
    },
    not_admitted: {
      decision: { 'zh-CN': '未获接纳', 'en-US': 'not admitted' },
      reason: { 'zh-CN': '校长联席会议表决未通过。', 'en-US': 'The joint meeting’s vote did not pass.' },
    },
  };
  await closeNotifications(tx, { recordType: 'membership_application', recordId: application.id, kinds: ['governance.join_received'] });
  await notify(tx, actor, {
    kind: 'governance.join_decided',
    params: { bodyName, orgName, ...outcome[application.status]! },
    recipients: unitRecipients([application.orgId]),
    link: membershipLink(bodyId, 'membership_application', application.id),
    dedupeKey: `join-decided:${application.id}`,
  });
}

export async function noticeWithdrawalReceived(
  tx: Executor,
  actor: Actor,
  request: { id: string; bodyId: string; orgId: string },
): Promise<void> {
  const [bodyName, orgName] = await Promise.all([bodyNameOf(tx, request.bodyId), orgNameOf(tx, request.orgId)]);
  await notify(tx, actor, {
    kind: 'governance.withdrawal_received',
    params: { bodyName, orgName },
    recipients: secretariatOf(request.bodyId),
    link: membershipLink(request.bodyId, 'withdrawal_request', request.id),
  });
}

/** 第二十条(一): the unit learns the day receipt was confirmed and the day its notice period ends. */
export async function noticeWithdrawalReceipt(tx: Executor, actor: Actor, bodyId: string, requestId: string): Promise<void> {
  const request = await membership.findWithdrawal(tx, bodyId, requestId);
  if (!request?.receiptConfirmedOn || !request.earliestEffectiveOn) return;
  const [bodyName, orgName] = await Promise.all([bodyNameOf(tx, bodyId), orgNameOf(tx, request.orgId)]);
  await closeNotifications(tx, { recordType: 'withdrawal_request', recordId: request.id, kinds: ['governance.withdrawal_received'] });
  await notify(tx, actor, {
    kind: 'governance.withdrawal_receipt_confirmed',
    params: { bodyName, orgName, confirmedOn: request.receiptConfirmedOn, noticeEndsOn: request.earliestEffectiveOn },
    recipients: unitRecipients([request.orgId]),
    link: membershipLink(bodyId, 'withdrawal_request', request.id),
    dedupeKey: `withdrawal-receipt:${request.id}`,
  });
}

/** Once the meeting approves a withdrawal, the unit and the secretariat learn the day it takes effect. */
export async function noticeWithdrawalEffective(tx: Executor, actor: Actor, bodyId: string, requestId: string): Promise<void> {
  if (!requestId) return;
  const request = await membership.findWithdrawal(tx, bodyId, requestId);
  if (request?.status !== 'approved' || !request.effectiveOn) return;
  const [bodyName, orgName] = await Promise.all([bodyNameOf(tx, bodyId), orgNameOf(tx, request.orgId)]);
  await notify(tx, actor, {
    kind: 'governance.withdrawal_effective',
    params: { bodyName, orgName, effectiveOn: request.effectiveOn },
    recipients: [...unitRecipients([request.orgId]), ...secretariatOf(bodyId)],
    link: membershipLink(bodyId, 'withdrawal_request', request.id),
    dedupeKey: `withdrawal-effective:${request.id}`,
  });
}

/** 第二十一条: the unit is told the ground and the facts, and that it may be heard before the meeting votes. */
export async function noticeExpulsionProposed(
  tx: Executor,
  actor: Actor,
  proposal: { id: string; bodyId: string; orgId: string; ground: number; facts: string },
): Promise<void> {
  const [bodyName, orgName] = await Promise.all([bodyNameOf(tx, proposal.bodyId), orgNameOf(tx, proposal.orgId)]);
  await notify(tx, actor, {
    kind: 'governance.expulsion_proposed',
    params: {
      bodyName,
      orgName,
      ground: EXPULSION_GROUNDS[proposal.ground as keyof typeof EXPULSION_GROUNDS],
      facts: proposal.facts.slice(0, 500),
    },
    recipients: unitRecipients([proposal.orgId]),
    link: membershipLink(proposal.bodyId, 'expulsion_proposal', proposal.id),
    dedupeKey: `expulsion-proposed:${proposal.id}`,
  });
}

export async function noticeExpulsionDecided(tx: Executor, actor: Actor, bodyId: string, proposalId: string): Promise<void> {
  if (!proposalId) return;
  const proposal = await membership.findExpulsion(tx, bodyId, proposalId);
  if (!proposal?.decidedOn || !['expelled', 'not_expelled'].includes(proposal.status)) return;
  const [bodyName, orgName] = await Promise.all([bodyNameOf(tx, bodyId), orgNameOf(tx, proposal.orgId)]);
  const decision: Bilingual =
    proposal.status === 'expelled' ? { 'zh-CN': '予以除名', 'en-US': 'expelled' } : { 'zh-CN': '不予除名', 'en-US': 'not expelled' };
  await notify(tx, actor, {
    kind: 'governance.expulsion_decided',
    params: { bodyName, orgName, decision, decidedOn: proposal.decidedOn },
    recipients: unitRecipients([proposal.orgId]),
    link: membershipLink(bodyId, 'expulsion_proposal', proposal.id),
    dedupeKey: `expulsion-decided:${proposal.id}`,
  });
}

export async function noticeCertificateIssued(
  tx: Executor,
  actor: Actor,
  certificate: { id: string; bodyId: string; orgId: string; number: string },
): Promise<void> {
  const [bodyName, orgName] = await Promise.all([bodyNameOf(tx, certificate.bodyId), orgNameOf(tx, certificate.orgId)]);
  await notify(tx, actor, {
    kind: 'governance.certificate_issued',
    params: { bodyName, orgName, certificateNo: certificate.number },
    recipients: unitRecipients([certificate.orgId]),
    link: membershipLink(certificate.bodyId, 'membership_certificate', certificate.id),
    dedupeKey: `certificate-issued:${certificate.id}`,
  });
}

/** A published 简报 goes to the member units' representatives, administrators and liaisons. */
export async function noticeBulletinPublished(
  tx: Executor,
  actor: Actor,
  bulletin: { id: string; bodyId: string; issueNumber: number; subject: string },
): Promise<void> {
  const [bodyName, members] = await Promise.all([bodyNameOf(tx, bulletin.bodyId), currentMemberOrgIds(tx, bulletin.bodyId)]);
  await notify(tx, actor, {
    kind: 'governance.bulletin_published',
    params: { bodyName, issueNo: bulletin.issueNumber, title: bulletin.subject.slice(0, 500) },
    recipients: unitRecipients(members, [...MEMBER_ROLES, 'liaison']),
    link: { path: `/governance/bulletins?body=${bulletin.bodyId}`, recordType: 'bulletin', recordId: bulletin.id },
    dedupeKey: `bulletin-published:${bulletin.id}`,
  });
}
