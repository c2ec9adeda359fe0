import { emptyApplicationContent } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { diffContent } from './application-diff.rules.js';

const enterprise = (id: string, name: string, employees: number | null = null) => ({
  id,
  unit: { orgId: null, name, uscc: null },
  employees,
  assets: null,
  sales: null,
  cooperationBenefit2024: null,
});

describe('differences between versions of a 推荐书 (every version is kept, differences can be seen)', () => {
  it('reports nothing for identical versions', () => {
    expect(diffContent(emptyApplicationContent(), emptyApplicationContent())).toEqual([]);
  });

  it('names a changed figure by its section, field and year', () => {
    const before = emptyApplicationContent();
    const after = emptyApplicationContent();
    before.effectiveness.employmentRate.y2025 = 96.5;
    after.effectiveness.employmentRate.y2025 = 97.2;
    after.effectiveness.coBuiltMajors.y2026 = 6;
    expect(diffContent(before, after)).toEqual([
      { path: ['effectiveness', 'coBuiltMajors', 'y2026'], kind: 'added', before: null, after: 6 },
      { path: ['effectiveness', 'employmentRate', 'y2025'], kind: 'changed', before: 96.5, after: 97.2 },
    ]);
  });

  it('matches member rows by id: inserting a row is one added row, not every later row changed', () => {
    const before = emptyApplicationContent();
    const after = emptyApplicationContent();
    before.members.enterprises = [enterprise('a', '连云港港口集团', 5000), enterprise('b', '江苏恒瑞医药', 12000)];
    after.members.enterprises = [
      enterprise('n', '新加入企业'),
      enterprise('a', '连云港港口集团', 5200),
      enterprise('b', '江苏恒瑞医药', 12000),
    ];
    const changes = diffContent(before, after);
    expect(changes).toEqual([
      { path: ['members', 'enterprises', 0], kind: 'added', before: null, after: enterprise('n', '新加入企业') },
      { path: ['members', 'enterprises', 1, 'employees'], kind: 'changed', before: 5000, after: 5200 },
    ]);
  });

  it('reports a removed row at its place in the earlier version, and a changed major list as one change', () => {
    const before = emptyApplicationContent();
    const after = emptyApplicationContent();
    before.members.enterprises = [enterprise('a', '甲企业'), enterprise('b', '乙企业')];
    after.members.enterprises = [enterprise('a', '甲企业')];
    before.summary.mainIndustries = ['新医药'];
    after.summary.mainIndustries = ['新医药', '高端装备'];
    expect(diffContent(before, after)).toEqual([
      { path: ['summary', 'mainIndustries'], kind: 'changed', before: ['新医药'], after: ['新医药', '高端装备'] },
      { path: ['members', 'enterprises', 1], kind: 'removed', before: enterprise('b', '乙企业'), after: null },
    ]);
  });
});
