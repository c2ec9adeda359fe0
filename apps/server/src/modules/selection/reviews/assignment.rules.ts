/**
 * Automatic review assignment (docs/sources.md 5.3): every application gets at least K reviews, no expert more than L
 * (when the call sets L), never a conflicted pair (回避), manual assignments are kept and count, and the load
 * is as even as the conflicts allow (max − min ≤ 1 whenever any assignment achieves it).
 *
 * Solved as a minimum-cost flow: application → eligible expert → sink, where an expert's k-th review costs
 * more than its (k−1)-th. Minimising that convex cost gives the most even loads possible; below that, a small
 * seeded cost per pair decides between equally even plans, so the same seed always gives the same plan.
 * When no plan exists the result says why: an application with too few eligible experts, total capacity
 * below demand, a manual assignment that is conflicted, or applications competing for the same experts.
 */
import type { Bilingual, TAssignmentLimits } from '@chanjiao/contracts';
import { bilingual, DomainError } from '../../../kernel/errors.js';
import { FlowNetwork } from './assignment-flow.rules.js';
import { conflictKey } from '../experts/conflicts.rules.js';
import { type AssignmentProblem, explainProblems } from './assignment-problems.rules.js';

export type { AssignmentProblem } from './assignment-problems.rules.js';

export interface ReviewPair {
  expertId: string;
  applicationId: string;
}

export interface AssignmentInput {
  applicationIds: string[];
  expertIds: string[];
  /** Pairs from `conflictedPairs` (conflicts.rules.ts). */
  conflicts: ReadonlySet<string>;
  /** Manual assignments: kept as they are and counted. */
  existing: ReviewPair[];
  limits: TAssignmentLimits;
  seed: string;
  /** Display names of applications and experts for the reasons; ids are shown otherwise. */
  names?: ReadonlyMap<string, string>;
}

export type AssignmentOutcome =
  | { feasible: true; added: ReviewPair[]; loads: Record<string, number>; spread: { min: number; max: number }; explanation: Bilingual }
  | { feasible: false; problems: AssignmentProblem[]; reason: Bilingual };

/** Large enough that one step of load imbalance outweighs every seeded tie-break cost together. */
const TIE_BREAK_RANGE = 64;

export function assignReviews(input: AssignmentInput): AssignmentOutcome {
  const { applicationIds, expertIds, conflicts, limits } = input;
  const K = limits.reviewsPerApplication;
  const existing = uniquePairs(input.existing);
  const has = new Set(existing.map((pair) => conflictKey(pair.expertId, pair.applicationId)));
  const reviewsOf = countBy(existing.map((pair) => pair.applicationId));
  const loadOf = countBy(existing.map((pair) => pair.expertId));
  const eligible = (expertId: string, applicationId: string) =>
    !conflicts.has(conflictKey(expertId, applicationId)) && !has.has(conflictKey(expertId, applicationId));
  const needed = new Map(applicationIds.map((id) => [id, Math.max(0, K - (reviewsOf.get(id) ?? 0))]));
  const room = new Map(
    expertIds.map((id) => {
      const eligibleApplications = applicationIds.filter((applicationId) => eligible(id, applicationId)).length;
      const cap = limits.maxPerExpert === null ? Infinity : Math.max(0, limits.maxPerExpert - (loadOf.get(id) ?? 0));
      return [id, Math.min(cap, eligibleApplications)];
    }),
  );

  const nameOf = (id: string) => input.names?.get(id) ?? id;
  const problems = precheck({ input, existing, needed, eligible });
  if (problems.length > 0) return { feasible: false, problems, reason: explainProblems(problems, limits, nameOf) };

  const totalNeeded = [...needed.values()].reduce((sum, count) => sum + count, 0);
  const balanceStep = totalNeeded * TIE_BREAK_RANGE + 1;
  const sink = applicationIds.length + expertIds.length + 1;
  const network = new FlowNetwork(sink + 1);
  const expertNode = (index: number) => applicationIds.length + 1 + index;
  const pairEdges: { edge: number; pair: ReviewPair }[] = [];
  applicationIds.forEach((applicationId, a) => {
    network.addEdge(0, a + 1, needed.get(applicationId)!, 0);
    expertIds.forEach((expertId, e) => {
      if (!eligible(expertId, applicationId)) return;
      const edge = network.addEdge(a + 1, expertNode(e), 1, seededCost(input.seed, applicationId, expertId));
      pairEdges.push({ edge, pair: { expertId, applicationId } });
    });
  });
  expertIds.forEach((expertId, e) => {
    const base = loadOf.get(expertId) ?? 0;
    for (let extra = 0; extra < room.get(expertId)!; extra++) {
      network.addEdge(expertNode(e), sink, 1, (base + extra) * balanceStep);
    }
  });

  const sent = network.minCostFlow(0, sink, totalNeeded);
  const added = pairEdges.filter(({ edge }) => network.flowOn(edge) === 1).map(({ pair }) => pair);
  if (sent < totalNeeded) {
    const short = shortApplications(applicationIds, needed, added);
    const problem: AssignmentProblem = { kind: 'competing', applications: short };
    return { feasible: false, problems: [problem], reason: explainProblems([problem], limits, nameOf) };
  }
  const loads = Object.fromEntries(expertIds.map((id) => [id, loadOf.get(id) ?? 0]));
  for (const pair of added) loads[pair.expertId] = loads[pair.expertId]! + 1;
  const values = Object.values(loads);
  const spread = { min: Math.min(...values), max: Math.max(...values) };
  return {
    feasible: true,
    added,
    loads,
    spread,
    explanation: bilingual(
      `为 ${applicationIds.length} 份申报新分配 ${added.length} 份评审（保留人工分配 ${existing.length} 份），每份申报至少 ${K} 位专家；专家评审量 ${spread.min}–${spread.max} 份；已回避 ${conflicts.size} 对利益冲突`,
      `${added.length} reviews added for ${applicationIds.length} applications (${existing.length} manual kept), at least ${K} each; expert loads ${spread.min}–${spread.max}; ${conflicts.size} conflicted pairs avoided`,
    ),
  };
}

export function assignmentError(reason: Bilingual): DomainError {
  return new DomainError('REVIEW_ASSIGNMENT_IMPOSSIBLE', { reason });
}

interface PrecheckFacts {
  input: AssignmentInput;
  existing: ReviewPair[];
  needed: Map<string, number>;
  eligible: (expertId: string, applicationId: string) => boolean;
}

function precheck({ input, existing, needed, eligible }: PrecheckFacts): AssignmentProblem[] {
  const problems: AssignmentProblem[] = existing
    .filter((pair) => input.conflicts.has(conflictKey(pair.expertId, pair.applicationId)))
    .map((pair) => ({ kind: 'manual_conflict', ...pair }));
  for (const applicationId of input.applicationIds) {
    const need = needed.get(applicationId)!;
    const available = input.expertIds.filter((expertId) => eligible(expertId, applicationId)).length;
    if (available < need) problems.push({ kind: 'application_short', applicationId, needed: need, eligible: available });
  }
  const limit = input.limits.maxPerExpert;
  if (limit !== null) {
    const totalNeeded = [...needed.values()].reduce((sum, count) => sum + count, 0);
    const loads = countBy(existing.map((pair) => pair.expertId));
    const capacity = input.expertIds.reduce((sum, id) => sum + Math.max(0, limit - (loads.get(id) ?? 0)), 0);
    if (totalNeeded > capacity) {
      problems.push({ kind: 'capacity', needed: totalNeeded, capacity, experts: input.expertIds.length });
    }
  }
  return problems;
}

function shortApplications(applicationIds: string[], needed: Map<string, number>, added: ReviewPair[]) {
  const got = countBy(added.map((pair) => pair.applicationId));
  return applicationIds
    .map((applicationId) => ({ applicationId, lacking: needed.get(applicationId)! - (got.get(applicationId) ?? 0) }))
    .filter((entry) => entry.lacking > 0);
}

function uniquePairs(pairs: ReviewPair[]): ReviewPair[] {
  const seen = new Set<string>();
  return pairs.filter((pair) => {
    const key = conflictKey(pair.expertId, pair.applicationId);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** FNV-1a of seed, application and expert, reduced to the tie-break range. */
function seededCost(seed: string, applicationId: string, expertId: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}\u0000${applicationId}\u0000${expertId}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % TIE_BREAK_RANGE;
}
