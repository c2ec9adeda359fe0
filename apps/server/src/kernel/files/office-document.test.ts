/** An upload named .docx must be a Word document — its package's parts present and declared — not any ZIP. */
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildZip, deflatedEntry, deflatedZeros, storedEntry } from '../../testing/zip-builder.js';
import { sheetWorkbook } from '../../testing/xlsx-upload.js';
import { provenOfficeDocumentType } from './office-document.js';

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

describe('Office documents are told by the parts of their package (ECMA-376 Part 2)', () => {
  it('accepts a Word document and a workbook under their own extensions only', async () => {
    const word = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('调研报告')] }] }));
    expect(await provenOfficeDocumentType(word, '.docx')).toBe(WORD);
    expect(await provenOfficeDocumentType(word, '.DOCX')).toBe(WORD);
    expect(await provenOfficeDocumentType(word, '.xlsx')).toBeNull();
    const workbook = await sheetWorkbook('数据', ['名称'], [['甲']]);
    expect(await provenOfficeDocumentType(workbook, '.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await provenOfficeDocumentType(workbook, '.docx')).toBeNull();
  });

  it('refuses any other ZIP renamed .docx, and one whose main part is not declared as a Word document', async () => {
    const archive = buildZip([deflatedEntry('notes.txt', '不是 Word 文档'), storedEntry('tool.exe', 'MZ')]);
    expect(await provenOfficeDocumentType(archive, '.docx')).toBeNull();
    const undeclared = buildZip([deflatedEntry('[Content_Types].xml', '<Types/>'), deflatedEntry('word/document.xml', '<w:document/>')]);
    expect(await provenOfficeDocumentType(undeclared, '.docx')).toBeNull();
    const parts = buildZip([deflatedEntry('[Content_Types].xml', CONTENT_TYPES), deflatedEntry('word/document.xml', '<w:document/>')]);
    expect(await provenOfficeDocumentType(parts, '.docx')).toBe(WORD);
  });

  it('refuses a Word document whose part inflates beyond what it declares', async () => {
    const liar = buildZip([
      deflatedEntry('[Content_Types].xml', CONTENT_TYPES),
      { name: 'word/document.xml', data: await deflatedZeros(4 * 1024 * 1024), uncompressedSize: 100 },
    ]);
    await expect(provenOfficeDocumentType(liar, '.docx')).rejects.toMatchObject({ code: 'FILE_EXPANSION_REJECTED' });
  });
});
