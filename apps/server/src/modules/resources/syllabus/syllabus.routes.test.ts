import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from '../../../kernel/time/clock.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { multipartFile, sheetWorkbook } from '../../../testing/xlsx-upload.js';
import { acceptedCourse, classOf } from '../testing/accepted-course.test-support.js';
import { type Alliance, alliance } from '../testing/alliance.test-support.js';

// docs/sources.md §9 R3: a member offers a course with its "syllabus file"; the students' home schools read it.
const clock = movableClock('2026-09-01T02:00:00Z');
const zh = { 'accept-language': 'zh-CN' };
const PDF = Buffer.from('%PDF-1.4\n% 工业机器人编程与调试 教学大纲\n%%EOF\n');

describe('a course’s syllabus through the API', () => {
  let ctx: TestContext;
  let a: Alliance;
  const url = (courseId: string) => `/api/bodies/${a.bodyId}/resources/courses/${courseId}/syllabus`;
  const upload = (courseId: string, content: Buffer, filename: string, who = a.caoyang) => {
    const file = multipartFile(content, filename);
    return who.request({ method: 'POST', url: url(courseId), payload: file.payload, headers: { ...file.headers, ...zh } });
  };

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock });
    a = await alliance(ctx);
  });
  afterAll(async () => ctx.close());

  it('keeps every version the host uploads, and lets the home school download each', async () => {
    const { courseId } = await acceptedCourse(ctx, a, classOf(1, '20252101'));
    expect((await upload(courseId, PDF, '教学大纲.pdf')).json()).toEqual({ version: 1 });
    const word = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('教学大纲（修订）')] }] }));
    expect((await upload(courseId, word, '教学大纲（修订）.docx')).json()).toEqual({ version: 2 });
    const listed = (await a.pukou.request({ method: 'GET', url: url(courseId) })).json();
    expect(listed.items).toEqual([
      expect.objectContaining({ version: 2, filename: '教学大纲（修订）.docx', current: true, size: word.length }),
      expect.objectContaining({ version: 1, filename: '教学大纲.pdf', contentType: 'application/pdf', current: false, size: PDF.length }),
    ]);
    const first = await a.pukou.request({ method: 'GET', url: `${url(courseId)}/1` });
    expect(first.statusCode).toBe(200);
    expect(first.rawPayload.equals(PDF)).toBe(true);
    expect(first.headers['content-disposition']).toContain('filename*=UTF-8');
    expect((await a.pukou.request({ method: 'GET', url: `${url(courseId)}/3` })).statusCode).toBe(404);
  });

  it('refuses a file that is not a PDF or a Word document, told by its bytes, in Chinese', async () => {
    const { courseId } = await acceptedCourse(ctx, a, classOf(1, '20252201'));
    const workbook = await sheetWorkbook('大纲', ['章节'], [['第一章']]);
    const renamed = await upload(courseId, workbook, '教学大纲.docx');
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().error.message).toBe('“教学大纲.docx”不是 PDF 或 Word（.docx）文件，请将教学大纲另存为 PDF 或 .docx 后上传');
    expect((await upload(courseId, Buffer.from('教学大纲'), '教学大纲.pdf')).json().error.code).toBe('RESOURCES_SYLLABUS_FILE_TYPE');
    expect((await a.caoyang.request({ method: 'GET', url: url(courseId) })).json().items).toEqual([]);
  });

  it('lets only the host upload, and only the body’s members read', async () => {
    const { courseId } = await acceptedCourse(ctx, a, classOf(1, '20252301'));
    expect((await upload(courseId, PDF, '教学大纲.pdf', a.pukou)).statusCode).toBe(403);
    expect((await upload(courseId, PDF, '教学大纲.pdf', a.secretariat)).statusCode).toBe(403);
    expect((await upload(courseId, PDF, '教学大纲.pdf')).statusCode).toBe(201);
    expect((await a.outsider.request({ method: 'GET', url: url(courseId) })).statusCode).toBe(403);
    expect((await a.outsider.request({ method: 'GET', url: `${url(courseId)}/1` })).statusCode).toBe(403);
    expect((await a.secretariat.request({ method: 'GET', url: `${url(courseId)}/1` })).statusCode).toBe(200);
    const elsewhere = `/api/bodies/${a.bodyId}/resources/courses/${crypto.randomUUID()}/syllabus`;
    expect((await a.caoyang.request({ method: 'GET', url: elsewhere })).statusCode).toBe(404);
  });
});
