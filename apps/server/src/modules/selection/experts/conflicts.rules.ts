/**
 * Conflicts of interest (回避, docs/sources.md 5.3) derived from data: an expert conflicts with an application when one
 * of the expert's affiliations appears anywhere in it — host park, lead units, secretariat or any row of the
 * member tables — matched by organisation id, 统一社会信用代码, or normalised name; plus conflicts the expert
 * declared or the authority pinned. Each conflict lists every place it was found, as evidence.
 */
import { type ApplicationUnitPlace, normalizeUscc } from '@chanjiao/contracts';

export interface OrgRef {
  orgId?: string | null;
  uscc?: string | null;
  name?: string | null;
}

export interface ExpertAffiliations {
  expertId: string;
  affiliations: OrgRef[];
}

export interface ApplicationUnit extends OrgRef {
  place: ApplicationUnitPlace;
  /** Row number in a member table (1-based), when the unit is one. */
  row?: number | null;
}

export interface ApplicationUnits {
  applicationId: string;
  units: ApplicationUnit[];
}

export interface StatedConflict {
  expertId: string;
  applicationId: string;
  /** declared by the expert, or pinned by the authority. */
  source: 'declared' | 'pinned';
  reason: string;
}

export type MatchedBy = 'orgId' | 'uscc' | 'name';

export type ConflictEvidence =
  | { kind: 'affiliation'; place: ApplicationUnitPlace; row: number | null; matchedBy: MatchedBy; unitName: string | null }
  | { kind: 'declared' | 'pinned'; reason: string };

export interface Conflict {
  expertId: string;
  applicationId: string;
  evidence: ConflictEvidence[];
}

/**
 * Names compare after NFKC (full-width letters, digits and brackets become ordinary ones), without white
 * space or punctuation, in lower case: "上海××（集团）有限公司" and "上海×× (集团) 有限公司" are one name.
 * Nothing else is dropped, so "上海市曹杨职业技术学校" and "上海曹杨职业技术学校" stay different names.
 */
export function normalizeOrgName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{P}]/gu, '')
    .toLowerCase();
}

function keysOf(ref: OrgRef): [MatchedBy, string][] {
  const keys: [MatchedBy, string][] = [];
  if (ref.orgId) keys.push(['orgId', `id:${ref.orgId}`]);
  if (ref.uscc?.trim()) keys.push(['uscc', `uscc:${normalizeUscc(ref.uscc)}`]);
  const name = ref.name ? normalizeOrgName(ref.name) : '';
  if (name) keys.push(['name', `name:${name}`]);
  return keys;
}

export function deriveConflicts(
  experts: ExpertAffiliations[],
  applications: ApplicationUnits[],
  stated: StatedConflict[] = [],
): Conflict[] {
  const expertsByKey = new Map<string, Set<string>>();
  for (const expert of experts) {
    for (const affiliation of expert.affiliations) {
      for (const [, key] of keysOf(affiliation)) {
        expertsByKey.set(key, (expertsByKey.get(key) ?? new Set()).add(expert.expertId));
      }
    }
  }
  const conflicts = new Map<string, Conflict>();
  const record = (expertId: string, applicationId: string, evidence: ConflictEvidence) => {
    const key = conflictKey(expertId, applicationId);
    const conflict = conflicts.get(key) ?? { expertId, applicationId, evidence: [] };
    conflict.evidence.push(evidence);
    conflicts.set(key, conflict);
  };
  for (const application of applications) {
    for (const unit of application.units) {
      const matched = new Set<string>();
      for (const [matchedBy, key] of keysOf(unit)) {
        for (const expertId of expertsByKey.get(key) ?? []) {
          if (matched.has(expertId)) continue;
          matched.add(expertId);
          record(expertId, application.applicationId, {
            kind: 'affiliation',
            place: unit.place,
            row: unit.row ?? null,
            matchedBy,
            unitName: unit.name ?? null,
          });
        }
      }
    }
  }
  for (const conflict of stated) {
    record(conflict.expertId, conflict.applicationId, { kind: conflict.source, reason: conflict.reason });
  }
  return [...conflicts.values()];
}

export function conflictKey(expertId: string, applicationId: string): string {
  return `${expertId}\u0000${applicationId}`;
}

/** The set assignment checks pairs against. */
export function conflictedPairs(conflicts: Conflict[]): Set<string> {
  return new Set(conflicts.map((conflict) => conflictKey(conflict.expertId, conflict.applicationId)));
}
