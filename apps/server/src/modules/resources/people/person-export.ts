/**
 * A person's own data, on their request (个人信息保护法 第四十五条 查阅、复制): everything the resources module holds on them —
 * the person, their courses with results and recognitions, their exchanges, any erasure, and the audit entries about
 * them — as JSON for a machine and as a one-sheet workbook a person can read. The export itself is audited.
 */
import {
  AGREEMENT_STATUSES,
  type AgreementStatus,
  auditActionLabel,
  auditEntityLabel,
  COURSE_STATUSES,
  type CourseStatus,
  NOMINATION_STATUSES,
  type NominationStatus,
  type PersonKind,
  RECOGNITION_OUTCOMES,
  type RecognitionOutcome,
  type TPersonExportQuery,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { writeXlsx } from '../../../kernel/files/index.js';
import { formatShanghai } from '../../../kernel/time/shanghai.js';
import { findOrgsByIds } from '../../organizations/index.js';
import * as repo from './people.repository.js';
import {
  assertNoteNamesNobody,
  findPerson,
  PERSON_ENTITY_TYPES,
  presentCourse,
  presentExchange,
  presentHostedCourse,
  presentRules,
} from './people.service.js';

const KIND_NAMES: Record<PersonKind, string> = { student: '跨校选修学生', teacher: '互派或主讲教师' };

async function collect(db: Executor, bodyId: string, kind: PersonKind, personId: string, now: Date, request: string) {
  const person = await findPerson(db, bodyId, kind, personId);
  assertNoteNamesNobody(request, person);
  const erasure = await repo.findErasure(db, kind, person.id);
  const courses = person.kind === 'student' ? await repo.coursesOfStudent(db, person.id) : [];
  const agreements = person.kind === 'teacher' ? person.agreements : [];
  const hosted = person.kind === 'teacher' ? person.courses : [];
  const orgs = await findOrgsByIds(db, [person.orgId, ...agreements.map((a) => a.receiverOrgId).filter((id): id is string => !!id)]);
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const entityIds = [
    person.id,
    ...courses.flatMap((c) => [c.nomination.id, ...(c.recognition ? [c.recognition.id] : [])]),
    ...agreements.map((a) => a.id),
    ...hosted.map((c) => c.id),
  ];
  const audit = await repo.auditEntriesAbout(db, entityIds, person.kind === 'student' ? person.id : null);
  return {
    exportedAt: formatShanghai(now),
    kind,
    person:
      person.kind === 'student'
        ? { name: person.student.name, studentNumber: person.student.studentNumber, major: person.student.major || null }
        : { name: person.name, phone: person.phone },
    unit: { id: person.orgId, name: names.get(person.orgId) ?? '' },
    courses: courses.map(presentCourse),
    exchanges: agreements.map((a) => ({
      ...presentExchange(a, names),
      senderScore: a.senderScore,
      receiverScore: a.receiverScore,
      senderComment: a.senderComment,
      receiverComment: a.receiverComment,
    })),
    hostedCourses: hosted.map(presentHostedCourse),
    erasure: erasure ? { pseudonym: erasure.pseudonym, erasedAt: formatShanghai(erasure.erasedAt), held: erasure.held } : null,
    erasureRules: presentRules(kind).map((rule) => ({
      record: rule.record['zh-CN'],
      treatment: rule.treatment,
      why: rule.why['zh-CN'],
      basis: rule.basis,
    })),
    auditEntries: audit.map((entry) => ({
      at: formatShanghai(entry.at),
      action: auditActionLabel(entry.action, 'zh-CN'),
      object: auditEntityLabel(entry.entityType, 'zh-CN'),
      by: entry.actorUsername,
      outcome: entry.outcome,
    })),
  };
}

type Collected = Awaited<ReturnType<typeof collect>>;
type Line = [string, string, string];

const resultText = (c: Collected['courses'][number]) =>
  c.score !== null ? `${c.score} 分` : c.passed === null ? '无成绩' : c.passed ? '合格' : '不合格';

function lines(data: Collected): Line[] {
  const person: Line[] = [
    ['本人', '类别', KIND_NAMES[data.kind]],
    ['本人', '姓名', data.person.name],
    ...('studentNumber' in data.person
      ? ([
          ['本人', '学号', data.person.studentNumber],
          ['本人', '专业', data.person.major ?? '（已删除）'],
        ] as Line[])
      : ([['本人', '联系电话', data.person.phone ?? '（无）']] as Line[])),
    ['本人', data.kind === 'student' ? '所在学校' : '所在单位', data.unit.name],
  ];
  const courses = data.courses.map((c): Line => {
    const decision = c.recognition
      ? `${RECOGNITION_OUTCOMES[c.recognition.outcome as RecognitionOutcome]?.['zh-CN'] ?? c.recognition.outcome} ${c.recognition.credits} 学分${c.recognition.grade ? ` ${c.recognition.grade}` : ''}`
      : '未认定';
    const status = NOMINATION_STATUSES[c.status as NominationStatus]?.['zh-CN'] ?? c.status;
    return ['课程', `${c.courseName}（${c.host.name}，${c.term}）`, `${status}；${resultText(c)}；${decision}`];
  });
  const exchanges = data.exchanges.map((e): Line => {
    const status = AGREEMENT_STATUSES[e.status as AgreementStatus]?.['zh-CN'] ?? e.status;
    return ['交流', `${e.partner}（${e.startsOn} 至 ${e.endsOn}）`, `${status}；${e.place}；${e.hours ?? 0} 学时`];
  });
  const hosted = data.hostedCourses.map((c): Line => {
    const status = COURSE_STATUSES[c.status as CourseStatus]?.['zh-CN'] ?? c.status;
    return ['主讲课程', `${c.courseName}（${c.term}）`, `${status}；${c.hours} 学时；${c.credits} 学分`];
  });
  const erasure: Line[] = data.erasure ? [['删除', '假名', `${data.erasure.pseudonym}（${data.erasure.erasedAt} 删除）`]] : [];
  const audit = data.auditEntries.map((a): Line => ['审计', a.at, `${a.action}（${a.object}）${a.by ? ` — ${a.by}` : ''}`]);
  return [...person, ...courses, ...exchanges, ...hosted, ...erasure, ...audit, ['导出', '导出时间', data.exportedAt]];
}

export async function exportPerson(
  db: Executor,
  actor: Actor,
  now: Date,
  bodyId: string,
  kind: PersonKind,
  personId: string,
  query: TPersonExportQuery,
) {
  const data = await collect(db, bodyId, kind, personId, now, query.request);
  await recordAudit(db, actor, {
    action: 'resources.person.export',
    entityType: PERSON_ENTITY_TYPES[kind],
    entityId: personId,
    details: { bodyId, format: query.format, request: query.request, courses: data.courses.length, exchanges: data.exchanges.length },
  });
  // The file name leaves the name out: it travels in headers and download lists.
  const stem = `个人数据-${KIND_NAMES[kind]}-${data.exportedAt.slice(0, 10)}`;
  if (query.format === 'json') {
    return {
      filename: `${stem}.json`,
      contentType: 'application/json; charset=utf-8',
      content: Buffer.from(JSON.stringify(data, null, 2)),
    };
  }
  const content = await writeXlsx<Line>(
    [
      { header: '部分', width: 10, value: (l) => l[0] },
      { header: '项目', width: 40, value: (l) => l[1] },
      { header: '内容', width: 60, value: (l) => l[2] },
    ],
    lines(data),
    { sheetName: '个人数据' },
  );
  return { filename: `${stem}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content };
}
