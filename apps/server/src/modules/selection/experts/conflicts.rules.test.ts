import { describe, expect, it } from 'vitest';
import {
  type ApplicationUnits,
  conflictedPairs,
  conflictKey,
  deriveConflicts,
  type ExpertAffiliations,
  normalizeOrgName,
} from './conflicts.rules.js';

const USCC = '91320700MA1XXXXX0A';

/** An application of 推荐书: cover units (依托园区, 牵头学校, 牵头企业) and the section 2 member tables. */
const application: ApplicationUnits = {
  applicationId: 'app-1',
  units: [
    { place: 'park', orgId: 'org-park', name: '连云港石化产业基地管委会' },
    { place: 'lead_school', orgId: 'org-school', name: '连云港职业技术学院' },
    { place: 'lead_enterprise', name: '江苏示例石化集团有限公司', uscc: USCC },
    { place: 'member_enterprise', row: 1, name: '江苏示例石化集团有限公司', uscc: USCC },
    { place: 'member_enterprise', row: 2, name: '连云港港口（集团）有限公司' },
    { place: 'member_school', row: 1, orgId: 'org-school', name: '连云港职业技术学院' },
    { place: 'member_other', row: 1, name: '连云港市化工研究院' },
  ],
};

const expert = (expertId: string, ...affiliations: ExpertAffiliations['affiliations']): ExpertAffiliations => ({
  expertId,
  affiliations,
});

describe('回避 (docs/sources.md 5.3): an expert’s organisation anywhere in the application is a conflict', () => {
  it.each([
    [
      'by organisation id (牵头学校 and 联合体学校 row 1)',
      expert('e1', { orgId: 'org-school' }),
      [
        ['lead_school', null, 'orgId'],
        ['member_school', 1, 'orgId'],
      ],
    ],
    [
      'by 统一社会信用代码, in lower case',
      expert('e2', { uscc: USCC.toLowerCase() }),
      [
        ['lead_enterprise', null, 'uscc'],
        ['member_enterprise', 1, 'uscc'],
      ],
    ],
    [
      'by a name written with full-width brackets and spaces',
      expert('e3', { name: '连云港港口 (集团) 有限公司' }),
      [['member_enterprise', 2, 'name']],
    ],
    ['by the host park (依托园区)', expert('e4', { orgId: 'org-park' }), [['park', null, 'orgId']]],
    ['a row of the other-units table', expert('e5', { name: '连云港市化工研究院' }), [['member_other', 1, 'name']]],
    [
      'one of several affiliations',
      expert('e6', { orgId: 'org-elsewhere' }, { name: '连云港市化工研究院' }),
      [['member_other', 1, 'name']],
    ],
    [
      'the strongest match is named once per place',
      expert('e7', { orgId: 'org-school', name: '连云港职业技术学院' }),
      [
        ['lead_school', null, 'orgId'],
        ['member_school', 1, 'orgId'],
      ],
    ],
    ['no shared organisation', expert('e8', { orgId: 'org-elsewhere', name: '南京某大学' }), []],
    ['a similar but different name is not matched', expert('e9', { name: '连云港职业技术学院继续教育学院' }), []],
  ])('%s', (_case, who, places) => {
    const conflicts = deriveConflicts([who], [application]);
    const evidence = conflicts.flatMap((conflict) =>
      conflict.evidence.map((item) => (item.kind === 'affiliation' ? [item.place, item.row, item.matchedBy] : [item.kind])),
    );
    expect(evidence).toEqual(places);
    expect(conflicts.every((conflict) => conflict.applicationId === 'app-1')).toBe(true);
  });
});

describe('回避 (docs/sources.md 5.3): declared and pinned conflicts join the derived ones', () => {
  it('lists per expert × application every reason, derived first', () => {
    const conflicts = deriveConflicts(
      [expert('e1', { orgId: 'org-school' }), expert('e2')],
      [application, { applicationId: 'app-2', units: [] }],
      [
        { expertId: 'e1', applicationId: 'app-1', source: 'declared', reason: '曾任该校兼职教授' },
        { expertId: 'e2', applicationId: 'app-2', source: 'pinned', reason: '与牵头企业存在合同关系' },
      ],
    );
    expect(conflicts).toEqual([
      {
        expertId: 'e1',
        applicationId: 'app-1',
        evidence: [
          { kind: 'affiliation', place: 'lead_school', row: null, matchedBy: 'orgId', unitName: '连云港职业技术学院' },
          { kind: 'affiliation', place: 'member_school', row: 1, matchedBy: 'orgId', unitName: '连云港职业技术学院' },
          { kind: 'declared', reason: '曾任该校兼职教授' },
        ],
      },
      { expertId: 'e2', applicationId: 'app-2', evidence: [{ kind: 'pinned', reason: '与牵头企业存在合同关系' }] },
    ]);
    expect(conflictedPairs(conflicts)).toEqual(new Set([conflictKey('e1', 'app-1'), conflictKey('e2', 'app-2')]));
  });
});

describe('organisation names compare after normalisation', () => {
  it.each([
    ['上海××（集团）有限公司', '上海×× (集团) 有限公司', true],
    ['ＡＢＣ科技有限公司', 'abc科技有限公司', true],
    ['江苏省南通中等专业学校', '江苏省南通中等专业学校 ', true],
    ['上海市曹杨职业技术学校', '上海曹杨职业技术学校', false],
    ['江苏省扬州旅游商贸学校', '扬州旅游商贸学校', false],
  ])('%s vs %s → same: %s', (a, b, same) => {
    expect(normalizeOrgName(a) === normalizeOrgName(b)).toBe(same);
  });
});
