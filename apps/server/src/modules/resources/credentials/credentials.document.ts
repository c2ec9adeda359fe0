/**
 * The learning record as a PDF: the student, the courses with results and the home school's decisions, and how to
 * verify it — the verify page's address (also as a QR code), the record number and the signing key.
 */
import type { TCredentialSummary } from '@chanjiao/contracts';
import QRCode from 'qrcode';
import type { DocBlock } from '../../../kernel/documents/index.js';

export interface RecordDocumentFacts {
  summary: TCredentialSummary;
  bodyName: string;
  credentialId: string;
  issuedOn: string;
  keyId: string;
  verifyUrl: string;
}

export async function learningRecordBlocks(facts: RecordDocumentFacts): Promise<DocBlock[]> {
  const { summary } = facts;
  const qr = await QRCode.toBuffer(facts.verifyUrl, { type: 'png', margin: 1, width: 240 });
  return [
    { kind: 'title', text: '跨校学习记录' },
    { kind: 'paragraph', text: `${facts.bodyName} · 课程互选与学分互认`, align: 'center', size: 'small' },
    { kind: 'spacer' },
    {
      kind: 'fields',
      rows: [
        ['姓名', summary.studentName],
        ['学号', summary.studentNumber],
        ['所在学校', summary.school],
        ['专业', summary.major],
        ['认定学分合计', `${summary.creditsRecognised} 学分`],
        ['签发日期', facts.issuedOn],
      ],
    },
    { kind: 'heading', text: '课程与学分认定' },
    {
      kind: 'table',
      header: [['课程', '开课学校', '学期', '学分', '成绩', '学分认定']],
      rows: summary.courses.map((c) => [c.courseName, c.host, c.term, String(c.credits), c.result, c.recognition]),
      columnWidths: [4, 4, 2.6, 1, 1, 3.4],
    },
    { kind: 'heading', text: '验证' },
    {
      kind: 'paragraph',
      indent: true,
      text:
        '本记录另有一份由平台以 Ed25519 签名的电子凭证（W3C 可验证凭证 2.0，Open Badges 3.0 成就凭证）。' +
        '请在下列网址或扫描二维码核验：记录是否由平台签发、内容是否被改动、是否已被学校撤回。',
    },
    { kind: 'paragraph', text: facts.verifyUrl, size: 'small' },
    { kind: 'image', data: qr, width: 96, height: 96 },
    {
      kind: 'fields',
      rows: [
        ['记录编号', facts.credentialId],
        ['签名密钥', facts.keyId],
      ],
    },
  ];
}
