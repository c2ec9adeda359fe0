import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/**
 * One enterprise's passage through a body's enterprise list (企业清单, 连教职函〔2026〕6号 附件1 指标3.1), from its application
 * to its exit. A refused or departed enterprise that applies again starts a new row, so each passage keeps its own
 * dates; at most one row per enterprise and body is open (applied, listed, exit requested) — the service checks it.
 */
export const talentListEnterprises = pgTable(
  'talent_list_enterprises',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    /** applied | listed | rejected | exit_requested | exited */
    status: text().notNull(),
    statement: text().notNull(),
    appliedOn: date({ mode: 'string' }).notNull(),
    listedOn: date({ mode: 'string' }),
    exitedOn: date({ mode: 'string' }),
    /** The date of the latest step, the earliest the next one may carry. */
    lastStepOn: date({ mode: 'string' }).notNull(),
    reason: text(),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('talent_list_enterprises_body_idx').on(t.bodyId, t.status), index('talent_list_enterprises_org_idx').on(t.orgId, t.bodyId)],
);

/** Every step of the procedure: what it changed, its date, who took it and why. */
export const talentListEnterpriseSteps = pgTable(
  'talent_list_enterprise_steps',
  {
    id: uuid().primaryKey().defaultRandom(),
    entryId: uuid()
      .notNull()
      .references(() => talentListEnterprises.id),
    /** The entry's version after the step: the order of steps taken in the same instant. */
    seq: integer().notNull(),
    action: text().notNull(),
    fromStatus: text(),
    toStatus: text().notNull(),
    reason: text(),
    on: date({ mode: 'string' }).notNull(),
    actorName: text(),
    at: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('talent_list_enterprise_steps_entry_idx').on(t.entryId, t.at)],
);
