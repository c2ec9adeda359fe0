/**
 * The expert pool as other modules read it (the quality reports' compliance evaluation draws on it): the experts an
 * authority may call on — its own pool (专家库) and the shared one — with their declared affiliations, and the
 * conflicts (回避, docs/sources.md 5.3) those affiliations give against the units a piece of work names.
 */
import type { Executor } from '../../../kernel/db/database.js';
import { deriveConflicts, type MatchedBy, type OrgRef } from './conflicts.rules.js';
import * as repo from './experts.repository.js';

export interface PoolExpert {
  id: string;
  displayName: string;
  /** In the shared pool rather than the authority's own. */
  shared: boolean;
  affiliations: OrgRef[];
}

/** The experts of the authority's pool and of the shared pool, in pinyin order of their names. */
export async function expertPoolOf(db: Executor, authorityOrgId: string): Promise<PoolExpert[]> {
  const experts = await repo.listExpertUsers(db);
  const pools = new Map(
    (
      await repo.poolsOf(
        db,
        experts.map((e) => e.id),
      )
    ).map((row) => [row.expertId, row]),
  );
  const callable = experts.filter((expert) => {
    const pool = pools.get(expert.id);
    return pool !== undefined && (pool.authorityOrgId === null || pool.authorityOrgId === authorityOrgId);
  });
  const affiliations = await repo.affiliationsOf(
    db,
    callable.map((e) => e.id),
  );
  return callable.map((expert) => ({
    id: expert.id,
    displayName: expert.displayName,
    shared: pools.get(expert.id)!.authorityOrgId === null,
    affiliations: affiliations
      .filter((row) => row.expertId === expert.id)
      .map((row) => ({ orgId: row.orgId, uscc: row.uscc, name: row.name })),
  }));
}

/** A unit some work is about: the unit id it is known by there, and the organisation to match affiliations with. */
export interface WorkUnit extends OrgRef {
  workId: string;
}

export interface AffiliationConflict {
  expertId: string;
  workId: string;
  matchedBy: MatchedBy;
  unitName: string | null;
}

/** Which experts are tied to which unit, by the selection's own matching (organisation, 统一社会信用代码, name). */
export function affiliationConflicts(experts: PoolExpert[], units: WorkUnit[]): AffiliationConflict[] {
  const conflicts = deriveConflicts(
    experts.map((expert) => ({ expertId: expert.id, affiliations: expert.affiliations })),
    // Each unit stands alone: the place in a 推荐书 does not apply, so every unit is matched as one named unit.
    units.map((unit) => ({ applicationId: unit.workId, units: [{ ...unit, place: 'member_other' as const }] })),
  );
  return conflicts.flatMap((conflict) =>
    conflict.evidence.flatMap((evidence) =>
      evidence.kind === 'affiliation'
        ? [{ expertId: conflict.expertId, workId: conflict.applicationId, matchedBy: evidence.matchedBy, unitName: evidence.unitName }]
        : [],
    ),
  );
}
