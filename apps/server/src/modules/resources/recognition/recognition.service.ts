/**
 * Use cases of credit mutual recognition (学分互认, docs/sources.md §9 R4): the home school decides on each student's result of a
 * closed course, changes a decision only with a reason (both audited), and reads each student's learning record
 * across the members.
 */
import type {
  GradingScheme,
  RecognitionOutcome,
  TConversionRule,
  THomeStudents,
  TLearningRecord,
  TLearningRecordEntry,
  TRecognition,
  TRecognitionInput,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { findOrgById } from '../../organizations/index.js';
import { requireMember } from '../access/access.service.js';
import { findStudent } from '../courses/courses.repository.js';
import { NOMINATION_ENTITY } from '../courses/courses.service.js';
import * as repo from './recognition.repository.js';
import { CONVERSION_RULES, decide, readyForRecognition } from './recognition.rules.js';

export const STUDENT_ENTITY = bilingual('学生', 'student');

export function conversionRules(): { items: TConversionRule[] } {
  return { items: CONVERSION_RULES };
}

/** The result to decide on, within the body; the route's scope uses its home school. */
export async function requireResult(db: Executor, bodyId: string, nominationId: string) {
  const row = await repo.findResult(db, bodyId, nominationId);
  if (!row) throw notFound(NOMINATION_ENTITY);
  return row;
}

export async function requireStudent(db: Executor, studentId: string) {
  const student = await findStudent(db, studentId);
  if (!student) throw notFound(STUDENT_ENTITY);
  return student;
}

function presentRecognition(row: repo.RecognitionRow | null): TRecognition | null {
  if (!row) return null;
  return {
    outcome: row.outcome as RecognitionOutcome,
    ownCourseName: row.ownCourseName,
    credits: row.credits,
    grade: row.grade,
    ruleId: row.ruleId,
    reason: row.reason,
    decidedAt: row.decidedAt.toISOString(),
    version: row.version,
  };
}

export async function decideRecognition(
  db: Executor,
  actor: Actor,
  now: Date,
  bodyId: string,
  nominationId: string,
  input: TRecognitionInput,
) {
  const { nomination, course } = await requireResult(db, bodyId, nominationId);
  if (!readyForRecognition(course.status, nomination.status, nomination.resultRecordedAt)) {
    throw new DomainError('RESOURCES_RECOGNITION_NOT_READY');
  }
  await db.transaction(async (tx) => {
    const earlier = await repo.lockRecognition(tx, nominationId);
    if ((earlier?.version ?? 0) !== input.version) throw new DomainError('VERSION_CONFLICT', { current: earlier?.version ?? 0 });
    const result = {
      grading: course.grading as GradingScheme,
      credits: course.credits,
      score: nomination.score,
      passed: nomination.passed,
    };
    const outcome = decide(input, result, earlier ? { outcome: earlier.outcome as RecognitionOutcome } : null);
    if ('problem' in outcome) {
      const { code, ...params } = outcome.problem;
      throw new DomainError(code, params);
    }
    const values = { ...outcome.decision, decidedAt: now };
    const saved = earlier
      ? await repo.updateRecognition(tx, earlier.id, earlier.version, values)
      : await repo.insertRecognition(tx, { nominationId, ...values });
    if (!saved) throw new DomainError('VERSION_CONFLICT', { current: earlier?.version ?? 0 });
    await recordAudit(tx, actor, {
      action: earlier ? 'resources.recognition.change' : 'resources.recognition.decide',
      entityType: 'resource_credit_recognition',
      entityId: saved.id,
      details: {
        bodyId,
        nominationId,
        courseId: course.id,
        studentId: nomination.studentId,
        from: earlier ? { outcome: earlier.outcome, credits: earlier.credits, grade: earlier.grade } : null,
        to: { outcome: saved.outcome, credits: saved.credits, grade: saved.grade, ownCourseName: saved.ownCourseName },
        reason: saved.reason,
      },
    });
  });
}

function presentEntry(row: repo.ResultRow): TLearningRecordEntry {
  const { nomination, course } = row;
  return {
    nominationId: nomination.id,
    courseId: course.id,
    courseName: course.name,
    host: { id: course.hostOrgId, name: row.hostName },
    term: course.term,
    credits: course.credits,
    hours: course.hours,
    grading: course.grading as GradingScheme,
    score: nomination.score,
    passed: nomination.passed,
    courseClosed: course.status === 'closed',
    recognition: presentRecognition(row.recognition),
  };
}

const creditsOf = (rows: repo.ResultRow[]) => rows.reduce((sum, row) => sum + (row.recognition?.credits ?? 0), 0);

/** A student's courses at other members with results and decisions; read by the home school (route scope). */
export async function learningRecord(db: Executor, bodyId: string, studentId: string): Promise<TLearningRecord> {
  const student = await requireStudent(db, studentId);
  const home = await findOrgById(db, student.homeOrgId);
  const rows = await repo.resultsOfStudent(db, bodyId, studentId);
  return {
    student: {
      id: student.id,
      name: student.name,
      studentNumber: student.studentNumber,
      major: student.major,
      home: { id: student.homeOrgId, name: home?.name ?? '' },
      isGenerated: student.isGenerated,
    },
    entries: rows.map(presentEntry),
    creditsRecognised: creditsOf(rows),
  };
}

/** The home school's students with courses at other members, and how many results wait for its decision. */
export async function homeStudents(db: Executor, bodyId: string, homeOrgId: string): Promise<THomeStudents> {
  await requireMember(db, bodyId, homeOrgId);
  const rows = await repo.resultsOfHome(db, bodyId, homeOrgId);
  const byStudent = new Map<string, repo.ResultRow[]>();
  for (const row of rows) byStudent.set(row.student.id, [...(byStudent.get(row.student.id) ?? []), row]);
  return {
    items: [...byStudent.values()].map((own) => ({
      id: own[0]!.student.id,
      name: own[0]!.student.name,
      studentNumber: own[0]!.student.studentNumber,
      major: own[0]!.student.major,
      courses: own.length,
      awaitingDecision: own.filter(
        (r) => !r.recognition && readyForRecognition(r.course.status, r.nomination.status, r.nomination.resultRecordedAt),
      ).length,
      creditsRecognised: creditsOf(own),
    })),
  };
}
