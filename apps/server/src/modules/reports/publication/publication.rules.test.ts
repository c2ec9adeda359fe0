import { describe, expect, it } from 'vitest';
import { columnKind, decidePublication, publishedOnTime, suggestedForm } from './publication.rules.js';

const base = { approvedParticipants: 0, cycleOpen: true, alreadyPublished: false, publishedOn: '2025-03-13', today: '2025-03-13' };

describe('who may be published (上海年报: “学校年度质量报告须经学校法定代表人签字并加盖公章”, then “三级公示”)', () => {
  it.each([
    ['an approved school report', { ...base, status: 'approved' as const }, true],
    ['a draft', { ...base, status: 'draft' as const }, false],
    ['a report awaiting the principal', { ...base, status: 'reviewed' as const }, false],
    ['a returned report', { ...base, status: 'returned' as const }, false],
    ['an approved report already published', { ...base, status: 'approved' as const, alreadyPublished: true }, false],
    ['an approved report of a cycle not open', { ...base, status: 'approved' as const, cycleOpen: false }, false],
    ['a publication dated tomorrow', { ...base, status: 'approved' as const, publishedOn: '2025-03-14' }, false],
    [
      'a publication dated before today (recorded after the fact)',
      { ...base, status: 'approved' as const, publishedOn: '2025-03-01' },
      true,
    ],
    ['the authority’s report with 16 approved district reports', { ...base, status: null, approvedParticipants: 16 }, true],
    ['the authority’s report with nothing approved', { ...base, status: null, approvedParticipants: 0 }, false],
  ])('%s → %s', (_case, input, allowed) => {
    expect(decidePublication(input).allowed).toBe(allowed);
  });

  it('says why in Chinese', () => {
    const decision = decidePublication({ ...base, status: 'submitted' });
    expect(decision.allowed === false && decision.reason['zh-CN']).toContain('审定');
  });
});

describe('published on time (the deadline day itself counts; 上海年报: 公开时间 2025 年 3 月 13 日)', () => {
  it.each([
    ['2025-03-13', '2025-03-31', true],
    ['2025-03-31', '2025-03-31', true],
    ['2025-04-01', '2025-03-31', false],
  ])('%s against %s → %s', (publishedOn, deadline, expected) => {
    expect(publishedOnTime(publishedOn, deadline)).toBe(expected);
  });
});

describe('公开形式 offered (上海年报: “上海市教育委员会官方网站专栏发布”; “各区、各职业学校在各自官方网站上设置专栏”)', () => {
  it.each([
    ['school_secondary', false, 'school_website'],
    ['school_higher', true, 'school_website'],
    ['enterprise', true, 'enterprise_website'],
    ['district', true, 'district_website'],
    ['authority', true, 'city_website'],
    ['authority', false, 'district_website'],
  ] as const)('%s (city: %s) → %s', (level, isCity, form) => {
    expect(suggestedForm(level, isCity)).toBe(form);
  });
});

describe('whose column is the city’s (上海年报: 市级年报 over 16 区级年报)', () => {
  it.each([
    [['school_secondary', 'school_higher', 'district', 'enterprise'], 'city'],
    [['school_secondary'], 'district'],
  ] as const)('%j → %s', (levels, kind) => {
    expect(columnKind([...levels])).toBe(kind);
  });
});
