import { describe, expect, it } from 'vitest';
import { effectiveStatus, isEditable, lifecycleStep } from './list-lifecycle.rules.js';

// 《本期聚焦：市域产教联合体》 “建立动态更新的产教联合体政策支持清单、企业需求清单、学生信息清单、培训资源清单、技术服务清单”; 连教职函〔2026〕6号 附件1
// 指标3.4 “定期发布…应用技术创新需求清单”: draft → published → withdrawn, or expired after the validity's last day.
const today = '2026-03-10';

describe('the lifecycle of a list entry', () => {
  it.each([
    {
      case: 'a draft is published',
      stored: 'draft',
      lastDay: null,
      action: 'publish',
      reason: null,
      expected: { ok: true, to: 'published' },
    },
    {
      case: 'a draft valid until today is published',
      stored: 'draft',
      lastDay: '2026-03-10',
      action: 'publish',
      reason: null,
      expected: { ok: true, to: 'published' },
    },
    {
      case: 'a draft whose validity ended is not published',
      stored: 'draft',
      lastDay: '2026-03-09',
      action: 'publish',
      reason: null,
      expected: { ok: false, problem: 'expired' },
    },
    {
      case: 'a published entry is withdrawn with a reason',
      stored: 'published',
      lastDay: null,
      action: 'withdraw',
      reason: '政策已废止',
      expected: { ok: true, to: 'withdrawn' },
    },
    {
      case: 'a withdrawal needs its reason',
      stored: 'published',
      lastDay: null,
      action: 'withdraw',
      reason: ' ',
      expected: { ok: false, problem: 'reason_required' },
    },
    {
      case: 'an expired entry is not withdrawn',
      stored: 'published',
      lastDay: '2026-03-01',
      action: 'withdraw',
      reason: '过期',
      expected: { ok: false, problem: 'expired' },
    },
    {
      case: 'a published entry is not published twice',
      stored: 'published',
      lastDay: null,
      action: 'publish',
      reason: null,
      expected: { ok: false, problem: 'not_from_here' },
    },
    {
      case: 'a draft is not withdrawn',
      stored: 'draft',
      lastDay: null,
      action: 'withdraw',
      reason: '不要了',
      expected: { ok: false, problem: 'not_from_here' },
    },
    {
      case: 'a withdrawn entry is not published again',
      stored: 'withdrawn',
      lastDay: null,
      action: 'publish',
      reason: null,
      expected: { ok: false, problem: 'not_from_here' },
    },
  ] as const)('$case', ({ stored, lastDay, action, reason, expected }) => {
    expect(lifecycleStep(stored, lastDay, today, action, reason)).toEqual(expected);
  });

  it.each([
    { stored: 'published', lastDay: '2026-03-10', expected: 'published' },
    { stored: 'published', lastDay: '2026-03-09', expected: 'expired' },
    { stored: 'published', lastDay: null, expected: 'published' },
    { stored: 'draft', lastDay: '2026-01-01', expected: 'draft' },
    { stored: 'withdrawn', lastDay: '2026-01-01', expected: 'withdrawn' },
  ] as const)('$stored with last day $lastDay reads as $expected on 2026-03-10', ({ stored, lastDay, expected }) => {
    expect(effectiveStatus(stored, lastDay, today)).toBe(expected);
  });

  it('edits only drafts', () => {
    expect([isEditable('draft'), isEditable('published'), isEditable('withdrawn')]).toEqual([true, false, false]);
  });
});
