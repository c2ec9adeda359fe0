/**
 * 附件2 市域产教联合体推荐书 in the form's own layout: the cover, 说明, then sections 1–6 with their tables as the
 * seed prints them (merged label cells, 2025/2026 columns). Pure: the caller supplies major names and seal images.
 */
import { MEMBER_SCHOOL_LEVELS, OTHER_UNIT_NATURES, type TApplicationContent, type TEffectivenessSection } from '@chanjiao/contracts';
import type { CellText, DocBlock } from '../../../kernel/documents/index.js';

export interface RecommendationExtras {
  /** Major code → name, from the 2021 catalogue. */
  majorNames: Map<string, string>;
  /** Seal images by signatory (section 6). */
  seals: Partial<Record<'parkSignatory' | 'enterpriseSignatory' | 'schoolSignatory' | 'authoritySignatory', Buffer>>;
}

const text = (value: string | null | undefined) => value?.trim() ?? '';
const num = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
const span = (value: string, colSpan: number, extra: Partial<Exclude<CellText, string>> = {}): CellText => ({
  text: value,
  colSpan,
  ...extra,
});
const bold = (value: string, extra: Partial<Exclude<CellText, string>> = {}): CellText => ({ text: value, bold: true, ...extra });

function cover(content: TApplicationContent): DocBlock[] {
  const c = content.cover;
  return [
    { kind: 'spacer', lines: 4 },
    { kind: 'title', text: '市域产教联合体推荐书' },
    { kind: 'spacer', lines: 4 },
    {
      kind: 'fields',
      rows: [
        ['联合体名称', text(c.consortiumName)],
        ['推荐地区', text(c.recommendingRegion)],
        ['依托园区', `${text(c.park.name)}（公章）`],
        ['牵头学校', `${text(c.leadSchool.name)}（公章）`],
        ['牵头企业', `${text(c.leadEnterprise.name)}（公章）`],
        ['填表日期', text(c.filledOn)],
      ],
    },
    { kind: 'pageBreak' },
    { kind: 'heading', text: '说 明' },
    {
      kind: 'paragraph',
      indent: true,
      text: '一、请按照《关于开展 2026 年市级市域产教联合体遴选建设的通知》要求，如实填写，规范严谨，及时提交。',
    },
    {
      kind: 'paragraph',
      indent: true,
      text: '二、申报内容体现已有基础和建设承诺，明确时间、内容、结果，重点突出，逻辑清晰，叙述准确、精炼，不超出相应部分的篇幅规定要求。',
    },
    {
      kind: 'paragraph',
      indent: true,
      text: '三、年度数据截止时间为每年 12 月 31 日，2025 年数据为拟组成联合体成员单位的汇总数据，2026—2028 年数据为申报单位承诺的建成数据。',
    },
    {
      kind: 'paragraph',
      indent: true,
      text: '四、推荐书的正文部分使用 A4 纸双面打印，左侧装订。支撑材料部分请设置目录索引，单独装订成册。',
    },
    { kind: 'pageBreak' },
  ];
}

function overview(content: TApplicationContent): DocBlock[] {
  const o = content.overview;
  const s = o.secretariat;
  const f = o.fundingSources2026;
  return [
    { kind: 'heading', text: '1. 联合体概况' },
    {
      kind: 'table',
      columnWidths: [3, 2, 2, 2, 2, 2],
      rows: [
        [bold('联合体名称'), span(text(content.cover.consortiumName), 2), bold('（拟）成立时间'), span(text(o.establishedOn), 2)],
        [bold('联合体负责人¹'), span(text(o.leaderName), 2), bold('职务及联系方式'), span(text(o.leaderTitleAndContact), 2)],
        [bold('秘书处（办公室）情况', { rowSpan: 4 }), '秘书处所在单位', span(text(s.hostUnit.name), 2), '秘书处负责人', text(s.head)],
        ['固定办公面积', span(`${num(s.officeArea)} m²`, 2), '联系电话', text(s.phone)],
        ['人员总数', num(s.staffTotal), '专职人数', num(s.fullTime), `兼职人数 ${num(s.partTime)}`],
        ['人员姓名', span(text(s.staffNames), 4)],
        [
          bold('拟投入运行经费总额（万元）'),
          `2026年² ${num(o.funding.y2026)}`,
          span(`2027年 ${num(o.funding.y2027)}`, 2),
          span(`2028年 ${num(o.funding.y2028)}`, 2),
        ],
        [bold('2026年拟投入运行经费来源（万元）', { rowSpan: 4 }), span('牵头单位负担', 2), span(num(f.leadUnits), 3)],
        [span('政府核拨', 2), span(num(f.government), 3)],
        [span('其他成员负担', 2), span(num(f.otherMembers), 3)],
        [span('其他途径', 2), span(num(f.otherChannels), 3)],
        [bold('2025年产业园区总产值（亿元）'), span(num(o.parkOutput2025), 5)],
        [bold('产业园区主导产业情况'), span(text(o.parkLeadingIndustries), 5)],
        [bold('联合体所在地制定支持职业教育政策及落实情况'), span(text(o.localPolicies), 5)],
      ],
    },
    { kind: 'paragraph', size: 'small', text: '¹ 联合体负责人指所在产业园区管委会负责同志。' },
    { kind: 'paragraph', size: 'small', text: '² 2026—2028年填写承诺建成数据，下同。' },
  ];
}

function members(content: TApplicationContent, extras: RecommendationExtras): DocBlock[] {
  const m = content.members;
  const majors = (codes: string[]) => codes.map((code) => extras.majorNames.get(code) ?? code).join('、');
  return [
    { kind: 'heading', text: '2. 联合体成员概况' },
    { kind: 'paragraph', bold: true, text: '联合体企业情况' },
    {
      kind: 'table',
      header: [
        ['企业名称', '企业职工总数（人）', '企业资产总额（万元）', '企业销售总额（万元）', '2024年校企合作产生的直接经济效益（万元）'],
      ],
      rows: m.enterprises.map((row) => [
        text(row.unit.name),
        num(row.employees),
        num(row.assets),
        num(row.sales),
        num(row.cooperationBenefit2024),
      ]),
    },
    { kind: 'paragraph', bold: true, text: '联合体学校情况' },
    {
      kind: 'table',
      header: [['学校名称', '学校层次', '联合体相关专业（填写5个以内）', '学生总人数', '联合体产业相关专业学生数']],
      rows: m.schools.map((row) => [
        text(row.unit.name),
        row.level ? MEMBER_SCHOOL_LEVELS[row.level]['zh-CN'] : '',
        majors(row.majorCodes),
        num(row.students),
        num(row.relatedStudents),
      ]),
    },
    { kind: 'paragraph', bold: true, text: '联合体其他单位情况' },
    {
      kind: 'table',
      header: [['单位名称', '单位性质', '单位总人数', '对联合体支持作用', '备注']],
      rows: m.others.map((row) => [
        text(row.unit.name),
        row.nature ? OTHER_UNIT_NATURES[row.nature]['zh-CN'] : '',
        num(row.headcount),
        text(row.supportRole),
        text(row.note),
      ]),
    },
  ];
}

type PairField = {
  [K in keyof TEffectivenessSection]: TEffectivenessSection[K] extends { y2025: number | null } ? K : never;
}[keyof TEffectivenessSection];

function effectiveness(content: TApplicationContent): DocBlock[] {
  const e = content.effectiveness;
  const pair = (field: PairField) => [num(e[field].y2025), num(e[field].y2026)];
  const row = (label: string, field: PairField): CellText[] => [span(label, 2), ...pair(field)];
  const teachers = (label: string, field: 'enterpriseTeachers' | 'interSchoolTeachers'): CellText[][] => [
    [{ text: label, rowSpan: 2 }, '人次', num(e[field].y2025.personTimes), num(e[field].y2026.personTimes)],
    ['课时数', num(e[field].y2025.hours), num(e[field].y2026.hours)],
  ];
  return [
    { kind: 'heading', text: '3. 办学成效和服务能力' },
    {
      kind: 'table',
      columnWidths: [4, 2, 2, 2],
      header: [[span('项目名称', 2), '2025 年', '2026 年']],
      rows: [
        row('共建专业（个）', 'coBuiltMajors'),
        row('共建课程（个）', 'coBuiltCourses'),
        row('共建教材（个）', 'coBuiltTextbooks'),
        row('共建实训基地（个）', 'coBuiltTrainingBases'),
        row('共建产业学院（个）', 'coBuiltIndustryColleges'),
        ...teachers('企业兼职教师', 'enterpriseTeachers'),
        ...teachers('校际兼职教师', 'interSchoolTeachers'),
        row('教师企业实践（人月）', 'teacherPractice'),
        [span('教师教学团队获国家级奖励情况', 2), span(text(e.teachingTeamAwards), 2)],
        row('中国特色学徒制培养（人）', 'apprenticeship'),
        row('现场工程师培养（人）', 'fieldEngineers'),
        row('其他联合培养（人）', 'otherJointTraining'),
        row('发布人才需求报告（个）', 'talentDemandReports'),
        [span('搭建人才供需信息平台，完善职业教育专业动态调整机制情况', 2), text(e.talentPlatform.y2025), text(e.talentPlatform.y2026)],
        [
          span('联合体各类主体深入合作，及时把新方法、新技术、新工艺、新标准引入教育教学实践情况', 2),
          text(e.newPractices.y2025),
          text(e.newPractices.y2026),
        ],
        row('联合体内企业设立学徒岗位占岗位总量的比例（%）', 'apprenticePositionRatio'),
        row('联合体内企业为学生提供实习实训量（人月）', 'internshipVolume'),
        row('中高职贯通培养（人数）', 'secondaryHigherThrough'),
        row('中高本衔接培养（人数）', 'secondaryHigherBachelor'),
        row('联合体内普通本科学校招收中高职毕业生和企业一线优秀员工就读本科和专业学位研究生（人数）', 'undergraduateAdmissions'),
        row('通过“文化素质+职业技能”考试招生学生升学比例（%）', 'examAdmissionRate'),
        row('联合体学校整体就业率（%）', 'employmentRate'),
        [span('职业院校技能大赛获奖情况', 2), span(text(e.skillsCompetitionAwards), 2)],
      ],
    },
    { kind: 'paragraph', bold: true, text: '服务发展能力' },
    {
      kind: 'table',
      columnWidths: [4, 2, 2, 2],
      header: [[span('项目名称', 2), '2025年', '2026年']],
      rows: [
        row('共性技术服务平台（个）', 'techServicePlatforms'),
        [
          span('校企合作开展技术研发的成果转化率（%）/到账经费（万元）', 2),
          `${num(e.rdConversionRate.y2025)} / ${num(e.rdFunding.y2025)}`,
          `${num(e.rdConversionRate.y2026)} / ${num(e.rdFunding.y2026)}`,
        ],
        row('研究成果数量（个）', 'researchOutputs'),
        row('技能鉴定量（人次）', 'skillAppraisals'),
        row('大师工作室数量（个）', 'masterStudios'),
        row('面向企业员工开展培训数（人日）', 'employeeTrainingDays'),
        row('面向农民工、退役军人、下岗职工等培训数（人日）', 'socialTrainingDays'),
      ],
    },
  ];
}

function paragraphs(value: string | null): DocBlock[] {
  return text(value)
    .split(/\n+/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ kind: 'paragraph', indent: true, align: 'justify', text: line.trim() }));
}

function signature(label: string, signatory: { name: string | null; signedOn: string | null }, seal: Buffer | undefined): DocBlock[] {
  const [year, month, day] = (signatory.signedOn ?? '').split('-');
  return [
    { kind: 'paragraph', text: `${label}${text(signatory.name)}` },
    ...(seal ? [{ kind: 'image' as const, data: seal, width: 96, height: 96, align: 'right' as const }] : []),
    // Ideographic spaces (U+3000) keep the blanks of an unsigned date as wide as the form prints them.
    {
      kind: 'paragraph',
      align: 'right',
      text: year ? `公章\u3000${year} 年 ${Number(month)} 月 ${Number(day)} 日` : '公章\u3000\u3000年\u3000月\u3000日',
    },
  ];
}

function commitments(content: TApplicationContent, extras: RecommendationExtras): DocBlock[] {
  const c = content.commitment;
  return [
    { kind: 'heading', text: '4. 建设规划和建设内容' },
    ...paragraphs(content.plan.constructionPlan),
    { kind: 'heading', text: '5. 特色与创新' },
    ...paragraphs(content.features.featuresAndInnovation),
    ...(content.features.noViolationConfirmed
      ? [
          {
            kind: 'paragraph' as const,
            indent: true,
            bold: true,
            text: '产教联合体各成员单位近 3 年内在招生、就业、安全等领域未发生过违法或重大违规事件。',
          },
        ]
      : []),
    { kind: 'pageBreak' },
    { kind: 'heading', text: '6. 申报承诺' },
    { kind: 'paragraph', bold: true, text: '申报单位承诺' },
    {
      kind: 'paragraph',
      indent: true,
      text: '我们承诺：前述所填报数据、内容均真实、准确、有效，并自愿接受有关方面核查。如有弄虚作假或其他违规行为，自愿退出认定，并接受处理。',
    },
    ...signature('依托园区主要负责人签字：', c.parkSignatory, extras.seals.parkSignatory),
    ...signature('牵头企业（行业协会）主要负责人签字：', c.enterpriseSignatory, extras.seals.enterpriseSignatory),
    ...signature('牵头学校主要负责人签字：', c.schoolSignatory, extras.seals.schoolSignatory),
    { kind: 'rule' },
    { kind: 'paragraph', bold: true, text: '地方教育行政部门意见' },
    { kind: 'paragraph', text: `推荐意见：${text(c.authorityOpinion)}` },
    ...signature('地方教育行政部门负责人签字：', c.authoritySignatory, extras.seals.authoritySignatory),
  ];
}

export function recommendationBlocks(content: TApplicationContent, extras: RecommendationExtras): DocBlock[] {
  return [...cover(content), ...overview(content), ...members(content, extras), ...effectiveness(content), ...commitments(content, extras)];
}
