import { boolean, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/** A course a member unit (the host) offers to the body's other members (课程互选). */
export const resourceCourses = pgTable(
  'resource_courses',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    hostOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    name: text().notNull(),
    credits: numeric({ precision: 4, scale: 1, mode: 'number' }).notNull(),
    hours: integer().notNull(),
    term: text().notNull(),
    seats: integer().notNull(),
    /** online | offline | blended */
    mode: text().notNull(),
    /** score | pass_fail */
    grading: text().notNull(),
    prerequisites: text(),
    hostTeacher: text().notNull(),
    /** open | closed */
    status: text().notNull().default('open'),
    closedAt: timestamp({ withTimezone: true, mode: 'date' }),
    isGenerated: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** Counts the host's changes, so one made from an older copy is refused. */
    version: integer().notNull().default(1),
  },
  (t) => [index('resource_courses_body').on(t.bodyId)],
);

/**
 * A student of a member unit, as far as cross-selection needs one (个人信息保护法: name, student number, major, school —
 * no ID number, no phone). Recognised credits keep the record (the legal hold).
 */
export const resourceStudents = pgTable(
  'resource_students',
  {
    id: uuid().primaryKey().defaultRandom(),
    homeOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    name: text().notNull(),
    studentNumber: text().notNull(),
    major: text().notNull(),
    isGenerated: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('resource_students_home_number').on(t.homeOrgId, t.studentNumber)],
);

/** A home school's nomination of one student to a course, the host's acceptance and the student's result. */
export const resourceCourseNominations = pgTable(
  'resource_course_nominations',
  {
    id: uuid().primaryKey().defaultRandom(),
    courseId: uuid()
      .notNull()
      .references(() => resourceCourses.id),
    studentId: uuid()
      .notNull()
      .references(() => resourceStudents.id),
    /** nominated | accepted | declined */
    status: text().notNull().default('nominated'),
    declineReason: text(),
    score: numeric({ precision: 4, scale: 1, mode: 'number' }),
    passed: boolean(),
    resultRecordedAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('resource_course_nominations_course_student').on(t.courseId, t.studentId)],
);
