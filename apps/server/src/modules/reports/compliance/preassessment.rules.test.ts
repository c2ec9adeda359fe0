import type { TComputedRate } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { preassess, type ReportFacts } from './preassessment.rules.js';

// 普陀区年报 3.3: “兼职教师 4 人，占专任教师 3.3%” — 4 ÷ 118 is 3.4 %, the flag the data module raises.
const partTimeFlag: TComputedRate = {
  key: 'partTimeShare',
  label: { 'zh-CN': '兼职教师占专任教师比例', 'en-US': 'Part-time share' },
  value: 3.4,
  display: '3.4%',
  formula: { 'zh-CN': '', 'en-US': '' },
  stated: 3.3,
  differs: true,
  note: { 'zh-CN': '报告所载为 3.3%，按所填数据计算为 3.4%，请核对数据或更正报告文字', 'en-US': 'differs' },
};

const facts = (over: Partial<ReportFacts> = {}): ReportFacts => ({
  problems: [],
  rates: [],
  statement: { signatoryName: '张校长', signedAt: '2023-03-30T02:00:00.000Z' },
  publishedOn: '2023-04-20',
  publishDeadline: '2023-04-30',
  today: '2023-05-06',
  outline: ['1. 基本情况', '7. 面临挑战'],
  chaptersWithData: ['1. 基本情况'],
  ...over,
});

describe('the platform’s pre-assessment of a report', () => {
  it.each([
    ['core data complete', 'data_complete', facts(), 'met'],
    [
      'a count missing',
      'data_complete',
      facts({ problems: [{ path: ['outcomes', 'graduates'], message: { 'zh-CN': '『毕业生数』提交前须填写', 'en-US': 'x' } }] }),
      'failed',
    ],
    ['no stated rate differs', 'figures_consistent', facts(), 'met'],
    ['兼职教师 3.3% stated, 3.4% computed (普陀区年报 3.3)', 'figures_consistent', facts({ rates: [partTimeFlag] }), 'finding'],
    // 上海年报 6.4: “学校年度质量报告须经学校法定代表人签字并加盖公章”.
    ['the statement signed', 'statement_signed', facts(), 'met'],
    ['no statement', 'statement_signed', facts({ statement: null }), 'failed'],
    // 上海年报 6.4: “市级、区级、校级年报分别在各自官方网站面向社会发布”; the deadline day is included.
    ['published before the deadline', 'published_on_time', facts(), 'met'],
    ['published on the deadline day', 'published_on_time', facts({ publishedOn: '2023-04-30' }), 'met'],
    ['published the day after', 'published_on_time', facts({ publishedOn: '2023-05-01' }), 'finding'],
    ['not published, the deadline passed', 'published_on_time', facts({ publishedOn: null }), 'failed'],
    ['not published, the deadline to come', 'published_on_time', facts({ publishedOn: null, today: '2023-04-30' }), null],
  ] as const)('%s', (_case, check, input, expected) => {
    expect(preassess(check, input).verdict).toBe(expected);
  });

  it('shows its evidence: the flagged rate’s note, the signatory and the Shanghai date', () => {
    expect(preassess('figures_consistent', facts({ rates: [partTimeFlag] })).evidence[0]!['zh-CN']).toContain('报告所载为 3.3%');
    expect(preassess('statement_signed', facts()).evidence[0]!['zh-CN']).toBe('张校长 于 2023-03-30 签署责任声明');
  });

  it('leaves the chapters to the expert, listing the outline and which chapters hold generated data', () => {
    const chapters = preassess(null, facts());
    expect(chapters.verdict).toBeNull();
    expect(chapters.evidence.map((e) => e['zh-CN'])).toEqual([
      '1. 基本情况（含平台生成的数据表或数据）',
      '7. 面临挑战（须对照报告正文核对）',
    ]);
  });
});
