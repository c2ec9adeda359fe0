/**
 * Use cases of the student information list (学生信息清单, 《本期聚焦：市域产教联合体》): a school (or the secretariat for it) enters how
 * many students of a major graduate in a year and how many seek a placement — figures, never names — and publishes
 * them; drafts are its own and the secretariat's.
 */
import type {
  StoredListStatus,
  TListStatusInput,
  TStudentAggregate,
  TStudentAggregateInput,
  TStudentAggregateList,
  TStudentAggregateUpdate,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { requireBody } from '../../bodies/index.js';
import { requireParticipant } from '../access/access.service.js';
import { isEditable } from '../lists/list-lifecycle.rules.js';
import { changeListStatus, historiesOf, recordCreated } from '../lists/list-status.service.js';
import { majorRef, majorsByCode, requireMajors } from '../majors/majors.js';
import * as repo from './students.repository.js';
import { seekingWithinStudents } from './students.rules.js';

export const STUDENT_ENTITY = bilingual('学生信息', 'student figures');

type Listed = Awaited<ReturnType<typeof repo.listAggregates>>[number];

export async function presentAggregates(db: Executor, rows: Listed[]): Promise<TStudentAggregate[]> {
  const [majors, histories] = await Promise.all([
    majorsByCode(
      db,
      rows.map((r) => r.aggregate.majorCode),
    ),
    historiesOf(
      db,
      'student',
      rows.map((r) => r.aggregate.id),
    ),
  ]);
  return rows.map(({ aggregate: a, orgName }) => ({
    id: a.id,
    org: { id: a.orgId, name: orgName },
    major: majorRef(majors, a.majorCode),
    graduationYear: a.graduationYear,
    students: a.students,
    seekingPlacement: a.seekingPlacement,
    status: a.status as StoredListStatus,
    isGenerated: a.isGenerated,
    version: a.version,
    history: histories.get(a.id) ?? [],
  }));
}

export async function listAggregates(db: Executor, grants: Grant[], bodyId: string): Promise<TStudentAggregateList> {
  await requireBody(db, bodyId);
  const manages = isAllowed(grants, 'talent.list.manage', { bodyId });
  const rows = (await repo.listAggregates(db, bodyId)).filter(
    (r) => r.aggregate.status !== 'draft' || manages || isAllowed(grants, 'talent.supply.edit', { orgId: r.aggregate.orgId }),
  );
  return { items: await presentAggregates(db, rows) };
}

function checkFigures(figures: { students: number; seekingPlacement: number }) {
  if (!seekingWithinStudents(figures)) throw new DomainError('TALENT_STUDENTS_SEEKING', figures);
}

export async function createAggregate(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TStudentAggregateInput,
  now: Date,
  provenance: { isGenerated?: boolean } = {},
) {
  const org = await requireParticipant(db, bodyId, input.orgId, 'supply');
  const major = (await requireMajors(db, [input.majorCode])).get(input.majorCode)!;
  checkFigures(input);
  if (await repo.findAggregateByKey(db, { bodyId, ...input })) {
    throw new DomainError('TALENT_STUDENTS_EXISTS', { org: org.name, major: major.name, year: input.graduationYear });
  }
  return db.transaction(async (tx) => {
    const row = await repo.insertAggregate(tx, {
      bodyId,
      ...input,
      isGenerated: provenance.isGenerated ?? false,
      createdAt: now,
      updatedAt: now,
    });
    await recordCreated(tx, actor, 'student', row.id, now);
    await recordAudit(tx, actor, {
      action: 'talent.student.create',
      entityType: 'talent_student',
      entityId: row.id,
      details: { bodyId, ...input },
    });
    return row;
  });
}

async function requireAggregate(db: Executor, bodyId: string, id: string) {
  const row = await repo.findAggregate(db, bodyId, id);
  if (!row) throw notFound(STUDENT_ENTITY);
  return row;
}

const nameOf = (row: repo.StudentRow) => `${row.majorCode} ${row.graduationYear}`;

export async function updateAggregate(db: Executor, actor: Actor, bodyId: string, id: string, input: TStudentAggregateUpdate, now: Date) {
  const row = await requireAggregate(db, bodyId, id);
  if (!isEditable(row.status as StoredListStatus)) throw new DomainError('TALENT_ENTRY_NOT_DRAFT', { name: nameOf(row) });
  checkFigures(input);
  await db.transaction(async (tx) => {
    const updated = await repo.updateAggregateAtVersion(tx, id, input.version, {
      students: input.students,
      seekingPlacement: input.seekingPlacement,
      updatedAt: now,
    });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: row.version });
    await recordAudit(tx, actor, {
      action: 'talent.student.update',
      entityType: 'talent_student',
      entityId: id,
      details: {
        bodyId,
        before: { students: row.students, seekingPlacement: row.seekingPlacement },
        after: { students: input.students, seekingPlacement: input.seekingPlacement },
      },
    });
  });
}

export async function changeAggregateStatus(
  db: Executor,
  actor: Actor,
  bodyId: string,
  id: string,
  input: TListStatusInput,
  at: { now: Date; today: string },
) {
  const row = await requireAggregate(db, bodyId, id);
  const entry = { id: row.id, name: nameOf(row), status: row.status as StoredListStatus, lastDay: null, version: row.version };
  await changeListStatus(
    db,
    actor,
    'student',
    entry,
    input,
    at,
    async (tx, to) => (await repo.updateAggregateAtVersion(tx, row.id, input.version, { status: to, updatedAt: at.now }))?.version,
    { bodyId, orgId: row.orgId },
  );
}
