/** Use cases of experts: list them with their affiliations, declare affiliations, set a call's panel. */
import type { TAffiliationInput, TExpert } from '@chanjiao/contracts';
import { normalizeUscc } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { findOrgsByIds } from '../../organizations/index.js';
import * as repo from './experts.repository.js';

export const EXPERT_ENTITY = bilingual('评审专家', 'expert');

function presentAffiliation(row: repo.AffiliationRow) {
  return { id: row.id, orgId: row.orgId, name: row.name, uscc: row.uscc, note: row.note };
}

export async function expertsWithAffiliations(db: Executor, experts: repo.ExpertRow[]): Promise<TExpert[]> {
  const affiliations = await repo.affiliationsOf(db, experts.map((expert) => expert.id));
  return experts.map((expert) => ({
    ...expert,
    affiliations: affiliations.filter((row) => row.expertId === expert.id).map(presentAffiliation),
  }));
}

export async function listExperts(db: Executor): Promise<{ items: TExpert[] }> {
  return { items: await expertsWithAffiliations(db, await repo.listExpertUsers(db)) };
}

export async function requireExpert(db: Executor, id: string): Promise<repo.ExpertRow> {
  const [expert] = await repo.listExpertUsers(db, [id]);
  if (!expert) throw notFound(EXPERT_ENTITY);
  return expert;
}

/**
 * An affiliation picked from the directory takes the organisation's own name and code, so that the match
 * against applications naming the same organisation does not depend on how it was typed.
 */
async function resolveAffiliations(db: Executor, input: TAffiliationInput[]) {
  const orgIds = [...new Set(input.flatMap((row) => (row.orgId ? [row.orgId] : [])))];
  const orgs = new Map((await findOrgsByIds(db, orgIds)).map((org) => [org.id, org]));
  const missing = input.findIndex((row) => row.orgId && !orgs.has(row.orgId));
  if (missing >= 0) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      {
        path: `affiliations.${missing}.orgId`,
        message: bilingual('所选单位不在组织名录中，请重新选择或只填写名称和统一社会信用代码', 'the chosen organisation is not in the directory; choose again or type its name and code'),
      },
    ]);
  }
  return input.map((row) => {
    const org = row.orgId ? orgs.get(row.orgId) : undefined;
    const uscc = org?.uscc ?? row.uscc;
    return { orgId: row.orgId, name: org?.name ?? row.name.trim(), uscc: uscc ? normalizeUscc(uscc) : null, note: row.note ?? null };
  });
}

export async function setAffiliations(db: Executor, actor: Actor, expertId: string, input: TAffiliationInput[]): Promise<TExpert> {
  const expert = await requireExpert(db, expertId);
  const rows = await resolveAffiliations(db, input);
  await db.transaction(async (tx) => {
    const before = await repo.affiliationsOf(tx, [expertId]);
    await repo.replaceAffiliations(tx, expertId, rows);
    await recordAudit(tx, actor, {
      action: 'selection.expert.affiliations',
      entityType: 'user',
      entityId: expertId,
      details: { before: before.map((row) => row.name), after: rows.map((row) => row.name) },
    });
  });
  const [withAffiliations] = await expertsWithAffiliations(db, [expert]);
  return withAffiliations!;
}

export async function setPanel(db: Executor, actor: Actor, callId: string, expertIds: string[]): Promise<void> {
  const unique = [...new Set(expertIds)];
  const experts = await repo.listExpertUsers(db, unique);
  const known = new Set(experts.map((expert) => expert.id));
  const unknown = unique.findIndex((id) => !known.has(id));
  if (unknown >= 0) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      { path: `expertIds.${unknown}`, message: bilingual('不是评审专家账号，请从专家列表中选择', 'is not an expert account; choose from the list of experts') },
    ]);
  }
  await db.transaction(async (tx) => {
    const before = (await repo.panelOf(tx, callId)).map((expert) => expert.id);
    await repo.replacePanel(tx, callId, unique);
    await recordAudit(tx, actor, {
      action: 'selection.review.panel',
      entityType: 'selection_call',
      entityId: callId,
      details: { added: unique.filter((id) => !before.includes(id)), removed: before.filter((id) => !unique.includes(id)) },
    });
  });
}
