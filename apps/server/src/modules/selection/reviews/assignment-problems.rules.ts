/** Why an automatic review assignment is impossible (docs/sources.md 5.3), in words that say what to change. */
import type { Bilingual, TAssignmentLimits } from '@chanjiao/contracts';
import { bilingual } from '../../../kernel/errors.js';

export type AssignmentProblem =
  /** A manual assignment pairs an expert with an application they must stay away from (回避). */
  | { kind: 'manual_conflict'; expertId: string; applicationId: string }
  /** Fewer experts could review the application than it still needs. */
  | { kind: 'application_short'; applicationId: string; needed: number; eligible: number }
  /** The experts' remaining capacity under the limit is below the reviews still needed. */
  | { kind: 'capacity'; needed: number; capacity: number; experts: number }
  /** Enough experts in total, but those these applications may use are already at the limit. */
  | { kind: 'competing'; applications: { applicationId: string; lacking: number }[] };

export function explainProblems(problems: AssignmentProblem[], limits: TAssignmentLimits, nameOf: (id: string) => string): Bilingual {
  const parts = problems.map((problem) => explainProblem(problem, limits, nameOf));
  return bilingual(parts.map((part) => part['zh-CN']).join('；'), parts.map((part) => part['en-US']).join('; '));
}

function explainProblem(problem: AssignmentProblem, limits: TAssignmentLimits, nameOf: (id: string) => string): Bilingual {
  const K = limits.reviewsPerApplication;
  const L = limits.maxPerExpert;
  switch (problem.kind) {
    case 'manual_conflict':
      return bilingual(
        `人工分配的专家“${nameOf(problem.expertId)}”与申报“${nameOf(problem.applicationId)}”存在利益冲突，须回避，请先取消该分配`,
        `the manual assignment of “${nameOf(problem.expertId)}” to “${nameOf(problem.applicationId)}” is a conflict of interest; remove it first`,
      );
    case 'application_short':
      return bilingual(
        `申报“${nameOf(problem.applicationId)}”还需 ${problem.needed} 位评审专家，但只有 ${problem.eligible} 位可选（其余须回避或已分配），缺 ${problem.needed - problem.eligible} 位，请增加专家`,
        `“${nameOf(problem.applicationId)}” needs ${problem.needed} more reviewers but only ${problem.eligible} may review it (the others are conflicted or already assigned): add ${problem.needed - problem.eligible} experts`,
      );
    case 'capacity':
      return bilingual(
        `每份申报至少 ${K} 位专家，还需 ${problem.needed} 份评审，而 ${problem.experts} 位专家每人至多 ${L} 份，只能再承担 ${problem.capacity} 份；请提高每位专家的上限或增加专家`,
        `at least ${K} reviewers per application need ${problem.needed} more reviews, but ${problem.experts} experts at most ${L} each can take only ${problem.capacity} more; raise the limit or add experts`,
      );
    case 'competing': {
      const lacking = problem.applications.reduce((sum, entry) => sum + entry.lacking, 0);
      const names = problem.applications.map((entry) => `“${nameOf(entry.applicationId)}”缺 ${entry.lacking} 位`).join('、');
      const namesEn = problem.applications.map((entry) => `“${nameOf(entry.applicationId)}” lacks ${entry.lacking}`).join(', ');
      return bilingual(
        `可评审以下申报的专家已达到每人 ${L ?? '—'} 份的上限，共缺 ${lacking} 份评审：${names}；请提高上限、增加专家或核对回避`,
        `the experts who may review these applications have reached ${L ?? '—'} each, ${lacking} reviews short: ${namesEn}; raise the limit, add experts or check the conflicts`,
      );
    }
  }
}
