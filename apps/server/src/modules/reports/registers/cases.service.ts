/**
 * Use cases of a cycle's 案例: enter, change and delete a case with its images (PNG or JPEG the user uploaded and
 * the case keeps), each audited in its transaction.
 */
import type { TRegisterCase, TRegisterCaseInput, TRegisterCaseList, TRegisterCaseUpdate } from '@chanjiao/contracts';
import type { FastifyRequest } from 'fastify';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { insertFile, receiveUpload } from '../../../kernel/files/index.js';
import type { Grant } from '../../../kernel/rbac/rbac.rules.js';
import { requireCycle } from '../cycles/cycles.service.js';
import * as repo from './registers.repository.js';
import { mayManageRegisters } from './registers.service.js';

export const CASE_ENTITY = bilingual('年报案例', 'report case');
const IMAGE_ENTITY = bilingual('案例图片', 'case image');
/** An upload waits a day for the case that keeps it. */
const UNATTACHED_TTL_MS = 24 * 60 * 60 * 1000;

/** The image type the bytes prove, whatever the name says: a PNG or a JPEG. */
export function imageContentType(content: Buffer): string | null {
  const starts = (bytes: number[]) => bytes.every((byte, index) => content[index] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  return null;
}

export async function uploadCaseImage(db: Executor, request: FastifyRequest, owner: { userId: string; maxBytes: number }) {
  const upload = await receiveUpload(request, owner.maxBytes);
  const contentType = imageContentType(upload.content);
  if (!contentType) throw new DomainError('REPORT_REGISTER_IMAGE_TYPE', { filename: upload.filename });
  const id = await insertFile(db, {
    ownerUserId: owner.userId,
    kind: repo.CASE_IMAGE_KIND,
    filename: upload.filename,
    contentType,
    content: upload.content,
    ttlMs: UNATTACHED_TTL_MS,
  });
  return { id, filename: upload.filename, size: upload.content.length };
}

function presentCase(row: repo.CaseRow, images: Awaited<ReturnType<typeof repo.imagesOfCases>>): TRegisterCase {
  return {
    id: row.id,
    title: row.title,
    schools: row.schools,
    chapter: row.chapter,
    text: row.text,
    images: images.filter((i) => i.caseId === row.id).map(({ id, filename, size }) => ({ id, filename, size: Number(size) })),
    version: row.version,
  };
}

export async function listCases(db: Executor, grants: Grant[], cycleId: string): Promise<TRegisterCaseList> {
  const { cycle } = await requireCycle(db, cycleId);
  const rows = await repo.listCases(db, cycleId);
  const images = await repo.imagesOfCases(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((row) => presentCase(row, images)), mayManage: mayManageRegisters(grants, cycle.authorityOrgId) };
}

async function caseValues(db: Executor, input: TRegisterCaseInput) {
  const orgIds = await repo.orgIdsOfNames(db, input.schools);
  return {
    title: input.title,
    schools: input.schools.map((name) => ({ orgId: orgIds.get(name) ?? null, name })),
    chapter: input.chapter ?? null,
    text: input.text,
  };
}

async function keepImages(tx: Executor, caseId: string, imageIds: string[], actor: Actor) {
  const refused = await repo.setCaseImages(tx, caseId, imageIds, actor.userId ?? '');
  if (refused > 0) throw new DomainError('REPORT_REGISTER_IMAGE_UNKNOWN', { count: refused });
}

export async function createCase(db: Executor, actor: Actor, cycleId: string, input: TRegisterCaseInput): Promise<TRegisterCase> {
  await requireCycle(db, cycleId);
  const values = await caseValues(db, input);
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertCase(tx, cycleId, values);
    await keepImages(tx, row.id, input.imageIds, actor);
    await recordAudit(tx, actor, {
      action: 'reports.case.create',
      entityType: 'report_case',
      entityId: row.id,
      details: { cycleId, title: input.title, images: input.imageIds.length },
    });
    return row.id;
  });
  return requireCase(db, cycleId, id);
}

async function requireCase(db: Executor, cycleId: string, caseId: string): Promise<TRegisterCase> {
  const row = await repo.findCase(db, cycleId, caseId);
  if (!row) throw notFound(CASE_ENTITY);
  return presentCase(row, await repo.imagesOfCases(db, [caseId]));
}

export async function updateCase(
  db: Executor,
  actor: Actor,
  cycleId: string,
  caseId: string,
  input: TRegisterCaseUpdate,
): Promise<TRegisterCase> {
  const before = await requireCase(db, cycleId, caseId);
  const values = await caseValues(db, input);
  await db.transaction(async (tx) => {
    const row = await repo.updateCaseAtVersion(tx, cycleId, caseId, input.version, values);
    if (!row) throw new DomainError('VERSION_CONFLICT', { current: before.version });
    await keepImages(tx, caseId, input.imageIds, actor);
    await recordAudit(tx, actor, {
      action: 'reports.case.update',
      entityType: 'report_case',
      entityId: caseId,
      details: { cycleId, title: input.title, titleBefore: before.title, images: input.imageIds.length },
    });
  });
  return requireCase(db, cycleId, caseId);
}

export async function deleteCase(db: Executor, actor: Actor, cycleId: string, caseId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await repo.deleteCase(tx, cycleId, caseId);
    if (!row) throw notFound(CASE_ENTITY);
    await recordAudit(tx, actor, {
      action: 'reports.case.delete',
      entityType: 'report_case',
      entityId: caseId,
      details: { cycleId, title: row.title },
    });
  });
}

export async function caseImage(db: Executor, cycleId: string, caseId: string, fileId: string) {
  const image = await repo.findCaseImage(db, cycleId, caseId, fileId);
  if (!image) throw notFound(IMAGE_ENTITY);
  return image;
}
