import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildZip, deflatedEntry, deflatedZeros, storedEntry } from '../../testing/zip-builder.js';
import { DomainError } from '../errors.js';
import { DEFAULT_ZIP_LIMITS, inspectZip, startsLikeZip, verifyInflatedSizes, type ZipLimits } from './zip-inspection.js';

const MB = 1024 * 1024;

/** The refusal of opening the archive and reading every entry of it. */
async function rejection(buffer: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<string> {
  const error = await inspectZip(buffer, limits)
    .then(verifyInflatedSizes)
    .then(
      () => null,
      (thrown: unknown) => thrown,
    );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  expect(error.code).toBe('FILE_EXPANSION_REJECTED');
  return error.messageIn('zh-CN');
}

describe('ZIP inspection before parsing (docs/sources.md 5.4: uploads checked for expansion)', () => {
  it('accepts a workbook exceljs wrote and lists its entries', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('组织').addRow(['名称', '类型']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(startsLikeZip(buffer)).toBe(true);
    const zip = await inspectZip(buffer);
    expect(zip.entries.map((entry) => entry.name)).toContain('xl/workbook.xml');
    await verifyInflatedSizes(zip);
  });

  it('refuses an entry whose declared expansion ratio is above 100:1', async () => {
    const bomb = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: await deflatedZeros(150 * MB), uncompressedSize: 150 * MB }]);
    expect(bomb.length).toBeLessThan(MB);
    expect(await rejection(bomb)).toMatch(/^文件解压后过大或结构异常（压缩比约 \d+:1，超过 100:1），已拒绝$/);
  });

  it('refuses archives whose entries together expand beyond the size limit', async () => {
    const entries = Array.from({ length: 3 }, (_, i) => storedEntry(`xl/part${i}.xml`, Buffer.alloc(MB, 65)));
    const limits = { ...DEFAULT_ZIP_LIMITS, maxUncompressedBytes: 2 * MB };
    expect(await rejection(buildZip(entries), limits)).toContain('解压后超过 3 MB，上限为 2 MB');
  });

  it('refuses an entry that inflates to more than its header declares, stopping at the declared size', async () => {
    const liar = buildZip([
      deflatedEntry('xl/workbook.xml', '<workbook/>'),
      { name: 'xl/worksheets/sheet1.xml', data: await deflatedZeros(20 * MB), uncompressedSize: 1000 },
    ]);
    expect(await rejection(liar)).toContain('“xl/worksheets/sheet1.xml”的实际大小与声明不符');
    const zip = await inspectZip(liar);
    let read = 0;
    const reading = (async () => {
      for await (const chunk of zip.read(zip.entries[1]!)) read += chunk.length;
    })();
    await expect(reading).rejects.toMatchObject({ code: 'FILE_EXPANSION_REJECTED' });
    expect(read).toBeLessThanOrEqual(1000);
  });

  it('never reads data the central directory does not list', async () => {
    const hidden = buildZip([
      { ...deflatedEntry('xl/worksheets/sheet1.xml', '<hidden/>'), hidden: true },
      storedEntry('xl/workbook.xml', '<workbook/>'),
    ]);
    const zip = await inspectZip(hidden);
    expect(zip.entries.map((entry) => entry.name)).toEqual(['xl/workbook.xml']);
    await verifyInflatedSizes(zip);
  });

  it('refuses too many entries', async () => {
    const entries = Array.from({ length: 11 }, (_, i) => storedEntry(`f${i}.xml`, 'x'));
    expect(await rejection(buildZip(entries), { ...DEFAULT_ZIP_LIMITS, maxEntries: 10 })).toContain('包含 11 个文件，上限为 10 个');
  });

  it('refuses encrypted, truncated and unknown-method archives', async () => {
    const encrypted = buildZip([{ ...storedEntry('xl/workbook.xml', 'x'), flags: 1 }]);
    expect(await rejection(encrypted)).toContain('文件已加密');
    const whole = buildZip([deflatedEntry('xl/workbook.xml', '<workbook/>'.repeat(100))]);
    expect(await rejection(whole.subarray(0, whole.length - 30))).toContain('不是完整的 ZIP 文件');
    const lzma = buildZip([{ ...storedEntry('xl/workbook.xml', 'x'), method: 14 as never }]);
    expect(await rejection(lzma)).toContain('不支持的压缩方式（14）');
  });

  it('refuses an entry whose data is not valid deflate', async () => {
    const garbage = buildZip([{ name: 'xl/workbook.xml', data: Buffer.from([0xff, 0xff, 0xff, 0xff]), uncompressedSize: 10 }]);
    expect(await rejection(garbage)).toContain('不是完整的 ZIP 文件');
  });
});
