/** Site visits (实地考察, 通知 三.3 “视情组织实地考察”): the date, who went and what they found, per application. */
import type { TSiteVisit, TSiteVisitInput } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import * as repo from './reviews.repository.js';

export function presentSiteVisit({ visit, recordedByName }: { visit: repo.SiteVisitRow; recordedByName: string | null }): TSiteVisit {
  return {
    id: visit.id,
    visitedOn: visit.visitedOn,
    visitMembers: visit.members,
    findings: visit.findings,
    recordedBy: recordedByName ?? '',
    createdAt: visit.createdAt.toISOString(),
  };
}

export async function listSiteVisits(db: Executor, applicationId: string): Promise<{ items: TSiteVisit[] }> {
  return { items: (await repo.siteVisitsOf(db, applicationId)).map(presentSiteVisit) };
}

export async function recordSiteVisit(db: Executor, actor: Actor, applicationId: string, input: TSiteVisitInput): Promise<void> {
  await db.transaction(async (tx) => {
    const visit = await repo.insertSiteVisit(tx, {
      applicationId,
      visitedOn: input.visitedOn,
      members: input.visitMembers,
      findings: input.findings,
      recordedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'selection.site_visit.record',
      entityType: 'selection_application',
      entityId: applicationId,
      details: { siteVisitId: visit.id, visitedOn: input.visitedOn },
    });
  });
}
