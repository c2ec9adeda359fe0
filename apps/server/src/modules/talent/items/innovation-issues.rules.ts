/**
 * The periodic publication of the innovation demands (连教职函〔2026〕6号 附件1 指标3.4 “定期发布联合体内企业应用技术创新需求清单”):
 * each publication is an issue numbered 第N期 in one series per body, and carries only demands still open.
 */

/** The next number of the body's series: one after the highest, 1 for the first issue. */
export function nextIssueNumber(existing: number[]): number {
  return existing.reduce((highest, n) => Math.max(highest, n), 0) + 1;
}

export function issueLabel(number: number): string {
  return `第${number}期`;
}

export interface IssueCandidate {
  id: string;
  kind: string;
  status: string;
  closesOn: string | null;
}

export type IssueProblem = { id: string; problem: 'not_innovation' | 'not_draft' | 'closed' };

/** An issue publishes draft innovation demands whose closing date is today or later. */
export function issueProblems(candidates: IssueCandidate[], today: string): IssueProblem[] {
  return candidates.flatMap((c): IssueProblem[] => {
    if (c.kind !== 'innovation') return [{ id: c.id, problem: 'not_innovation' }];
    if (c.status !== 'draft') return [{ id: c.id, problem: 'not_draft' }];
    if (c.closesOn !== null && c.closesOn < today) return [{ id: c.id, problem: 'closed' }];
    return [];
  });
}
