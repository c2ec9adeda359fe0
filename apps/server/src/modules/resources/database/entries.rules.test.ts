import { EMPTY_SURVEY_CONTENT } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { entriesOf, type MajorInfo } from './entries.rules.js';

const majors = new Map<string, MajorInfo>([
  ['660103', { name: '数控技术应用', classCode: '6601', className: '机械设计制造类', categoryCode: '66', categoryName: '装备制造大类' }],
  ['660301', { name: '机电技术应用', classCode: '6603', className: '自动化类', categoryCode: '66', categoryName: '装备制造大类' }],
]);

describe('工作计划 一(一): accepted answers become entries of the dynamic resource database', () => {
  const entries = entriesOf(
    {
      ...EMPTY_SURVEY_CONTENT,
      majors: [{ majorCode: '660103', mode: 'secondary', studentsPerGrade: [120, 118, 110] }],
      bases: [
        {
          name: '智能制造开放实训中心',
          kind: 'open_centre',
          majorCodes: ['660103', '660301'],
          workstations: 80,
          starLevel: 4,
          openToMembers: true,
        },
      ],
      partners: [
        {
          uscc: '91320700MA1X0000XX',
          name: '测试机床有限公司',
          fields: '数控机床装调',
          agreementFrom: '2024-09-01',
          internsHosted: 12,
          orderClass: true,
          apprenticeship: false,
        },
      ],
      courses: [{ name: '数控编程', majorCode: '660103', credits: 2, hours: 32, mode: 'blended', seats: 40 }],
    },
    majors,
  );

  it.each([
    ['major', '数控技术应用', '中职 · 在校生 348 人（120/118/110）', ['6601']],
    ['base', '智能制造开放实训中心', '开放实训中心 · 工位 80 个 · 4 星级 · 向成员开放', ['6601', '6603']],
    ['partner', '测试机床有限公司', '数控机床装调 · 协议自 2024-09-01 · 接收实习生 12 人 · 订单班', []],
    ['course', '数控编程', '2 学分 · 32 学时 · 混合 · 名额 40', ['6601']],
  ])('a %s “%s”: %s', (kind, title, summary, classCodes) => {
    expect(entries.find((entry) => entry.kind === kind)).toMatchObject({ title, summary, classCodes });
  });

  it('finds a base by the names of the majors it serves (章程第四条(三) 实习实训基地)', () => {
    expect(entries.find((entry) => entry.kind === 'base')?.words).toEqual(
      expect.arrayContaining(['数控技术应用', '自动化类', '装备制造大类']),
    );
  });
});
