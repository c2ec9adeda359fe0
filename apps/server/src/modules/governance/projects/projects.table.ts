import { boolean, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';
import { agendaItems } from '../meetings/meetings.table.js';

/**
 * A cooperation project (章程第十七条(四)). Approval is the vote on `approvalItemId`; `status` records only
 * what happens after it: proposed (before and during review) → in_progress → completed | terminated.
 */
export const cooperationProjects = pgTable(
  'cooperation_projects',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    title: text().notNull(),
    summary: text().notNull(),
    initiativePoint: smallint(),
    proposerOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    leadOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    plannedStartOn: date({ mode: 'string' }),
    plannedEndOn: date({ mode: 'string' }),
    approvalItemId: uuid().references(() => agendaItems.id),
    /** proposed | in_progress | completed | terminated */
    status: text().notNull().default('proposed'),
    startedOn: date({ mode: 'string' }),
    closedOn: date({ mode: 'string' }),
    closingReason: text(),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('cooperation_projects_body_idx').on(t.bodyId, t.createdAt), index('cooperation_projects_lead_idx').on(t.leadOrgId)],
);

/** The units that carry a project; the lead unit is one of them. */
export const cooperationProjectParticipants = pgTable(
  'cooperation_project_participants',
  {
    projectId: uuid()
      .notNull()
      .references(() => cooperationProjects.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    joinedOn: date({ mode: 'string' }).notNull(),
  },
  (t) => [
    uniqueIndex('cooperation_project_participants_key').on(t.projectId, t.orgId),
    index('cooperation_project_participants_org_idx').on(t.orgId),
  ],
);

export const cooperationProjectMilestones = pgTable(
  'cooperation_project_milestones',
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => cooperationProjects.id),
    title: text().notNull(),
    dueOn: date({ mode: 'string' }).notNull(),
    doneOn: date({ mode: 'string' }),
    note: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('cooperation_project_milestones_project_idx').on(t.projectId, t.dueOn)],
);
