/**
 * "Who can train X" (docs/sources.md §9 R2, answered from majors + bases + partners; 倡议书 三 asks members to share majors,
 * training facilities and enterprise partners): which evidence of a member's published resources speaks for a
 * major, a major class or free words, and the ranking that evidence earns. Every point is shown with its reason.
 */
import { CAPABILITY_REASON_NAMES, type CapabilityReasonKind, type ResourceKind } from '@chanjiao/contracts';

/** What was asked for: one major (with its class), one major class, or free words matched by text search. */
export type CapabilityTarget =
  { kind: 'major'; majorCode: string; classCode: string } | { kind: 'class'; classCode: string } | { kind: 'words'; words: string[] };

export interface CandidateEntry {
  orgId: string;
  kind: ResourceKind;
  title: string;
  summary: string;
  majorCode: string | null;
  classCodes: string[];
  workstations: number;
  /** The request's words found in the entry's search tokens (free words, or a partner's fields). */
  matched: string[];
}

/**
 * Points per piece of evidence and how many of each kind count: offering the major itself weighs most, at up to two
 * training modes; related majors, bases, courses and partners add less, and only up to a few each, so that a long
 * list of partners cannot outrank a member that offers the major.
 */
export const CAPABILITY_SCORING: Record<CapabilityReasonKind, { points: number; counted: number }> = {
  offersMajor: { points: 40, counted: 2 },
  offersRelatedMajor: { points: 15, counted: 3 },
  base: { points: 10, counted: 3 },
  course: { points: 5, counted: 2 },
  partner: { points: 5, counted: 4 },
};

/**
 * Words of a major's name that say nothing about its field on their own (数控技术 → 数控): a partner whose fields
 * mention only 技术 or 管理 is no evidence for 数控技术.
 */
export const GENERIC_MAJOR_WORDS = ['技术', '管理', '工程', '应用', '服务', '专业', '运营', '设计', '制造', '与', '和', '及'];

/** The words a partner's fields are searched for: the distinctive words of a major's or class's name. */
export function distinctiveWords(words: string[], generic: readonly string[] = GENERIC_MAJOR_WORDS): string[] {
  const kept = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 1 && !generic.includes(w)))];
  return kept.length > 0 ? kept : [...new Set(words.filter((w) => w.trim().length > 1))];
}

/** The kind of evidence an entry is for the target, or null when it is none. */
export function reasonKindOf(target: CapabilityTarget, entry: CandidateEntry): CapabilityReasonKind | null {
  if (entry.kind === 'partner') return entry.matched.length > 0 ? 'partner' : null;
  if (target.kind === 'words') {
    if (entry.matched.length === 0) return null;
    return entry.kind === 'major' ? 'offersMajor' : entry.kind;
  }
  const inClass = entry.classCodes.includes(target.classCode);
  if (entry.kind === 'major') {
    if (target.kind === 'class') return inClass ? 'offersMajor' : null;
    if (entry.majorCode === target.majorCode) return 'offersMajor';
    return inClass ? 'offersRelatedMajor' : null;
  }
  return inClass ? entry.kind : null;
}

export interface RankedReason extends CandidateEntry {
  reason: CapabilityReasonKind;
  points: number;
}

export interface RankedMember {
  orgId: string;
  rank: number;
  points: number;
  workstations: number;
  reasons: RankedReason[];
}

const kindOrder = (kind: CapabilityReasonKind) => CAPABILITY_REASON_NAMES.indexOf(kind);

/** One member's evidence in reading order, the first `counted` of each kind earning its points. */
function scoreMember(orgId: string, evidence: { entry: CandidateEntry; reason: CapabilityReasonKind }[], scoring = CAPABILITY_SCORING) {
  const ordered = [...evidence].sort(
    (a, b) =>
      kindOrder(a.reason) - kindOrder(b.reason) ||
      b.entry.workstations - a.entry.workstations ||
      b.entry.matched.length - a.entry.matched.length ||
      a.entry.title.localeCompare(b.entry.title, 'zh-CN'),
  );
  const seen = new Map<CapabilityReasonKind, number>();
  const reasons = ordered.map(({ entry, reason }) => {
    const n = (seen.get(reason) ?? 0) + 1;
    seen.set(reason, n);
    return { ...entry, reason, points: n <= scoring[reason].counted ? scoring[reason].points : 0 };
  });
  return {
    orgId,
    points: reasons.reduce((sum, r) => sum + r.points, 0),
    workstations: reasons.filter((r) => r.kind === 'base').reduce((sum, r) => sum + r.workstations, 0),
    reasons,
  };
}

/**
 * Members with any evidence, best first: by points, then by the workstations of their bases (who can take more
 * trainees), then by `tieOrder` (the body's member order). Equal points and workstations share a rank (1, 1, 3).
 */
export function rankMembers(
  target: CapabilityTarget,
  entries: CandidateEntry[],
  tieOrder: string[],
  scoring = CAPABILITY_SCORING,
): RankedMember[] {
  const byOrg = new Map<string, { entry: CandidateEntry; reason: CapabilityReasonKind }[]>();
  for (const entry of entries) {
    const reason = reasonKindOf(target, entry);
    if (!reason) continue;
    byOrg.set(entry.orgId, [...(byOrg.get(entry.orgId) ?? []), { entry, reason }]);
  }
  const position = (orgId: string) => {
    const i = tieOrder.indexOf(orgId);
    return i < 0 ? tieOrder.length : i;
  };
  const scored = [...byOrg].map(([orgId, evidence]) => scoreMember(orgId, evidence, scoring));
  scored.sort((a, b) => b.points - a.points || b.workstations - a.workstations || position(a.orgId) - position(b.orgId));
  return scored.map((member) => ({
    ...member,
    rank: scored.findIndex((m) => m.points === member.points && m.workstations === member.workstations) + 1,
  }));
}
