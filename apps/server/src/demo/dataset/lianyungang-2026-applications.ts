/**
 * Two made-up 推荐书 for the demo call: one complete and submitted before the deadline, one draft started
 * later. Figures are invented but consistent (专职 + 兼职 = 人员总数, percentages within 0–100).
 */
import { emptyApplicationContent, type TApplicationContent } from '@chanjiao/contracts';
import {
  LYG_DEMO_COLLEGE,
  LYG_DEMO_LOGISTICS_COMPANY,
  LYG_DEMO_PETROCHEMICAL_COMPANY,
  LYG_DEMO_PETROCHEMICAL_PARK,
  LYG_DEMO_PORT_PARK,
  LYG_DEMO_SECONDARY_SCHOOL,
} from './lianyungang-2026.js';

const pair = <T>(y2025: T, y2026: T) => ({ y2025, y2026 });
const unit = (name: string, orgId: string | null = null) => ({ orgId, name, uscc: null });
const signed = (name: string) => ({ name, signedOn: '2026-05-25', sealFileId: null });

export const LYG_DEMO_SUBMITTED = { consortiumName: '连云港演示石化产业市域产教联合体', parkName: LYG_DEMO_PETROCHEMICAL_PARK };
export const LYG_DEMO_DRAFT = { consortiumName: '连云港演示港口物流市域产教联合体', parkName: LYG_DEMO_PORT_PARK };

/** The complete one; `ids` links the units that are in the directory. */
export function petrochemicalApplication(ids: Map<string, string>): TApplicationContent {
  const content = emptyApplicationContent();
  const ref = (name: string) => unit(name, ids.get(name) ?? null);
  content.cover = {
    consortiumName: LYG_DEMO_SUBMITTED.consortiumName,
    recommendingRegion: '连云港市',
    park: ref(LYG_DEMO_PETROCHEMICAL_PARK),
    leadSchool: ref(LYG_DEMO_COLLEGE),
    leadEnterprise: ref(LYG_DEMO_PETROCHEMICAL_COMPANY),
    filledOn: '2026-05-25',
  };
  content.summary = {
    mainIndustries: ['石化产业', '新材料'],
    parkLeadingIndustry: '石化产业',
    leadSchoolLevel: 'higher_associate',
    leadEnterpriseIsIntegrationEnterprise: true,
    contactName: '演示联系人',
    contactTitle: '校企合作处处长',
    contactMobile: '13800000901',
  };
  content.overview = {
    establishedOn: '2026-07-01',
    leaderName: '演示主任',
    leaderTitleAndContact: '园区管委会副主任 0518-80000901',
    secretariat: {
      hostUnit: ref(LYG_DEMO_COLLEGE),
      head: '演示处长',
      officeArea: 150,
      phone: '0518-80000902',
      staffTotal: 9,
      fullTime: 5,
      partTime: 4,
      staffNames: '演示甲、演示乙、演示丙、演示丁、演示戊、演示己、演示庚、演示辛、演示壬',
    },
    funding: { y2026: 500, y2027: 600, y2028: 700 },
    fundingSources2026: { leadUnits: 200, government: 220, otherMembers: 50, otherChannels: 30 },
    parkOutput2025: 1280.6,
    parkLeadingIndustries: '演示数据：园区以石化产业为核心主导产业，延伸发展化工新材料和精细化工。',
    localPolicies: '演示数据：所在地出台支持产教融合的财政、用地和人才政策，并建立落实台账。',
  };
  content.members = {
    enterprises: [
      {
        id: 'e1',
        unit: ref(LYG_DEMO_PETROCHEMICAL_COMPANY),
        employees: 6200,
        assets: 3200000,
        sales: 4100000,
        cooperationBenefit2024: 860,
      },
      { id: 'e2', unit: ref(LYG_DEMO_LOGISTICS_COMPANY), employees: 1800, assets: 560000, sales: 720000, cooperationBenefit2024: 210 },
    ],
    schools: [
      {
        id: 's1',
        unit: ref(LYG_DEMO_COLLEGE),
        level: 'higher_associate',
        majorCodes: ['470201', '490201'],
        students: 14000,
        relatedStudents: 2300,
      },
      { id: 's2', unit: ref(LYG_DEMO_SECONDARY_SCHOOL), level: 'secondary', majorCodes: ['670201'], students: 4200, relatedStudents: 600 },
    ],
    others: [{ id: 'o1', unit: unit('连云港演示化工研究所'), nature: 'research', headcount: 45, supportRole: '共性技术研发', note: null }],
  };
  content.effectiveness = {
    coBuiltMajors: pair(4, 6),
    coBuiltCourses: pair(12, 18),
    coBuiltTextbooks: pair(5, 8),
    coBuiltTrainingBases: pair(2, 3),
    coBuiltIndustryColleges: pair(1, 2),
    enterpriseTeachers: pair({ personTimes: 45, hours: 1350 }, { personTimes: 60, hours: 1800 }),
    interSchoolTeachers: pair({ personTimes: 12, hours: 360 }, { personTimes: 18, hours: 540 }),
    teacherPractice: pair(40, 55),
    teachingTeamAwards: '演示数据：获国家级职业教育教学成果奖二等奖1项。',
    apprenticeship: pair(90, 120),
    fieldEngineers: pair(30, 45),
    otherJointTraining: pair(150, 200),
    talentDemandReports: pair(1, 2),
    talentPlatform: pair('演示数据：已建成人才供需信息平台。', '演示数据：平台接入全部成员企业。'),
    newPractices: pair('演示数据：引入智能化工新工艺。', '演示数据：引入安全生产新标准。'),
    apprenticePositionRatio: pair(4.5, 6),
    internshipVolume: pair(2600, 3200),
    secondaryHigherThrough: pair(180, 220),
    secondaryHigherBachelor: pair(40, 60),
    undergraduateAdmissions: pair(15, 25),
    examAdmissionRate: pair(38.5, 42),
    employmentRate: pair(97.3, 98),
    skillsCompetitionAwards: '演示数据：获省级职业院校技能大赛一等奖2项。',
    techServicePlatforms: pair(2, 3),
    rdConversionRate: pair(28, 32),
    rdFunding: pair(260, 350),
    researchOutputs: pair(18, 25),
    skillAppraisals: pair(1600, 2100),
    masterStudios: pair(3, 4),
    employeeTrainingDays: pair(11000, 14000),
    socialTrainingDays: pair(2600, 3300),
  };
  content.plan = { constructionPlan: '演示数据：围绕石化产业链，建设实体化运行的理事会和秘书处，共建专业、课程、教材和实训基地。' };
  content.features = { featuresAndInnovation: '演示数据：以园区为基础，形成“产业链—岗位—专业”对接机制。', noViolationConfirmed: true };
  content.commitment = {
    parkSignatory: signed('演示主任'),
    enterpriseSignatory: signed('演示总经理'),
    schoolSignatory: signed('演示院长'),
    authorityOpinion: '同意推荐。',
    authoritySignatory: signed('演示局长'),
  };
  return content;
}

/** A draft filled in up to section 1. */
export function portApplication(ids: Map<string, string>): TApplicationContent {
  const content = emptyApplicationContent();
  content.cover = {
    ...content.cover,
    consortiumName: LYG_DEMO_DRAFT.consortiumName,
    recommendingRegion: '连云港市',
    park: unit(LYG_DEMO_PORT_PARK, ids.get(LYG_DEMO_PORT_PARK) ?? null),
    leadSchool: unit(LYG_DEMO_COLLEGE, ids.get(LYG_DEMO_COLLEGE) ?? null),
    leadEnterprise: unit(LYG_DEMO_LOGISTICS_COMPANY, ids.get(LYG_DEMO_LOGISTICS_COMPANY) ?? null),
  };
  content.overview = {
    ...content.overview,
    leaderName: '演示副主任',
    parkOutput2025: 420.3,
    parkLeadingIndustries: '演示数据：港口物流与临港产业。',
  };
  return content;
}
