/**
 * The people the resources module names, as the home school and the secretariat see them: masked in every list and on
 * the person's page (个人信息保护法 第五十一条 去标识化); shown whole to a holder of `personal.unmask` who states a purpose,
 * the reading audited with who, whom and why (docs/sources.md §10).
 */
import {
  maskPhone,
  type PersonKind,
  type TErasureRule,
  type TPerson,
  type TPersonCourse,
  type TPersonExchange,
  type TPersonHostedCourse,
  type TPersonSummary,
  type TRevealedPerson,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { shanghaiDate } from '../../../kernel/time/shanghai.js';
import { findOrgsByIds } from '../../organizations/index.js';
import { currentMembers } from '../access/access.repository.js';
import { maskStudentName, maskStudentNumber } from '../courses/courses.rules.js';
import { erasureRulesFor, holdsCredit, mentionsPerson } from './erasure.rules.js';
import * as repo from './people.repository.js';
import { groupTeachers, type TeacherRecords } from './teachers.rules.js';

export const PERSON_ENTITIES: Record<PersonKind, ReturnType<typeof bilingual>> = {
  student: bilingual('跨校选修学生', 'cross-selection student'),
  teacher: bilingual('互派或主讲教师', 'exchanged or hosting teacher'),
};
export const PERSON_ENTITY_TYPES: Record<PersonKind, string> = { student: 'resource_student', teacher: 'resource_teacher' };

/** One person as the store holds them: the student row, or the records naming the teacher (teachers.rules.ts). */
export type HeldPerson =
  | { kind: 'student'; id: string; orgId: string; student: repo.StudentRow }
  | ({ kind: 'teacher' } & TeacherRecords<repo.AgreementRow, repo.CourseRow>);
type HeldTeacher = Extract<HeldPerson, { kind: 'teacher' }>;

const namingOfAgreement = (a: repo.AgreementRow) => ({
  record: a,
  naming: { id: a.id, orgId: a.senderOrgId, name: a.teacherName!, phone: a.teacherPhone, createdAt: a.createdAt },
});
const namingOfCourse = (c: repo.CourseRow) => ({
  record: c,
  naming: { id: c.id, orgId: c.hostOrgId, name: c.hostTeacher, phone: null, createdAt: c.createdAt },
});

function teachersOf(agreements: repo.AgreementRow[], courses: repo.CourseRow[]): HeldTeacher[] {
  return groupTeachers(agreements.map(namingOfAgreement), courses.map(namingOfCourse)).map((t) => ({ kind: 'teacher', ...t }));
}

/** The teacher any record of theirs (an agreement naming them or a course they host) points to, with all their records. */
async function findTeacher(db: Executor, bodyId: string, recordId: string): Promise<HeldTeacher | undefined> {
  const agreement = await repo.findTeacherAgreement(db, bodyId, recordId);
  const course = agreement ? undefined : await repo.findHostedCourse(db, bodyId, recordId);
  const named = agreement ? namingOfAgreement(agreement).naming : course ? namingOfCourse(course).naming : undefined;
  if (!named) return undefined;
  const [agreements, courses] = await Promise.all([
    repo.agreementsOfTeacher(db, bodyId, named.orgId, named.name),
    repo.coursesOfTeacher(db, bodyId, named.orgId, named.name),
  ]);
  return teachersOf(agreements, courses)[0];
}

/** The person, if the body holds them; another body's (or an unknown) id is not found. */
export async function findPerson(db: Executor, bodyId: string, kind: PersonKind, personId: string): Promise<HeldPerson> {
  if (kind === 'student') {
    const student = await repo.findStudentOfBody(db, bodyId, personId);
    if (!student) throw notFound(PERSON_ENTITIES.student);
    return { kind, id: student.id, orgId: student.homeOrgId, student };
  }
  const teacher = await findTeacher(db, bodyId, personId);
  if (!teacher) throw notFound(PERSON_ENTITIES.teacher);
  return teacher;
}

/** The grant scope of a person: their home (or sending) unit, within the body whose secretariat also answers. */
export async function personScope(db: Executor, bodyId: string, kind: PersonKind, personId: string) {
  const person = await findPerson(db, bodyId, kind, personId);
  return { orgId: person.orgId, bodyId };
}

const nameOf = (person: HeldPerson) => (person.kind === 'student' ? person.student.name : person.name);
const identifierOf = (person: HeldPerson) => (person.kind === 'student' ? person.student.studentNumber : person.phone);

function masked(person: HeldPerson, erasure: repo.ErasureRow | undefined) {
  if (erasure) return { name: erasure.pseudonym, identifier: null };
  if (person.kind === 'student') {
    return { name: maskStudentName(person.student.name), identifier: maskStudentNumber(person.student.studentNumber) };
  }
  return { name: maskStudentName(person.name), identifier: maskPhone(person.phone) };
}

/** The units whose people the user answers for in the body: their own unit, or every member for the secretariat. */
async function handledOrgs(db: Executor, grants: Grant[], bodyId: string): Promise<repo.OrgFilter> {
  if (isAllowed(grants, 'personal.rights', { bodyId })) return 'all';
  const members = await currentMembers(db, bodyId);
  return members.filter((m) => isAllowed(grants, 'personal.rights', { orgId: m.id })).map((m) => m.id);
}

/** The people of the units the user answers for, masked; `q` finds a person by full name, number or phone. */
export async function listPeople(db: Executor, grants: Grant[], bodyId: string, q?: string): Promise<{ items: TPersonSummary[] }> {
  const orgs = await handledOrgs(db, grants, bodyId);
  const [students, agreements, courses] = await Promise.all([
    repo.studentsOfBody(db, bodyId, orgs, q || undefined),
    repo.teacherAgreements(db, bodyId, orgs),
    repo.hostedCourses(db, bodyId, orgs),
  ]);
  const teachers = teachersOf(agreements, courses).filter((t) => !q || t.name === q || t.agreements.some((a) => a.teacherPhone === q));
  const people: [HeldPerson, number][] = [
    ...students.map((s): [HeldPerson, number] => [
      { kind: 'student', id: s.student.id, orgId: s.student.homeOrgId, student: s.student },
      s.records,
    ]),
    ...teachers.map((t): [HeldPerson, number] => [t, t.agreements.length + t.courses.length]),
  ];
  const [erasures, orgNames] = await Promise.all([
    repo.erasuresOf(
      db,
      people.map(([p]) => p.id),
    ),
    findOrgsByIds(db, [...new Set(people.map(([p]) => p.orgId))]),
  ]);
  const erased = new Map(erasures.map((e) => [`${e.kind}:${e.personId}`, e]));
  const names = new Map(orgNames.map((o) => [o.id, o.name]));
  return {
    items: people.map(([person, records]) =>
      summary(person, records, erased.get(`${person.kind}:${person.id}`), names.get(person.orgId) ?? ''),
    ),
  };
}

function summary(person: HeldPerson, records: number, erasure: repo.ErasureRow | undefined, orgName: string): TPersonSummary {
  return {
    kind: person.kind,
    id: person.id,
    org: { id: person.orgId, name: orgName },
    ...masked(person, erasure),
    records,
    erasedAt: erasure?.erasedAt.toISOString() ?? null,
  };
}

export function presentRules(kind: PersonKind): TErasureRule[] {
  return erasureRulesFor(kind).map(({ kind: k, record, treatment, why, basis }) => ({ kind: k, record, treatment, why, basis }));
}

export type CourseRecord = Awaited<ReturnType<typeof repo.coursesOfStudent>>[number];

export function presentCourse(row: CourseRecord): TPersonCourse {
  const { recognition } = row;
  return {
    courseName: row.course.name,
    host: { id: row.course.hostOrgId, name: row.hostName },
    term: row.course.term,
    credits: row.course.credits,
    status: row.nomination.status,
    score: row.nomination.score,
    passed: row.nomination.passed,
    recognition: recognition
      ? { outcome: recognition.outcome, credits: recognition.credits, grade: recognition.grade, ownCourseName: recognition.ownCourseName }
      : null,
  };
}

export function presentHostedCourse(row: repo.CourseRow): TPersonHostedCourse {
  return { id: row.id, courseName: row.name, term: row.term, hours: row.hours, credits: row.credits, status: row.status };
}

export function presentExchange(row: repo.AgreementRow, names: Map<string, string>): TPersonExchange {
  return {
    id: row.id,
    partner: (row.receiverOrgId && names.get(row.receiverOrgId)) || row.visitorName || '',
    place: row.place,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status,
    hours: row.actualHours ?? row.plannedHours,
  };
}

/** Everything the person page shows, masked; the records the person has in the body. */
export async function getPerson(db: Executor, grants: Grant[], bodyId: string, kind: PersonKind, personId: string): Promise<TPerson> {
  const person = await findPerson(db, bodyId, kind, personId);
  const erasure = await repo.findErasure(db, kind, person.id);
  const courses = person.kind === 'student' ? await repo.coursesOfStudent(db, person.id, bodyId) : [];
  const agreements = person.kind === 'teacher' ? person.agreements : [];
  const hosted = person.kind === 'teacher' ? person.courses : [];
  const orgs = await findOrgsByIds(db, [person.orgId, ...agreements.map((a) => a.receiverOrgId).filter((id): id is string => !!id)]);
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const scope = { orgId: person.orgId, bodyId };
  const records = person.kind === 'student' ? courses.length : agreements.length + hosted.length;
  return {
    ...summary(person, records, erasure, names.get(person.orgId) ?? ''),
    major: person.kind === 'student' && !erasure ? person.student.major : null,
    courses: courses.map(presentCourse),
    exchanges: agreements.map((a) => presentExchange(a, names)),
    hostedCourses: hosted.map(presentHostedCourse),
    creditsRecognised: courses.reduce((sum, c) => sum + (holdsCredit(c.recognition?.outcome) ? c.recognition!.credits : 0), 0),
    erasureRules: presentRules(kind),
    mayReveal: !erasure && isAllowed(grants, 'personal.unmask', scope),
    mayHandle: isAllowed(grants, 'personal.rights', scope),
  };
}

/** A note bound for the audit log (purpose, request) must not carry the person's name, number or phone. */
export function assertNoteNamesNobody(note: string, person: HeldPerson) {
  if (mentionsPerson(note, [nameOf(person), identifierOf(person)])) throw new DomainError('RESOURCES_REQUEST_NAMES_PERSON');
}

export function erasedProblem(erasure: repo.ErasureRow): DomainError {
  return new DomainError('RESOURCES_PERSON_ERASED', { date: shanghaiDate(erasure.erasedAt), pseudonym: erasure.pseudonym });
}

/** The person whole, for a stated purpose; who read whom and why goes to the audit log. */
export async function revealPerson(
  db: Executor,
  actor: Actor,
  bodyId: string,
  kind: PersonKind,
  personId: string,
  purpose: string,
): Promise<TRevealedPerson> {
  const person = await findPerson(db, bodyId, kind, personId);
  const erasure = await repo.findErasure(db, kind, person.id);
  if (erasure) throw erasedProblem(erasure);
  assertNoteNamesNobody(purpose, person);
  await recordAudit(db, actor, {
    action: 'resources.person.reveal',
    entityType: PERSON_ENTITY_TYPES[kind],
    entityId: person.id,
    details: { bodyId, orgId: person.orgId, purpose },
  });
  return { name: nameOf(person), identifier: identifierOf(person), major: person.kind === 'student' ? person.student.major : null };
}
