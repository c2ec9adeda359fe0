/**
 * Checks an uploaded ZIP (xlsx and docx are ZIPs) before any parser touches it. The central directory
 * declares how large every entry becomes; a zip bomb declares — or pretends — a huge expansion. Both the
 * declared sizes and the real ones (counted while inflating, output discarded) must stay within limits,
 * so a parser reading the file afterwards never writes more than the limits allow to memory or disk.
 */
import zlib from 'node:zlib';
import type { Bilingual } from '@chanjiao/contracts';
import { bilingual, DomainError } from '../errors.js';

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed, for the archive and for each entry above `ratioFloorBytes`. */
  maxRatio: number;
  /** Small entries compress extremely well (repetitive XML) and are harmless, so their ratio is not judged. */
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
const END_OF_CENTRAL_DIRECTORY_SIZE = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const FLAG_ENCRYPTED = 0x1;
const ZIP64_MARKER = 0xffffffff;

export function startsLikeZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32LE(0) === LOCAL_HEADER_SIGNATURE;
}

function rejected(reason: Bilingual): DomainError {
  return new DomainError('FILE_EXPANSION_REJECTED', { reason });
}

const malformed = () => rejected(bilingual('不是完整的 ZIP 文件，可能已损坏', 'not a complete ZIP file; it may be damaged'));

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024 / 1024)} MB`;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const last = buffer.length - END_OF_CENTRAL_DIRECTORY_SIZE;
  const first = Math.max(0, last - MAX_COMMENT_LENGTH);
  for (let offset = last; offset >= first; offset--) {
    if (buffer.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY_SIGNATURE) return offset;
  }
  throw malformed();
}

/** Reads the central directory (APPNOTE.TXT §4.3.12, §4.3.16) without trusting any offset it contains. */
export function readCentralDirectory(buffer: Buffer, maxEntries: number): ZipEntry[] {
  const end = findEndOfCentralDirectory(buffer);
  const entryCount = buffer.readUInt16LE(end + 10);
  const directorySize = buffer.readUInt32LE(end + 12);
  const directoryOffset = buffer.readUInt32LE(end + 16);
  if (directoryOffset === ZIP64_MARKER || entryCount === 0xffff) {
    throw rejected(bilingual('使用了 ZIP64 扩展格式，超出允许的大小', 'uses the ZIP64 format, beyond the allowed size'));
  }
  if (entryCount > maxEntries) {
    throw rejected(bilingual(`包含 ${entryCount} 个文件，上限为 ${maxEntries} 个`, `holds ${entryCount} entries; the limit is ${maxEntries}`));
  }
  if (directoryOffset + directorySize > end) throw malformed();

  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (offset + 46 > end || buffer.readUInt32LE(offset) !== CENTRAL_HEADER_SIGNATURE) throw malformed();
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    entries.push({
      flags: buffer.readUInt16LE(offset + 8),
      method: buffer.readUInt16LE(offset + 10),
      compressedSize: buffer.readUInt32LE(offset + 20),
      uncompressedSize: buffer.readUInt32LE(offset + 24),
      localHeaderOffset: buffer.readUInt32LE(offset + 42),
      name: buffer.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function checkDeclaredSizes(entries: ZipEntry[], archiveBytes: number, limits: ZipLimits): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.compressedSize === ZIP64_MARKER || entry.uncompressedSize === ZIP64_MARKER) {
      throw rejected(bilingual('使用了 ZIP64 扩展格式，超出允许的大小', 'uses the ZIP64 format, beyond the allowed size'));
    }
    if (entry.flags & FLAG_ENCRYPTED) {
      throw rejected(bilingual('文件已加密，请取消密码保护后再上传', 'it is encrypted; remove the password and upload again'));
    }
    if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) {
      throw rejected(bilingual(`使用了不支持的压缩方式（${entry.method}）`, `uses an unsupported compression method (${entry.method})`));
    }
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) throw ratioRejected(ratio, limits);
    total += entry.uncompressedSize;
  }
  if (total > limits.maxUncompressedBytes) throw sizeRejected(total, limits);
  const ratio = total / Math.max(archiveBytes, 1);
  if (total > limits.ratioFloorBytes && ratio > limits.maxRatio) throw ratioRejected(ratio, limits);
}

function sizeRejected(bytes: number, limits: ZipLimits): DomainError {
  return rejected(
    bilingual(
      `解压后超过 ${megabytes(bytes)}，上限为 ${megabytes(limits.maxUncompressedBytes)}`,
      `it expands to more than ${megabytes(bytes)}; the limit is ${megabytes(limits.maxUncompressedBytes)}`,
    ),
  );
}

function ratioRejected(ratio: number, limits: ZipLimits): DomainError {
  return rejected(
    bilingual(
      `压缩比约 ${Math.round(ratio)}:1，超过 ${limits.maxRatio}:1`,
      `compression ratio about ${Math.round(ratio)}:1, above ${limits.maxRatio}:1`,
    ),
  );
}

/** Where an entry's compressed bytes are, read from its local header (whose own sizes may be zero). */
function entryData(buffer: Buffer, entry: ZipEntry): Buffer {
  const header = entry.localHeaderOffset;
  if (header + 30 > buffer.length || buffer.readUInt32LE(header) !== LOCAL_HEADER_SIGNATURE) throw malformed();
  const start = header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
  if (start + entry.compressedSize > buffer.length) throw malformed();
  return buffer.subarray(start, start + entry.compressedSize);
}

/** Inflates and counts, stopping as soon as the output passes `limit`; nothing is kept. */
function inflatedSize(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = zlib.createInflateRaw();
    let total = 0;
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflater.destroy();
        resolve(total);
      }
    });
    inflater.on('end', () => resolve(total));
    inflater.on('error', () => reject(malformed()));
    inflater.end(data);
  });
}

async function checkRealSizes(buffer: Buffer, entries: ZipEntry[], limits: ZipLimits): Promise<void> {
  let total = 0;
  for (const entry of entries) {
    const data = entryData(buffer, entry);
    const actual = entry.method === METHOD_STORED ? data.length : await inflatedSize(data, entry.uncompressedSize);
    if (actual !== entry.uncompressedSize) {
      throw rejected(
        bilingual(
          `“${entry.name}”的实际大小与声明不符`,
          `the real size of “${entry.name}” differs from the declared size`,
        ),
      );
    }
    total += actual;
    if (total > limits.maxUncompressedBytes) throw sizeRejected(total, limits);
  }
}

/**
 * Returns the entries of a ZIP that stays within `limits`, or throws FILE_EXPANSION_REJECTED saying why.
 * Call only after `startsLikeZip`.
 */
export async function inspectZip(buffer: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipEntry[]> {
  if (buffer.length < END_OF_CENTRAL_DIRECTORY_SIZE) throw malformed();
  const entries = readCentralDirectory(buffer, limits.maxEntries);
  checkDeclaredSizes(entries, buffer.length, limits);
  await checkRealSizes(buffer, entries, limits);
  return entries;
}
