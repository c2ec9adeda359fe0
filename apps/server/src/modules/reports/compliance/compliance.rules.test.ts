import { COMPLIANCE_CHECKLISTS, type ComplianceVerdict } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { assignmentBlock, itemResult, maySendBack, reportResult, sheetProblems, summaryByLevel } from './compliance.rules.js';

// 上海年报 6.4: “五是实施‘合规性评价’制度，组织专家开展年报的质量评价”. The published rule (COMPLIANCE_RULE_TEXT): each item
// takes the verdict most submitted sheets give, a tie going to the stricter; any 不符合 fails the report, any 有问题 leaves
// it 基本合规、有整改意见, all 符合 passes it.
const sheet = (...verdicts: (ComplianceVerdict | null)[]) => ({ items: verdicts.map((verdict, i) => ({ key: `k${i}`, verdict })) });

describe('the verdict of one item across the experts’ sheets', () => {
  it.each([
    ['one expert: their verdict', [sheet('finding')], 'finding'],
    ['two of three met: met', [sheet('met'), sheet('met'), sheet('failed')], 'met'],
    ['a tie of met and finding goes to the stricter finding', [sheet('met'), sheet('finding')], 'finding'],
    ['a three-way tie goes to failed', [sheet('met'), sheet('finding'), sheet('failed')], 'failed'],
    ['no verdict on the item: none', [sheet(null)], null],
    ['no sheets: none', [], null],
  ] as const)('%s', (_case, sheets, expected) => {
    expect(itemResult('k0', [...sheets]).verdict).toBe(expected);
  });

  it('counts each verdict', () => {
    expect(itemResult('k0', [sheet('met'), sheet('met'), sheet('failed')]).counts).toEqual({ met: 2, finding: 0, failed: 1 });
  });
});

describe('the result of a report', () => {
  it.each([
    ['no submitted sheet: pending', [], 'pending'],
    ['every item met: compliant', [sheet('met', 'met', 'met')], 'passed'],
    ['one item with a finding: compliant with findings', [sheet('met', 'finding', 'met')], 'findings'],
    ['one item not met: not compliant, whatever else', [sheet('finding', 'failed', 'met')], 'failed'],
    ['a finding of one expert outvoted by two: compliant', [sheet('met', 'finding'), sheet('met', 'met'), sheet('met', 'met')], 'passed'],
    ['two experts split on an item: the stricter finding holds', [sheet('met', 'finding'), sheet('met', 'met')], 'findings'],
  ] as const)('%s', (_case, sheets, expected) => {
    expect(reportResult(['k0', 'k1', 'k2'].slice(0, 3), [...sheets]).result).toBe(expected);
  });

  it.each([
    ['passed', false],
    ['pending', false],
    ['findings', true],
    ['failed', true],
  ] as const)('a %s report may be sent back: %s', (result, expected) => {
    expect(maySendBack(result)).toBe(expected);
  });
});

describe('the summary per level (上海年报 counts per level: “53 所 … 覆盖率 100%”, “全市 16 个区”)', () => {
  it('counts passed, with findings, failed and pending per level', () => {
    const rows = summaryByLevel(
      ['school_secondary', 'district'],
      [
        { level: 'school_secondary', result: 'passed' },
        { level: 'school_secondary', result: 'findings' },
        { level: 'school_secondary', result: 'failed' },
        { level: 'school_secondary', result: 'pending' },
        { level: 'district', result: 'passed' },
      ],
    );
    expect(rows).toEqual([
      { level: 'school_secondary', participants: 4, evaluated: 3, passed: 1, findings: 1, failed: 1, pending: 1 },
      { level: 'district', participants: 1, evaluated: 1, passed: 1, findings: 0, failed: 0, pending: 0 },
    ]);
  });
});

describe('what a sheet needs before submission', () => {
  const checklist = COMPLIANCE_CHECKLISTS['2024-1']!;
  const all = (verdict: ComplianceVerdict, finding: string | null = null) => checklist.map((c) => ({ key: c.key, verdict, finding }));
  const platform = { chapters: null, data: 'met', figures: 'finding', statement: 'met', timeliness: 'met' } as const;

  it.each([
    [
      'every item confirmed where the platform pre-assessed, a finding where it flagged',
      () => {
        const items = all('met');
        items[2] = { key: 'figures', verdict: 'finding', finding: '兼职教师占比报告写 3.3%，按数据为 3.4%' };
        return items;
      },
      [],
    ],
    [
      'an item without a verdict',
      () => all('met').map((i) => (i.key === 'chapters' ? { ...i, verdict: null } : i)),
      ['chapters', 'figures'],
    ],
    ['“有问题” without the finding', () => all('finding'), ['chapters', 'data', 'figures', 'statement', 'timeliness']],
    ['overriding the platform’s “有问题” with “符合” needs a reason', () => all('met'), ['figures']],
    ['an override with its reason', () => all('met').map((i) => (i.key === 'figures' ? { ...i, finding: '报告已更正为 3.4%' } : i)), []],
  ] as const)('%s', (_case, build, expected) => {
    expect(sheetProblems(checklist, build(), platform).map((p) => p.key)).toEqual(expected);
  });
});

describe('which reports experts evaluate (docs/sources.md §8: “experts evaluate the quality of the published reports”)', () => {
  it.each([
    ['approved', true, null],
    ['reviewed', true, '年报尚未经校长（法定代表人）审定，审定后方可评价'],
    ['draft', true, '年报尚未经校长（法定代表人）审定，审定后方可评价'],
    ['approved', false, '年报周期尚未开启'],
  ] as const)('a %s report in a cycle open: %s', (status, open, expected) => {
    expect(assignmentBlock(status, open)?.['zh-CN'] ?? null).toBe(expected);
  });
});
