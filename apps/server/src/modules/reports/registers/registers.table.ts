import { boolean, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { RegisterKind, RegisterLevel, RegisterSchoolLevel, TRegisterFilter } from '@chanjiao/contracts';
import { fileBlobs } from '../../../kernel/files/index.js';
import { organizations } from '../../organizations/organizations.table.js';
import { reportCycles } from '../cycles/cycles.table.js';

/**
 * One row of a cycle's 项目与荣誉 register: a project, honour, award, base or centre a school holds (上海年报 表1–20).
 * The school is kept as printed; `holderOrgId` links it when the name is an organisation's.
 */
export const reportRegisterEntries = pgTable(
  'report_register_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    cycleId: uuid()
      .notNull()
      .references(() => reportCycles.id, { onDelete: 'cascade' }),
    kind: text().$type<RegisterKind>().notNull(),
    level: text().$type<RegisterLevel>().notNull(),
    year: smallint().notNull(),
    schoolLevel: text().$type<RegisterSchoolLevel>().notNull(),
    name: text().notNull(),
    holderName: text().notNull(),
    holderOrgId: uuid().references(() => organizations.id, { onDelete: 'set null' }),
    majorCode: text(),
    majorName: text(),
    people: jsonb().$type<string[]>().notNull().default([]),
    /** The other printed cells by their column heading (奖项, 赛项, 星级 …). */
    extra: jsonb().$type<Record<string, string>>().notNull().default({}),
    sourceTable: text(),
    /** Order of entry, so a table imported row by row prints in its order. */
    position: integer().notNull(),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('report_register_entries_cycle_idx').on(t.cycleId, t.position)],
);

/** A case (案例) a report tells: its title, the schools it names, the chapter it stands under, its text and images. */
export const reportCases = pgTable(
  'report_cases',
  {
    id: uuid().primaryKey().defaultRandom(),
    cycleId: uuid()
      .notNull()
      .references(() => reportCycles.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    /** As printed, each with the organisation it names when the name resolves. */
    schools: jsonb().$type<{ orgId: string | null; name: string }[]>().notNull(),
    chapter: text(),
    text: text().notNull(),
    position: integer().notNull(),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('report_cases_cycle_idx').on(t.cycleId, t.position)],
);

export const reportCaseImages = pgTable(
  'report_case_images',
  {
    caseId: uuid()
      .notNull()
      .references(() => reportCases.id, { onDelete: 'cascade' }),
    fileId: uuid()
      .notNull()
      .references(() => fileBlobs.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.fileId] }), index('report_case_images_file_idx').on(t.fileId)],
);

/** The register tables of a cycle's report, in order: each lists the entries its filter selects under a chapter. */
export const reportRegisterBlocks = pgTable(
  'report_register_blocks',
  {
    cycleId: uuid()
      .notNull()
      .references(() => reportCycles.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    chapter: text().notNull(),
    caption: text().notNull(),
    filter: jsonb().$type<TRegisterFilter>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.position] })],
);
