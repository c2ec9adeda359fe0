/**
 * Evidence and committee documents uploaded to governance records: a PDF, an image or an Office file, told by
 * its bytes rather than its name (an Office file by the parts of its package). It is kept for a day until a
 * record refers to it (which keeps it).
 */
import { extname } from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { insertFile, provenOfficeDocumentType, receiveUpload } from '../../../kernel/files/index.js';

const UNATTACHED_TTL_MS = 24 * 60 * 60 * 1000;

/** The content type the bytes prove, or null. Office files are ZIPs whose parts must match their extension. */
export async function provenContentType(content: Buffer, filename: string): Promise<string | null> {
  const starts = (bytes: number[]) => bytes.every((byte, index) => content[index] === byte);
  if (starts([0x25, 0x50, 0x44, 0x46])) return 'application/pdf';
  if (starts([0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  return provenOfficeDocumentType(content, extname(filename));
}

export async function receiveGovernanceUpload(
  db: Executor,
  request: FastifyRequest,
  owner: { userId: string; maxBytes: number; kind: string },
): Promise<{ id: string; filename: string; size: number }> {
  const upload = await receiveUpload(request, owner.maxBytes);
  const contentType = await provenContentType(upload.content, upload.filename);
  if (!contentType) throw new DomainError('GOVERNANCE_FILE_TYPE', { filename: upload.filename });
  const id = await insertFile(db, {
    ownerUserId: owner.userId,
    kind: owner.kind,
    filename: upload.filename,
    contentType,
    content: upload.content,
    ttlMs: UNATTACHED_TTL_MS,
  });
  return { id, filename: upload.filename, size: upload.content.length };
}
