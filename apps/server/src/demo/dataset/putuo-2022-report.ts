/**
 * 普陀区年报 (《普陀区中等职业教育年度质量报告（2023）》) as report data of the 2022 cycle: 表1 (办学情况表) for the six
 * schools, 曹杨职校's figures of 1.2 设施设备, 3.3 教师队伍, 2.3 就业升学 and 4.2 经费保障, and the graduates of the
 * schools 2.3 names. Rates the report prints are kept as stated figures, so the platform can compare them.
 */
import { emptyReportData, type TReportData } from '@chanjiao/contracts';
import { CAOYANG_SCHOOL } from './alliance.js';

export const PUTUO_2022_CYCLE = {
  reportYear: 2022,
  title: '普陀区中等职业教育质量年度报告（2022年度）',
  // The report names no notice and no collection dates; these deadlines are the demo's, set before its 2023 publication.
  noticeNumber: undefined,
  deadlines: { submit: '2023-01-13', review: '2023-01-20', approve: '2023-01-31', publish: '2023-03-31' },
  outline: ['1. 基本情况', '2. 学生发展', '3. 教学改革', '4. 政策保障', '5. 国际合作', '6. 服务贡献', '7. 面临挑战'],
};

/** 表1 合计 as printed: 58/29/7 majors (its rows add up to 60/32/9), 8,116 students, 1,087 staff. */
export const PUTUO_2022_STATED_TOTALS = { totals: [58, 29, 7, 8116, 1087], source: '《普陀区中等职业教育年度质量报告（2023）》表1' };

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
  上海电气职业技术学校: { outcomes: { graduates: 118, directEmployment: 89, furtherStudy: 26 }, stated: { matchedEmploymentRate: 97.5 } },
};

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
