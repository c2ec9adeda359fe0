/**
 * Expulsion (章程第二十一条): the secretariat proposes it on a ground (一)–(四) — ground (二) is also proposed
 * by the system from attendance (expulsion-detection.ts) — and the meeting decides by the expulsion rule.
 * An expelled unit is published and may not apply again within the ban period (第二十一条(五)).
 */
import { EXPULSION_GROUNDS, EXPULSION_STATUSES, type TExpulsionInput } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { postgresErrorCode } from '../../../kernel/db/unavailable.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { findActiveMember, removeMember, requireBody } from '../../bodies/index.js';
import { findOrgById } from '../../organizations/index.js';
import { requireCharter } from '../charter/charter.service.js';
import { banEndsOn } from './membership-periods.rules.js';
import { noticeExpulsionProposed } from '../messages/governance-messages.js';
import { placeOnAgenda } from './agenda-placement.js';
import * as repo from './membership.repository.js';
import { EXPULSION_ENTITY } from './membership.names.js';
import { presentExpulsions } from './membership.present.js';

const stateOf = (row: repo.ExpulsionRow) => EXPULSION_STATUSES[row.status as keyof typeof EXPULSION_STATUSES];

async function requireProposal(db: Executor, bodyId: string, id: string, action: { 'zh-CN': string; 'en-US': string }) {
  const row = await repo.findExpulsion(db, bodyId, id);
  if (!row) throw notFound(EXPULSION_ENTITY);
  if (row.status !== 'proposed') throw new DomainError('CASE_STATE', { state: stateOf(row), action });
  return row;
}

export async function proposeExpulsion(db: Executor, actor: Actor, bodyId: string, input: TExpulsionInput) {
  await requireBody(db, bodyId);
  await requireCharter(db, bodyId);
  const org = await findOrgById(db, input.orgId);
  const member = await findActiveMember(db, bodyId, input.orgId);
  if (!org || !member) throw new DomainError('EXPULSION_NOT_MEMBER', { org: org?.name ?? input.orgId });
  try {
    return await db.transaction(async (tx) => {
      const row = await repo.insertExpulsion(tx, {
        bodyId,
        orgId: org.id,
        ground: input.ground,
        facts: input.facts,
        proposedByUserId: actor.userId,
      });
      await recordAudit(tx, actor, {
        action: 'governance.expulsion.propose',
        entityType: 'expulsion_proposal',
        entityId: row.id,
        details: { bodyId, orgId: org.id, orgName: org.name, ground: input.ground, facts: input.facts },
      });
      await noticeExpulsionProposed(tx, actor, row);
      return row;
    });
  } catch (error) {
    if (postgresErrorCode(error) === '23505') throw new DomainError('EXPULSION_PENDING', { org: org.name });
    throw error;
  }
}

export async function sendExpulsionToMeeting(
  db: Executor,
  actor: Actor,
  bodyId: string,
  id: string,
  input: { meetingId?: string; version: number },
  today: string,
) {
  const row = await requireProposal(db, bodyId, id, bilingual('提交会议表决', 'put to the meeting'));
  if (row.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: row.version });
  const org = await findOrgById(db, row.orgId);
  const ground = EXPULSION_GROUNDS[row.ground as 1];
  await db.transaction(async (tx) => {
    const item = await placeOnAgenda(tx, actor, {
      bodyId,
      meetingId: input.meetingId,
      today,
      kind: 'expulsion',
      title: `关于将“${org?.name ?? ''}”除名的议题（章程第二十一条第（${'一二三四'[row.ground - 1]}）项）`,
      description: `${ground['zh-CN']}：${row.facts}`,
      subjectOrgId: row.orgId,
      caseId: id,
    });
    const updated = await repo.updateExpulsion(
      tx,
      id,
      { status: 'proposed', version: input.version },
      {
        status: 'on_agenda',
        meetingId: item.meetingId,
        agendaItemId: item.id,
      },
    );
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: '?' });
    await recordAudit(tx, actor, {
      action: 'governance.expulsion.to_meeting',
      entityType: 'expulsion_proposal',
      entityId: id,
      details: { meetingId: item.meetingId, itemId: item.id },
    });
  });
}

export async function dismissExpulsion(db: Executor, actor: Actor, bodyId: string, id: string, input: { reason: string; version: number }) {
  const row = await requireProposal(db, bodyId, id, bilingual('撤回', 'withdrawn'));
  if (row.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: row.version });
  await db.transaction(async (tx) => {
    const updated = await repo.updateExpulsion(
      tx,
      id,
      { status: 'proposed', version: input.version },
      {
        status: 'dismissed',
        dismissReason: input.reason,
      },
    );
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: '?' });
    await recordAudit(tx, actor, {
      action: 'governance.expulsion.dismiss',
      entityType: 'expulsion_proposal',
      entityId: id,
      details: { reason: input.reason },
    });
  });
}

/** The meeting's decision: on passing the membership ends that day, the certificate is void and a notice published. */
export async function decideExpulsion(
  tx: Executor,
  actor: Actor,
  decision: { bodyId: string; caseId: string; passed: boolean; decidedOn: string; resolutionNo: number | null },
) {
  const row = await repo.findExpulsion(tx, decision.bodyId, decision.caseId);
  if (!row || row.status !== 'on_agenda') return;
  if (!decision.passed) {
    await repo.updateExpulsion(tx, row.id, { status: 'on_agenda' }, { status: 'not_expelled', decidedOn: decision.decidedOn });
    return;
  }
  const charter = await requireCharter(tx, decision.bodyId);
  const banEnds = banEndsOn(decision.decidedOn, charter.parameters);
  const org = await findOrgById(tx, row.orgId);
  const member = await findActiveMember(tx, decision.bodyId, row.orgId);
  const ground = EXPULSION_GROUNDS[row.ground as 1]['zh-CN'];
  if (member) {
    await removeMember(tx, actor, decision.bodyId, member.id, {
      leftOn: decision.decidedOn,
      reason: `除名（章程第二十一条：${ground}），第 ${decision.resolutionNo} 号决议`,
    });
  }
  await repo.markCertificateReturned(tx, decision.bodyId, row.orgId, decision.decidedOn);
  const notice = await repo.insertNotice(tx, {
    bodyId: decision.bodyId,
    orgId: row.orgId,
    kind: 'expulsion',
    title: `关于将“${org?.name ?? ''}”除名的公示`,
    text: `经校长联席会议于 ${decision.decidedOn} 表决通过，“${org?.name ?? ''}”因${ground}，依章程第二十一条予以除名，其《联盟成员证书》同时作废；依第二十一条(五)，${banEnds}（含）前不得再次申请加入联盟。`,
    publishedOn: decision.decidedOn,
  });
  await repo.updateExpulsion(
    tx,
    row.id,
    { status: 'on_agenda' },
    {
      status: 'expelled',
      decidedOn: decision.decidedOn,
      banEndsOn: banEnds,
      noticeId: notice.id,
    },
  );
}

export async function listExpulsions(db: Executor, bodyId: string) {
  return presentExpulsions(db, await repo.listExpulsions(db, bodyId));
}
