/** Writes ZIP archives byte by byte, so tests can build the malformed and malicious ones real tools refuse to make. */
import zlib from 'node:zlib';

export interface ZipFixtureEntry {
  name: string;
  /** Compressed bytes for method 8, raw bytes for method 0. */
  data: Buffer;
  method?: 0 | 8;
  /** What the headers claim; a zip bomb may lie. */
  uncompressedSize: number;
  crc?: number;
  flags?: number;
  /** Written as a local entry but left out of the central directory, where only a streaming reader finds it. */
  hidden?: boolean;
}

export function storedEntry(name: string, content: Buffer | string): ZipFixtureEntry {
  const data = Buffer.from(content);
  return { name, data, method: 0, uncompressedSize: data.length, crc: zlib.crc32(data) };
}

export function deflatedEntry(name: string, content: Buffer | string): ZipFixtureEntry {
  const raw = Buffer.from(content);
  return { name, data: zlib.deflateRawSync(raw), method: 8, uncompressedSize: raw.length, crc: zlib.crc32(raw) };
}

/** Deflates `bytes` zero bytes chunk by chunk, so a 200 MB bomb costs the test a few hundred KB of memory. */
export async function deflatedZeros(bytes: number): Promise<Buffer> {
  const deflater = zlib.createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  const block = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < bytes; written += block.length) {
    const piece = block.subarray(0, Math.min(block.length, bytes - written));
    if (!deflater.write(piece)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await done;
  return Buffer.concat(chunks);
}

export function buildZip(entries: ZipFixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt16LE(entry.method ?? 8, 8);
    local.writeUInt32LE(entry.crc ?? 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt16LE(entry.method ?? 8, 10);
    central.writeUInt32LE(entry.crc ?? 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    if (!entry.hidden) centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const listed = entries.filter((entry) => !entry.hidden).length;
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The archive with one more local entry in front of everything, which its central directory does not list: what
 * a reader that walks local headers finds first, and one that follows the directory never sees.
 */
export function withHiddenEntry(archive: Buffer, entry: ZipFixtureEntry): Buffer {
  const hidden = buildZip([entry]);
  const localLength = 30 + Buffer.byteLength(entry.name) + entry.data.length;
  const shifted = Buffer.from(archive);
  const end = shifted.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = shifted.readUInt16LE(end + 10);
  let offset = shifted.readUInt32LE(end + 16);
  shifted.writeUInt32LE(offset + localLength, end + 16);
  for (let i = 0; i < count; i++) {
    shifted.writeUInt32LE(shifted.readUInt32LE(offset + 42) + localLength, offset + 42);
    offset += 46 + shifted.readUInt16LE(offset + 28) + shifted.readUInt16LE(offset + 30) + shifted.readUInt16LE(offset + 32);
  }
  return Buffer.concat([hidden.subarray(0, localLength), shifted]);
}
