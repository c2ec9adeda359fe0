import { DEFAULT_CALL_LIMITS, DEFAULT_TEXT_LIMITS, emptyApplicationContent } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { completeContent } from './applications.test-support.js';
import {
  memberProblems,
  missingForSubmission,
  staffProblems,
  summaryProblems,
  textLimitProblems,
  unitsNamedIn,
} from './application.rules.js';

const complete = () => completeContent({ orgId: null, name: '连云港石化产业基地' });

describe('推荐书 1 秘书处情况: 人员总数 = 专职人数 + 兼职人数', () => {
  it.each([
    { total: 8, fullTime: 5, partTime: 3, problem: false },
    { total: 0, fullTime: 0, partTime: 0, problem: false },
    { total: 9, fullTime: 5, partTime: 3, problem: true },
    { total: 7, fullTime: 5, partTime: 3, problem: true },
    { total: 8, fullTime: 5, partTime: null, problem: false },
  ])('总数 $total, 专职 $fullTime, 兼职 $partTime → problem: $problem', ({ total, fullTime, partTime, problem }) => {
    const content = complete();
    content.overview.secretariat = { ...content.overview.secretariat, staffTotal: total, fullTime, partTime };
    expect(staffProblems(content).length > 0).toBe(problem);
  });
});

describe('推荐书 2 联合体学校情况 and 附件3 填表说明 2', () => {
  it('allows 5 related majors (填写5个以内) and refuses 6', () => {
    const content = complete();
    content.members.schools[0]!.majorCodes = ['470201', '490201', '500302', '500306', '500307'];
    expect(memberProblems(content, DEFAULT_CALL_LIMITS)).toEqual([]);
    content.members.schools[0]!.majorCodes.push('670201');
    expect(memberProblems(content, DEFAULT_CALL_LIMITS)[0]?.path).toEqual(['members', 'schools', 0, 'majorCodes']);
    expect(memberProblems(content, DEFAULT_CALL_LIMITS)[0]?.message['zh-CN']).toBe('最多填 5 项，当前 6 项，请删去 1 项');
  });

  it('refuses more students in related majors than the school has', () => {
    const content = complete();
    content.members.schools[0] = { ...content.members.schools[0]!, students: 100, relatedStudents: 101 };
    expect(memberProblems(content, DEFAULT_CALL_LIMITS)[0]?.message['zh-CN']).toBe('不能多于学生总人数（100），当前 101');
  });

  it.each([
    [['石化产业'], 0],
    [['石化产业', '新材料'], 0],
    [['石化产业', '新材料', '港口物流'], 1],
  ])('主要服务产业不超过 2 个: %j → %i problems', (industries, problems) => {
    const content = complete();
    content.summary.mainIndustries = industries;
    expect(summaryProblems(content, DEFAULT_CALL_LIMITS)).toHaveLength(problems);
  });
});

describe('character limits of the 推荐书 (“不超过200字”, “2500字以内”)', () => {
  it('places each over-long text on the form, both year cells apart', () => {
    const content = complete();
    content.overview.parkLeadingIndustries = '产'.repeat(201);
    content.effectiveness.talentPlatform.y2026 = '台'.repeat(201);
    expect(textLimitProblems(content, DEFAULT_TEXT_LIMITS).map((p) => p.path)).toEqual([
      ['overview', 'parkLeadingIndustries'],
      ['effectiveness', 'talentPlatform', 'y2026'],
    ]);
  });
});

describe('what submission requires', () => {
  it('finds nothing missing in a complete form', () => {
    expect(missingForSubmission(complete(), DEFAULT_CALL_LIMITS)).toEqual([]);
  });

  it('asks for at least one enterprise and one school (所有企业均填写) and the no-violation statement', () => {
    const content = complete();
    content.members.enterprises = [];
    content.features.noViolationConfirmed = false;
    content.overview.secretariat.phone = null;
    expect(missingForSubmission(content, DEFAULT_CALL_LIMITS).map((p) => p.path.join('.'))).toEqual([
      'overview.secretariat.phone',
      'members.enterprises',
      'features.noViolationConfirmed',
    ]);
  });

  it('does not ask for credit codes, remarks, seals or the local authority’s opinion', () => {
    const paths = missingForSubmission(emptyApplicationContent(), DEFAULT_CALL_LIMITS).map((p) => p.path.join('.'));
    expect(paths).toContain('cover.consortiumName');
    expect(paths.filter((path) => /uscc|orgId|sealFileId|authorityOpinion|authoritySignatory/.test(path))).toEqual([]);
  });

  // 推荐书 填表说明 asks for 0 or “无” where there is nothing; a date or a choice cannot be answered that way.
  it.each([
    ['a name', 'cover.consortiumName', '请填写联合体名称'],
    ['a date (填表日期)', 'cover.filledOn', '请选择日期'],
    ['a signatory’s date', 'commitment.parkSignatory.signedOn', '请选择日期'],
    ['a radio (教育层次)', 'summary.leadSchoolLevel', '请选择牵头学校教育层次'],
    ['a yes/no radio', 'summary.leadEnterpriseIsIntegrationEnterprise', '请选择“是”或“否”'],
    ['a figure', 'overview.secretariat.staffTotal', '请填写数字，没有请填 0'],
    ['a description', 'plan.constructionPlan', '请填写建设规划和建设内容，没有请填“无”'],
    ['附件3 主要服务产业, with the call’s limit', 'summary.mainIndustries', '请至少填 1 项，最多填 2 项'],
    ['the member enterprises', 'members.enterprises', '请至少填 1 项'],
  ])('an empty %s says what fits it', (_name, path, message) => {
    const problems = missingForSubmission(emptyApplicationContent(), DEFAULT_CALL_LIMITS);
    expect(problems.find((problem) => problem.path.join('.') === path)?.message['zh-CN']).toBe(message);
  });

  it('takes the limit of 主要服务产业 from the call', () => {
    const problems = missingForSubmission(emptyApplicationContent(), { ...DEFAULT_CALL_LIMITS, mainServedIndustries: 3 });
    expect(problems.find((problem) => problem.path.join('.') === 'summary.mainIndustries')?.message['zh-CN']).toBe(
      '请至少填 1 项，最多填 3 项',
    );
  });
});

describe('units named in an application, for conflicts of interest (回避)', () => {
  it('lists the lead units, the secretariat and every member row with its place', () => {
    const units = unitsNamedIn(complete());
    expect(units.map((unit) => [unit.place, unit.name])).toEqual([
      ['park', '连云港石化产业基地'],
      ['lead_school', '连云港职业技术学院'],
      ['lead_enterprise', '盛虹炼化（连云港）有限公司'],
      ['secretariat', '连云港职业技术学院'],
      ['member_enterprise', '盛虹炼化（连云港）有限公司'],
      ['member_school', '连云港职业技术学院'],
      ['member_other', '连云港市化工研究所'],
    ]);
    expect(units[4]!.details).toMatchObject({ employees: 8000 });
  });
});
