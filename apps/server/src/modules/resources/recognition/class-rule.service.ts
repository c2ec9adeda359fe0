/**
 * Recognition by rule for a whole class (docs/sources.md §9 R4): the home school previews what one rule does for each of its
 * students of a closed course, then applies it in one transaction — one decision and one audit entry per student, the
 * students already decided skipped. The course row is locked while applying, so two applications at once decide once.
 */
import type { GradingScheme, RecognitionOutcome, TClassRuleInput, TClassRulePlan } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { shanghaiDate } from '../../../kernel/time/shanghai.js';
import { findOrgById } from '../../organizations/index.js';
import { requireMember } from '../access/access.service.js';
import { lockCourse } from '../courses/courses.repository.js';
import { requireCourse } from '../courses/courses.service.js';
import * as repo from './class-rule.repository.js';
import { type ClassStudent, classRuleProblem, type PlannedRow, planClassRule } from './class-rule.rules.js';
import { readyForRecognition } from './recognition.rules.js';

type ClassRow = Awaited<ReturnType<typeof repo.classOfCourse>>[number];
type CourseRow = Awaited<ReturnType<typeof requireCourse>>;

function studentOf(course: CourseRow, row: ClassRow): ClassStudent {
  return {
    nominationId: row.nomination.id,
    result: {
      grading: course.grading as GradingScheme,
      credits: course.credits,
      score: row.nomination.score,
      passed: row.nomination.passed,
    },
    ready: readyForRecognition(course.status, row.nomination.status, row.nomination.resultRecordedAt),
    earlier: row.recognition
      ? { outcome: row.recognition.outcome as RecognitionOutcome, decidedOn: shanghaiDate(row.recognition.decidedAt) }
      : null,
  };
}

async function checkedClass(db: Executor, bodyId: string, input: TClassRuleInput) {
  const course = await requireCourse(db, bodyId, input.courseId);
  const home = await requireMember(db, bodyId, input.homeOrgId);
  const problem = classRuleProblem(input);
  if (problem) throw new DomainError('RESOURCES_RECOGNITION_INPUT', { problem });
  if (course.status !== 'closed') throw new DomainError('RESOURCES_CLASS_RULE_NOT_CLOSED', { course: course.name });
  return { course, home };
}

function presentPlan(course: CourseRow, rows: ClassRow[], planned: PlannedRow[], applied: number | null): TClassRulePlan {
  const counts = { recognised: 0, converted: 0, refused: 0, skipped: 0 };
  for (const row of planned) counts[row.action] += 1;
  return {
    course: { id: course.id, name: course.name, credits: course.credits },
    rows: planned.map((p, i) => ({
      nominationId: p.nominationId,
      studentName: rows[i]!.student.name,
      studentNumber: rows[i]!.student.studentNumber,
      score: rows[i]!.nomination.score,
      passed: rows[i]!.nomination.passed,
      action: p.action,
      credits: p.decision?.credits ?? null,
      grade: p.decision?.grade ?? null,
      why: p.why,
    })),
    counts,
    applied,
  };
}

async function classOrRefuse(db: Executor, course: CourseRow, homeOrgId: string) {
  const rows = await repo.classOfCourse(db, course.id, homeOrgId);
  if (rows.length === 0) {
    const home = await findOrgById(db, homeOrgId);
    throw new DomainError('RESOURCES_CLASS_RULE_NO_STUDENTS', { home: home?.name ?? homeOrgId, course: course.name });
  }
  return rows;
}

/** Who gets what and why, without writing anything. */
export async function previewClassRule(db: Executor, bodyId: string, input: TClassRuleInput): Promise<TClassRulePlan> {
  const { course } = await checkedClass(db, bodyId, input);
  const rows = await classOrRefuse(db, course, input.homeOrgId);
  return presentPlan(
    course,
    rows,
    planClassRule(
      input,
      rows.map((row) => studentOf(course, row)),
    ),
    null,
  );
}

/** Applies the rule: every planned decision written with its audit entry, in one transaction. */
export async function applyClassRule(
  db: Executor,
  actor: Actor,
  now: Date,
  bodyId: string,
  input: TClassRuleInput,
): Promise<TClassRulePlan> {
  const { course } = await checkedClass(db, bodyId, input);
  return db.transaction(async (tx) => {
    await lockCourse(tx, course.id);
    const rows = await classOrRefuse(tx, course, input.homeOrgId);
    const planned = planClassRule(
      input,
      rows.map((row) => studentOf(course, row)),
    );
    let applied = 0;
    for (const [i, plan] of planned.entries()) {
      if (!plan.decision) continue;
      const saved = await repo.insertFirstDecision(tx, { nominationId: plan.nominationId, ...plan.decision, decidedAt: now });
      if (!saved) {
        planned[i] = {
          ...plan,
          action: 'skipped',
          decision: null,
          why: { 'zh-CN': '刚刚已单独作出认定', 'en-US': 'decided on its own just now' },
        };
        continue;
      }
      applied += 1;
      await recordAudit(tx, actor, {
        action: 'resources.recognition.decide',
        entityType: 'resource_credit_recognition',
        entityId: saved.id,
        details: {
          bodyId,
          nominationId: plan.nominationId,
          courseId: course.id,
          studentId: rows[i]!.student.id,
          byClassRule: { outcome: input.outcome, ownCourseName: input.ownCourseName ?? null, ownCredits: input.ownCredits ?? null },
          from: null,
          to: { outcome: saved.outcome, credits: saved.credits, grade: saved.grade, ownCourseName: saved.ownCourseName },
          reason: saved.reason,
          why: plan.why['zh-CN'],
        },
      });
    }
    return presentPlan(course, rows, planned, applied);
  });
}
