import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { fileBlobs } from '../../../kernel/files/files.table.js';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/**
 * An alliance activity (附件3 二(三), 学生成长计划). `status` stores only what dates cannot tell: scheduled,
 * completed (archived by the secretariat) or cancelled; the registration and running phases follow the dates.
 */
export const activities = pgTable(
  'activities',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    /** training | observation | competition | summer_camp | other */
    kind: text().notNull(),
    title: text().notNull(),
    summary: text(),
    organiserOrgId: uuid().references(() => organizations.id),
    startOn: date({ mode: 'string' }).notNull(),
    endOn: date({ mode: 'string' }).notNull(),
    place: text(),
    registrationDeadline: date({ mode: 'string' }).notNull(),
    capacityPerUnit: integer(),
    capacityTotal: integer(),
    /** scheduled | completed | cancelled */
    status: text().notNull().default('scheduled'),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('activities_body_idx').on(t.bodyId, t.startOn)],
);

/** One person a member unit sends; `attended` stays null until the secretariat takes attendance. */
export const activityParticipants = pgTable(
  'activity_participants',
  {
    id: uuid().primaryKey().defaultRandom(),
    activityId: uuid()
      .notNull()
      .references(() => activities.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    name: text().notNull(),
    title: text().notNull(),
    phone: text().notNull(),
    attended: boolean(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('activity_participants_activity_idx').on(t.activityId, t.orgId), index('activity_participants_org_idx').on(t.orgId)],
);

/** Awards, certificates and notes of an activity, for a unit, one participant or the activity as a whole. */
export const activityOutcomes = pgTable(
  'activity_outcomes',
  {
    id: uuid().primaryKey().defaultRandom(),
    activityId: uuid()
      .notNull()
      .references(() => activities.id),
    /** award | certificate | note */
    kind: text().notNull(),
    title: text().notNull(),
    orgId: uuid().references(() => organizations.id),
    participantId: uuid().references(() => activityParticipants.id),
    note: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('activity_outcomes_activity_idx').on(t.activityId), index('activity_outcomes_org_idx').on(t.orgId)],
);

/** Evidence files of an outcome; the file itself is a kept file_blobs row. */
export const activityEvidence = pgTable(
  'activity_evidence',
  {
    outcomeId: uuid()
      .notNull()
      .references(() => activityOutcomes.id),
    fileId: uuid()
      .notNull()
      .references(() => fileBlobs.id),
  },
  (t) => [uniqueIndex('activity_evidence_file_key').on(t.fileId), index('activity_evidence_outcome_idx').on(t.outcomeId)],
);
