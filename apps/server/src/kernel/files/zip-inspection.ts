/**
 * Opens an uploaded ZIP (xlsx and docx are ZIPs) the way its central directory describes it, with yauzl: entries
 * are only ever read at the offsets the directory gives, so data hidden between them — a local header the
 * directory does not list — is never read, whatever a streaming parser would have made of it. What the
 * directory declares is checked before anything is inflated (entry count, encryption, compression method, total
 * size, expansion ratio); what entries really inflate to is counted while they are read, and reading stops as
 * soon as an entry passes its declared size or the archive passes its limit.
 */
import { addAbortSignal, type Readable } from 'node:stream';
import type { Bilingual } from '@chanjiao/contracts';
import type yauzl from 'yauzl';
import { bilingual, DomainError } from '../errors.js';

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed, for the archive and for each entry above `ratioFloorBytes`. */
  maxRatio: number;
  /** Small entries compress extremely well (repetitive XML) and are harmless, so their ratio is not judged. */
  ratioFloorBytes: number;
  /** How long one entry may take to inflate: a request reading a hostile archive must end, never hang. */
  entryReadMs: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  entryReadMs: 10_000,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  crc32: number;
}

/** An archive whose directory passed the checks; its entries are read one at a time, counted. */
export interface CheckedZip {
  entries: ZipEntry[];
  /** The entry's inflated bytes, refused with FILE_EXPANSION_REJECTED once they pass what may be read. */
  read(entry: ZipEntry): AsyncGenerator<Buffer>;
  /** Bytes still allowed to be inflated from this archive. */
  readonly budget: number;
}

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;

export function startsLikeZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32LE(0) === LOCAL_HEADER_SIGNATURE;
}

export function expansionRejected(reason: Bilingual): DomainError {
  return new DomainError('FILE_EXPANSION_REJECTED', { reason });
}

const malformed = () => expansionRejected(bilingual('不是完整的 ZIP 文件，可能已损坏', 'not a complete ZIP file; it may be damaged'));

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024 / 1024)} MB`;
}

function sizeRejected(bytes: number, limits: ZipLimits): DomainError {
  return expansionRejected(
    bilingual(
      `解压后超过 ${megabytes(bytes)}，上限为 ${megabytes(limits.maxUncompressedBytes)}`,
      `it expands to more than ${megabytes(bytes)}; the limit is ${megabytes(limits.maxUncompressedBytes)}`,
    ),
  );
}

function ratioRejected(ratio: number, limits: ZipLimits): DomainError {
  return expansionRejected(
    bilingual(
      `压缩比约 ${Math.round(ratio)}:1，超过 ${limits.maxRatio}:1`,
      `compression ratio about ${Math.round(ratio)}:1, above ${limits.maxRatio}:1`,
    ),
  );
}

function sizeMismatch(entry: ZipEntry): DomainError {
  return expansionRejected(
    bilingual(`“${entry.name}”的实际大小与声明不符`, `the real size of “${entry.name}” differs from the declared size`),
  );
}

function checkDeclared(entries: yauzl.Entry[], archiveBytes: number, limits: ZipLimits): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.isEncrypted()) {
      throw expansionRejected(bilingual('文件已加密，请取消密码保护后再上传', 'it is encrypted; remove the password and upload again'));
    }
    const method = entry.compressionMethod;
    if (method !== METHOD_STORED && method !== METHOD_DEFLATE) {
      throw expansionRejected(bilingual(`使用了不支持的压缩方式（${method}）`, `uses an unsupported compression method (${method})`));
    }
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) throw ratioRejected(ratio, limits);
    total += entry.uncompressedSize;
  }
  if (total > limits.maxUncompressedBytes) throw sizeRejected(total, limits);
  const ratio = total / Math.max(archiveBytes, 1);
  if (total > limits.ratioFloorBytes && ratio > limits.maxRatio) throw ratioRejected(ratio, limits);
}

async function directoryEntries(buffer: Buffer, limits: ZipLimits): Promise<{ zip: yauzl.ZipFile; entries: yauzl.Entry[] }> {
  // Loaded on the first upload, like exceljs: nothing else needs it.
  const { fromBufferPromise } = (await import('yauzl')).default;
  let zip: yauzl.ZipFile;
  try {
    // Sizes are compared with the declared ones as entries are read, with a reason a user can act on.
    zip = await fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: false, strictFileNames: false });
  } catch {
    throw malformed();
  }
  if (zip.entryCount > limits.maxEntries) {
    throw expansionRejected(
      bilingual(
        `包含 ${zip.entryCount} 个文件，上限为 ${limits.maxEntries} 个`,
        `holds ${zip.entryCount} entries; the limit is ${limits.maxEntries}`,
      ),
    );
  }
  const entries: yauzl.Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch {
    throw malformed();
  }
  return { zip, entries };
}

/**
 * Returns the archive if what its directory declares stays within `limits`, or throws FILE_EXPANSION_REJECTED
 * saying why. Call only after `startsLikeZip`.
 */
export async function inspectZip(buffer: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<CheckedZip> {
  const { zip, entries } = await directoryEntries(buffer, limits);
  checkDeclared(entries, buffer.length, limits);
  const byEntry = new Map<ZipEntry, yauzl.Entry>();
  for (const raw of entries) {
    byEntry.set(
      {
        name: raw.fileName,
        method: raw.compressionMethod,
        compressedSize: raw.compressedSize,
        uncompressedSize: raw.uncompressedSize,
        crc32: raw.crc32,
      },
      raw,
    );
  }
  let budget = limits.maxUncompressedBytes;
  async function* read(entry: ZipEntry): AsyncGenerator<Buffer> {
    let stream: Readable;
    try {
      stream = await zip.openReadStreamPromise(byEntry.get(entry)!);
    } catch {
      throw malformed();
    }
    let inflated = 0;
    // A bound on the time one entry may take to inflate, so that no upload holds a request for ever; the hang seen
    // in organizations.import.test.ts was exceljs's reader, which sheet-reader.ts bounds.
    addAbortSignal(AbortSignal.timeout(limits.entryReadMs), stream);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        budget -= chunk.length;
        if (inflated > entry.uncompressedSize) throw sizeMismatch(entry);
        if (budget < 0) throw sizeRejected(limits.maxUncompressedBytes - budget, limits);
        yield chunk;
      }
    } catch (error) {
      // zlib refuses data that is not deflate; a cut archive ends an entry early.
      throw error instanceof DomainError ? error : malformed();
    } finally {
      stream.destroy();
    }
    if (inflated !== entry.uncompressedSize) throw sizeMismatch(entry);
  }
  return {
    entries: [...byEntry.keys()],
    read,
    get budget() {
      return budget;
    },
  };
}

/** Reads every entry to its end, counting, and keeps nothing: proves the archive inflates as it declares. */
export async function verifyInflatedSizes(zip: CheckedZip): Promise<void> {
  for (const entry of zip.entries) {
    for await (const chunk of zip.read(entry)) void chunk;
  }
}

/** One small entry's text (e.g. `[Content_Types].xml`), read through the same counting. */
export async function readEntryText(zip: CheckedZip, name: string): Promise<string | null> {
  const entry = zip.entries.find((candidate) => candidate.name === name);
  if (!entry) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of zip.read(entry)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
