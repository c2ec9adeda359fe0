/**
 * Files of a 推荐书: the supporting material (one PDF within the call's page limit, with a table of contents,
 * 通知 三.2 and 推荐书 说明 四) and the seal images of section 6. A replaced file is kept, because a submitted
 * version may point at it.
 */
import { createHash } from 'node:crypto';
import type { SealSlot, TSupportingMaterial, TTocEntry } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import type { Upload } from '../../../kernel/files/index.js';
import { requireCall } from '../calls/calls.service.js';
import { assertSubmissionOpen } from '../calls/deadline.rules.js';
import * as repo from './applications.repository.js';
import { countPdfPages, looksLikePdf } from './pdf-pages.js';

export const MATERIAL_ENTITY = bilingual('支撑材料', 'supporting material');
const SEAL_ENTITY = bilingual('公章图片', 'seal image');
export const SEAL_MAX_BYTES = 2 * 1024 * 1024;

export function presentMaterial(file: repo.FileMeta): TSupportingMaterial {
  return {
    id: file.id,
    filename: file.filename,
    pageCount: file.pageCount ?? 0,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    toc: file.toc,
    uploadedAt: file.createdAt.toISOString(),
  };
}

/** As for the form's sections: a draft only until the deadline, a returned application while the call is open. */
async function requireEditable(db: Executor, applicationId: string, now: Date) {
  const application = await repo.findApplication(db, applicationId);
  if (!application) throw notFound(bilingual('推荐书', 'application'));
  const call = await requireCall(db, application.callId);
  if (application.status === 'submitted') throw new DomainError('APPLICATION_LOCKED', { name: application.consortiumName });
  if (call.status !== 'open') throw new DomainError('CALL_NOT_OPEN', { title: call.title, status: call.status });
  if (application.status === 'draft') assertSubmissionOpen(now, call.deadlineLocal);
  return { application, call };
}

export async function uploadMaterial(db: Executor, actor: Actor, applicationId: string, upload: Upload, now: Date) {
  const { call } = await requireEditable(db, applicationId, now);
  if (!looksLikePdf(upload.content)) throw new DomainError('SUPPORTING_MATERIAL_NOT_PDF');
  const pages = await countPdfPages(upload.content);
  if (pages === null) throw new DomainError('SUPPORTING_MATERIAL_UNREADABLE');
  if (pages > call.limits.supportingMaterialPages) {
    throw new DomainError('SUPPORTING_MATERIAL_TOO_LONG', { pages, limit: call.limits.supportingMaterialPages });
  }
  const file = await db.transaction(async (tx) => {
    await repo.replaceCurrentFiles(tx, applicationId, 'supporting_material', null, now);
    const inserted = await repo.insertFile(tx, {
      applicationId,
      kind: 'supporting_material',
      filename: upload.filename,
      contentType: 'application/pdf',
      content: upload.content,
      sizeBytes: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      pageCount: pages,
      uploadedBy: actor.userId,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'selection.application.material.upload',
      entityType: 'selection_application',
      entityId: applicationId,
      details: { fileId: inserted.id, filename: upload.filename, pages, sha256: inserted.sha256 },
    });
    return inserted;
  });
  return presentMaterial(file);
}

/** 支撑材料部分请设置目录索引: entries in page order, each within the document. */
export function tocProblems(entries: TTocEntry[], pageCount: number) {
  return entries.flatMap((entry, index) => {
    if (entry.page > pageCount) {
      return [
        {
          path: `entries.${index}.page`,
          message: bilingual(
            `『目录第${index + 1}条页码』为 ${entry.page}，超出支撑材料的 ${pageCount} 页`,
            `“Contents entry ${index + 1} page” ${entry.page} is beyond the material’s ${pageCount} pages`,
          ),
        },
      ];
    }
    const previous = entries[index - 1];
    if (previous && entry.page < previous.page) {
      return [
        {
          path: `entries.${index}.page`,
          message: bilingual(
            `『目录第${index + 1}条页码』${entry.page} 小于上一条的 ${previous.page}，请按页码顺序排列目录`,
            `“Contents entry ${index + 1} page” ${entry.page} comes before the previous entry’s ${previous.page}; order entries by page`,
          ),
        },
      ];
    }
    return [];
  });
}

export async function setToc(db: Executor, actor: Actor, applicationId: string, entries: TTocEntry[], now: Date) {
  await requireEditable(db, applicationId, now);
  const material = await repo.currentFile(db, applicationId, 'supporting_material');
  if (!material) throw notFound(MATERIAL_ENTITY);
  const problems = tocProblems(entries, material.pageCount ?? 0);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', {}, problems);
  await db.transaction(async (tx) => {
    await repo.setFileToc(tx, material.id, entries);
    await recordAudit(tx, actor, {
      action: 'selection.application.material.toc',
      entityType: 'selection_application',
      entityId: applicationId,
      details: { fileId: material.id, entries: entries.length },
    });
  });
  return presentMaterial({ ...material, toc: entries });
}

/** The current material, or the one a version points at. */
export async function materialFile(db: Executor, applicationId: string, fileId?: string) {
  const meta = fileId
    ? await repo.findFileMeta(db, applicationId, fileId)
    : await repo.currentFile(db, applicationId, 'supporting_material');
  if (!meta || meta.kind !== 'supporting_material') throw notFound(MATERIAL_ENTITY);
  return (await repo.fileWithContent(db, applicationId, meta.id))!;
}

function imageType(content: Buffer): 'image/png' | 'image/jpeg' | null {
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Stores a seal image; the applicant then names it in section 6 (the upload does not change the form). */
export async function uploadSeal(db: Executor, actor: Actor, applicationId: string, slot: SealSlot, upload: Upload, now: Date) {
  await requireEditable(db, applicationId, now);
  const contentType = imageType(upload.content);
  if (!contentType) throw new DomainError('SEAL_IMAGE_TYPE');
  return db.transaction(async (tx) => {
    const file = await repo.insertFile(tx, {
      applicationId,
      kind: 'seal',
      slot,
      filename: upload.filename,
      contentType,
      content: upload.content,
      sizeBytes: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      uploadedBy: actor.userId,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'selection.application.seal.upload',
      entityType: 'selection_application',
      entityId: applicationId,
      details: { fileId: file.id, slot },
    });
    return { id: file.id, slot, contentType };
  });
}

export async function sealFile(db: Executor, applicationId: string, fileId: string) {
  const file = await repo.fileWithContent(db, applicationId, fileId);
  if (!file || file.kind !== 'seal') throw notFound(SEAL_ENTITY);
  return file;
}
