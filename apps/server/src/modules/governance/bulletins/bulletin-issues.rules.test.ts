import { describe, expect, it } from 'vitest';
import { issueLabel, nextIssueNumber } from './bulletin-issues.rules.js';

describe('简报期号 (简报第1期; 附件3 四 建立定期发布制度)', () => {
  it.each([
    { given: [], next: 1, why: 'the founding issue is 第1期' },
    { given: [1], next: 2, why: 'the series counts on' },
    { given: [1, 2, 3], next: 4, why: 'one number per published issue' },
    { given: [3, 1], next: 4, why: 'order of publication does not matter' },
    { given: [1, 2, 4], next: 5, why: 'a gap left by a withdrawn issue is not filled again' },
  ])('after $given the next issue is $next ($why)', ({ given, next }) => {
    expect(nextIssueNumber(given)).toBe(next);
  });

  it('prints the number as under the masthead of 简报第1期', () => {
    expect(issueLabel(1)).toEqual({ 'zh-CN': '第1期', 'en-US': 'No. 1' });
    expect(issueLabel(12)['zh-CN']).toBe('第12期');
  });
});
