import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth/auth.table.js';
import { fileBlobs } from '../../../kernel/files/files.table.js';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/**
 * The body's standing organs (章程第五、十、十二、十四条): the secretariat, the expert advisory committee and
 * the standing committees (专项工作委员会), each with its duties as the charter states them.
 */
export const governanceOffices = pgTable(
  'governance_offices',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    /** secretariat | expert_committee | standing_committee */
    kind: text().notNull(),
    name: text().notNull(),
    duties: text(),
    sortOrder: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('governance_offices_name_key').on(t.bodyId, t.name)],
);

/**
 * Who holds a post (秘书长, 主任, 副主任, 委员), appointed by the joint meeting from a date; the term's end
 * follows from the charter (章程第十四条). A holder is a person, usually of a member unit.
 */
export const officeAppointments = pgTable(
  'office_appointments',
  {
    id: uuid().primaryKey().defaultRandom(),
    officeId: uuid()
      .notNull()
      .references(() => governanceOffices.id),
    /** secretary_general | director | deputy_director | member */
    post: text().notNull(),
    holderName: text().notNull(),
    holderOrgId: uuid().references(() => organizations.id),
    startOn: date({ mode: 'string' }).notNull(),
    /** The meeting and resolution that appointed (e.g. 一届二次会议第3项决议). */
    appointedBy: text().notNull(),
    /** Set when the holder leaves before the term ends. */
    endedOn: date({ mode: 'string' }),
    recordedByUsername: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('office_appointments_office_idx').on(t.officeId, t.post, t.startOn)],
);

/** A committee's annual 工作细则 or its report to the meeting (章程第九条(四)): text, optionally a file. */
export const officeDocuments = pgTable(
  'office_documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    officeId: uuid()
      .notNull()
      .references(() => governanceOffices.id),
    year: integer().notNull(),
    /** work_rules | annual_report */
    kind: text().notNull(),
    title: text().notNull(),
    content: text().notNull(),
    fileId: uuid().references(() => fileBlobs.id),
    submittedByUserId: uuid().references(() => users.id),
    submittedByUsername: text(),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex('office_documents_key').on(t.officeId, t.year, t.kind),
    index('office_documents_file_idx')
      .on(t.fileId)
      .where(sql`${t.fileId} is not null`),
  ],
);
