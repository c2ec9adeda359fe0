/** SQL of the student information list (aggregates). */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { talentStudentAggregates } from './students.table.js';

export type StudentRow = typeof talentStudentAggregates.$inferSelect;
export type StudentInsert = typeof talentStudentAggregates.$inferInsert;

const org = organizationDirectory();

export async function listAggregates(db: Executor, bodyId: string) {
  return db
    .select({ aggregate: talentStudentAggregates, orgName: org.name })
    .from(talentStudentAggregates)
    .innerJoin(org, eq(org.id, talentStudentAggregates.orgId))
    .where(eq(talentStudentAggregates.bodyId, bodyId))
    .orderBy(asc(org.nameSortKey), asc(org.name), asc(talentStudentAggregates.majorCode), asc(talentStudentAggregates.graduationYear));
}

export async function findAggregate(db: Executor, bodyId: string, id: string) {
  const [row] = await db
    .select()
    .from(talentStudentAggregates)
    .where(and(eq(talentStudentAggregates.id, id), eq(talentStudentAggregates.bodyId, bodyId)));
  return row;
}

export async function findAggregateOrg(db: Executor, id: string) {
  const [row] = await db
    .select({ bodyId: talentStudentAggregates.bodyId, orgId: talentStudentAggregates.orgId })
    .from(talentStudentAggregates)
    .where(eq(talentStudentAggregates.id, id));
  return row;
}

export async function findAggregateByKey(db: Executor, key: { bodyId: string; orgId: string; majorCode: string; graduationYear: number }) {
  const [row] = await db
    .select()
    .from(talentStudentAggregates)
    .where(
      and(
        eq(talentStudentAggregates.bodyId, key.bodyId),
        eq(talentStudentAggregates.orgId, key.orgId),
        eq(talentStudentAggregates.majorCode, key.majorCode),
        eq(talentStudentAggregates.graduationYear, key.graduationYear),
      ),
    );
  return row;
}

export async function insertAggregate(db: Executor, values: StudentInsert) {
  const [row] = await db.insert(talentStudentAggregates).values(values).returning();
  return row!;
}

export async function updateAggregateAtVersion(db: Executor, id: string, version: number, values: Partial<StudentInsert>) {
  const [row] = await db
    .update(talentStudentAggregates)
    .set({ ...values, version: sql`${talentStudentAggregates.version} + 1` })
    .where(and(eq(talentStudentAggregates.id, id), eq(talentStudentAggregates.version, version)))
    .returning();
  return row;
}
