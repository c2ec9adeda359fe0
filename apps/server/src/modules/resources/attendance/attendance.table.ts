import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { resourceCourseNominations, resourceCourses } from '../courses/courses.table.js';

/** One session (课次) of a cross-selected course, on a day of the course's term. */
export const resourceCourseSessions = pgTable(
  'resource_course_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    courseId: uuid()
      .notNull()
      .references(() => resourceCourses.id),
    sessionOn: date({ mode: 'string' }).notNull(),
    topic: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('resource_course_sessions_course_day').on(t.courseId, t.sessionOn)],
);

/** An accepted student's attendance at one session: present | late | leave | absent (出勤/迟到/请假/缺勤). */
export const resourceAttendanceMarks = pgTable(
  'resource_attendance_marks',
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => resourceCourseSessions.id),
    nominationId: uuid()
      .notNull()
      .references(() => resourceCourseNominations.id),
    mark: text().notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('resource_attendance_marks_session_nomination').on(t.sessionId, t.nominationId),
    index('resource_attendance_marks_nomination').on(t.nominationId),
  ],
);
