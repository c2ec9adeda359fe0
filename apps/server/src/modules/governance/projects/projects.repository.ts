/** SQL of cooperation projects, their participants and milestones. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { agendaItems } from '../meetings/meetings.table.js';
import { cooperationProjectMilestones, cooperationProjectParticipants, cooperationProjects } from './projects.table.js';
import { outerColumn } from '../../../kernel/db/outer-column.js';
import { organizationDirectory } from '../../organizations/index.js';

const org = organizationDirectory();

export type ProjectRow = typeof cooperationProjects.$inferSelect;
export type ProjectInsert = typeof cooperationProjects.$inferInsert;
export type MilestoneRow = typeof cooperationProjectMilestones.$inferSelect;

const proposer = organizationDirectory('proposer');
const lead = organizationDirectory('lead');

/** A project with the names of its units, the state of its approval vote and its counts. */
function projectListing(db: Executor) {
  return db
    .select({
      project: cooperationProjects,
      proposerName: proposer.name,
      leadName: lead.name,
      voteStatus: agendaItems.voteStatus,
      passed: agendaItems.passed,
      participantCount: sql<number>`(select count(*)::int from ${cooperationProjectParticipants} where ${cooperationProjectParticipants.projectId} = ${outerColumn(cooperationProjects.id)})`,
      milestonesTotal: sql<number>`(select count(*)::int from ${cooperationProjectMilestones} where ${cooperationProjectMilestones.projectId} = ${outerColumn(cooperationProjects.id)})`,
      milestonesDone: sql<number>`(select count(*)::int from ${cooperationProjectMilestones} where ${cooperationProjectMilestones.projectId} = ${outerColumn(cooperationProjects.id)} and ${cooperationProjectMilestones.doneOn} is not null)`,
    })
    .from(cooperationProjects)
    .innerJoin(proposer, eq(proposer.id, cooperationProjects.proposerOrgId))
    .innerJoin(lead, eq(lead.id, cooperationProjects.leadOrgId))
    .leftJoin(agendaItems, eq(agendaItems.id, cooperationProjects.approvalItemId));
}
export type ProjectListingRow = Awaited<ReturnType<ReturnType<typeof projectListing>['execute']>>[number];

export async function listProjects(db: Executor, bodyId: string): Promise<ProjectListingRow[]> {
  return projectListing(db)
    .where(eq(cooperationProjects.bodyId, bodyId))
    .orderBy(desc(cooperationProjects.createdAt), asc(cooperationProjects.id));
}

export async function findProjectListing(db: Executor, bodyId: string, projectId: string): Promise<ProjectListingRow | undefined> {
  const [row] = await projectListing(db).where(and(eq(cooperationProjects.id, projectId), eq(cooperationProjects.bodyId, bodyId)));
  return row;
}

/** Projects the unit leads or takes part in, for the hand-over list of 第二十条(三). */
export async function listProjectsOfOrg(db: Executor, bodyId: string, orgId: string): Promise<ProjectListingRow[]> {
  const involved = db
    .select({ id: cooperationProjectParticipants.projectId })
    .from(cooperationProjectParticipants)
    .where(eq(cooperationProjectParticipants.orgId, orgId));
  return projectListing(db)
    .where(and(eq(cooperationProjects.bodyId, bodyId), inArray(cooperationProjects.id, involved)))
    .orderBy(asc(cooperationProjects.createdAt));
}

export async function findProjectScope(db: Executor, projectId: string) {
  const [row] = await db
    .select({ bodyId: cooperationProjects.bodyId, leadOrgId: cooperationProjects.leadOrgId })
    .from(cooperationProjects)
    .where(eq(cooperationProjects.id, projectId))
    .limit(1);
  return row;
}

export async function insertProject(db: Executor, values: ProjectInsert): Promise<ProjectRow> {
  const [row] = await db.insert(cooperationProjects).values(values).returning();
  return row!;
}

/** Optimistic locking: applies only if nobody changed the project since `version`. */
export async function updateProjectAtVersion(db: Executor, id: string, version: number, values: Partial<ProjectInsert>) {
  const [row] = await db
    .update(cooperationProjects)
    .set({ ...values, version: sql`${cooperationProjects.version} + 1` })
    .where(and(eq(cooperationProjects.id, id), eq(cooperationProjects.version, version)))
    .returning();
  return row;
}

export async function setApprovalItem(db: Executor, id: string, itemId: string) {
  await db
    .update(cooperationProjects)
    .set({ approvalItemId: itemId, version: sql`${cooperationProjects.version} + 1` })
    .where(eq(cooperationProjects.id, id));
}

export async function listParticipants(db: Executor, projectId: string) {
  return db
    .select({ orgId: cooperationProjectParticipants.orgId, orgName: org.name, joinedOn: cooperationProjectParticipants.joinedOn })
    .from(cooperationProjectParticipants)
    .innerJoin(org, eq(org.id, cooperationProjectParticipants.orgId))
    .where(eq(cooperationProjectParticipants.projectId, projectId))
    .orderBy(asc(cooperationProjectParticipants.joinedOn), asc(org.nameSortKey), asc(org.name));
}

/** Adds units that are not participants yet; returns how many were added. */
export async function addParticipants(db: Executor, projectId: string, orgIds: string[], joinedOn: string): Promise<number> {
  if (orgIds.length === 0) return 0;
  const added = await db
    .insert(cooperationProjectParticipants)
    .values(orgIds.map((orgId) => ({ projectId, orgId, joinedOn })))
    .onConflictDoNothing()
    .returning({ orgId: cooperationProjectParticipants.orgId });
  return added.length;
}

export async function removeParticipant(db: Executor, projectId: string, orgId: string): Promise<boolean> {
  const removed = await db
    .delete(cooperationProjectParticipants)
    .where(and(eq(cooperationProjectParticipants.projectId, projectId), eq(cooperationProjectParticipants.orgId, orgId)))
    .returning({ orgId: cooperationProjectParticipants.orgId });
  return removed.length > 0;
}

export async function listMilestones(db: Executor, projectId: string): Promise<MilestoneRow[]> {
  return db
    .select()
    .from(cooperationProjectMilestones)
    .where(eq(cooperationProjectMilestones.projectId, projectId))
    .orderBy(asc(cooperationProjectMilestones.dueOn), asc(cooperationProjectMilestones.createdAt));
}

export async function insertMilestone(db: Executor, values: typeof cooperationProjectMilestones.$inferInsert): Promise<MilestoneRow> {
  const [row] = await db.insert(cooperationProjectMilestones).values(values).returning();
  return row!;
}

export async function markMilestoneDone(db: Executor, projectId: string, milestoneId: string, doneOn: string, note: string | null) {
  const [row] = await db
    .update(cooperationProjectMilestones)
    .set({ doneOn, note })
    .where(and(eq(cooperationProjectMilestones.id, milestoneId), eq(cooperationProjectMilestones.projectId, projectId)))
    .returning();
  return row;
}
