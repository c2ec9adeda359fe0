/**
 * What the selection tells people through the notifications module: a call opened to the organisations it is for,
 * an application returned (with the reason) or submitted, review work assigned to an expert, and each applicant's
 * published result. Each function runs inside the transaction of the change it announces; the texts are the
 * kinds' templates (packages/contracts/src/notifications/selection-kinds.ts).
 */
import type { Bilingual, Role } from '@chanjiao/contracts';
import type { Actor } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { formatShanghai } from '../../../kernel/time/shanghai.js';
import { closeNotifications, notify, type Recipient } from '../../notifications/index.js';
import { findOrgById } from '../../organizations/index.js';
import { orgsInAuthorityCity } from './selection-messages.repository.js';

const APPLICANT_ROLES: Role[] = ['org_admin', 'data_collector'];

interface CallFacts {
  id: string;
  title: string;
  authorityOrgId: string;
  deadlineAt: Date;
}

const applicantsOf = (orgIds: readonly string[]): Recipient[] =>
  [...new Set(orgIds)].flatMap((orgId) => APPLICANT_ROLES.map((role) => ({ role, scopeId: orgId })));
const authorityName = async (tx: Executor, call: CallFacts) => (await findOrgById(tx, call.authorityOrgId))?.name ?? '';
const closesAt = (call: CallFacts) => formatShanghai(call.deadlineAt, 'minute');
const applicationLink = (applicationId: string) => ({
  path: `/selection/applications/${applicationId}`,
  recordType: 'selection_application',
  recordId: applicationId,
});

/** 遴选通知 to the administrators and data collectors of every organisation in the authority's city. */
export async function noticeCallOpened(tx: Executor, actor: Actor, call: CallFacts): Promise<void> {
  const [authority, orgIds] = await Promise.all([authorityName(tx, call), orgsInAuthorityCity(tx, call.authorityOrgId)]);
  await notify(tx, actor, {
    kind: 'selection.call_opened',
    params: { authority, callTitle: call.title, closesAt: closesAt(call) },
    recipients: applicantsOf(orgIds),
    link: { path: `/selection/calls/${call.id}`, recordType: 'selection_call', recordId: call.id },
    dedupeKey: `call-opened:${call.id}`,
  });
}

/** The authority's administrators learn of each submission (and resubmission) ready for the formal check. */
export async function noticeApplicationSubmitted(
  tx: Executor,
  actor: Actor,
  call: CallFacts,
  application: { id: string; consortiumName: string; applicantOrgId: string; versionNo: number },
): Promise<void> {
  const orgName = (await findOrgById(tx, application.applicantOrgId))?.name ?? '';
  await closeNotifications(tx, {
    recordType: 'selection_application',
    recordId: application.id,
    kinds: ['selection.application_returned'],
  });
  await notify(tx, actor, {
    kind: 'selection.application_submitted',
    params: { callTitle: call.title, applicationName: application.consortiumName, orgName },
    recipients: [{ role: 'authority_admin', scopeId: call.authorityOrgId }],
    link: {
      path: `/selection/calls/${call.id}/applications/${application.id}`,
      recordType: 'selection_application',
      recordId: application.id,
    },
    dedupeKey: `application-submitted:${application.id}:${application.versionNo}`,
  });
}

export async function noticeApplicationReturned(
  tx: Executor,
  actor: Actor,
  call: CallFacts,
  application: { id: string; consortiumName: string; applicantOrgId: string; versionNo: number },
  reason: string,
): Promise<void> {
  await closeNotifications(tx, {
    recordType: 'selection_application',
    recordId: application.id,
    kinds: ['selection.application_submitted'],
  });
  await notify(tx, actor, {
    kind: 'selection.application_returned',
    params: {
      authority: await authorityName(tx, call),
      callTitle: call.title,
      applicationName: application.consortiumName,
      reason: reason.slice(0, 500),
      closesAt: closesAt(call),
    },
    recipients: applicantsOf([application.applicantOrgId]),
    link: applicationLink(application.id),
    dedupeKey: `application-returned:${application.id}:${application.versionNo}`,
  });
}

/** Each expert given new applications to review is told how many, once per assignment run. */
export async function noticeReviewsAssigned(
  tx: Executor,
  actor: Actor,
  call: { id: string; title: string },
  expertIds: readonly string[],
  /** Names a manual assignment, so a retried request tells the expert once; an automatic run is its own event. */
  runKey?: string,
): Promise<void> {
  const counts = new Map<string, number>();
  for (const expertId of expertIds) counts.set(expertId, (counts.get(expertId) ?? 0) + 1);
  for (const [expertId, count] of counts) {
    await notify(tx, actor, {
      kind: 'selection.review_assigned',
      params: { callTitle: call.title, count },
      recipients: [{ userId: expertId }],
      link: { path: '/selection/reviews', recordType: 'selection_call', recordId: call.id },
      dedupeKey: runKey ? `reviews-assigned:${call.id}:${expertId}:${runKey}` : undefined,
    });
  }
}

const RESULTS: Record<'recommended' | 'shortlisted' | 'none', Bilingual> = {
  recommended: { 'zh-CN': '列入培育名单，并推荐参加省级遴选', 'en-US': 'on the list for development, and recommended to the province' },
  shortlisted: { 'zh-CN': '列入培育名单', 'en-US': 'on the list for development' },
  none: { 'zh-CN': '未列入培育名单', 'en-US': 'not on the list for development' },
};

/** Each applicant is told its own result and rank — and no one else's. */
export async function noticeResultsPublished(
  tx: Executor,
  actor: Actor,
  call: { id: string; title: string },
  results: {
    applicationId: string;
    consortiumName: string;
    applicantOrgId: string;
    rank: number;
    shortlisted: boolean;
    recommended: boolean;
  }[],
): Promise<void> {
  for (const result of results) {
    await notify(tx, actor, {
      kind: 'selection.results_published',
      params: {
        callTitle: call.title,
        applicationName: result.consortiumName,
        result: RESULTS[result.recommended ? 'recommended' : result.shortlisted ? 'shortlisted' : 'none'],
        rank: result.rank,
      },
      recipients: applicantsOf([result.applicantOrgId]),
      link: {
        path: `/selection/applications/${result.applicationId}/result`,
        recordType: 'selection_application',
        recordId: result.applicationId,
      },
      dedupeKey: `results-published:${result.applicationId}`,
    });
  }
}
