/**
 * What exceljs's streaming reader is given instead of the upload: the workbook's parts the reader uses, read
 * through the checked archive (the central directory's entries only, inflated and counted as they are read) and
 * written out again as an uncompressed ZIP stream, in the order the reader needs them. exceljs reads a
 * worksheet straight away only once it has the workbook's relationships and the shared strings; arriving before
 * them (as Excel and exceljs itself write them) it is first copied to a temporary file — which a failed import
 * used to leave behind with its descriptor open. In this order nothing is written to disk, and the reader
 * inflates nothing itself.
 */
import { Readable } from 'node:stream';
import type { DomainError } from '../errors.js';
import type { CheckedZip, ZipEntry } from './zip-inspection.js';

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
const UTF8_NAMES = 0x0800;

const RELATIONSHIPS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
/** The parts exceljs's reader reads, in the order it needs them; it skips everything else. */
const LEADING_PARTS = [RELATIONSHIPS, 'xl/workbook.xml', 'xl/styles.xml', SHARED_STRINGS];
const WORKSHEET_PARTS = /^xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?$/;

const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

function localHeader(name: string, size: number, crc32: number): Buffer {
  const encoded = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER_SIGNATURE, 0);
  header.writeUInt16LE(10, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(0, 8); // stored
  header.writeUInt32LE(crc32 >>> 0, 14);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(encoded.length, 26);
  return Buffer.concat([header, encoded]);
}

function endOfArchive(): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(END_OF_CENTRAL_DIRECTORY_SIGNATURE, 0);
  return record;
}

export interface WorkbookStream {
  stream: Readable;
  /** Why reading the archive stopped, once the reader has finished or failed; null when it read everything. */
  failure(): DomainError | null;
  /** Settles with the refusal when the archive is refused; never settles when it is read to its end. */
  refused: Promise<DomainError>;
}

/**
 * A refusal (an entry larger than declared, the archive's limit) ends the stream where it happened: the reader
 * then fails on the truncated data, and `failure()` says why. The stream never errors, because exceljs pipes it
 * without listening for errors and would wait for the rest forever.
 */
export function workbookStream(zip: CheckedZip): WorkbookStream {
  const named = new Map(zip.entries.map((entry) => [entry.name, entry]));
  const ordered: (ZipEntry | 'empty-shared-strings')[] = [
    ...LEADING_PARTS.map((name) => named.get(name) ?? (name === SHARED_STRINGS ? ('empty-shared-strings' as const) : undefined)),
    ...zip.entries.filter((entry) => WORKSHEET_PARTS.test(entry.name)),
  ].filter((part) => part !== undefined);
  let stopped: DomainError | null = null;
  let refuse: (error: DomainError) => void = () => undefined;
  const refused = new Promise<DomainError>((resolve) => {
    refuse = resolve;
  });

  async function* parts(): AsyncGenerator<Buffer> {
    try {
      for (const part of ordered) {
        if (part === 'empty-shared-strings') {
          yield localHeader(SHARED_STRINGS, EMPTY_SHARED_STRINGS.length, 0);
          yield EMPTY_SHARED_STRINGS;
          continue;
        }
        yield localHeader(part.name, part.uncompressedSize, part.crc32);
        yield* zip.read(part);
      }
      yield endOfArchive();
    } catch (error) {
      stopped = error as DomainError;
      refuse(stopped);
    }
  }

  return { stream: Readable.from(parts(), { objectMode: false }), failure: () => stopped, refused };
}
