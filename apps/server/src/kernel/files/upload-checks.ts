/**
 * What every spreadsheet upload goes through before it is parsed: size, signature, expansion, and that
 * the ZIP is a workbook at all. Each refusal names what the user should upload instead.
 */
import type { FastifyRequest } from 'fastify';
import { bilingual, DomainError } from '../errors.js';
import { type CheckedZip, DEFAULT_ZIP_LIMITS, inspectZip, startsLikeZip, type ZipLimits } from './zip-inspection.js';

export interface Upload {
  filename: string;
  content: Buffer;
}

export const XLSX_EXPECTED = bilingual('Excel .xlsx', 'spreadsheet (.xlsx)');

export function sizeLimitText(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** The parts without which a ZIP is not a workbook exceljs can read. */
const WORKBOOK_PARTS = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];

/** Checks a spreadsheet upload and returns its archive, checked, for the sheet reader. */
export async function checkXlsxUpload(content: Buffer, limits: { maxBytes: number; zip?: ZipLimits }): Promise<CheckedZip> {
  if (content.length > limits.maxBytes) throw new DomainError('PAYLOAD_TOO_LARGE', { limit: sizeLimitText(limits.maxBytes) });
  if (!startsLikeZip(content)) throw new DomainError('FILE_TYPE_REJECTED', { expected: XLSX_EXPECTED });
  const zip = await inspectZip(content, limits.zip ?? DEFAULT_ZIP_LIMITS);
  const names = new Set(zip.entries.map((entry) => entry.name));
  if (!WORKBOOK_PARTS.every((part) => names.has(part))) throw new DomainError('FILE_TYPE_REJECTED', { expected: XLSX_EXPECTED });
  return zip;
}

/** Keeps the name a user recognises, without a client's directory part or control characters. */
export function cleanFilename(raw: string | undefined, fallback: string): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(-120);
  return cleaned || fallback;
}

/**
 * Reads the multipart field `field` into memory. Past `maxBytes` the multipart plugin throws its
 * file-too-large error, which the error mapper answers with PAYLOAD_TOO_LARGE.
 */
export async function receiveUpload(request: FastifyRequest, maxBytes: number, field = 'file'): Promise<Upload> {
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!part || part.fieldname !== field) {
    throw new DomainError('VALIDATION_FAILED', { part: 'body' }, [
      { path: field, message: bilingual(`请在字段“${field}”中选择要上传的文件`, `Choose a file to upload in the field “${field}”`) },
    ]);
  }
  const content = await part.toBuffer();
  return { filename: cleanFilename(part.filename, 'upload.xlsx'), content };
}
