/** 曹杨职校's 2022 figures as 普陀区年报 prints them (1.1 表1, 1.2, 3.3, 2.3, 4.2). */
import { emptyReportData, type TReportData } from '@chanjiao/contracts';

export function caoyang2022(): TReportData {
  const data = emptyReportData();
  data.structure = { ...data.structure, studentsTotal: 1282, staffInPost: 141, majorsSecondary: 8, majorsThroughHigher: 3, majorsThroughBachelor: 0 };
  data.facilities = { ...data.facilities, equipmentValue: 8471.36, equipmentValueIncrease: 378.43 };
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
  data.outcomes = { ...data.outcomes, graduates: 331, matchedEmployment: 321, directEmployment: 140 };
  data.funding = { ...data.funding, fundingPerStudent: 5.96 };
  return data;
}
