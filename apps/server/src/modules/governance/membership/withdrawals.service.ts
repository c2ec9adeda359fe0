/**
 * Withdrawal (章程第二十条): the member applies in writing with its intended date; the secretariat confirms
 * receipt in writing (the notice period runs from that day); after review the meeting decides; once approved and
 * due, the certificate is returned, the membership ends and a public notice is published.
 */
import { type Locale, type TWithdrawalInput, WITHDRAWAL_STATUSES } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { postgresErrorCode } from '../../../kernel/db/unavailable.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { findActiveMember, removeMember, requireBody } from '../../bodies/index.js';
import { findOrgById } from '../../organizations/index.js';
import { findCurrentCharter } from '../charter/charter.repository.js';
import { requireCharter } from '../charter/charter.service.js';
import { shanghaiDate } from '../../../kernel/time/shanghai.js';
import { noticeWithdrawalReceipt, noticeWithdrawalReceived } from '../messages/governance-messages.js';
import { placeOnAgenda } from './agenda-placement.js';
import * as repo from './membership.repository.js';
import { WITHDRAWAL_ENTITY } from './membership.names.js';
import { presentWithdrawal } from './membership.present.js';
import { describePeriod, earliestWithdrawal, withdrawalEffectiveOn } from './membership.rules.js';

const stateOf = (row: repo.WithdrawalRow) => WITHDRAWAL_STATUSES[row.status as keyof typeof WITHDRAWAL_STATUSES];

async function requireWithdrawal(db: Executor, bodyId: string, id: string, status: string, action: { 'zh-CN': string; 'en-US': string }) {
  const row = await repo.findWithdrawal(db, bodyId, id);
  if (!row) throw notFound(WITHDRAWAL_ENTITY);
  if (row.status !== status) throw new DomainError('CASE_STATE', { state: stateOf(row), action });
  return row;
}

function assertVersion(row: { version: number }, version: number) {
  if (row.version !== version) throw new DomainError('VERSION_CONFLICT', { current: row.version });
}

export async function submitWithdrawal(db: Executor, actor: Actor, bodyId: string, input: TWithdrawalInput, now: Date) {
  await requireBody(db, bodyId);
  await requireCharter(db, bodyId);
  const org = await findOrgById(db, input.orgId);
  const member = await findActiveMember(db, bodyId, input.orgId);
  if (!org || !member) throw new DomainError('WITHDRAWAL_NOT_MEMBER', { org: org?.name ?? input.orgId });
  const pending = await repo.findOpenWithdrawal(db, bodyId, org.id);
  if (pending) throw new DomainError('WITHDRAWAL_PENDING', { org: org.name, state: stateOf(pending) });
  try {
    return await db.transaction(async (tx) => {
      const row = await repo.insertWithdrawal(tx, {
        bodyId,
        orgId: org.id,
        letter: input.letter,
        intendedOn: input.intendedOn,
        submittedByUserId: actor.userId,
        submittedAt: now,
      });
      await recordAudit(tx, actor, {
        action: 'governance.withdrawal.submit',
        entityType: 'withdrawal_request',
        entityId: row.id,
        details: { bodyId, orgId: org.id, orgName: org.name, intendedOn: input.intendedOn },
      });
      await noticeWithdrawalReceived(tx, actor, row);
      return row;
    });
  } catch (error) {
    if (postgresErrorCode(error) === '23505') {
      throw new DomainError('WITHDRAWAL_PENDING', { org: org.name, state: WITHDRAWAL_STATUSES.submitted });
    }
    throw error;
  }
}

/**
 * 第二十条(一): the written receipt starts the notice period; the earliest date follows from it. The receipt is a
 * day that has come: not before the application was submitted, not after today (Asia/Shanghai).
 */
export async function confirmReceipt(
  db: Executor,
  actor: Actor,
  bodyId: string,
  id: string,
  input: { receivedOn: string; version: number },
  today: string,
) {
  const row = await requireWithdrawal(db, bodyId, id, 'submitted', bilingual('确认收到', 'confirmed as received'));
  assertVersion(row, input.version);
  if (input.receivedOn > today) throw new DomainError('RECEIPT_IN_FUTURE', { receivedOn: input.receivedOn, today });
  const submittedOn = shanghaiDate(row.submittedAt);
  if (input.receivedOn < submittedOn) {
    throw new DomainError('RECEIPT_BEFORE_SUBMISSION', { receivedOn: input.receivedOn, submittedOn });
  }
  const charter = await requireCharter(db, bodyId);
  const { earliest } = earliestWithdrawal(input.receivedOn, charter.parameters);
  await db.transaction(async (tx) => {
    const updated = await repo.updateWithdrawal(
      tx,
      id,
      { status: 'submitted', version: input.version },
      {
        status: 'receipt_confirmed',
        receiptConfirmedOn: input.receivedOn,
        earliestEffectiveOn: earliest,
      },
    );
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: '?' });
    await recordAudit(tx, actor, {
      action: 'governance.withdrawal.receipt',
      entityType: 'withdrawal_request',
      entityId: id,
      details: { receivedOn: input.receivedOn, earliestEffectiveOn: earliest, notice: charter.parameters.withdrawalNotice },
    });
    await noticeWithdrawalReceipt(tx, actor, bodyId, id);
  });
}

/** 第二十条(二): reviewed by the secretariat, then put to the meeting. */
export async function sendWithdrawalToMeeting(
  db: Executor,
  actor: Actor,
  bodyId: string,
  id: string,
  input: { meetingId?: string; version: number },
  today: string,
) {
  const row = await requireWithdrawal(db, bodyId, id, 'receipt_confirmed', bilingual('提交会议审议', 'put to the meeting'));
  assertVersion(row, input.version);
  const org = await findOrgById(db, row.orgId);
  await db.transaction(async (tx) => {
    const item = await placeOnAgenda(tx, actor, {
      bodyId,
      meetingId: input.meetingId,
      today,
      kind: 'withdrawal',
      title: `关于“${org?.name ?? ''}”退出联盟的议题`,
      description: row.letter,
      subjectOrgId: row.orgId,
      caseId: id,
    });
    const updated = await repo.updateWithdrawal(
      tx,
      id,
      { status: 'receipt_confirmed', version: input.version },
      {
        status: 'on_agenda',
        meetingId: item.meetingId,
        agendaItemId: item.id,
      },
    );
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: '?' });
    await recordAudit(tx, actor, {
      action: 'governance.withdrawal.review',
      entityType: 'withdrawal_request',
      entityId: id,
      details: { meetingId: item.meetingId, itemId: item.id },
    });
  });
}

export async function decideWithdrawal(tx: Executor, decision: { bodyId: string; caseId: string; passed: boolean; decidedOn: string }) {
  const row = await repo.findWithdrawal(tx, decision.bodyId, decision.caseId);
  if (!row || row.status !== 'on_agenda') return;
  await repo.updateWithdrawal(
    tx,
    row.id,
    { status: 'on_agenda' },
    {
      status: decision.passed ? 'approved' : 'not_approved',
      decidedOn: decision.decidedOn,
      effectiveOn: decision.passed ? withdrawalEffectiveOn(row.intendedOn, row.earliestEffectiveOn!, decision.decidedOn) : null,
    },
  );
}

/** 第二十条(三): on or after the effective day, the certificate is returned, the membership ends, a notice goes out. */
export async function completeWithdrawal(
  db: Executor,
  actor: Actor,
  bodyId: string,
  id: string,
  input: { certificateReturnedOn: string; version: number },
  today: string,
) {
  const row = await requireWithdrawal(db, bodyId, id, 'approved', bilingual('办结', 'completed'));
  assertVersion(row, input.version);
  const charter = await requireCharter(db, bodyId);
  if (today < row.effectiveOn!) {
    throw new DomainError('WITHDRAWAL_TOO_EARLY', {
      earliest: row.effectiveOn!,
      notice: describePeriod(charter.parameters.withdrawalNotice),
    });
  }
  const org = await findOrgById(db, row.orgId);
  const member = await findActiveMember(db, bodyId, row.orgId);
  await db.transaction(async (tx) => {
    if (member) {
      await removeMember(tx, actor, bodyId, member.id, {
        leftOn: row.effectiveOn!,
        reason: `退会（章程第二十条），校长联席会议于 ${row.decidedOn} 批准`,
      });
    }
    await repo.markCertificateReturned(tx, bodyId, row.orgId, input.certificateReturnedOn);
    const notice = await repo.insertNotice(tx, {
      bodyId,
      orgId: row.orgId,
      kind: 'withdrawal',
      title: `关于“${org?.name ?? ''}”退出联盟的公示`,
      text: `经校长联席会议于 ${row.decidedOn} 审议批准，“${org?.name ?? ''}”自 ${row.effectiveOn} 起退出联盟，不再享有联盟成员权利；其《联盟成员证书》已于 ${input.certificateReturnedOn} 交回。退会前已签署协议或承诺履行的合作项目，由其配合完成交接与清理（章程第二十条）。`,
      publishedOn: today,
    });
    const updated = await repo.updateWithdrawal(
      tx,
      id,
      { status: 'approved', version: input.version },
      {
        status: 'completed',
        certificateReturnedOn: input.certificateReturnedOn,
        noticeId: notice.id,
      },
    );
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: '?' });
    await recordAudit(tx, actor, {
      action: 'governance.withdrawal.complete',
      entityType: 'withdrawal_request',
      entityId: id,
      details: { orgId: row.orgId, leftOn: row.effectiveOn, certificateReturnedOn: input.certificateReturnedOn, noticeId: notice.id },
    });
  });
}

export async function listWithdrawals(db: Executor, filter: { bodyId?: string; orgId?: string }, locale: Locale) {
  const rows = await repo.listWithdrawals(db, filter);
  const charters = new Map<string, Awaited<ReturnType<typeof findCurrentCharter>>>();
  for (const bodyId of new Set(rows.map(({ row }) => row.bodyId))) charters.set(bodyId, await findCurrentCharter(db, bodyId));
  return Promise.all(rows.map((found) => presentWithdrawal(db, found, charters.get(found.row.bodyId)?.parameters ?? null, locale)));
}
