import type { SurveySection, TSurveyContent } from '@chanjiao/contracts';
import { boolean, date, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/** A body's resource survey of one year (工作计划 一(一)): what it asks and until when. */
export const resourceSurveyRounds = pgTable(
  'resource_survey_rounds',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    year: smallint().notNull(),
    title: text().notNull(),
    /** The last day answers are taken, Asia/Shanghai, included. */
    deadline: date({ mode: 'string' }).notNull(),
    sections: jsonb().$type<SurveySection[]>().notNull(),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('resource_survey_rounds_body_year').on(t.bodyId, t.year)],
);

/** One member unit's answers to a round; the content is the sections as the contracts' ZSurveyContent. */
export const resourceSurveyResponses = pgTable(
  'resource_survey_responses',
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: uuid()
      .notNull()
      .references(() => resourceSurveyRounds.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    /** draft | submitted | accepted | reopened */
    status: text().notNull(),
    content: jsonb().$type<TSurveyContent>().notNull(),
    prefilledFrom: smallint(),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }),
    acceptedAt: timestamp({ withTimezone: true, mode: 'date' }),
    reopenReason: text(),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('resource_survey_responses_round_org').on(t.roundId, t.orgId)],
);
