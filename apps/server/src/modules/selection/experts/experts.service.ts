/**
 * Use cases of experts: list them with their affiliations and pool, place them in a pool, declare affiliations,
 * set a call's panel. An expert belongs to the pool (专家库) of the authority that added them — by putting them on
 * one of its panels or on purpose — or to the shared pool; only that authority may change their affiliations
 * (the route's record scope, `expertPoolScope`), and every change records which conflicts it makes or removes.
 */
import type { TAffiliationInput, TExpert, TExpertPool } from '@chanjiao/contracts';
import { normalizeUscc } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import type { RecordScope } from '../../../kernel/rbac/rbac.rules.js';
import { findOrgsByIds } from '../../organizations/index.js';
import { requireCall } from '../calls/calls.service.js';
import { submittedApplications } from '../reviews/reviews.repository.js';
import { callConflicts } from './conflicts.service.js';
import * as repo from './experts.repository.js';

export const EXPERT_ENTITY = bilingual('评审专家', 'expert');

function presentAffiliation(row: repo.AffiliationRow) {
  return { id: row.id, orgId: row.orgId, name: row.name, uscc: row.uscc, note: row.note };
}

function presentPool(row: repo.PoolRow | undefined): TExpertPool | null {
  if (!row) return null;
  return { shared: row.authorityOrgId === null, authorityOrgId: row.authorityOrgId, authorityName: row.authorityName };
}

export async function expertsWithAffiliations(db: Executor, experts: repo.ExpertRow[]): Promise<TExpert[]> {
  const ids = experts.map((expert) => expert.id);
  const [affiliations, pools] = await Promise.all([repo.affiliationsOf(db, ids), repo.poolsOf(db, ids)]);
  const poolOf = new Map(pools.map((row) => [row.expertId, row]));
  return experts.map((expert) => ({
    ...expert,
    affiliations: affiliations.filter((row) => row.expertId === expert.id).map(presentAffiliation),
    pool: presentPool(poolOf.get(expert.id)),
  }));
}

/**
 * Whose the expert is, for the routes that change them: the authority of their pool; for the shared pool no
 * single authority (every holder of the permission); an expert in no pool must be added to one first.
 */
export async function expertPoolScope(db: Executor, expertId: string): Promise<RecordScope | undefined> {
  const expert = await requireExpert(db, expertId);
  const [pool] = await repo.poolsOf(db, [expertId]);
  if (!pool) throw new DomainError('EXPERT_NOT_IN_POOL', { expert: expert.displayName });
  return pool.authorityOrgId ? { orgId: pool.authorityOrgId } : undefined;
}

/**
 * Who may place the expert: the authority of their present pool (it may give them to another authority or to
 * the shared pool); for an expert in no pool, the authority that adds them. The shared pool is final.
 */
export async function expertPlacementScope(db: Executor, expertId: string, target: string | null): Promise<RecordScope | undefined> {
  const expert = await requireExpert(db, expertId);
  const [pool] = await repo.poolsOf(db, [expertId]);
  if (pool && pool.authorityOrgId === null) throw new DomainError('EXPERT_IN_SHARED_POOL', { expert: expert.displayName });
  const owner = pool?.authorityOrgId ?? target;
  return owner ? { orgId: owner } : undefined;
}

async function placeInPool(tx: Executor, actor: Actor, expertId: string, authorityOrgId: string | null, how: 'panel' | 'on_purpose') {
  const before = await repo.lockPool(tx, expertId);
  if (before && before.authorityOrgId === authorityOrgId) return;
  if (how === 'panel') {
    // Put on a panel, an expert joins only if no authority took them meanwhile.
    if (!(await repo.insertPoolIfAbsent(tx, { expertId, authorityOrgId, addedBy: actor.userId }))) {
      const [taken] = await repo.poolsOf(tx, [expertId]);
      if (taken?.authorityOrgId && taken.authorityOrgId !== authorityOrgId) {
        throw new DomainError('VALIDATION_FAILED', {}, [
          {
            path: 'expertIds',
            message: bilingual(
              `已被加入“${taken.authorityName ?? ''}”的专家库`,
              `was just added to the pool of “${taken.authorityName ?? ''}”`,
            ),
          },
        ]);
      }
      return;
    }
  } else {
    await repo.upsertPool(tx, { expertId, authorityOrgId, addedBy: actor.userId });
  }
  await recordAudit(tx, actor, {
    action: 'selection.expert.pool',
    entityType: 'user',
    entityId: expertId,
    details: { from: before ? (before.authorityOrgId ?? 'shared') : null, to: authorityOrgId ?? 'shared', how },
  });
}

/** Adds the expert to an authority's pool or, on purpose, to the shared pool (the route's scope checked who may). */
export async function placeExpert(db: Executor, actor: Actor, expertId: string, authorityOrgId: string | null): Promise<TExpert> {
  const expert = await requireExpert(db, expertId);
  if (authorityOrgId && (await findOrgsByIds(db, [authorityOrgId])).length === 0) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      {
        path: 'authorityOrgId',
        message: bilingual('所选单位不在组织名录中，请重新选择', 'the chosen organisation is not in the directory; choose again'),
      },
    ]);
  }
  await db.transaction(async (tx) => {
    const current = await repo.lockPool(tx, expertId);
    if (current && current.authorityOrgId === null) throw new DomainError('EXPERT_IN_SHARED_POOL', { expert: expert.displayName });
    await placeInPool(tx, actor, expertId, authorityOrgId, 'on_purpose');
  });
  const [withPool] = await expertsWithAffiliations(db, [expert]);
  return withPool!;
}

/** The conflicts of the expert on every call whose panel they sit on, as "call:application" keys. */
async function conflictKeysOf(tx: Executor, expertId: string): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const callId of await repo.callsOfExpert(tx, expertId)) {
    const applications = await submittedApplications(tx, callId);
    const conflicts = await callConflicts(
      tx,
      callId,
      applications.map((application) => application.id),
      [expertId],
      { allSubmittedOf: true },
    );
    for (const conflict of conflicts.list) keys.add(`${callId}:${conflict.applicationId}`);
  }
  return keys;
}

const asPairs = (keys: string[]) => keys.map((key) => ({ callId: key.split(':')[0]!, applicationId: key.split(':')[1]! }));

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
        message: bilingual(
          '所选单位不在组织名录中，请重新选择或只填写名称和统一社会信用代码',
          'the chosen organisation is not in the directory; choose again or type its name and code',
        ),
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
    const conflictsBefore = await conflictKeysOf(tx, expertId);
    await repo.replaceAffiliations(tx, expertId, rows);
    // Conflicts are derived from affiliations: the entry says which ones the change made or removed.
    const conflictsAfter = await conflictKeysOf(tx, expertId);
    await recordAudit(tx, actor, {
      action: 'selection.expert.affiliations',
      entityType: 'user',
      entityId: expertId,
      details: {
        before: before.map((row) => row.name),
        after: rows.map((row) => row.name),
        conflictsAdded: asPairs([...conflictsAfter].filter((key) => !conflictsBefore.has(key))),
        conflictsRemoved: asPairs([...conflictsBefore].filter((key) => !conflictsAfter.has(key))),
      },
    });
  });
  const [withAffiliations] = await expertsWithAffiliations(db, [expert]);
  return withAffiliations!;
}

/**
 * The call's panel draws on its authority's pool and the shared pool; an expert in no pool joins the authority's
 * pool by being put on its panel (the authority "adds" them). Experts of another authority's pool are refused.
 */
export async function setPanel(db: Executor, actor: Actor, callId: string, expertIds: string[]): Promise<void> {
  const unique = [...new Set(expertIds)];
  const experts = await repo.listExpertUsers(db, unique);
  const known = new Set(experts.map((expert) => expert.id));
  const unknown = unique.findIndex((id) => !known.has(id));
  if (unknown >= 0) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      {
        path: `expertIds.${unknown}`,
        message: bilingual('不是评审专家账号，请从专家列表中选择', 'is not an expert account; choose from the list of experts'),
      },
    ]);
  }
  const { authorityOrgId } = await requireCall(db, callId);
  const pools = new Map((await repo.poolsOf(db, unique)).map((row) => [row.expertId, row]));
  const foreign = unique.findIndex((id) => {
    const pool = pools.get(id);
    return pool !== undefined && pool.authorityOrgId !== null && pool.authorityOrgId !== authorityOrgId;
  });
  if (foreign >= 0) {
    const owner = pools.get(unique[foreign]!)!.authorityName ?? '';
    throw new DomainError('VALIDATION_FAILED', {}, [
      {
        path: `expertIds.${foreign}`,
        message: bilingual(
          `属于“${owner}”的专家库，请从本单位或共享专家库中选择`,
          `belongs to the pool of “${owner}”; choose from your own or the shared pool`,
        ),
      },
    ]);
  }
  await db.transaction(async (tx) => {
    for (const id of unique.filter((expertId) => !pools.has(expertId))) await placeInPool(tx, actor, id, authorityOrgId, 'panel');
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
