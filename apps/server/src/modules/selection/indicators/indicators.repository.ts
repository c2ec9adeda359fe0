import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { indicatorPoints, indicatorSystems } from './indicators.table.js';

export type IndicatorSystemRow = typeof indicatorSystems.$inferSelect;
export type IndicatorPointRow = typeof indicatorPoints.$inferSelect;
export type IndicatorPointInsert = typeof indicatorPoints.$inferInsert;

export async function findSystem(db: Executor, id: string): Promise<IndicatorSystemRow | undefined> {
  const [row] = await db.select().from(indicatorSystems).where(eq(indicatorSystems.id, id)).limit(1);
  return row;
}

export async function pointsOf(db: Executor, systemId: string): Promise<IndicatorPointRow[]> {
  return db.select().from(indicatorPoints).where(eq(indicatorPoints.systemId, systemId)).orderBy(asc(indicatorPoints.position));
}

export async function pointsOfSystems(db: Executor, systemIds: string[]): Promise<IndicatorPointRow[]> {
  if (systemIds.length === 0) return [];
  return db.select().from(indicatorPoints).where(inArray(indicatorPoints.systemId, systemIds)).orderBy(asc(indicatorPoints.position));
}

export async function listSystems(db: Executor, authorityOrgIds: 'all' | string[]): Promise<IndicatorSystemRow[]> {
  if (authorityOrgIds !== 'all' && authorityOrgIds.length === 0) return [];
  return db
    .select()
    .from(indicatorSystems)
    .where(authorityOrgIds === 'all' ? undefined : inArray(indicatorSystems.authorityOrgId, authorityOrgIds))
    .orderBy(asc(indicatorSystems.name), desc(indicatorSystems.versionNo));
}

export async function nextVersionNo(db: Executor, authorityOrgId: string, name: string): Promise<number> {
  const [row] = await db
    .select({ latest: max(indicatorSystems.versionNo) })
    .from(indicatorSystems)
    .where(and(eq(indicatorSystems.authorityOrgId, authorityOrgId), eq(indicatorSystems.name, name)));
  return (row?.latest ?? 0) + 1;
}

export async function insertSystem(
  db: Executor,
  values: typeof indicatorSystems.$inferInsert,
  points: Omit<IndicatorPointInsert, 'systemId'>[],
): Promise<IndicatorSystemRow> {
  const [system] = await db.insert(indicatorSystems).values(values).returning();
  await db.insert(indicatorPoints).values(points.map((point) => ({ ...point, systemId: system!.id })));
  return system!;
}

/** Optimistic locking on the system; the points are written only when the system row was still at `version`. */
export async function bumpSystemAtVersion(db: Executor, id: string, version: number): Promise<boolean> {
  const rows = await db
    .update(indicatorSystems)
    .set({ version: sql`${indicatorSystems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(indicatorSystems.id, id), eq(indicatorSystems.version, version)))
    .returning({ id: indicatorSystems.id });
  return rows.length === 1;
}

export async function updatePoint(
  db: Executor,
  systemId: string,
  pointId: string,
  values: { maxScore: number | null; weight: number | null },
) {
  await db
    .update(indicatorPoints)
    .set(values)
    .where(and(eq(indicatorPoints.id, pointId), eq(indicatorPoints.systemId, systemId)));
}

export async function freezeSystem(db: Executor, id: string, at: Date): Promise<void> {
  await db
    .update(indicatorSystems)
    .set({ frozenAt: at })
    .where(and(eq(indicatorSystems.id, id), sql`${indicatorSystems.frozenAt} is null`));
}
