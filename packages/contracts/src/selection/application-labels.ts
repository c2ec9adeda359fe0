/**
 * How users name each place of the 推荐书: section titles and field labels as the form prints them, so that
 * validation messages and version differences say "2. 联合体成员概况 › 联合体学校情况 第2行 › 学生总人数（2025年）".
 */
import type { Bilingual, Locale } from '../i18n.js';
import type { ApplicationSection } from './application-form.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const APPLICATION_SECTION_LABELS: Record<ApplicationSection, Bilingual> = {
  cover: l('封面', 'Cover'),
  summary: l('汇总表信息（附件3）', 'Summary table facts (annex 3)'),
  overview: l('1. 联合体概况', '1. Consortium overview'),
  members: l('2. 联合体成员概况', '2. Members'),
  effectiveness: l('3. 办学成效和服务能力', '3. Results and service capacity'),
  plan: l('4. 建设规划和建设内容', '4. Construction plan'),
  features: l('5. 特色与创新', '5. Features and innovation'),
  commitment: l('6. 申报承诺', '6. Commitments'),
};

/** Labels by path without row numbers and year keys: "members.schools.students". */
export const APPLICATION_FIELD_LABELS: Record<string, Bilingual> = {
  'cover.consortiumName': l('联合体名称', 'Consortium name'),
  'cover.recommendingRegion': l('推荐地区', 'Recommending region'),
  'cover.park': l('依托园区', 'Host park'),
  'cover.leadSchool': l('牵头学校', 'Lead school'),
  'cover.leadEnterprise': l('牵头企业（行业协会）', 'Lead enterprise (association)'),
  'cover.filledOn': l('填表日期', 'Date filled in'),
  'summary.mainIndustries': l('主要服务产业', 'Main industries served'),
  'summary.parkLeadingIndustry': l('园区主导产业', 'Park’s leading industry'),
  'summary.leadSchoolLevel': l('牵头学校教育层次', 'Lead school’s level'),
  'summary.leadEnterpriseIsIntegrationEnterprise': l(
    '牵头企业是否省市级产教融合型企业',
    'Lead enterprise is a certified integration enterprise',
  ),
  'summary.contactName': l('联系人姓名', 'Contact name'),
  'summary.contactTitle': l('联系人职务', 'Contact position'),
  'summary.contactMobile': l('联系人手机号码', 'Contact mobile'),
  'overview.establishedOn': l('（拟）成立时间', '(Planned) founding date'),
  'overview.leaderName': l('联合体负责人', 'Consortium leader'),
  'overview.leaderTitleAndContact': l('职务及联系方式', 'Position and contact'),
  'overview.secretariat': l('秘书处（办公室）', 'Secretariat (office)'),
  'overview.secretariat.hostUnit': l('秘书处所在单位', 'Secretariat host'),
  'overview.secretariat.head': l('秘书处负责人', 'Secretariat head'),
  'overview.secretariat.officeArea': l('固定办公面积（m²）', 'Office area (m²)'),
  'overview.secretariat.phone': l('联系电话', 'Phone'),
  'overview.secretariat.staffTotal': l('人员总数', 'Staff in total'),
  'overview.secretariat.fullTime': l('专职人数', 'Full-time staff'),
  'overview.secretariat.partTime': l('兼职人数', 'Part-time staff'),
  'overview.secretariat.staffNames': l('人员姓名', 'Staff names'),
  'overview.funding': l('拟投入运行经费总额（万元）', 'Planned operating funds (10k yuan)'),
  'overview.fundingSources2026': l('2026年拟投入运行经费来源（万元）', '2026 sources of funds (10k yuan)'),
  'overview.fundingSources2026.leadUnits': l('牵头单位负担', 'Lead units'),
  'overview.fundingSources2026.government': l('政府核拨', 'Government allocation'),
  'overview.fundingSources2026.otherMembers': l('其他成员负担', 'Other members'),
  'overview.fundingSources2026.otherChannels': l('其他途径', 'Other channels'),
  'overview.parkOutput2025': l('2025年产业园区总产值（亿元）', '2025 park output (100m yuan)'),
  'overview.parkLeadingIndustries': l('产业园区主导产业情况', 'Leading industries of the park'),
  'overview.localPolicies': l('联合体所在地制定支持职业教育政策及落实情况', 'Local policies supporting vocational education'),
  'members.enterprises': l('联合体企业情况', 'Member enterprises'),
  'members.enterprises.unit': l('企业名称', 'Enterprise'),
  'members.enterprises.employees': l('企业职工总数（人）', 'Employees'),
  'members.enterprises.assets': l('企业资产总额（万元）', 'Total assets (10k yuan)'),
  'members.enterprises.sales': l('企业销售总额（万元）', 'Total sales (10k yuan)'),
  'members.enterprises.cooperationBenefit2024': l(
    '2024年校企合作产生的直接经济效益（万元）',
    '2024 direct benefit of cooperation (10k yuan)',
  ),
  'members.schools': l('联合体学校情况', 'Member schools'),
  'members.schools.unit': l('学校名称', 'School'),
  'members.schools.level': l('学校层次', 'Level'),
  'members.schools.majorCodes': l('联合体相关专业', 'Related majors'),
  'members.schools.students': l('学生总人数', 'Students'),
  'members.schools.relatedStudents': l('联合体产业相关专业学生数', 'Students in related majors'),
  'members.others': l('联合体其他单位情况', 'Other member units'),
  'members.others.unit': l('单位名称', 'Unit'),
  'members.others.nature': l('单位性质', 'Nature'),
  'members.others.headcount': l('单位总人数', 'Headcount'),
  'members.others.supportRole': l('对联合体支持作用', 'Support to the consortium'),
  'members.others.note': l('备注', 'Note'),
  'effectiveness.coBuiltMajors': l('共建专业（个）', 'Co-built majors'),
  'effectiveness.coBuiltCourses': l('共建课程（个）', 'Co-built courses'),
  'effectiveness.coBuiltTextbooks': l('共建教材（个）', 'Co-built textbooks'),
  'effectiveness.coBuiltTrainingBases': l('共建实训基地（个）', 'Co-built training bases'),
  'effectiveness.coBuiltIndustryColleges': l('共建产业学院（个）', 'Co-built industry colleges'),
  'effectiveness.enterpriseTeachers': l('企业兼职教师', 'Part-time teachers from enterprises'),
  'effectiveness.interSchoolTeachers': l('校际兼职教师', 'Part-time teachers from other schools'),
  'effectiveness.teacherPractice': l('教师企业实践（人月）', 'Teachers’ practice in enterprises (person-months)'),
  'effectiveness.teachingTeamAwards': l('教师教学团队获国家级奖励情况', 'National awards of teaching teams'),
  'effectiveness.apprenticeship': l('中国特色学徒制培养（人）', 'Apprenticeship with Chinese characteristics'),
  'effectiveness.fieldEngineers': l('现场工程师培养（人）', 'Field engineers'),
  'effectiveness.otherJointTraining': l('其他联合培养（人）', 'Other joint training'),
  'effectiveness.talentDemandReports': l('发布人才需求报告（个）', 'Talent demand reports published'),
  'effectiveness.talentPlatform': l('搭建人才供需信息平台，完善职业教育专业动态调整机制情况', 'Talent platform and major adjustment'),
  'effectiveness.newPractices': l('把新方法、新技术、新工艺、新标准引入教育教学实践情况', 'New methods and standards in teaching'),
  'effectiveness.apprenticePositionRatio': l('企业设立学徒岗位占岗位总量的比例（%）', 'Apprentice positions among all positions (%)'),
  'effectiveness.internshipVolume': l('企业为学生提供实习实训量（人月）', 'Internships provided (person-months)'),
  'effectiveness.secondaryHigherThrough': l('中高职贯通培养（人数）', 'Secondary–higher through-training'),
  'effectiveness.secondaryHigherBachelor': l('中高本衔接培养（人数）', 'Secondary–higher–bachelor articulation'),
  'effectiveness.undergraduateAdmissions': l(
    '普通本科学校招收中高职毕业生和企业一线优秀员工（人数）',
    'Admitted to bachelor or professional master study',
  ),
  'effectiveness.examAdmissionRate': l(
    '“文化素质+职业技能”考试招生学生升学比例（%）',
    'Progression rate via the culture + skills exam (%)',
  ),
  'effectiveness.employmentRate': l('联合体学校整体就业率（%）', 'Employment rate of member schools (%)'),
  'effectiveness.skillsCompetitionAwards': l('职业院校技能大赛获奖情况', 'Skills competition awards'),
  'effectiveness.techServicePlatforms': l('共性技术服务平台（个）', 'Shared technology service platforms'),
  'effectiveness.rdConversionRate': l('校企合作开展技术研发的成果转化率（%）', 'Conversion rate of joint R&D (%)'),
  'effectiveness.rdFunding': l('校企合作技术研发到账经费（万元）', 'Joint R&D funds received (10k yuan)'),
  'effectiveness.researchOutputs': l('研究成果数量（个）', 'Research outputs'),
  'effectiveness.skillAppraisals': l('技能鉴定量（人次）', 'Skill appraisals (person-times)'),
  'effectiveness.masterStudios': l('大师工作室数量（个）', 'Master studios'),
  'effectiveness.employeeTrainingDays': l('面向企业员工开展培训数（人日）', 'Training for employees (person-days)'),
  'effectiveness.socialTrainingDays': l(
    '面向农民工、退役军人、下岗职工等培训数（人日）',
    'Training for migrant workers, veterans, laid-off workers (person-days)',
  ),
  'plan.constructionPlan': l('建设规划和建设内容', 'Construction plan and content'),
  'features.featuresAndInnovation': l('特色与创新', 'Features and innovation'),
  'features.noViolationConfirmed': l('近3年未发生违法或重大违规事件的声明', 'Statement of no violation in 3 years'),
  'commitment.parkSignatory': l('依托园区主要负责人', 'Head of the host park'),
  'commitment.enterpriseSignatory': l('牵头企业（行业协会）主要负责人', 'Head of the lead enterprise (association)'),
  'commitment.schoolSignatory': l('牵头学校主要负责人', 'Head of the lead school'),
  'commitment.authorityOpinion': l('地方教育行政部门推荐意见', 'Local education authority’s opinion'),
  'commitment.authoritySignatory': l('地方教育行政部门负责人', 'Head of the local education authority'),
};

/** Leaf names shared by many places (a unit's name, a signatory's date …). */
const LEAF_LABELS: Record<string, Bilingual> = {
  orgId: l('组织', 'Organisation'),
  name: l('名称/姓名', 'Name'),
  uscc: l('统一社会信用代码', 'Unified social credit code'),
  signedOn: l('签字日期', 'Date signed'),
  sealFileId: l('公章图片', 'Seal image'),
  personTimes: l('人次', 'person-times'),
  hours: l('课时数', 'teaching hours'),
};

function rowLabel(index: number, locale: Locale): string {
  return locale === 'zh-CN' ? `第${index + 1}行` : `row ${index + 1}`;
}

function yearLabel(segment: string, locale: Locale): string | null {
  const match = /^y(\d{4})$/.exec(segment);
  if (!match) return null;
  return locale === 'zh-CN' ? `${match[1]}年` : match[1]!;
}

/** "3. 办学成效和服务能力 › 企业兼职教师 › 2025年 › 人次". */
export function applicationFieldLabel(path: readonly (string | number)[], locale: Locale): string {
  const [section, ...rest] = path;
  const parts: string[] = [];
  const sectionLabel = APPLICATION_SECTION_LABELS[section as ApplicationSection];
  if (sectionLabel) parts.push(sectionLabel[locale]);
  let key = String(section);
  for (const segment of rest) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) {
      parts.push(rowLabel(Number(segment), locale));
      continue;
    }
    const year = yearLabel(segment, locale);
    if (year) {
      parts.push(year);
      continue;
    }
    const parentLabelled = !!APPLICATION_FIELD_LABELS[key];
    key = `${key}.${segment}`;
    // A unit's or signatory's name is what its parent's label already says ("牵头学校", "学校名称").
    if (segment === 'name' && parentLabelled) continue;
    parts.push((APPLICATION_FIELD_LABELS[key] ?? LEAF_LABELS[segment])?.[locale] ?? segment);
  }
  return parts.join(' › ');
}
