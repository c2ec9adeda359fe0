/**
 * A cross-selected course's syllabus (教学大纲, docs/sources.md §9 R3 "syllabus file"): the host uploads it as PDF or Word,
 * told by its bytes (kernel/files' checks); every upload is a new version and the earlier ones stay downloadable by the
 * members whose students may take the course.
 */
import { extname } from 'node:path';
import type { TSyllabusVersion } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { insertFile, provenOfficeDocumentType, type Upload } from '../../../kernel/files/index.js';
import { type Grant } from '../../../kernel/rbac/rbac.rules.js';
import { requireSearcher } from '../access/access.service.js';
import { lockCourse } from '../courses/courses.repository.js';
import { requireCourse } from '../courses/courses.service.js';
import * as repo from './syllabus.repository.js';

const SYLLABUS_ENTITY = bilingual('教学大纲', 'syllabus');
export const SYLLABUS_FILE_KIND = 'resource_course_syllabus';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** A syllabus is kept as long as the course: the file store's expiry is set far beyond any course's life. */
const KEPT_MS = 100 * 365 * 24 * 60 * 60 * 1000;

/** PDF by its signature, Word by the parts of its package; anything else (an .xlsx named .docx too) is refused. */
async function syllabusContentType(upload: Upload): Promise<string | null> {
  if (upload.content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  const office = await provenOfficeDocumentType(upload.content, extname(upload.filename).toLowerCase());
  return office === DOCX ? DOCX : null;
}

export async function uploadSyllabus(
  db: Executor,
  actor: Actor,
  owner: { userId: string },
  at: { bodyId: string; courseId: string },
  upload: Upload,
): Promise<{ version: number }> {
  await requireCourse(db, at.bodyId, at.courseId);
  const contentType = await syllabusContentType(upload);
  if (!contentType) throw new DomainError('RESOURCES_SYLLABUS_FILE_TYPE', { filename: upload.filename });
  return db.transaction(async (tx) => {
    await lockCourse(tx, at.courseId);
    const version = (await repo.latestVersion(tx, at.courseId)) + 1;
    const fileId = await insertFile(tx, {
      ownerUserId: owner.userId,
      kind: SYLLABUS_FILE_KIND,
      filename: upload.filename,
      contentType,
      content: upload.content,
      ttlMs: KEPT_MS,
    });
    await repo.insertVersion(tx, { courseId: at.courseId, version, fileId });
    await recordAudit(tx, actor, {
      action: 'resources.syllabus.upload',
      entityType: 'resource_course',
      entityId: at.courseId,
      details: {
        bodyId: at.bodyId,
        version,
        filename: upload.filename,
        size: upload.content.length,
        replaces: version > 1 ? version - 1 : null,
      },
    });
    return { version };
  });
}

export async function syllabusVersions(
  db: Executor,
  grants: Grant[],
  bodyId: string,
  courseId: string,
): Promise<{ items: TSyllabusVersion[] }> {
  await requireSearcher(db, grants, bodyId);
  await requireCourse(db, bodyId, courseId);
  const rows = await repo.versionsOfCourse(db, courseId);
  return {
    items: rows.map((row, index) => ({
      version: row.version,
      filename: row.filename,
      contentType: row.contentType,
      size: row.size,
      uploadedAt: row.uploadedAt.toISOString(),
      current: index === 0,
    })),
  };
}

export async function syllabusFile(db: Executor, grants: Grant[], bodyId: string, courseId: string, version: number) {
  await requireSearcher(db, grants, bodyId);
  await requireCourse(db, bodyId, courseId);
  const file = await repo.fileOfVersion(db, courseId, version);
  if (!file) throw notFound(SYLLABUS_ENTITY);
  return file;
}
