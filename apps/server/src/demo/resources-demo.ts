/**
 * The alliance's 2026 resource survey (2026年重点工作项目计划 一(一): 启动"八市一区"职业教育资源调研, 2026年1-6月): the round
 * and the answers of seven of the nine founders, five of them accepted into the resource database. The majors are
 * catalogue majors a school of each kind offers, not figures from the documents; every answer, base, partner and course is
 * made up and marked generated. Loaded only when the alliance has no 2026 round yet.
 */
import { EMPTY_SURVEY_CONTENT, type TSurveyContent, usccCheckCharacter } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import { acceptResponse, openRound, saveResponse, submitResponse } from '../modules/resources/index.js';
import { findRoundByYear } from '../modules/resources/survey/survey.repository.js';
import { ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import * as repo from './demo.repository.js';

const FILLED_ON = '2026-04-20';
const ACCEPTED_AT = new Date('2026-05-08T02:00:00Z');

type Stage = 'draft' | 'submitted' | 'accepted';

/** A made-up enterprise's credit code in the school's region: 91 + region + MA + a serial, with its check character. */
const uscc = (region: string, serial: number) => {
  const first17 = `91${region}MA${String(serial).padStart(7, '0')}`;
  return first17 + usccCheckCharacter(first17);
};

const answers = (content: Partial<TSurveyContent>): TSurveyContent => ({ ...EMPTY_SURVEY_CONTENT, ...content });

const DEMO_ANSWERS: [school: string, stage: Stage, content: TSurveyContent][] = [
  [
    CAOYANG_SCHOOL,
    'accepted',
    answers({
      majors: [
        { majorCode: '660103', mode: 'secondary', studentsPerGrade: [120, 116, 110], offeredSince: 2005 },
        { majorCode: '660301', mode: 'secondary_higher', studentsPerGrade: [80, 78, 76], offeredSince: 2012 },
        { majorCode: '660303', mode: 'secondary', studentsPerGrade: [45, 44, 40], offeredSince: 2018 },
      ],
      teachers: [
        { classCode: '6601', fullTime: 22, seniorTitle: 8, postgraduate: 6, dualQualified: 18, partTime: 5 },
        { classCode: '6603', fullTime: 18, seniorTitle: 6, postgraduate: 5, dualQualified: 14, partTime: 4 },
      ],
      bases: [
        {
          name: '曹杨职校智能制造开放实训中心',
          kind: 'open_centre',
          majorCodes: ['660103', '660303'],
          workstations: 80,
          starLevel: 4,
          openToMembers: true,
          bookingTerms: '提前两周向实训处预约',
        },
      ],
      partners: [
        {
          uscc: uscc('310107', 1),
          name: '上海演示数控机床有限公司',
          fields: '数控机床装调与维修',
          agreementFrom: '2023-09-01',
          agreementTo: '2028-08-31',
          internsHosted: 24,
          orderClass: true,
          apprenticeship: false,
        },
        {
          uscc: uscc('310107', 2),
          name: '上海演示机器人科技有限公司',
          fields: '工业机器人系统集成',
          agreementFrom: '2024-03-01',
          internsHosted: 12,
          orderClass: false,
          apprenticeship: true,
        },
      ],
      courses: [{ name: '工业机器人编程基础', majorCode: '660303', credits: 2, hours: 36, mode: 'blended', seats: 40 }],
    }),
  ],
  [
    '南京浦口中等专业学校',
    'accepted',
    answers({
      majors: [
        { majorCode: '700206', mode: 'secondary', studentsPerGrade: [150, 142, 138], offeredSince: 2003 },
        { majorCode: '700604', mode: 'secondary_higher', studentsPerGrade: [60, 58, 55], offeredSince: 2016 },
      ],
      teachers: [{ classCode: '7002', fullTime: 26, seniorTitle: 9, postgraduate: 4, dualQualified: 20, partTime: 7 }],
      bases: [
        {
          name: '浦口中专新能源汽车实训基地',
          kind: 'training_base',
          majorCodes: ['700206'],
          workstations: 60,
          openToMembers: true,
          bookingTerms: '寒暑假开放',
        },
      ],
      partners: [
        {
          uscc: uscc('320111', 3),
          name: '南京演示汽车销售服务有限公司',
          fields: '汽车维修与检测',
          agreementFrom: '2022-09-01',
          internsHosted: 30,
          orderClass: true,
          apprenticeship: true,
        },
      ],
      noneToReport: ['courses'],
    }),
  ],
  [
    '江苏省扬州旅游商贸学校',
    'accepted',
    answers({
      majors: [
        { majorCode: '740201', mode: 'secondary', studentsPerGrade: [180, 175, 170], offeredSince: 1998 },
        { majorCode: '740101', mode: 'secondary', studentsPerGrade: [90, 88, 85], offeredSince: 2001 },
        { majorCode: '740104', mode: 'five_year', studentsPerGrade: [40, 40, 38, 36, 35], offeredSince: 2015 },
      ],
      teachers: [{ classCode: '7402', fullTime: 30, seniorTitle: 12, postgraduate: 3, dualQualified: 25, partTime: 10 }],
      bases: [
        {
          name: '淮扬菜烹饪开放实训中心',
          kind: 'open_centre',
          majorCodes: ['740201', '740202'],
          workstations: 120,
          starLevel: 5,
          openToMembers: true,
        },
      ],
      partners: [
        {
          uscc: uscc('321000', 4),
          name: '扬州演示餐饮管理有限公司',
          fields: '淮扬菜制作与餐饮管理',
          agreementFrom: '2021-06-01',
          internsHosted: 40,
          orderClass: true,
          apprenticeship: true,
        },
      ],
      courses: [{ name: '淮扬菜制作', majorCode: '740201', credits: 3, hours: 54, mode: 'offline', seats: 30 }],
    }),
  ],
  [
    '镇江高等职业技术学校',
    'accepted',
    answers({
      majors: [
        { majorCode: '460103', mode: 'five_year', studentsPerGrade: [90, 88, 85, 80, 78], offeredSince: 2006 },
        { majorCode: '460301', mode: 'five_year', studentsPerGrade: [85, 84, 80, 78, 75], offeredSince: 2006 },
      ],
      teachers: [{ classCode: '4601', fullTime: 28, seniorTitle: 12, postgraduate: 14, dualQualified: 22, partTime: 8 }],
      bases: [
        {
          name: '镇江高职校数控加工实训基地',
          kind: 'training_base',
          majorCodes: ['460103'],
          workstations: 64,
          starLevel: 3,
          openToMembers: false,
        },
      ],
      partners: [
        {
          uscc: uscc('321100', 5),
          name: '镇江演示精密机械有限公司',
          fields: '精密数控加工',
          agreementFrom: '2024-01-01',
          internsHosted: 18,
          orderClass: false,
          apprenticeship: true,
        },
      ],
      noneToReport: ['courses'],
    }),
  ],
  [
    '常州市高级职业技术学校',
    'accepted',
    answers({
      majors: [
        { majorCode: '660201', mode: 'secondary', studentsPerGrade: [70, 68, 65], offeredSince: 2019 },
        { majorCode: '710202', mode: 'secondary_higher', studentsPerGrade: [95, 92, 90], offeredSince: 2008 },
      ],
      teachers: [{ classCode: '7102', fullTime: 20, seniorTitle: 7, postgraduate: 8, dualQualified: 15, partTime: 3 }],
      bases: [
        {
          name: '常州高职校智能设备运维实训中心',
          kind: 'open_centre',
          majorCodes: ['660201'],
          workstations: 48,
          starLevel: 3,
          openToMembers: true,
        },
      ],
      partners: [
        {
          uscc: uscc('320400', 6),
          name: '常州演示智能装备有限公司',
          fields: '智能设备安装与运维',
          agreementFrom: '2025-03-01',
          internsHosted: 10,
          orderClass: false,
          apprenticeship: false,
        },
      ],
      courses: [{ name: '网络设备配置与管理', majorCode: '710202', credits: 2, hours: 32, mode: 'online', seats: 60 }],
    }),
  ],
  [
    '江苏省靖江中等专业学校',
    'submitted',
    answers({
      majors: [
        { majorCode: '660103', mode: 'secondary', studentsPerGrade: [100, 96, 92], offeredSince: 2004 },
        { majorCode: '660302', mode: 'secondary', studentsPerGrade: [60, 58, 56], offeredSince: 2010 },
      ],
      teachers: [{ classCode: '6601', fullTime: 16, seniorTitle: 5, postgraduate: 2, dualQualified: 12, partTime: 4 }],
      bases: [
        { name: '靖江中专船舶焊接与数控实训基地', kind: 'training_base', majorCodes: ['660103'], workstations: 50, openToMembers: true },
      ],
      partners: [
        {
          uscc: uscc('321282', 7),
          name: '靖江演示船舶配套有限公司',
          fields: '船舶配套件数控加工',
          agreementFrom: '2023-07-01',
          internsHosted: 15,
          orderClass: true,
          apprenticeship: false,
        },
      ],
      noneToReport: ['courses'],
    }),
  ],
  [
    '江苏省锡山中等专业学校',
    'submitted',
    answers({
      majors: [
        { majorCode: '730701', mode: 'secondary', studentsPerGrade: [110, 105, 100], offeredSince: 2011 },
        { majorCode: '730301', mode: 'secondary', studentsPerGrade: [80, 78, 75], offeredSince: 2000 },
      ],
      teachers: [{ classCode: '7307', fullTime: 14, seniorTitle: 4, postgraduate: 3, dualQualified: 10, partTime: 3 }],
      bases: [{ name: '锡山中专电商直播实训室', kind: 'training_base', majorCodes: ['730701'], workstations: 40, openToMembers: false }],
      partners: [
        {
          uscc: uscc('320205', 8),
          name: '无锡演示电子商务有限公司',
          fields: '直播电商运营',
          agreementFrom: '2025-09-01',
          internsHosted: 20,
          orderClass: false,
          apprenticeship: false,
        },
      ],
      courses: [{ name: '直播电商运营实务', majorCode: '730701', credits: 2, hours: 32, mode: 'online', seats: 80 }],
    }),
  ],
  [
    '江苏省南通中等专业学校',
    'draft',
    answers({ majors: [{ majorCode: '720201', mode: 'secondary', studentsPerGrade: [200, 195, 190], offeredSince: 1995 }] }),
  ],
];

export async function ensureResourcesDemo(db: Database): Promise<void> {
  const bodyId = (await repo.bodyIdsByName(db, [ALLIANCE_NAME])).get(ALLIANCE_NAME);
  if (!bodyId || (await findRoundByYear(db, bodyId, 2026))) return;
  const orgIds = await repo.orgIdsByName(
    db,
    DEMO_ANSWERS.map(([school]) => school),
  );
  const generated = { isGenerated: true };
  const round = await openRound(
    db,
    SYSTEM_ACTOR,
    '2026-01-05',
    bodyId,
    {
      year: 2026,
      title: '“八市一区”职业教育资源调研',
      deadline: '2026-06-30',
      sections: ['majors', 'teachers', 'bases', 'partners', 'courses'],
    },
    generated,
  );
  for (const [school, stage, content] of DEMO_ANSWERS) {
    const orgId = orgIds.get(school);
    if (!orgId) continue;
    await saveResponse(db, SYSTEM_ACTOR, FILLED_ON, bodyId, round.id, orgId, { content, version: 0 }, generated);
    if (stage === 'draft') continue;
    await submitResponse(db, SYSTEM_ACTOR, ACCEPTED_AT, FILLED_ON, bodyId, round.id, orgId, { version: 1 });
    if (stage === 'accepted') await acceptResponse(db, SYSTEM_ACTOR, ACCEPTED_AT, bodyId, round.id, orgId, { version: 2 });
  }
}
