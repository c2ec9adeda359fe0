/**
 * What a closed vote means beyond its result (章程第九条): admitting, releasing or expelling a member unit, or
 * adopting a charter amendment. Runs inside the vote's closing transaction, so the decision and its effects
 * stand or fall together.
 */
import type { Actor } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { replanChairAfterAmendment } from '../chair/chair.service.js';
import { adoptAmendment } from '../charter/charter.service.js';
import { decideAdmission } from '../membership/applications.service.js';
import { decideExpulsion } from '../membership/expulsions.service.js';
import { decideWithdrawal } from '../membership/withdrawals.service.js';
import { noticeExpulsionDecided, noticeJoinDecided, noticeWithdrawalEffective } from '../messages/governance-messages.js';
import type { AgendaItemRow } from './meetings.repository.js';

export async function applyDecision(tx: Executor, actor: Actor, item: AgendaItemRow & { passed: boolean }, decidedOn: string) {
  const decision = {
    itemId: item.id,
    bodyId: item.bodyId,
    caseId: item.caseId ?? '',
    passed: item.passed,
    decidedOn,
    resolutionNo: item.resolutionNo,
  };
  switch (item.kind) {
    case 'admission':
      await decideAdmission(tx, actor, decision);
      return noticeJoinDecided(tx, actor, decision.bodyId, decision.caseId);
    case 'withdrawal':
      await decideWithdrawal(tx, decision);
      return noticeWithdrawalEffective(tx, actor, decision.bodyId, decision.caseId);
    case 'expulsion':
      await decideExpulsion(tx, actor, decision);
      return noticeExpulsionDecided(tx, actor, decision.bodyId, decision.caseId);
    case 'charter_amendment':
      if (item.passed && item.amendment) {
        await adoptAmendment(tx, actor, item.bodyId, { itemId: item.id, decidedOn, proposal: item.amendment });
        await replanChairAfterAmendment(tx, actor, item.bodyId);
      }
      return;
    default:
      return;
  }
}
