/**
 * Use cases of course cross-selection (课程互选, docs/sources.md §9 R3): a member offers a course; other members' home schools
 * nominate students; the host accepts them up to the seats (under a row lock of the course), declines with a reason,
 * records results by the course's grading scheme and closes the course. Every write is audited in its transaction.
 */
import {
  COURSE_STATUSES,
  type CourseStatus,
  GRADING_SCHEMES,
  type GradingScheme,
  NOMINATION_STATUSES,
  type NominationStatus,
  type TCourse,
  type TCourseDetail,
  type TCourseInput,
  type TCourseUpdate,
  type TNomination,
  type TNominationInput,
  type TAttendanceSummary,
  type TResultInput,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { currentMembers } from '../access/access.repository.js';
import { requireMember, requireSearcher } from '../access/access.service.js';
import { attendanceSummaries } from '../attendance/attendance.service.js';
import { resultAttendanceWarning } from '../attendance/attendance.rules.js';
import * as repo from './courses.repository.js';
import {
  type CourseAction,
  courseAllows,
  courseChangeProblem,
  hasSeatLeft,
  maskStudentName,
  maskStudentNumber,
  type NominationAction,
  nominationAfter,
  resultProblem,
  studentsWithoutResult,
} from './courses.rules.js';

export const COURSE_ENTITY = bilingual('互选课程', 'cross-selected course');
export const NOMINATION_ENTITY = bilingual('跨校选修推荐', 'course nomination');

const ACTION_NAMES: Record<CourseAction, { 'zh-CN': string; 'en-US': string }> = {
  nominate: bilingual('推荐学生', 'nominated to'),
  accept: bilingual('接收', 'accepted'),
  decline: bilingual('不接收', 'declined'),
  result: bilingual('登记成绩', 'given a result'),
  close: bilingual('结课', 'closed'),
  change: bilingual('修改', 'changed'),
};

type ListedCourse = Awaited<ReturnType<typeof repo.listCourses>>[number];

function presentCourse(row: ListedCourse): TCourse {
  const { course } = row;
  return {
    id: course.id,
    host: { id: course.hostOrgId, name: row.hostName },
    name: course.name,
    credits: course.credits,
    hours: course.hours,
    term: course.term,
    seats: course.seats,
    accepted: row.accepted,
    nominated: row.nominated,
    mode: course.mode as TCourse['mode'],
    grading: course.grading as GradingScheme,
    prerequisites: course.prerequisites,
    hostTeacher: course.hostTeacher,
    status: course.status as CourseStatus,
    closedAt: course.closedAt?.toISOString() ?? null,
    isGenerated: course.isGenerated,
    resultsRecorded: row.resultsRecorded,
    version: course.version,
  };
}

export function hostsCourse(grants: Grant[], course: { hostOrgId: string }): boolean {
  return isAllowed(grants, 'resources.course.host', { orgId: course.hostOrgId });
}

/** The two schools that see a student whole: the home school (nominating or recognising) and the host. */
function seesStudent(grants: Grant[], course: { hostOrgId: string }, homeOrgId: string): boolean {
  return (
    hostsCourse(grants, course) ||
    isAllowed(grants, 'resources.course.nominate', { orgId: homeOrgId }) ||
    isAllowed(grants, 'resources.credit.recognise', { orgId: homeOrgId })
  );
}

type NominationJoined = Awaited<ReturnType<typeof repo.nominationsOfCourse>>[number];

function presentNomination(row: NominationJoined, revealed: boolean, attendance: TAttendanceSummary | undefined): TNomination {
  const { nomination, student } = row;
  return {
    id: nomination.id,
    home: { id: student.homeOrgId, name: row.homeName },
    studentId: student.id,
    studentName: revealed ? student.name : maskStudentName(student.name),
    studentNumber: revealed ? student.studentNumber : maskStudentNumber(student.studentNumber),
    major: student.major,
    status: nomination.status as NominationStatus,
    declineReason: nomination.declineReason,
    score: nomination.score,
    passed: nomination.passed,
    resultRecordedAt: nomination.resultRecordedAt?.toISOString() ?? null,
    revealed,
    attendance: revealed && row.nomination.status === 'accepted' ? (attendance ?? null) : null,
  };
}

export async function offerCourse(
  db: Executor,
  actor: Actor,
  bodyId: string,
  hostOrgId: string,
  input: TCourseInput,
  provenance: { isGenerated?: boolean } = {},
) {
  await requireMember(db, bodyId, hostOrgId);
  return db.transaction(async (tx) => {
    const course = await repo.insertCourse(tx, {
      bodyId,
      hostOrgId,
      ...input,
      prerequisites: input.prerequisites ?? null,
      isGenerated: provenance.isGenerated ?? false,
    });
    await recordAudit(tx, actor, {
      action: 'resources.course.offer',
      entityType: 'resource_course',
      entityId: course.id,
      details: { bodyId, hostOrgId, name: input.name, credits: input.credits, seats: input.seats, term: input.term },
    });
    return course;
  });
}

/**
 * The host changes its open course (a seat more, another teacher, a corrected name), on the version it read; what the
 * course's students already depend on stays (courses.rules.ts courseChangeProblem). Before and after are audited.
 */
export async function changeCourse(db: Executor, actor: Actor, bodyId: string, courseId: string, input: TCourseUpdate) {
  await requireCourse(db, bodyId, courseId);
  return db.transaction(async (tx) => {
    const course = await repo.lockCourse(tx, courseId);
    assertOpen(course, 'change');
    if (course.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: course.version });
    const [accepted, resultsRecorded] = await Promise.all([repo.countAccepted(tx, courseId), repo.countResults(tx, courseId)]);
    const before = { ...course, grading: course.grading as GradingScheme };
    const problem = courseChangeProblem(before, input, { accepted, resultsRecorded });
    if (problem) throw new DomainError('RESOURCES_COURSE_CHANGE', { course: course.name, hint: problem });
    const { version, ...values } = input;
    const changed = await repo.updateCourse(tx, courseId, version, { ...values, prerequisites: values.prerequisites ?? null });
    if (!changed) throw new DomainError('VERSION_CONFLICT', { current: course.version });
    const fields = (Object.keys(values) as (keyof typeof values)[]).filter((key) => (course[key] ?? null) !== (changed[key] ?? null));
    await recordAudit(tx, actor, {
      action: 'resources.course.change',
      entityType: 'resource_course',
      entityId: courseId,
      details: {
        bodyId,
        // The teacher's name is personal data (people/teachers.rules.ts): the audit says that it changed, not to what.
        changed: Object.fromEntries(
          fields.map((key) => [key, key === 'hostTeacher' ? true : { before: course[key] ?? null, after: changed[key] ?? null }]),
        ),
      },
    });
    return { id: courseId, version: changed.version };
  });
}

/** The body's courses split into those the user's unit hosts and those open to it; members and the secretariat only. */
export async function listCourses(db: Executor, grants: Grant[], bodyId: string) {
  await requireSearcher(db, grants, bodyId);
  const rows = await repo.listCourses(db, bodyId);
  const hosted = rows.filter((row) => hostsCourse(grants, row.course));
  const open = rows.filter((row) => !hostsCourse(grants, row.course));
  return { hosted: hosted.map(presentCourse), open: open.map(presentCourse) };
}

export async function requireCourse(db: Executor, bodyId: string, courseId: string) {
  const course = await repo.findCourse(db, bodyId, courseId);
  if (!course) throw notFound(COURSE_ENTITY);
  return course;
}

export async function getCourse(db: Executor, grants: Grant[], bodyId: string, courseId: string): Promise<TCourseDetail> {
  await requireSearcher(db, grants, bodyId);
  const course = await requireCourse(db, bodyId, courseId);
  const [listed, nominations, members] = await Promise.all([
    repo.listCourses(db, bodyId),
    repo.nominationsOfCourse(db, courseId),
    currentMembers(db, bodyId),
  ]);
  const row = listed.find((r) => r.course.id === courseId)!;
  const mayManage = hostsCourse(grants, course);
  const attendance = await attendanceSummaries(
    db,
    nominations.map((n) => n.nomination.id),
  );
  return {
    course: presentCourse(row),
    nominations: nominations.map((n) =>
      presentNomination(n, seesStudent(grants, course, n.student.homeOrgId), attendance.get(n.nomination.id)),
    ),
    nominateFor:
      course.status === 'open'
        ? members
            .filter((m) => m.id !== course.hostOrgId && isAllowed(grants, 'resources.course.nominate', { orgId: m.id }))
            .map((m) => ({ id: m.id, name: m.name }))
        : [],
    mayManage,
  };
}

function assertOpen(course: repo.CourseRow, action: CourseAction) {
  if (!courseAllows(course.status as CourseStatus, action)) {
    throw new DomainError('RESOURCES_COURSE_CLOSED', { course: course.name, action: ACTION_NAMES[action] });
  }
}

/** The home school nominates its students; a student is recorded once per school by student number. */
export async function nominateStudents(
  db: Executor,
  actor: Actor,
  bodyId: string,
  courseId: string,
  input: TNominationInput,
  provenance: { isGenerated?: boolean } = {},
) {
  const course = await requireCourse(db, bodyId, courseId);
  assertOpen(course, 'nominate');
  if (input.homeOrgId === course.hostOrgId) throw new DomainError('RESOURCES_OWN_COURSE', { course: course.name });
  await requireMember(db, bodyId, input.homeOrgId);
  const numbers = input.students.map((s) => s.studentNumber);
  const repeated = numbers.filter((n, i) => numbers.indexOf(n) !== i);
  if (repeated.length > 0) throw new DomainError('RESOURCES_ALREADY_NOMINATED', { numbers: [...new Set(repeated)].join('、') });
  return db.transaction(async (tx) => {
    const students = await repo.upsertStudents(
      tx,
      input.students.map((s) => ({ homeOrgId: input.homeOrgId, ...s, isGenerated: provenance.isGenerated ?? false })),
    );
    const already = new Set(
      await repo.nominatedStudentIds(
        tx,
        courseId,
        students.map((s) => s.id),
      ),
    );
    if (already.size > 0) {
      const taken = students.filter((s) => already.has(s.id)).map((s) => s.studentNumber);
      throw new DomainError('RESOURCES_ALREADY_NOMINATED', { numbers: taken.join('、') });
    }
    const nominations = await repo.insertNominations(
      tx,
      students.map((s) => ({ courseId, studentId: s.id })),
    );
    await recordAudit(tx, actor, {
      action: 'resources.nomination.create',
      entityType: 'resource_course',
      entityId: courseId,
      details: { bodyId, homeOrgId: input.homeOrgId, students: students.length, nominationIds: nominations.map((n) => n.id) },
    });
    return nominations;
  });
}

function nextNominationStatus(status: NominationStatus, action: NominationAction): NominationStatus {
  const next = nominationAfter(status, action);
  if (!next) throw new DomainError('RESOURCES_NOMINATION_STATUS', { status: NOMINATION_STATUSES[status], action: ACTION_NAMES[action] });
  return next;
}

/**
 * The host accepts a nominated student if a seat is left. The course row is locked for the transaction, so
 * concurrent acceptances are counted one after the other and never exceed the seats.
 */
export async function acceptNomination(db: Executor, actor: Actor, bodyId: string, courseId: string, nominationId: string) {
  await requireCourse(db, bodyId, courseId);
  await db.transaction(async (tx) => {
    const course = await repo.lockCourse(tx, courseId);
    assertOpen(course, 'accept');
    const found = await repo.findNomination(tx, courseId, nominationId);
    if (!found) throw notFound(NOMINATION_ENTITY);
    const next = nextNominationStatus(found.nomination.status as NominationStatus, 'accept');
    if (!hasSeatLeft(course.seats, await repo.countAccepted(tx, courseId))) {
      throw new DomainError('RESOURCES_COURSE_FULL', { course: course.name, seats: course.seats });
    }
    await repo.updateNomination(tx, nominationId, { status: next });
    await recordAudit(tx, actor, {
      action: 'resources.nomination.accept',
      entityType: 'resource_course_nomination',
      entityId: nominationId,
      details: { bodyId, courseId, studentId: found.student.id },
    });
  });
}

async function changeNomination(
  db: Executor,
  actor: Actor,
  at: { bodyId: string; courseId: string; nominationId: string },
  action: Exclude<NominationAction, 'accept'>,
  values: (course: repo.CourseRow) => Partial<repo.NominationInsert>,
  details: Record<string, unknown>,
) {
  const course = await requireCourse(db, at.bodyId, at.courseId);
  await db.transaction(async (tx) => {
    const locked = await repo.lockCourse(tx, at.courseId);
    assertOpen(locked, action);
    const found = await repo.findNomination(tx, at.courseId, at.nominationId);
    if (!found) throw notFound(NOMINATION_ENTITY);
    const next = nextNominationStatus(found.nomination.status as NominationStatus, action);
    await repo.updateNomination(tx, at.nominationId, { status: next, ...values(course) });
    await recordAudit(tx, actor, {
      action: `resources.nomination.${action}`,
      entityType: 'resource_course_nomination',
      entityId: at.nominationId,
      details: { bodyId: at.bodyId, courseId: at.courseId, studentId: found.student.id, ...details },
    });
  });
}

export async function declineNomination(
  db: Executor,
  actor: Actor,
  at: { bodyId: string; courseId: string; nominationId: string },
  reason: string,
) {
  await changeNomination(db, actor, at, 'decline', () => ({ declineReason: reason }), { reason });
}

/**
 * The host records (or corrects, until the course closes) a student's result by the course's scheme; the answer
 * carries the attendance rule's warning when the student attended less than its share of the sessions.
 */
export async function recordResult(
  db: Executor,
  actor: Actor,
  now: Date,
  at: { bodyId: string; courseId: string; nominationId: string },
  input: TResultInput,
) {
  const course = await requireCourse(db, at.bodyId, at.courseId);
  const grading = course.grading as GradingScheme;
  const problem = resultProblem(grading, input);
  if (problem) throw new DomainError('RESOURCES_RESULT_SCHEME', { scheme: GRADING_SCHEMES[grading], hint: problem });
  await changeNomination(
    db,
    actor,
    at,
    'result',
    () => ({ score: input.score ?? null, passed: input.passed ?? null, resultRecordedAt: now }),
    { score: input.score ?? null, passed: input.passed ?? null },
  );
  const summary = (await attendanceSummaries(db, [at.nominationId])).get(at.nominationId)!;
  return { attendanceWarning: resultAttendanceWarning(summary) };
}

/** The host closes the course once every accepted student has a result; the home schools then decide recognition. */
export async function closeCourse(db: Executor, actor: Actor, now: Date, bodyId: string, courseId: string) {
  await requireCourse(db, bodyId, courseId);
  await db.transaction(async (tx) => {
    const course = await repo.lockCourse(tx, courseId);
    assertOpen(course, 'close');
    const nominations = await repo.nominationsOfCourse(tx, courseId);
    const missing = studentsWithoutResult(nominations.map((n) => ({ ...n.nomination, status: n.nomination.status as NominationStatus })));
    if (missing.length > 0) {
      const names = nominations.filter((n) => missing.some((m) => m.id === n.nomination.id)).map((n) => n.student.name);
      throw new DomainError('RESOURCES_RESULTS_MISSING', { count: missing.length, names: names.join('、') });
    }
    await repo.closeCourse(tx, courseId, now);
    await recordAudit(tx, actor, {
      action: 'resources.course.close',
      entityType: 'resource_course',
      entityId: courseId,
      details: {
        bodyId,
        from: COURSE_STATUSES.open['en-US'],
        accepted: nominations.filter((n) => n.nomination.status === 'accepted').length,
      },
    });
  });
}
