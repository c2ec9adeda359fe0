/** Membership cases as the API shows them; contact details are masked unless the reader may see them. */
import {
  type ExpulsionGround,
  type Locale,
  maskEmail,
  maskPhone,
  type TJoinApplication,
  type TCertificate,
  type TExpulsion,
  type TNotice,
  type TWithdrawal,
} from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { meetingsByIds } from '../meetings/meetings.repository.js';
import { openProjectsToHandOver } from './handover.js';
import type * as repo from './membership.repository.js';
import { earliestWithdrawal } from './membership.rules.js';
import type { TCharterParameters } from '@chanjiao/contracts';

const meetingOf = (names: repo.CaseNames, meetingId: string | null) =>
  meetingId && names.meetingTitle && names.meetingHeldOn ? { id: meetingId, title: names.meetingTitle, heldOn: names.meetingHeldOn } : null;

export function presentApplication(
  { row, ...names }: { row: repo.ApplicationRow } & repo.CaseNames,
  options: { reveal: boolean; certificateId: string | null },
): TJoinApplication {
  return {
    id: row.id,
    body: { id: row.bodyId, name: names.bodyName },
    org: { id: row.orgId, name: names.orgName },
    status: row.status as TJoinApplication['status'],
    legalPersonStatus: row.legalPersonStatus,
    qualifications: row.qualifications,
    reasons: row.reasons,
    contactName: row.contactName,
    contactTitle: row.contactTitle,
    contactPhone: options.reveal ? row.contactPhone : maskPhone(row.contactPhone)!,
    contactEmail: options.reveal ? row.contactEmail : maskEmail(row.contactEmail),
    submittedAt: row.submittedAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    rejectionReason: row.rejectionReason,
    meeting: meetingOf(names, row.meetingId),
    decidedOn: row.decidedOn,
    certificateId: options.certificateId,
    version: row.version,
  };
}

export async function presentWithdrawal(
  db: Executor,
  { row, ...names }: { row: repo.WithdrawalRow } & repo.CaseNames,
  params: Pick<TCharterParameters, 'withdrawalNotice'> | null,
  locale: Locale,
): Promise<TWithdrawal> {
  const explanation = row.receiptConfirmedOn && params ? earliestWithdrawal(row.receiptConfirmedOn, params).explanation[locale] : null;
  const open = row.status !== 'completed' && row.status !== 'not_approved';
  return {
    id: row.id,
    body: { id: row.bodyId, name: names.bodyName },
    org: { id: row.orgId, name: names.orgName },
    status: row.status as TWithdrawal['status'],
    letter: row.letter,
    intendedOn: row.intendedOn,
    submittedAt: row.submittedAt.toISOString(),
    receiptConfirmedOn: row.receiptConfirmedOn,
    earliestEffectiveOn: row.earliestEffectiveOn,
    earliestExplanation: explanation,
    meeting: meetingOf(names, row.meetingId),
    decidedOn: row.decidedOn,
    effectiveOn: row.effectiveOn,
    certificateReturnedOn: row.certificateReturnedOn,
    noticeId: row.noticeId,
    handover: open ? await openProjectsToHandOver(db, row.bodyId, row.orgId) : [],
    version: row.version,
  };
}

export async function presentExpulsions(db: Executor, rows: ({ row: repo.ExpulsionRow } & repo.CaseNames)[]): Promise<TExpulsion[]> {
  const evidence = new Map(
    (await meetingsByIds(db, [...new Set(rows.flatMap(({ row }) => row.evidenceMeetingIds))])).map((m) => [m.id, m]),
  );
  return rows.map(({ row, ...names }) => ({
    id: row.id,
    body: { id: row.bodyId, name: names.bodyName },
    org: { id: row.orgId, name: names.orgName },
    ground: row.ground as ExpulsionGround,
    facts: row.facts,
    isAutomatic: row.isAutomatic,
    evidenceMeetings: row.evidenceMeetingIds.flatMap((id) => (evidence.has(id) ? [evidence.get(id)!] : [])),
    status: row.status as TExpulsion['status'],
    proposedAt: row.proposedAt.toISOString(),
    meeting: meetingOf(names, row.meetingId),
    decidedOn: row.decidedOn,
    banEndsOn: row.banEndsOn,
    dismissReason: row.dismissReason,
    noticeId: row.noticeId,
    version: row.version,
  }));
}

export function presentCertificate({ row, orgName }: { row: repo.CertificateRow; orgName: string }): TCertificate {
  return {
    id: row.id,
    bodyId: row.bodyId,
    org: { id: row.orgId, name: orgName },
    number: row.number,
    issuedOn: row.issuedOn,
    returnedOn: row.returnedOn,
  };
}

export function presentNotice({ row, orgName }: { row: repo.NoticeRow; orgName: string }): TNotice {
  return {
    id: row.id,
    bodyId: row.bodyId,
    kind: row.kind as TNotice['kind'],
    org: { id: row.orgId, name: orgName },
    title: row.title,
    text: row.text,
    publishedOn: row.publishedOn,
  };
}
