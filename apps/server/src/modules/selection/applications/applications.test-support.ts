/** Fixtures for the selection tests: an authority with an open call, applicant organisations, a complete 推荐书. */
import { emptyApplicationContent, type OrgType, type TApplicationContent } from '@chanjiao/contracts';
import { PDFDocument } from 'pdf-lib';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import type { AppDeps } from '../../../kernel/deps.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';
import { ANNEX1_POINTS } from '../indicators/annex1-indicators.data.js';
import { createCall, openCall } from '../calls/calls.service.js';

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence += 1)}`;

export async function makeSelectionOrg(deps: AppDeps, name: string, type: OrgType, regionCode = '320706') {
  const [org] = await insertOrgs(deps.database.db, [orgValues({ name: `${name}${unique()}`, type, regionCode })]);
  return org!;
}

/** Every point of 附件1 scored: 3 per point, 10 for the 7.其他 deduction. */
export const TEST_INDICATOR_SCORES = Object.fromEntries(
  ANNEX1_POINTS.map((point) => [point.code, point.kind === 'deduction' ? { maxScore: 10, weight: null } : { maxScore: 3, weight: 1 }]),
);

export async function makeOpenCall(deps: AppDeps, authorityOrgId: string, deadline = '2026-05-28T23:59:59', now = new Date('2026-04-01T00:00:00Z')) {
  const db = deps.database.db;
  const call = await createCall(
    db,
    SYSTEM_ACTOR,
    { authorityOrgId, title: `2026年市级市域产教联合体遴选${unique()}`, deadline, formKey: 'consortium_recommendation' },
    now,
    { indicatorSettings: { scores: TEST_INDICATOR_SCORES } },
  );
  return openCall(db, SYSTEM_ACTOR, call.id, call.version, now);
}

const pair = <T>(y2025: T, y2026: T) => ({ y2025, y2026 });

/** A 推荐书 with every cell filled in consistently, ready to submit. */
export function completeContent(park: { orgId: string | null; name: string }): TApplicationContent {
  const content = emptyApplicationContent();
  content.cover = {
    consortiumName: '连云港石化产业市域产教联合体',
    recommendingRegion: '连云港市',
    park: { ...park, uscc: null },
    leadSchool: { orgId: null, name: '连云港职业技术学院', uscc: null },
    leadEnterprise: { orgId: null, name: '盛虹炼化（连云港）有限公司', uscc: null },
    filledOn: '2026-05-20',
  };
  content.summary = {
    mainIndustries: ['石化产业', '新材料'],
    parkLeadingIndustry: '石化产业',
    leadSchoolLevel: 'higher_associate',
    leadEnterpriseIsIntegrationEnterprise: true,
    contactName: '王老师',
    contactTitle: '教务处处长',
    contactMobile: '13800000000',
  };
  content.overview = {
    establishedOn: '2026-06-30',
    leaderName: '张主任',
    leaderTitleAndContact: '管委会副主任 0518-80000000',
    secretariat: {
      hostUnit: { orgId: null, name: '连云港职业技术学院', uscc: null },
      head: '李处长',
      officeArea: 120,
      phone: '0518-80000001',
      staffTotal: 8,
      fullTime: 5,
      partTime: 3,
      staffNames: '李甲、王乙、赵丙、钱丁、孙戊、周己、吴庚、郑辛',
    },
    funding: { y2026: 300, y2027: 350, y2028: 400 },
    fundingSources2026: { leadUnits: 100, government: 150, otherMembers: 30, otherChannels: 20 },
    parkOutput2025: 1520.5,
    parkLeadingIndustries: '以石化产业为核心主导产业。',
    localPolicies: '出台产教融合支持政策并落实。',
  };
  content.members = {
    enterprises: [
      { id: 'e1', unit: { orgId: null, name: '盛虹炼化（连云港）有限公司', uscc: null }, employees: 8000, assets: 5000000, sales: 6000000, cooperationBenefit2024: 1200 },
    ],
    schools: [
      {
        id: 's1',
        unit: { orgId: null, name: '连云港职业技术学院', uscc: null },
        level: 'higher_associate',
        majorCodes: ['470201', '490201'],
        students: 15000,
        relatedStudents: 2600,
      },
    ],
    others: [{ id: 'o1', unit: { orgId: null, name: '连云港市化工研究所', uscc: null }, nature: 'research', headcount: 60, supportRole: '技术研发', note: null }],
  };
  const counts = pair(3, 5);
  content.effectiveness = {
    coBuiltMajors: counts,
    coBuiltCourses: pair(10, 15),
    coBuiltTextbooks: pair(4, 6),
    coBuiltTrainingBases: pair(2, 3),
    coBuiltIndustryColleges: pair(1, 2),
    enterpriseTeachers: pair({ personTimes: 40, hours: 1200 }, { personTimes: 60, hours: 1800 }),
    interSchoolTeachers: pair({ personTimes: 10, hours: 300 }, { personTimes: 15, hours: 450 }),
    teacherPractice: pair(36, 48),
    teachingTeamAwards: '获国家级教学成果奖二等奖1项',
    apprenticeship: pair(80, 120),
    fieldEngineers: pair(30, 50),
    otherJointTraining: pair(100, 150),
    talentDemandReports: pair(1, 2),
    talentPlatform: pair('已搭建平台', '完善平台'),
    newPractices: pair('引入新工艺', '引入新标准'),
    apprenticePositionRatio: pair(5, 8),
    internshipVolume: pair(2400, 3000),
    secondaryHigherThrough: pair(200, 260),
    secondaryHigherBachelor: pair(40, 60),
    undergraduateAdmissions: pair(20, 30),
    examAdmissionRate: pair(35.5, 40),
    employmentRate: pair(97.2, 98),
    skillsCompetitionAwards: '获省级技能大赛一等奖3项',
    techServicePlatforms: pair(2, 3),
    rdConversionRate: pair(30, 35),
    rdFunding: pair(300, 400),
    researchOutputs: pair(20, 30),
    skillAppraisals: pair(1500, 2000),
    masterStudios: pair(3, 4),
    employeeTrainingDays: pair(12000, 15000),
    socialTrainingDays: pair(3000, 4000),
  };
  content.plan = { constructionPlan: '建设规划和建设内容。' };
  content.features = { featuresAndInnovation: '特色与创新。', noViolationConfirmed: true };
  const signatory = (name: string) => ({ name, signedOn: '2026-05-20', sealFileId: null });
  content.commitment = {
    parkSignatory: signatory('张主任'),
    enterpriseSignatory: signatory('陈总经理'),
    schoolSignatory: signatory('刘院长'),
    authorityOpinion: null,
    authoritySignatory: { name: null, signedOn: null, sealFileId: null },
  };
  return content;
}

/** A real PDF with `pages` blank A4 pages. */
export async function pdfWithPages(pages: number): Promise<Buffer> {
  const document = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) document.addPage([595, 842]);
  return Buffer.from(await document.save());
}
