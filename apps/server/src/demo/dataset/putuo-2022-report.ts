/**
 * 普陀区年报 (《普陀区中等职业教育年度质量报告（2023）》) as report data of the 2022 cycle: 表1 (办学情况表) and 表2
 * (开放实训中心) for the six schools, 表3 (培训情况 by year) as 普陀区教育局's own figures, 曹杨职校's figures of 1.2 设施设备, 3.3 教师队伍, 2.3 就业升学 and 4.2 经费保障, and the graduates of the
 * schools 2.3 names. Rates the report prints are kept as stated figures, so the platform can compare them.
 */
import { emptyReportData, type TAuthorityData, type TReportData } from '@chanjiao/contracts';
import { CAOYANG_SCHOOL } from './alliance.js';

export const PUTUO_2022_CYCLE = {
  reportYear: 2022,
  title: '普陀区中等职业教育质量年度报告（2022年度）',
  // The report names no notice and no collection dates; these deadlines are the demo's, set before its 2023 publication.
  noticeNumber: undefined,
  deadlines: { submit: '2023-01-13', review: '2023-01-20', approve: '2023-01-31', publish: '2023-03-31' },
  outline: ['1. 基本情况', '2. 学生发展', '3. 教学改革', '4. 政策保障', '5. 国际合作', '6. 服务贡献', '7. 面临挑战'],
};

/**
 * The five schools whose reports the demo takes through the chain and publishes (曹杨职校's is left to its demo
 * accounts): the key of their generated accounts, the short name the report uses, and a 公开网址. The report gives no
 * publication date or addresses; these are the demo's, on a reserved domain (.example) so that nobody takes them for
 * the schools' own sites.
 */
export const PUTUO_2022_CHAIN = [
  { key: 'xxjs', orgName: '上海信息技术学校', shortName: '信息技术学校' },
  { key: 'jjgl', orgName: '上海市经济管理学校', shortName: '经济管理学校' },
  { key: 'maoyi', orgName: '上海市贸易学校', shortName: '贸易学校' },
  { key: 'shkj', orgName: '上海商业会计学校', shortName: '商业会计学校' },
  { key: 'dianqi', orgName: '上海电气职业技术学校', shortName: '电气职校' },
].map((school) => ({ ...school, url: `https://${school.key}.putuo-demo.example/zlnb/2022` }));

export const PUTUO_2022_PUBLICATIONS = {
  publishedOn: '2023-03-28',
  districtUrl: 'https://jyj.putuo-demo.example/zyjy/zlnb/2022',
};

/** 表1 合计 as printed: 58/29/7 majors (its rows add up to 60/32/9), 8,116 students, 1,087 staff. */
export const PUTUO_2022_STATED_TOTALS = { totals: [58, 29, 7, 8116, 1087], source: '《普陀区中等职业教育年度质量报告（2023）》表1' };

/**
 * 表3 “2020-2022 年普陀区在职员工综合素养与学力提升培训情况表”, 普陀区教育局's own figures, as printed (“组织 15 家创新实践
 * 基地开展地方教育费附加‘员工综合素养与学力提升’培训，开设 110 门课程、培训 9,567 人次”); its 合计 row leaves 参与基地单位
 * blank and adds up to 204 门, 17,507 人次, 285,869 课时.
 */
export const PUTUO_2022_TRAINING: TAuthorityData = {
  training: {
    years: [
      { year: 2020, baseUnits: 11, trainingCourses: 56, trainingPersonTimes: 4153, trainingHours: 94434 },
      { year: 2021, baseUnits: 10, trainingCourses: 38, trainingPersonTimes: 3787, trainingHours: 69973 },
      { year: 2022, baseUnits: 15, trainingCourses: 110, trainingPersonTimes: 9567, trainingHours: 121462 },
    ],
    stated: {
      baseUnits: null,
      trainingCourses: 204,
      trainingPersonTimes: 17507,
      trainingHours: 285869,
      source: '《普陀区中等职业教育年度质量报告（2023）》表3 合计',
    },
  },
};

/** 表1: [学校, 中职专业, 中高职贯通, 中本贯通, 学生人数, 教职员工数]. */
const TABLE_1: [string, number, number, number, number, number][] = [
  [CAOYANG_SCHOOL, 8, 3, 0, 1282, 141],
  ['上海信息技术学校', 16, 2, 1, 2480, 280],
  ['上海市经济管理学校', 10, 10, 2, 1872, 139],
  ['上海市贸易学校', 12, 8, 2, 794, 176],
  ['上海商业会计学校', 11, 9, 4, 1117, 312],
  ['上海电气职业技术学校', 3, 0, 0, 571, 39],
];

/** 2.3 就业升学, as printed: 毕业生, 对口就业, 直接就业, 升学, and the rates the text states. */
const OUTCOMES: Record<string, { outcomes: Partial<TReportData['outcomes']>; stated: TReportData['statedRates'] }> = {
  [CAOYANG_SCHOOL]: {
    outcomes: { graduates: 331, matchedEmployment: 321, directEmployment: 140 },
    stated: { matchedEmploymentRate: 97, directEmploymentRate: 42.3 },
  },
  上海信息技术学校: {
    outcomes: { graduates: 690, matchedEmployment: 634, furtherStudy: 430 },
    stated: { matchedEmploymentRate: 91.9, furtherStudyRate: 62.32 },
  },
  上海市经济管理学校: {
    outcomes: { graduates: 560, matchedEmployment: 536, directEmployment: 13, startingWage: 4500 },
    stated: { matchedEmploymentRate: 95.71 },
  },
  上海市贸易学校: { outcomes: {}, stated: { matchedEmploymentRate: 85.4 } },
  上海商业会计学校: { outcomes: {}, stated: { matchedEmploymentRate: 79.1 } },
  上海电气职业技术学校: { outcomes: { graduates: 118, directEmployment: 89, furtherStudy: 26 }, stated: { matchedEmploymentRate: 97.5 } },
};

/** 表2 开放实训中心, as printed; 曹杨职校's two (rows 2 and 8) are set with its 1.2 figures below. */
const TABLE_2: Record<string, TReportData['facilities']['openCentres']> = {
  上海信息技术学校: [
    { centreName: '信息技术(计算机)开放实训中心', star: 'five' },
    { centreName: '烹饪开放实训中心', star: 'four' },
    { centreName: '现代控制技术开放实训中心', star: 'three' },
  ],
  上海市经济管理学校: [{ centreName: '信息技术(计算机)开放实训中心', star: 'three' }],
  上海市贸易学校: [
    { centreName: '焙烤开放实训中心', star: 'three' },
    { centreName: '国际商务开放实训中心', star: 'two' },
    { centreName: '物联网技术开放实训中心', star: 'none' },
  ],
  上海商业会计学校: [{ centreName: '会计开放实训中心', star: 'two' }],
};

/**
 * The counts a school's report must hold to be submitted that the district report does not print for the five
 * schools other than 曹杨职校 (it gives their 对口就业率 only, 2.3: “贸易学校达到85.4%、商业会计学校达到79.1%”, and
 * of their teachers only that “副高级及以上职称教师占比均超过 20%，‘双师型’教师比例均超过 50%”). They are the demo's,
 * chosen to agree with those statements, so that these schools' reports can go through the chain; 电气职校's 对口就业
 * is its 直接就业 89 and 升学 26 (115 of 118, the 97.5 % it states).
 */
const DEMO_COUNTS: Record<string, { teachers: [number, number, number]; outcomes?: Partial<TReportData['outcomes']> }> = {
  上海信息技术学校: { teachers: [190, 110, 70] },
  上海市经济管理学校: { teachers: [105, 60, 38] },
  上海市贸易学校: { teachers: [130, 75, 45], outcomes: { graduates: 240, matchedEmployment: 205 } },
  上海商业会计学校: { teachers: [200, 110, 66], outcomes: { graduates: 330, matchedEmployment: 261 } },
  上海电气职业技术学校: { teachers: [30, 18, 11], outcomes: { matchedEmployment: 115 } },
};

/** Where each school's figures come from, for the import's audit entry. */
export function putuo2022Source(orgName: string): string {
  const printed = '《普陀区中等职业教育年度质量报告（2023）》表1、表2、2.3';
  return orgName === CAOYANG_SCHOOL
    ? `${printed}、1.2、3.3、4.2`
    : `${printed}；专任教师、专业教师、双师型教师数及未载的毕业去向人数为演示数据`;
}

export function putuo2022Data(): { orgName: string; data: TReportData }[] {
  return TABLE_1.map(([orgName, secondary, throughHigher, throughBachelor, students, staff]) => {
    const data = emptyReportData();
    data.structure = {
      ...data.structure,
      studentsTotal: students,
      staffInPost: staff,
      majorsSecondary: secondary,
      majorsThroughHigher: throughHigher,
      majorsThroughBachelor: throughBachelor,
    };
    const printed = OUTCOMES[orgName];
    if (printed) {
      data.outcomes = { ...data.outcomes, ...printed.outcomes };
      data.statedRates = { ...printed.stated };
    }
    data.facilities = { ...data.facilities, openCentres: TABLE_2[orgName] ?? [] };
    const demo = DEMO_COUNTS[orgName];
    if (demo) {
      const [fullTimeTeachers, professionalTeachers, dualQualifiedTeachers] = demo.teachers;
      data.teachers = { ...data.teachers, fullTimeTeachers, professionalTeachers, dualQualifiedTeachers };
      data.outcomes = { ...data.outcomes, ...demo.outcomes };
    }
    if (orgName === CAOYANG_SCHOOL) {
      // 1.2: “教学仪器设备总值达 8,471.36 万元，较 2021 年增加 378.43 万元；学校生均教学仪器设备 6.61 万元，生均实训实习工位数 0.80 个”
      data.facilities = {
        ...data.facilities,
        equipmentValue: 8471.36,
        equipmentValueIncrease: 378.43,
        openCentres: [
          { centreName: '现代化工开放实训中心', star: 'four' },
          { centreName: '会展开放实训中心', star: 'two' },
        ],
      };
      // 3.3: “在编在岗专任教师 118 人，专业教师 59 人、基础教师 59 人 … 高级职称教师 31 人 … 硕士以上学历教师 35 人 … 双师型教师 48 人 … 兼职教师 4 人，占专任教师 3.3%”
      data.teachers = {
        ...data.teachers,
        fullTimeTeachers: 118,
        professionalTeachers: 59,
        foundationTeachers: 59,
        seniorTitleTeachers: 31,
        masterTeachers: 35,
        dualQualifiedTeachers: 48,
        partTimeTeachers: 4,
      };
      // 4.2: “2022 年生均教育经费共 5.96 万元”
      data.funding = { ...data.funding, fundingPerStudent: 5.96 };
      data.statedRates = {
        ...data.statedRates,
        studentTeacherRatio: 10,
        professionalShare: 50,
        seniorTitleShare: 26.3,
        masterShare: 29.7,
        dualQualifiedShare: 81.4,
        partTimeShare: 3.3,
        equipmentPerStudent: 6.61,
        workstationsPerStudent: 0.8,
      };
    }
    return { orgName, data };
  });
}
