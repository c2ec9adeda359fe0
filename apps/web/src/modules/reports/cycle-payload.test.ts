import { describe, expect, it } from 'vitest';
import { cycleFieldName, cyclePayload } from './cycle-payload';

describe('the cycle form → ZCycleInput', () => {
  it('lists units per collected level in the levels’ order and the outline one chapter per line', () => {
    const payload = cyclePayload({
      authorityOrgId: 'a',
      reportYear: 2022,
      title: '普陀区中等职业教育质量年度报告（2022年度）',
      noticeNumber: '  ',
      levels: ['enterprise', 'school_secondary'],
      units: { school_secondary: ['s1', 's2'], enterprise: ['e1'], district: ['d1'] },
      deadlines: { submit: '2023-01-13', review: '2023-01-20', approve: '2023-01-31', publish: '2023-03-31' },
      outlineText: '1. 基本情况\n\n 2. 学生发展 \n',
    });
    expect(payload.levels).toEqual(['school_secondary', 'enterprise']);
    expect(payload.reportingUnits).toEqual([
      { orgId: 's1', level: 'school_secondary' },
      { orgId: 's2', level: 'school_secondary' },
      { orgId: 'e1', level: 'enterprise' },
    ]);
    expect(payload.outline).toEqual(['1. 基本情况', '2. 学生发展']);
    expect(payload.noticeNumber).toBeUndefined();
  });

  it('places server messages on the form’s fields', () => {
    expect(cycleFieldName('outline.1')).toEqual(['outlineText']);
    expect(cycleFieldName('deadlines.review')).toEqual(['deadlines', 'review']);
  });
});
