import { describe, expect, it } from 'vitest';
import { enterpriseListStep, isOnList, isOpen, stepDateProblem } from './enterprise-list.rules.js';

// 连教职函〔2026〕6号 附件1 指标3.1: “制定联合体内参与企业清单，建立企业进出联合体管理制度” — entry by application and the
// secretariat's decision, exit by request or by decision, each with its reason and date.
describe('指标3.1 企业进出联合体管理制度: the steps of the enterprise list', () => {
  it.each([
    { case: 'a new enterprise applies', from: null, action: 'apply', by: 'enterprise', reason: '提供数控岗位与实习', to: 'applied' },
    { case: 'an application needs its statement', from: null, action: 'apply', by: 'enterprise', reason: ' ', problem: 'reason_required' },
    {
      case: 'a refused enterprise applies again',
      from: 'rejected',
      action: 'apply',
      by: 'enterprise',
      reason: '已补充材料',
      to: 'applied',
    },
    { case: 'a departed enterprise applies again', from: 'exited', action: 'apply', by: 'enterprise', reason: '恢复合作', to: 'applied' },
    {
      case: 'no second application while one is open',
      from: 'applied',
      action: 'apply',
      by: 'enterprise',
      reason: '再次申请',
      problem: 'not_from_here',
    },
    {
      case: 'no application while listed',
      from: 'listed',
      action: 'apply',
      by: 'enterprise',
      reason: '再次申请',
      problem: 'not_from_here',
    },
    { case: 'the secretariat admits', from: 'applied', action: 'admit', by: 'secretariat', reason: null, to: 'listed' },
    {
      case: 'an enterprise does not admit itself',
      from: 'applied',
      action: 'admit',
      by: 'enterprise',
      reason: null,
      problem: 'not_this_actor',
    },
    { case: 'a refusal states its reason', from: 'applied', action: 'reject', by: 'secretariat', reason: '', problem: 'reason_required' },
    {
      case: 'the secretariat refuses with a reason',
      from: 'applied',
      action: 'reject',
      by: 'secretariat',
      reason: '不属于本联合体产业链',
      to: 'rejected',
    },
    {
      case: 'a listed enterprise asks to leave, with its reason',
      from: 'listed',
      action: 'request_exit',
      by: 'enterprise',
      reason: '业务调整',
      to: 'exit_requested',
    },
    {
      case: 'an exit request needs its reason',
      from: 'listed',
      action: 'request_exit',
      by: 'enterprise',
      reason: null,
      problem: 'reason_required',
    },
    {
      case: 'only a listed enterprise asks to leave',
      from: 'applied',
      action: 'request_exit',
      by: 'enterprise',
      reason: '业务调整',
      problem: 'not_from_here',
    },
    {
      case: 'the secretariat approves the exit',
      from: 'exit_requested',
      action: 'approve_exit',
      by: 'secretariat',
      reason: null,
      to: 'exited',
    },
    {
      case: 'no approval without a request',
      from: 'listed',
      action: 'approve_exit',
      by: 'secretariat',
      reason: null,
      problem: 'not_from_here',
    },
    {
      case: 'removal by decision, with its reason',
      from: 'listed',
      action: 'remove',
      by: 'secretariat',
      reason: '连续两年未提供岗位',
      to: 'exited',
    },
    {
      case: 'removal while an exit is requested',
      from: 'exit_requested',
      action: 'remove',
      by: 'secretariat',
      reason: '企业注销',
      to: 'exited',
    },
    { case: 'removal needs its reason', from: 'listed', action: 'remove', by: 'secretariat', reason: '', problem: 'reason_required' },
    {
      case: 'nobody removes an enterprise already gone',
      from: 'exited',
      action: 'remove',
      by: 'secretariat',
      reason: '重复',
      problem: 'not_from_here',
    },
  ] as const)('$case', ({ from, action, by, reason, ...expected }) => {
    const outcome = enterpriseListStep(from, action, by, reason);
    if ('to' in expected) expect(outcome).toEqual({ ok: true, to: expected.to });
    else expect(outcome).toEqual({ ok: false, problem: expected.problem });
  });

  it('keeps jobs and shows the public only enterprises on the list; blocks a second open application', () => {
    const statuses = ['applied', 'listed', 'rejected', 'exit_requested', 'exited'] as const;
    expect(statuses.filter(isOnList)).toEqual(['listed', 'exit_requested']);
    expect(statuses.filter(isOpen)).toEqual(['applied', 'listed', 'exit_requested']);
  });
});

describe('指标3.1: each step is dated between the step before it and today', () => {
  it.each([
    { on: '2026-03-01', previous: '2026-02-20', today: '2026-03-01', expected: null },
    { on: '2026-02-20', previous: '2026-02-20', today: '2026-03-01', expected: null },
    { on: '2026-02-19', previous: '2026-02-20', today: '2026-03-01', expected: { problem: 'before_previous', earliest: '2026-02-20' } },
    { on: '2026-03-02', previous: '2026-02-20', today: '2026-03-01', expected: { problem: 'in_future', today: '2026-03-01' } },
  ])('$on after $previous, today $today', ({ on, previous, today, expected }) => {
    expect(stepDateProblem(on, previous, today)).toEqual(expected);
  });
});
