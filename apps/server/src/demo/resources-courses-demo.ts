/**
 * Two cross-selected courses of the alliance in the spring term of 2026 (倡议书 三 课程互选、学分互认), both closed, with
 * the home schools' recognition decisions: 曹杨 hosts 工业机器人编程与调试 (百分制) for students of 镇江 and 常州; 扬州旅游商贸
 * hosts 跨境电商实务 (合格/不合格, online) for students of 曹杨 and 浦口. One result of each course is left for its home
 * school to decide. A third, 曹杨's 数控车削编程与加工 of the autumn term 2026, is still open with 镇江's students accepted
 * and no attendance or result yet. The students' names and numbers are made up; courses and students are marked generated.
 */
import type { TCourseInput, TRecognitionInput } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import {
  acceptNomination,
  closeCourse,
  decideRecognition,
  declineNomination,
  nominateStudents,
  offerCourse,
  recordResult,
} from '../modules/resources/index.js';
import { listCourses } from '../modules/resources/courses/courses.repository.js';
import { ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import * as repo from './demo.repository.js';

const RESULTS_AT = new Date('2026-06-28T02:00:00Z');
const CLOSED_AT = new Date('2026-07-03T02:00:00Z');
const DECIDED_AT = new Date('2026-07-15T02:00:00Z');

type Decision = Omit<TRecognitionInput, 'version'> | 'awaiting';

interface DemoStudent {
  name: string;
  studentNumber: string;
  major: string;
  /** A score or pass/fail as the course grades; absent for a student the host declined. */
  result?: { score?: number; passed?: boolean };
  declined?: string;
  decision?: Decision;
}

interface DemoCourse {
  host: string;
  /** Still running: no results, not closed. */
  open?: boolean;
  course: TCourseInput;
  students: [home: string, DemoStudent[]][];
}

const DEMO_COURSES: DemoCourse[] = [
  {
    host: CAOYANG_SCHOOL,
    open: true,
    course: {
      name: '数控车削编程与加工',
      credits: 2,
      hours: 32,
      term: '2026-2027-1',
      seats: 8,
      mode: 'offline',
      grading: 'score',
      prerequisites: '机械制图',
      hostTeacher: '李建华',
    },
    students: [
      [
        '镇江高等职业技术学校',
        [
          { name: '许晨阳', studentNumber: '2025030208', major: '数控技术应用' },
          { name: '潘雨萱', studentNumber: '2025030216', major: '数控技术应用' },
        ],
      ],
    ],
  },
  {
    host: CAOYANG_SCHOOL,
    course: {
      name: '工业机器人编程与调试',
      credits: 2,
      hours: 36,
      term: '2025-2026-2',
      seats: 6,
      mode: 'blended',
      grading: 'score',
      prerequisites: '机械制图、电工电子技术基础',
      hostTeacher: '周立新',
    },
    students: [
      [
        '镇江高等职业技术学校',
        [
          {
            name: '孙浩然',
            studentNumber: '2024030112',
            major: '工业机器人技术',
            result: { score: 91 },
            decision: { outcome: 'recognised', ownCourseName: '工业机器人现场编程', ownCredits: 2 },
          },
          {
            name: '钱思琪',
            studentNumber: '2024030127',
            major: '工业机器人技术',
            result: { score: 78 },
            decision: { outcome: 'converted' },
          },
          {
            name: '吴俊杰',
            studentNumber: '2024030135',
            major: '机电一体化技术',
            result: { score: 54 },
            decision: { outcome: 'refused', reason: '课程考核成绩不及格，按本校学籍管理规定不予认定' },
          },
        ],
      ],
      [
        '常州市高级职业技术学校',
        [
          { name: '郑雅文', studentNumber: '2024110208', major: '智能设备运行与维护', result: { score: 85 }, decision: 'awaiting' },
          { name: '冯子轩', studentNumber: '2024110215', major: '智能设备运行与维护', declined: '先修课程“机械制图”尚未修读' },
        ],
      ],
    ],
  },
  {
    host: '江苏省扬州旅游商贸学校',
    course: {
      name: '跨境电商实务',
      credits: 2,
      hours: 32,
      term: '2025-2026-2',
      seats: 40,
      mode: 'online',
      grading: 'pass_fail',
      hostTeacher: '陈婉清',
    },
    students: [
      [
        CAOYANG_SCHOOL,
        [
          {
            name: '林嘉怡',
            studentNumber: '2024050301',
            major: '电子商务',
            result: { passed: true },
            decision: { outcome: 'recognised', ownCourseName: '电子商务实务', ownCredits: 2 },
          },
          { name: '黄博文', studentNumber: '2024050318', major: '电子商务', result: { passed: true }, decision: { outcome: 'converted' } },
          { name: '何欣悦', studentNumber: '2024050322', major: '电子商务', result: { passed: true }, decision: 'awaiting' },
        ],
      ],
      [
        '南京浦口中等专业学校',
        [
          { name: '高宇航', studentNumber: '2024020416', major: '电子商务', result: { passed: true }, decision: { outcome: 'converted' } },
          {
            name: '罗诗涵',
            studentNumber: '2024020421',
            major: '电子商务',
            result: { passed: false },
            decision: { outcome: 'refused', reason: '课程考核不合格' },
          },
        ],
      ],
    ],
  },
];

export async function ensureCourseExchangeDemo(db: Database): Promise<void> {
  const bodyId = (await repo.bodyIdsByName(db, [ALLIANCE_NAME])).get(ALLIANCE_NAME);
  if (!bodyId || (await listCourses(db, bodyId)).length > 0) return;
  const schools = DEMO_COURSES.flatMap((c) => [c.host, ...c.students.map(([home]) => home)]);
  const orgIds = await repo.orgIdsByName(db, schools);
  const generated = { isGenerated: true };
  for (const { host, course, students, open } of DEMO_COURSES) {
    const hostId = orgIds.get(host);
    if (!hostId) continue;
    const offered = await offerCourse(db, SYSTEM_ACTOR, bodyId, hostId, course, generated);
    const decisions: [nominationId: string, Decision][] = [];
    for (const [home, list] of students) {
      const homeOrgId = orgIds.get(home);
      if (!homeOrgId) continue;
      const nominations = await nominateStudents(
        db,
        SYSTEM_ACTOR,
        bodyId,
        offered.id,
        { homeOrgId, students: list.map(({ name, studentNumber, major }) => ({ name, studentNumber, major })) },
        generated,
      );
      for (const [i, nomination] of nominations.entries()) {
        const student = list[i]!;
        const at = { bodyId, courseId: offered.id, nominationId: nomination.id };
        if (student.declined) {
          await declineNomination(db, SYSTEM_ACTOR, at, student.declined);
          continue;
        }
        await acceptNomination(db, SYSTEM_ACTOR, bodyId, offered.id, nomination.id);
        if (open) continue;
        await recordResult(db, SYSTEM_ACTOR, RESULTS_AT, at, student.result ?? {});
        if (student.decision) decisions.push([nomination.id, student.decision]);
      }
    }
    if (open) continue;
    await closeCourse(db, SYSTEM_ACTOR, CLOSED_AT, bodyId, offered.id);
    for (const [nominationId, decision] of decisions) {
      if (decision === 'awaiting') continue;
      await decideRecognition(db, SYSTEM_ACTOR, DECIDED_AT, bodyId, nominationId, { ...decision, version: 0 });
    }
  }
}
