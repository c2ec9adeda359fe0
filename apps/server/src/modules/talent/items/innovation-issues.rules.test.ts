import { describe, expect, it } from 'vitest';
import { issueLabel, issueProblems, nextIssueNumber } from './innovation-issues.rules.js';

// 连教职函〔2026〕6号 附件1 指标3.4 “定期发布联合体内企业应用技术创新需求清单，提升校企合作研发和进行成果转化有效性”.
describe('指标3.4 定期发布: issues numbered 第N期 per body', () => {
  it.each([
    { existing: [], next: 1 },
    { existing: [1], next: 2 },
    { existing: [1, 2, 3], next: 4 },
    { existing: [2, 1], next: 3 },
  ])('after $existing comes $next', ({ existing, next }) => {
    expect(nextIssueNumber(existing)).toBe(next);
    expect(issueLabel(next)).toBe(`第${next}期`);
  });

  it.each([
    { case: 'an open draft demand', c: { kind: 'innovation', status: 'draft', closesOn: '2026-04-30' }, problem: null },
    { case: 'closing today', c: { kind: 'innovation', status: 'draft', closesOn: '2026-03-10' }, problem: null },
    { case: 'closed yesterday', c: { kind: 'innovation', status: 'draft', closesOn: '2026-03-09' }, problem: 'closed' },
    { case: 'already published', c: { kind: 'innovation', status: 'published', closesOn: '2026-04-30' }, problem: 'not_draft' },
    { case: 'a policy entry', c: { kind: 'policy', status: 'draft', closesOn: null }, problem: 'not_innovation' },
  ])('$case', ({ c, problem }) => {
    const problems = issueProblems([{ id: 'x', ...c }], '2026-03-10');
    expect(problems).toEqual(problem ? [{ id: 'x', problem }] : []);
  });
});
