import type { TTalentReportFigures, TTalentReportSections } from '@chanjiao/contracts';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';

/**
 * A body's quarterly trend report or yearly 人才需求报告 for one period. A draft keeps only its text (the figures
 * are computed when it is read); publication gives it the next number of its series (body, kind, year) and
 * stores the figures as they were, so later data does not change what was published.
 */
export const talentReports = pgTable(
  'talent_reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    /** quarterly | yearly */
    kind: text().notNull(),
    year: smallint().notNull(),
    /** 1–4 for a quarterly report, null for a yearly one. */
    quarter: smallint(),
    /** draft | published | withdrawn */
    status: text().notNull().default('draft'),
    number: integer(),
    sections: jsonb().$type<TTalentReportSections>().notNull(),
    /** The figures at publication; null while a draft. */
    figures: jsonb().$type<TTalentReportFigures>(),
    publishedOn: date({ mode: 'string' }),
    publishedAt: timestamp({ withTimezone: true, mode: 'date' }),
    withdrawnOn: date({ mode: 'string' }),
    withdrawnReason: text(),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('talent_reports_body_idx').on(t.bodyId, t.year),
    // No two numbers alike in a series; drafts have none yet.
    uniqueIndex('talent_reports_number_key').on(t.bodyId, t.kind, t.year, t.number),
    // One live report (draft or published) per period; a withdrawn one makes room for a new edition.
    uniqueIndex('talent_reports_period_key')
      .on(t.bodyId, t.kind, t.year, sql`coalesce(${t.quarter}, 0)`)
      .where(sql`${t.status} <> 'withdrawn'`),
  ],
);
