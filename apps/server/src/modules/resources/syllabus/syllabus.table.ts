import { integer, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { fileBlobs } from '../../../kernel/files/index.js';
import { resourceCourses } from '../courses/courses.table.js';

/** The versions of a course's syllabus (教学大纲); a new upload adds a version and the earlier ones are kept. */
export const resourceCourseSyllabi = pgTable(
  'resource_course_syllabi',
  {
    id: uuid().primaryKey().defaultRandom(),
    courseId: uuid()
      .notNull()
      .references(() => resourceCourses.id),
    version: integer().notNull(),
    fileId: uuid()
      .notNull()
      .references(() => fileBlobs.id),
    uploadedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('resource_course_syllabi_course_version').on(t.courseId, t.version)],
);
