import { REPORT_STATUS_NAMES, REVIEW_ACTION_NAMES, type ReportStatus, type ReviewAction } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { decideTransition, type ReviewCapacity } from './review.rules.js';

// 上海年报 6.4: “实施‘三级审核’制度，采集员、审核员、校长进行三级数据和年报核准”.
const none: ReviewCapacity = { collect: false, review: false, approve: false, authority: false, submittedIt: false };
const collector = { ...none, collect: true };
const reviewer = { ...none, review: true };
const principal = { ...none, approve: true };
const authority = { ...none, authority: true };
const capacityFor: Record<ReviewAction, ReviewCapacity> = {
  save: collector,
  submit: collector,
  pass: reviewer,
  reviewer_return: reviewer,
  approve: principal,
  principal_return: principal,
  authority_return: authority,
};

/** The whole table, written out: [action, from] → to; every pair not listed is refused. */
const ALLOWED: [ReviewAction, ReportStatus, ReportStatus][] = [
  ['save', 'draft', 'draft'],
  ['save', 'returned', 'returned'],
  ['submit', 'draft', 'submitted'],
  ['submit', 'returned', 'submitted'],
  ['pass', 'submitted', 'reviewed'],
  ['reviewer_return', 'submitted', 'returned'],
  ['approve', 'reviewed', 'approved'],
  ['principal_return', 'reviewed', 'returned'],
  ['authority_return', 'submitted', 'returned'],
  ['authority_return', 'reviewed', 'returned'],
  ['authority_return', 'approved', 'returned'],
];

const allPairs = REVIEW_ACTION_NAMES.flatMap((action) => REPORT_STATUS_NAMES.map((from) => [action, from] as const));

describe('the review chain: every action from every state by the role that takes it', () => {
  it.each(allPairs)('%s from %s', (action, from) => {
    const decision = decideTransition({ status: from, action, capacity: capacityFor[action], cycleOpen: true, problemCount: 0 });
    const allowed = ALLOWED.find(([a, f]) => a === action && f === from);
    if (allowed) expect(decision).toEqual({ allowed: true, to: allowed[2] });
    else expect(decision).toMatchObject({ allowed: false });
  });

  it('refuses with the state the report is in', () => {
    expect(decideTransition({ status: 'approved', action: 'submit', capacity: collector, cycleOpen: true, problemCount: 0 })).toEqual({
      allowed: false,
      reason: { 'zh-CN': '报告当前为“已审定”', 'en-US': 'the report is “Approved”' },
    });
  });
});

describe('only the role of each step takes it', () => {
  const roles = { collector, reviewer, principal, authority };
  it.each(
    ALLOWED.flatMap(([action, from]) =>
      Object.entries(roles)
        .filter(([, c]) => c !== capacityFor[action])
        .map(([name, c]) => [action, from, name, c] as const),
    ),
  )('%s from %s is refused to the %s', (action, from, _name, capacity) => {
    const decision = decideTransition({ status: from, action, capacity, cycleOpen: true, problemCount: 0 });
    expect(decision.allowed).toBe(false);
  });

  it('names who takes the step', () => {
    const decision = decideTransition({ status: 'reviewed', action: 'approve', capacity: reviewer, cycleOpen: true, problemCount: 0 });
    expect(decision).toEqual({
      allowed: false,
      reason: { 'zh-CN': '这一步只能由本单位校长（法定代表人）办理', 'en-US': 'only the unit’s principal takes this step' },
    });
  });
});

describe('the further conditions', () => {
  it('the 校长 cannot approve a report they submitted as its 采集员', () => {
    const both = { ...collector, approve: true, submittedIt: true };
    expect(decideTransition({ status: 'reviewed', action: 'approve', capacity: both, cycleOpen: true, problemCount: 0 }).allowed).toBe(
      false,
    );
    expect(
      decideTransition({
        status: 'reviewed',
        action: 'approve',
        capacity: { ...both, submittedIt: false },
        cycleOpen: true,
        problemCount: 0,
      }).allowed,
    ).toBe(true);
  });

  it('submission needs a form without problems', () => {
    expect(decideTransition({ status: 'draft', action: 'submit', capacity: collector, cycleOpen: true, problemCount: 2 })).toEqual({
      allowed: false,
      reason: { 'zh-CN': '表单还有 2 处问题', 'en-US': 'the form has 2 problems left' },
    });
    expect(decideTransition({ status: 'draft', action: 'save', capacity: collector, cycleOpen: true, problemCount: 2 }).allowed).toBe(true);
  });

  it('nothing moves before the cycle opens', () => {
    for (const action of REVIEW_ACTION_NAMES) {
      expect(decideTransition({ status: 'draft', action, capacity: capacityFor[action], cycleOpen: false, problemCount: 0 }).allowed).toBe(
        false,
      );
    }
  });
});
