/** SQL of a course's syllabus versions; the bytes live in the kernel's file store. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { fileBlobs } from '../../../kernel/files/index.js';
import { resourceCourseSyllabi } from './syllabus.table.js';

export async function versionsOfCourse(db: Executor, courseId: string) {
  return db
    .select({
      version: resourceCourseSyllabi.version,
      uploadedAt: resourceCourseSyllabi.uploadedAt,
      filename: fileBlobs.filename,
      contentType: fileBlobs.contentType,
      size: sql<number>`octet_length(${fileBlobs.content})`,
    })
    .from(resourceCourseSyllabi)
    .innerJoin(fileBlobs, eq(fileBlobs.id, resourceCourseSyllabi.fileId))
    .where(eq(resourceCourseSyllabi.courseId, courseId))
    .orderBy(desc(resourceCourseSyllabi.version));
}

export async function latestVersion(db: Executor, courseId: string): Promise<number> {
  const [row] = await db
    .select({ version: sql<number>`coalesce(max(${resourceCourseSyllabi.version}), 0)::int` })
    .from(resourceCourseSyllabi)
    .where(eq(resourceCourseSyllabi.courseId, courseId));
  return row?.version ?? 0;
}

export async function insertVersion(db: Executor, values: typeof resourceCourseSyllabi.$inferInsert) {
  const [row] = await db.insert(resourceCourseSyllabi).values(values).returning();
  return row!;
}

export async function fileOfVersion(db: Executor, courseId: string, version: number) {
  const [row] = await db
    .select({ filename: fileBlobs.filename, contentType: fileBlobs.contentType, content: fileBlobs.content })
    .from(resourceCourseSyllabi)
    .innerJoin(fileBlobs, eq(fileBlobs.id, resourceCourseSyllabi.fileId))
    .where(and(eq(resourceCourseSyllabi.courseId, courseId), eq(resourceCourseSyllabi.version, version)));
  return row;
}
